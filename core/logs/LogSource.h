#pragma once

#include "logs/LogFacts.h"
#include "logs/LogScanner.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace SshDoctor {

// One input (a file, standard input, a pasted text) fed in chunks of any size: it splits lines (LF, CR LF and
// a lone CR), cuts a line longer than maxLineBytes (the rest of that line is dropped, not kept), and hands each
// complete line to its LogScanner at once, keeping none itself: a 200 MB auth.log costs the same memory as a
// page. The first sniffBytes are held back until they show whether the input is text at all: a NUL byte or
// mostly control bytes make it binary, and then nothing of it is read. Bytes that are not UTF-8 are read as
// replacement characters, and said so. Chunk boundaries never change the result. Pure: no I/O of its own.
class LogSource
{
public:
    static constexpr qsizetype maxLineBytes = 64 * 1024;
    static constexpr qsizetype sniffBytes = 64 * 1024;

    explicit LogSource(QString inputName);

    void feed(QByteArrayView bytes);
    // The end of the input: the last line without a line end is read too.
    void finish();

    // One clear line when the input is binary or not UTF-8; nothing when it is text.
    std::optional<QString> problem() const { return m_problem; }
    qint64 bytesRead() const { return m_bytesRead; }
    int lineCount() const { return m_lineCount; }
    int cutLines() const { return m_cutLines; }

    const QString& inputName() const { return m_inputName; }
    // What the lines said, with the counts above; complete after finish().
    const LogFacts& facts() const { return m_scanner.facts(); }

private:
    void split(QByteArrayView bytes);
    void endLine();
    // Decides on the held-back start whether the input is text, then reads it.
    void sniff();

    QString m_inputName;
    LogScanner m_scanner;
    QByteArray m_head; // the first bytes, until sniff() has decided
    bool m_sniffed = false;
    bool m_binary = false;
    QByteArray m_line; // the line being read, at most maxLineBytes
    bool m_lineCut = false;
    bool m_afterCr = false; // the last byte was a CR: an LF right after it ends the same line
    bool m_finished = false;
    std::optional<QString> m_problem;
    qint64 m_bytesRead = 0;
    int m_lineCount = 0;
    int m_cutLines = 0;
};

} // namespace SshDoctor
