#include "diagnosis/rules/BanRules.h"

#include "diagnosis/rules/LogLines.h"

#include <QRegularExpression>

namespace SshDoctor {

namespace {

constexpr qsizetype addressesNamed = 5;

QString jailOf(const QString& text)
{
    static const QRegularExpression jail(QStringLiteral("(?:NOTICE|INFO|WARNING)\\s+\\[([^\\]]+)\\]"));
    const QString name = jail.match(text).captured(1);
    return name.isEmpty() ? QStringLiteral("sshd") : name;
}

} // namespace

QList<RuleMatch> clientBannedRule(const Report& report)
{
    QList<const LogEvidence*> bans;
    for (const LogEvidence& e : report.logEvidence)
        if (e.kind == QLatin1String("fail2ban-ban") && e.address)
            bans << &e;
    if (bans.isEmpty())
        return {};
    const LogEvidence* ban = nullptr;
    RuleMatch m;
    m.id = QStringLiteral("client-banned");
    if (report.clientAddress) {
        for (const LogEvidence* b : bans)
            if (*b->address == *report.clientAddress)
                ban = b;
        if (!ban)
            return {}; // the log bans others, not this client
        m.confidence = Confidence::High;
        m.confidenceReason = QStringLiteral("fail2ban's log ends with %1 banned in its %2 jail, and %1 is the "
                                            "address the server's log shows this client connecting from")
                                 .arg(*ban->address, jailOf(ban->text));
    } else if (bans.size() == 1) {
        ban = bans.first();
        m.confidence = Confidence::Medium;
        m.confidenceReason = QStringLiteral("fail2ban's log ends with %1 banned in its %2 jail (no Unban follows), "
                                            "but the logs do not say which address this client connects from: "
                                            "check that %1 is it")
                                 .arg(*ban->address, jailOf(ban->text));
    } else {
        m.confidence = Confidence::Low;
        m.confidenceReason = QStringLiteral("fail2ban's log ends with %1 addresses banned, and the logs do not say "
                                            "which address this client connects from")
                                 .arg(bans.size());
    }
    QStringList named;
    for (const LogEvidence* b :
         ban ? QList<const LogEvidence*>{ban} : bans.first(std::min(bans.size(), addressesNamed)))
        named << *b->address;
    if (!ban && bans.size() > addressesNamed)
        named << QStringLiteral("%1 more").arg(bans.size() - addressesNamed);
    for (const LogEvidence* b :
         ban ? QList<const LogEvidence*>{ban} : bans.first(std::min(bans.size(), addressesNamed)))
        LogLines::cite(m, *b, PhaseId::Connect);
    m.facts.insert(QStringLiteral("banned_addresses"), named.join(QStringLiteral(", ")));
    m.facts.insert(QStringLiteral("ban_jail"), jailOf((ban ? ban : bans.first())->text));
    if (ban)
        m.facts.insert(QStringLiteral("client_address"), *ban->address);
    return {m};
}

} // namespace SshDoctor
