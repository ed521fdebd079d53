#include "report/Redactor.h"

#include "report/ByteText.h"
#include "report/ReportJson.h"
#include "report/ReportJsonReader.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <functional>

namespace SshDoctor {

namespace {

// Characters that continue a name: a known name only matches where neither side is one of these. Not '-'
// or '.': "db1.example-backup.json" still gives the host away, and safe goes before pretty.
const QString nameChar = QStringLiteral("[A-Za-z0-9_]");

// A literal IPv4 (four dotted parts) or IPv6 address, as text found next to a user name gives it.
bool isAddressLiteral(const QString& text)
{
    static const QRegularExpression dottedQuad(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{1,3}){3}$"));
    if (!dottedQuad.match(text).hasMatch() && text.count(QLatin1Char(':')) < 2)
        return false;
    return !QHostAddress(text).isNull();
}

// What this class writes instead of a value. Not sensitive: a report redacted twice stays the same.
bool isPlaceholder(const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral("^(host|address|user|fingerprint)-[0-9]+$"));
    return pattern.match(value).hasMatch();
}

// Fields that hold bytes the server sent, written as bytesToText: redacted on the bytes, so that a name
// right after an escaped byte ("\x01host") is still found.
bool isByteText(const QString& path)
{
    return path == QLatin1String("server.banner") || path == QLatin1String("server.pre_banner_lines[]") ||
           path == QLatin1String("identification.partial_text");
}

// Fields whose values are the report's vocabulary (ids, statuses, sides, kinds, grades, dates): never a name to
// hide, and the reader refuses anything else in them, so a host called "server" or "client" must not reach them.
bool isVocabulary(const QString& path)
{
    static const QSet<QString> keys{
        QStringLiteral("schema"),
        QStringLiteral("source"),
        QStringLiteral("created"),
        QStringLiteral("id"),
        QStringLiteral("status"),
        QStringLiteral("severity"),
        QStringLiteral("confidence"),
        QStringLiteral("phase"),
        QStringLiteral("side"),
        QStringLiteral("platform"),
        QStringLiteral("purpose"),
        QStringLiteral("kind"),
        QStringLiteral("family"),
        QStringLiteral("outcome"),
        QStringLiteral("location"),
        QStringLiteral("grade"),
        QStringLiteral("category"),
        QStringLiteral("applies_to[]"),
        QStringLiteral("alternatives[]"),
        QStringLiteral("connect"),
        QStringLiteral("identification"),
        QStringLiteral("added"),
        QStringLiteral("dropped_from_defaults"),
        QStringLiteral("address_family"),
    };
    return keys.contains(path.mid(path.lastIndexOf(QLatin1Char('.')) + 1));
}

// The placeholders of one redaction: which value became which, and the names to look for in text.
class PlaceholderTable
{
public:
    enum class Kind
    {
        Host,
        Address,
        User,
        Fingerprint
    };

    QString placeholder(Kind kind, const QString& value)
    {
        if (isPlaceholder(value))
            return value;
        const QString key = QStringLiteral("%1:%2").arg(static_cast<int>(kind)).arg(normalised(kind, value));
        auto it = m_placeholders.find(key);
        if (it == m_placeholders.end()) {
            static const char* const prefixes[] = {"host", "address", "user", "fingerprint"};
            const int number = ++m_counts[static_cast<int>(kind)];
            it = m_placeholders.insert(
                key, QStringLiteral("%1-%2").arg(QLatin1String(prefixes[static_cast<int>(kind)])).arg(number));
        }
        return *it;
    }

    // A host name or an address literal, as the user typed it or ssh resolved it.
    void addHost(const QString& host)
    {
        QString value = host.trimmed();
        if (value.startsWith(QLatin1Char('[')) && value.endsWith(QLatin1Char(']')))
            value = value.mid(1, value.size() - 2);
        if (value.isEmpty())
            return;
        if (QHostAddress(value).isNull())
            addName(Kind::Host, value);
        else
            addName(Kind::Address, value);
    }

    void addUser(const QString& user)
    {
        if (!user.trimmed().isEmpty())
            addName(Kind::User, user.trimmed());
    }

    // A user name found inside text (a home directory, USER@address). Such names are looked for
    // everywhere else too, but only the first maxDiscovered: text a server sent could hold thousands,
    // and every known name makes every later search longer. Where they stand (/home/NAME, NAME@host)
    // they are replaced regardless.
    void discoverUser(const QString& user)
    {
        if (m_discovered < maxDiscovered && !isKnown(user)) {
            ++m_discovered;
            addUser(user);
        }
    }

    // "ProxyJump alice@jump.example:2222,bob@second" and the like: every [user@]host[:port] in it.
    void addHops(const QString& hops)
    {
        static const QRegularExpression hop(
            QStringLiteral("(?:ssh://)?(?:([^@\\s,]+)@)?(\\[[^\\]]+\\]|[^\\s,:@]+)(?::[0-9]+)?"));
        QString text = hops;
        text.remove(QRegularExpression(QStringLiteral("^\\s*(ProxyJump|ProxyCommand)\\s+"),
                                       QRegularExpression::CaseInsensitiveOption));
        for (const QString& token : text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts)) {
            const QRegularExpressionMatch m = hop.match(token);
            if (!m.hasMatch() || token.startsWith(QLatin1Char('-')))
                continue;
            if (!m.captured(1).isEmpty())
                addUser(m.captured(1));
            addHost(m.captured(2));
        }
    }

    bool isKnown(const QString& name) const
    {
        for (const auto& [known, kind] : m_names)
            if (normalised(kind, known) == normalised(kind, name))
                return true;
        return false;
    }

    // Every known name in `text` replaced, as whole words. `latin1Bytes`: the text is bytes seen as Latin-1.
    QString replaceNames(const QString& text, bool latin1Bytes)
    {
        const QRegularExpression& pattern = namePattern(latin1Bytes);
        if (pattern.pattern().isEmpty())
            return text;
        QString out;
        qsizetype last = 0;
        for (QRegularExpressionMatchIterator it = pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString found = latin1Bytes ? QString::fromUtf8(m.captured().toLatin1()) : m.captured();
            out += QStringView(text).mid(last, m.capturedStart() - last);
            out += placeholder(kindOf(found), found);
            last = m.capturedEnd();
        }
        out += QStringView(text).mid(last);
        return out;
    }

private:
    static QString normalised(Kind kind, const QString& value)
    {
        if (kind == Kind::Host || kind == Kind::Fingerprint)
            return value.toLower();
        if (kind == Kind::Address) {
            const QHostAddress address(value);
            return address.isNull() ? value.toLower() : address.toString();
        }
        return value;
    }

    void addName(Kind kind, const QString& value)
    {
        if (isPlaceholder(value))
            return;
        placeholder(kind, value); // numbered in the order the names are met
        for (const auto& [known, knownKind] : m_names)
            if (knownKind == kind && normalised(kind, known) == normalised(kind, value))
                return;
        m_names.append({value, kind});
        m_patterns[0] = m_patterns[1] = QRegularExpression();
    }

    // The kind of a name the pattern found (the pattern only finds known names).
    Kind kindOf(const QString& found) const
    {
        for (const auto& [known, kind] : m_names)
            if (normalised(kind, known) == normalised(kind, found))
                return kind;
        return Kind::Host;
    }

    const QRegularExpression& namePattern(bool latin1Bytes)
    {
        QRegularExpression& pattern = m_patterns[latin1Bytes ? 1 : 0];
        if (!pattern.pattern().isEmpty() || m_names.isEmpty())
            return pattern;
        QList<std::pair<QString, Kind>> names = m_names;
        // Longest first, so that "host.example" wins over "host".
        std::stable_sort(names.begin(), names.end(),
                         [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
        QStringList alternatives;
        for (const auto& [name, kind] : names) {
            const QString literal = QRegularExpression::escape(latin1Bytes ? QString::fromLatin1(name.toUtf8()) : name);
            // Host names and addresses ignore case (DNS, hex digits); user names do not.
            alternatives.append(kind == Kind::User ? literal : QStringLiteral("(?i:%1)").arg(literal));
        }
        pattern.setPattern(QStringLiteral("(?<!%1)(?:%2)(?!%1)").arg(nameChar, alternatives.join(QLatin1Char('|'))));
        return pattern;
    }

    QHash<QString, QString> m_placeholders;
    int m_counts[4] = {0, 0, 0, 0};
    static constexpr int maxDiscovered = 64;
    QList<std::pair<QString, Kind>> m_names; // known names as first met
    int m_discovered = 0;
    QRegularExpression m_patterns[2];
};

using Kind = PlaceholderTable::Kind;

// Replaces every match of `pattern` with what `replacement` makes of it.
QString replaceAll(const QString& text, const QRegularExpression& pattern,
                   const std::function<QString(const QRegularExpressionMatch&)>& replacement)
{
    QString out;
    qsizetype last = 0;
    for (QRegularExpressionMatchIterator it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += replacement(m);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

class TextRedaction
{
public:
    explicit TextRedaction(PlaceholderTable& table)
        : m_table(table)
    {
    }

    // Names that only appear inside text: home directories and USER@known-host.
    void discover(const QString& text)
    {
        for (QRegularExpressionMatchIterator it = homeDirectory().globalMatch(text); it.hasNext();)
            m_table.discoverUser(it.next().captured(1));
        static const QRegularExpression rootHome(QStringLiteral("(?<![A-Za-z0-9_.~-])/root(?![A-Za-z0-9_.-])"));
        if (rootHome.match(text).hasMatch())
            m_table.addUser(QStringLiteral("root"));
        for (QRegularExpressionMatchIterator it = userAtHost().globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (namesAHost(m))
                m_table.discoverUser(m.captured(1));
        }
    }

    QString redact(const QString& text, bool latin1Bytes)
    {
        static const QRegularExpression privateKey(
            QStringLiteral("-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----.*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)"),
            QRegularExpression::DotMatchesEverythingOption);
        // ssh-keygen -l: "SHA256:" and 43 base64 characters, or (-E md5) 16 hex pairs with colons.
        static const QRegularExpression fingerprint(
            QStringLiteral("SHA256:[A-Za-z0-9+/]{43}=?|MD5:[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){15}|"
                           "(?<![0-9A-Fa-f:])[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){15}(?![0-9A-Fa-f:])"));
        static const QRegularExpression ipv4(
            QStringLiteral("(?<![A-Za-z0-9_.])(?:[0-9]{1,3}\\.){3}[0-9]{1,3}(?![A-Za-z0-9_]|\\.[0-9])"));
        // A run of hex digits, colons and dots, taken whole (possessive: no backtracking on long runs), then
        // checked by QHostAddress.
        static const QRegularExpression ipv6(
            QStringLiteral("(?<![A-Za-z0-9_:.%])[0-9A-Fa-f:.]++(?:%[A-Za-z0-9_.]+)?(?![A-Za-z0-9_])"));

        QString out = replaceAll(
            text, privateKey, [](const QRegularExpressionMatch&) { return QStringLiteral("[private key removed]"); });
        out = replaceAll(out, fingerprint, [this](const QRegularExpressionMatch& m) {
            return m_table.placeholder(Kind::Fingerprint, m.captured());
        });
        out = m_table.replaceNames(out, latin1Bytes);
        // Names where they stand, also beyond the ones looked for everywhere.
        out = replaceAll(out, homeDirectory(), [this](const QRegularExpressionMatch& m) {
            return m.captured(0).left(m.capturedStart(1) - m.capturedStart(0)) +
                   m_table.placeholder(Kind::User, m.captured(1));
        });
        out = replaceAll(out, userAtHost(), [this](const QRegularExpressionMatch& m) {
            if (!namesAHost(m))
                return m.captured(0);
            return m_table.placeholder(Kind::User, m.captured(1)) + m.captured(0).mid(m.capturedLength(1));
        });
        const auto address = [this](const QRegularExpressionMatch& m) {
            QString candidate = m.captured();
            // A sentence may end right after an address: the full stop is not part of it.
            QString stop;
            while (candidate.endsWith(QLatin1Char('.'))) {
                candidate.chop(1);
                stop += QLatin1Char('.');
            }
            const QString bare = candidate.section(QLatin1Char('%'), 0, 0);
            if (!isAddressLiteral(bare))
                return m.captured();
            return m_table.placeholder(Kind::Address, bare) + stop;
        };
        out = replaceAll(out, ipv4, address);
        return replaceAll(out, ipv6, address);
    }

private:
    static const QRegularExpression& homeDirectory()
    {
        static const QRegularExpression home(QStringLiteral("(?:/home/|/Users/|\\\\Users\\\\)([^/\\\\\\s\"']+)"));
        return home;
    }

    static const QRegularExpression& userAtHost()
    {
        // Anchored where a name can start, so a long run without '@' is scanned once, not from every position.
        static const QRegularExpression pattern(
            QStringLiteral("(?<![A-Za-z0-9_.-])([A-Za-z0-9_][A-Za-z0-9_.-]*)@(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9_.:-]+)"));
        return pattern;
    }

    // Whether USER@HOST names a host the report is about or an address: "aes128-gcm@openssh.com" is an
    // algorithm, not a login.
    bool namesAHost(const QRegularExpressionMatch& m) const
    {
        QString host = m.captured(2);
        if (host.startsWith(QLatin1Char('[')))
            host = host.mid(1, host.size() - 2);
        while (host.endsWith(QLatin1Char('.')) || host.endsWith(QLatin1Char(':')))
            host.chop(1);
        return isAddressLiteral(host) || m_table.isKnown(host) || isPlaceholder(host);
    }

    PlaceholderTable& m_table;
};

// Calls `visit` with every string value of the document and its path ("findings[].title"), in key order.
void forEachString(QJsonValue& value, const QString& path, const std::function<void(QString&, const QString&)>& visit)
{
    if (value.isString()) {
        QString text = value.toString();
        visit(text, path);
        value = text;
    } else if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue element = array.at(i);
            forEachString(element, path + QStringLiteral("[]"), visit);
            array.replace(i, element);
        }
        value = array;
    } else if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QJsonValue member = it.value();
            forEachString(member, path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), visit);
            it.value() = member;
        }
        value = object;
    }
}

} // namespace

Report Redactor::redact(const Report& report)
{
    PlaceholderTable table;
    // Numbered in a fixed order, so that the same report always gives the same placeholders.
    table.addHost(report.target.host);
    // What ssh -G turned an alias into (HostName), and the jump host's: real names the report carries too.
    if (report.client) {
        table.addHost(report.client->settings.hostName);
        if (report.client->proxy && report.client->proxy->jumpHostSettings)
            table.addHost(report.client->proxy->jumpHostSettings->hostName);
    }
    if (report.target.user)
        table.addUser(*report.target.user);
    if (report.target.via)
        table.addHops(*report.target.via);
    if (report.client) {
        // Who ssh logs in as (User, or this computer's account) and the jump hosts as ssh spelled them.
        table.addUser(report.client->settings.user);
        if (report.client->settings.proxyJump)
            table.addHops(*report.client->settings.proxyJump);
        if (report.client->proxy && report.client->proxy->jumpHost)
            table.addHops(*report.client->proxy->jumpHost);
        if (report.client->proxy && report.client->proxy->jumpHostSettings)
            table.addUser(report.client->proxy->jumpHostSettings->user);
    }
    for (const AddressResult& a : report.addresses)
        table.addHost(a.address);
    if (report.clientAddress)
        table.addHost(*report.clientAddress);
    // A report read from text names the addresses its lines are about (fail2ban's bans, sshd's clients).
    for (const LogEvidence& e : report.logEvidence)
        if (e.address)
            table.addHost(*e.address);

    TextRedaction text(table);
    QJsonValue json = ReportJson::toJson(report);
    const auto asText = [](const QString& value, const QString& path) {
        return isByteText(path) ? QString::fromLatin1(textToBytes(value)) : value;
    };
    forEachString(json, QString(), [&](QString& value, const QString& path) {
        if (!isVocabulary(path))
            text.discover(asText(value, path));
    });
    forEachString(json, QString(), [&](QString& value, const QString& path) {
        if (isVocabulary(path))
            return;
        const bool bytes = isByteText(path);
        const QString redacted = text.redact(asText(value, path), bytes);
        value = bytes ? bytesToText(redacted.toLatin1()) : redacted;
    });

    ReportJsonReader::Result result = ReportJsonReader::read(QJsonDocument(json.toObject()).toJson());
    // The writer and the reader are exact inverses (tests hold them to it) and redaction only rewrites
    // free text, so this cannot fail; if it ever did, nothing unredacted may leave: an empty report does.
    Report redacted = result.report.value_or(Report());
    if (report.imported)
        redacted.imported = ImportRecord{text.redact(report.imported->origin, false), report.imported->openedAt};
    return redacted;
}

} // namespace SshDoctor
