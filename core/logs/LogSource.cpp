#include "logs/LogSource.h"

#include <QStringDecoder>

namespace SshDoctor {

namespace {

// A byte no text log holds: controls other than tab, line ends, form feed and the escape of coloured output.
bool isControl(unsigned char c)
{
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) || c == 0x7f;
}

// The length of bytes without a UTF-8 sequence that a cut left incomplete at their end.
qsizetype withoutSplitSequence(const QByteArray& bytes)
{
    const qsizetype size = bytes.size();
    qsizetype lead = size;
    int continuation = 0;
    while (lead > 0 && continuation < 3 && (static_cast<unsigned char>(bytes[lead - 1]) & 0xc0) == 0x80) {
        --lead;
        ++continuation;
    }
    if (lead == 0)
        return size;
    const auto first = static_cast<unsigned char>(bytes[lead - 1]);
    const int needed = first >= 0xf0 ? 3 : first >= 0xe0 ? 2 : first >= 0xc0 ? 1 : 0;
    return needed > continuation ? lead - 1 : size;
}

} // namespace

LogSource::LogSource(QString inputName)
    : m_inputName(inputName)
    , m_scanner(std::move(inputName))
{
}

void LogSource::feed(QByteArrayView bytes)
{
    if (m_finished || bytes.isEmpty())
        return;
    m_bytesRead += bytes.size();
    if (m_sniffed) {
        if (!m_binary)
            split(bytes);
        return;
    }
    const qsizetype room = sniffBytes - m_head.size();
    m_head.append(bytes.first(std::min(room, bytes.size())));
    if (m_head.size() < sniffBytes)
        return;
    sniff();
    if (!m_binary && bytes.size() > room)
        split(bytes.sliced(room));
}

void LogSource::sniff()
{
    m_sniffed = true;
    const QByteArray head = std::exchange(m_head, QByteArray());
    qsizetype controls = 0;
    for (qsizetype i = 0; i < head.size(); ++i) {
        const auto c = static_cast<unsigned char>(head[i]);
        if (c == 0) {
            m_binary = true;
            m_problem = QStringLiteral("%1 is not a text log: it holds a NUL byte (at byte %2), so it is binary; "
                                       "nothing of it was read")
                            .arg(m_inputName)
                            .arg(i + 1);
            return;
        }
        controls += isControl(c) ? 1 : 0;
    }
    // More than one byte in ten a control: no log, transcript or ticket looks like that.
    if (!head.isEmpty() && controls * 10 > head.size()) {
        m_binary = true;
        m_problem = QStringLiteral("%1 is not a text log: %2 of its first %3 bytes are control characters, so it "
                                   "is binary; nothing of it was read")
                        .arg(m_inputName)
                        .arg(controls)
                        .arg(head.size());
        return;
    }
    split(head);
}

void LogSource::split(QByteArrayView bytes)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c != '\n' && c != '\r')
            continue;
        if (c == '\n' && m_afterCr && i == start) {
            // the LF of a CR LF whose CR ended the line already
            m_afterCr = false;
            start = i + 1;
            continue;
        }
        const QByteArrayView part = bytes.sliced(start, i - start);
        if (!m_lineCut) {
            const qsizetype room = maxLineBytes - m_line.size();
            m_line.append(part.first(std::min(room, part.size())));
            m_lineCut = part.size() > room;
        }
        endLine();
        m_afterCr = c == '\r';
        start = i + 1;
    }
    if (start < bytes.size()) {
        m_afterCr = false;
        const QByteArrayView rest = bytes.sliced(start);
        if (!m_lineCut) {
            const qsizetype room = maxLineBytes - m_line.size();
            m_line.append(rest.first(std::min(room, rest.size())));
            m_lineCut = rest.size() > room;
        }
    }
}

void LogSource::endLine()
{
    ++m_lineCount;
    QByteArray bytes = std::exchange(m_line, QByteArray());
    const bool cut = std::exchange(m_lineCut, false);
    if (cut) {
        ++m_cutLines;
        bytes.truncate(withoutSplitSequence(bytes));
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    LogLine line{m_inputName, m_lineCount, decoder.decode(bytes), cut};
    if (decoder.hasError() && !m_problem)
        m_problem = QStringLiteral("%1 is not UTF-8 text: line %2 holds bytes that are not UTF-8 (read as "
                                   "replacement characters); save it as UTF-8 for an exact reading")
                        .arg(m_inputName)
                        .arg(m_lineCount);
    m_scanner.scan(line);
}

void LogSource::finish()
{
    if (m_finished)
        return;
    if (!m_sniffed)
        sniff();
    if (!m_binary && (!m_line.isEmpty() || m_lineCut))
        endLine();
    m_finished = true;
    LogFacts& facts = m_scanner.facts();
    facts.bytesRead = m_bytesRead;
    facts.lineCount = m_lineCount;
    facts.cutLines = m_cutLines;
    facts.problem = m_problem;
}

} // namespace SshDoctor
