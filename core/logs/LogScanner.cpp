#include "logs/LogScanner.h"

#include "logs/ClientLines.h"
#include "logs/Fail2banLines.h"
#include "logs/LogPrefix.h"
#include "logs/PuttyLines.h"
#include "logs/ServerLines.h"

#include <QRegularExpression>

namespace SshDoctor {

namespace {

bool isSshdProgram(const QString& program)
{
    return program == QLatin1String("sshd") || program.startsWith(QLatin1String("sshd-"));
}

// `ssh -V`, and the first line of every -v transcript: "OpenSSH_9.2p1 Debian-2+deb12u10, OpenSSL 3.0.11 ...".
bool isClientVersionLine(QStringView text)
{
    static const QRegularExpression version(QStringLiteral("^OpenSSH_\\S+,? .*(?:OpenSSL|LibreSSL|without OpenSSL)"));
    return text.startsWith(QLatin1String("OpenSSH_")) && version.match(text).hasMatch();
}

} // namespace

LogScanner::LogScanner(QString inputName)
{
    m_facts.input = std::move(inputName);
}

std::optional<bool> LogScanner::scanProgram(const QString& program, QStringView text, const LogLine& line)
{
    if (program.startsWith(QLatin1String("fail2ban"))) {
        // Its other lines (filters, jails, the database) are fail2ban's own business.
        Fail2banLines::read(text, line, m_facts);
        return true;
    }
    if (program == QLatin1String("putty") || program == QLatin1String("winscp")) {
        // PuTTY's Event Log and WinSCP's log: their words, and the server's disconnect texts they quote.
        return PuttyLines::read(text, line, m_facts) || ClientLines::read(text, line, m_facts);
    }
    if (!isSshdProgram(program))
        return std::nullopt;
    // Its negotiation failures share the client's words ("Unable to negotiate ... [preauth]"); its other words
    // ("kex_exchange_identification: ..." about a client that went away) are sshd's, never a client's error.
    return ServerLines::read(text, line, m_facts) ||
           (text.contains(QLatin1String("Unable to negotiate")) && ClientLines::read(text, line, m_facts)) ||
           ServerLines::readOther(text, line, m_facts);
}

void LogScanner::scan(const LogLine& line)
{
    const LogMessage message = LogMessage::of(line.text);
    const QStringView text = message.text;
    if (text.trimmed().isEmpty())
        return;
    if (isSshdProgram(message.program) && m_facts.serverHost.isEmpty())
        m_facts.serverHost = message.hostName;
    const std::optional<bool> known = scanProgram(message.program, text, line);
    bool understood = known.value_or(false);
    if (!known) {
        // Without a prefix (sshd -E, a pasted ticket) the words alone decide.
        understood = m_transcript.read(text, line, m_facts) || Fail2banLines::read(text, line, m_facts) ||
                     ServerLines::read(text, line, m_facts) || ClientLines::read(text, line, m_facts) ||
                     PuttyLines::read(text, line, m_facts) || ServerLines::readOther(text, line, m_facts);
    }
    if (!understood && isClientVersionLine(text)) {
        ++m_facts.clientLines;
        if (!m_facts.clientVersion)
            m_facts.clientVersion = text.trimmed().toString();
        understood = true;
    }
    if (understood)
        ++m_facts.recognised;
    else
        m_facts.notUnderstand(line);
}

} // namespace SshDoctor
