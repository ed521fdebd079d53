#include "logs/VerboseTranscript.h"

#include "logs/ClientLines.h"
#include "logs/LinePattern.h"

namespace SshDoctor {

namespace {

using M = QRegularExpressionMatch;

// "debug2: ciphers ctos: ..." -> "cipher_c2s"; the labels of OpenSSH's kex_show_proposal (7.3 and later).
QString proposalKey(QStringView label)
{
    static const QMap<QString, QString> keys{
        {QStringLiteral("KEX algorithms"), QStringLiteral("kex")},
        {QStringLiteral("host key algorithms"), QStringLiteral("hostkey")},
        {QStringLiteral("ciphers ctos"), QStringLiteral("cipher_c2s")},
        {QStringLiteral("ciphers stoc"), QStringLiteral("cipher_s2c")},
        {QStringLiteral("MACs ctos"), QStringLiteral("mac_c2s")},
        {QStringLiteral("MACs stoc"), QStringLiteral("mac_s2c")},
        {QStringLiteral("compression ctos"), QStringLiteral("compression_c2s")},
        {QStringLiteral("compression stoc"), QStringLiteral("compression_s2c")},
    };
    return keys.value(label.toString());
}

// "kex: server->client cipher: X MAC: Y compression: Z"
void chosenDirection(const M& m, LogFacts& facts)
{
    const QString direction =
        m.captured(1) == QLatin1String("server->client") ? QStringLiteral("s2c") : QStringLiteral("c2s");
    facts.chosen.insert(QStringLiteral("cipher_") + direction, m.captured(2));
    facts.chosen.insert(QStringLiteral("mac_") + direction, m.captured(3));
    facts.chosen.insert(QStringLiteral("compression_") + direction, m.captured(4));
}

void connecting(const M& m, const LogLine& line, LogFacts& facts)
{
    facts.add(LogEvent::Connecting, line);
    facts.host = m.captured(1);
    facts.port = portNumber(m.captured(3));
    const QString address = bareAddress(m.captured(2));
    if (facts.addresses.size() < LogFacts::listedEntries)
        facts.addresses << LogAddress{address, *facts.port, QString(), line};
}

// "connect to address IP port P: Connection refused": the address of the last "Connecting to" failed so.
void addressFailed(const M& m, const LogLine& line, LogFacts& facts)
{
    const QString why = m.captured(3);
    const QString status = why.contains(QLatin1String("refused"))     ? QStringLiteral("refused")
                           : why.contains(QLatin1String("timed out")) ? QStringLiteral("timeout")
                           : why.contains(QLatin1String("unreachable")) || why.contains(QLatin1String("No route"))
                               ? QStringLiteral("unreachable")
                               : QStringLiteral("error");
    facts.addressOutcome(bareAddress(m.captured(1)), portNumber(m.captured(2)), status, line);
}

void connected(const M&, const LogLine& line, LogFacts& facts)
{
    facts.add(LogEvent::Connected, line);
    for (qsizetype i = facts.addresses.size() - 1; i >= 0; --i) {
        if (facts.addresses[i].status.isEmpty()) {
            facts.addresses[i].status = QStringLiteral("connected");
            facts.addresses[i].line = line;
            break;
        }
    }
}

template <LogEvent event>
void just(const M&, const LogLine& line, LogFacts& facts)
{
    facts.add(event, line);
}

void listAppend(QStringList& list, const QString& entry)
{
    if (list.size() < LogFacts::listedEntries)
        list << entry;
}

const std::vector<LinePattern>& patterns()
{
    static const std::vector<LinePattern> table{
        {"Connecting to", R"(^Connecting to (\S+) \[([^\]]+)\] port (\d+)\.)", &connecting},
        {"connect to address", R"(^connect to address (\S+) port (\d+): (.+)$)", &addressFailed},
        {"Connection established", R"(^Connection established\.)", &connected},
        {"Local version string", R"(^Local version string (\S.*)$)",
         [](const M& m, const LogLine& line, LogFacts& facts) {
             facts.add(LogEvent::LocalVersion, line);
             facts.localVersion = m.captured(1).trimmed();
         }},
        {"Remote protocol version", R"(^Remote protocol version ([\d.]+), remote software version (.*)$)",
         [](const M& m, const LogLine& line, LogFacts& facts) {
             facts.add(LogEvent::RemoteVersion, line);
             facts.remoteProtocol = m.captured(1);
             facts.remoteVersion = m.captured(2).trimmed();
         }},
        {"SSH2_MSG_KEXINIT received", R"(^SSH2_MSG_KEXINIT received)", &just<LogEvent::KexInitReceived>},
        {"kex: algorithm:", R"(^kex: algorithm: (\S+))",
         [](const M& m, const LogLine& line, LogFacts& facts) {
             facts.add(LogEvent::KexChosen, line);
             if (m.captured(1) != QLatin1String("(no"))
                 facts.chosen.insert(QStringLiteral("kex"), m.captured(1));
         }},
        {"kex: host key algorithm:", R"(^kex: host key algorithm: (\S+))",
         [](const M& m, const LogLine& line, LogFacts& facts) {
             facts.add(LogEvent::KexChosen, line);
             if (m.captured(1) != QLatin1String("(no"))
                 facts.chosen.insert(QStringLiteral("hostkey"), m.captured(1));
         }},
        {"cipher:", R"(^kex: (server->client|client->server) cipher: (\S+) MAC: (\S+) compression: (\S+))",
         [](const M& m, const LogLine& line, LogFacts& facts) {
             facts.add(LogEvent::KexChosen, line);
             chosenDirection(m, facts);
         }},
        {"SSH2_MSG_NEWKEYS received", R"(^SSH2_MSG_NEWKEYS received)", &just<LogEvent::NewKeys>},
        {"Authentications that can continue", R"(^Authentications that can continue: (.*)$)",
         [](const M& m, const LogLine& line, LogFacts& facts) {
             facts.add(LogEvent::AuthMethods, line);
             facts.authMethods = nameList(m.captured(1));
         }},
        {"key", R"(^(?:Offering public key|Trying private key|Offering \S+ public key): (.+)$)",
         [](const M& m, const LogLine& line, LogFacts& facts) {
             facts.add(LogEvent::KeyOffered, line);
             listAppend(facts.keysOffered, m.captured(1).trimmed());
         }},
        {"Authenticat", R"(^(?:Authenticated to \S+|Authentication succeeded))", &just<LogEvent::Authenticated>},
    };
    return table;
}

} // namespace

bool VerboseTranscript::read(QStringView text, const LogLine& line, LogFacts& facts)
{
    static const QRegularExpression debug(QStringLiteral("(?:^|\\s)debug([123]): (.*)$"));
    static const QRegularExpression proposalList(QStringLiteral("^([A-Za-z ]+): (.*)$"));
    if (!text.contains(QLatin1String("debug")))
        return false;
    const QRegularExpressionMatch d = debug.match(text);
    if (!d.hasMatch())
        return false;
    ++facts.clientLines;
    const QStringView body = d.capturedView(2);
    if (d.capturedView(1) == QLatin1String("1"))
        facts.lastStep = line;
    if (body == QLatin1String("peer server KEXINIT proposal")) {
        m_proposal = &LogFacts::peerProposal;
        facts.add(LogEvent::KexInitReceived, line);
        return true;
    }
    if (body == QLatin1String("local client KEXINIT proposal")) {
        m_proposal = &LogFacts::localProposal;
        return true;
    }
    if (m_proposal) {
        if (const QRegularExpressionMatch p = proposalList.match(body); p.hasMatch()) {
            if (const QString key = proposalKey(p.capturedView(1)); !key.isEmpty()) {
                (facts.*m_proposal).insert(key, nameList(p.capturedView(2)));
                return true;
            }
        }
        if (!body.startsWith(QLatin1String("languages")) && !body.startsWith(QLatin1String("first_kex_follows")) &&
            !body.startsWith(QLatin1String("reserved")))
            m_proposal = nullptr;
        else
            return true;
    }
    // The client's own errors appear at debug level too ("debug1: kex_exchange_identification: banner line 0").
    if (!LinePattern::applyFirst(patterns(), body, line, facts))
        ClientLines::read(body, line, facts);
    return true;
}

} // namespace SshDoctor
