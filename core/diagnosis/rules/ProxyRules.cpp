#include "diagnosis/rules/ProxyRules.h"

#include "diagnosis/rules/AttemptView.h"
#include "diagnosis/rules/JumpHostView.h"
#include "diagnosis/rules/RuleText.h"

#include <QStringList>

namespace SshDoctor {

namespace {

bool reachedBanner(const AttemptSummary& a)
{
    return a.identification == QLatin1String("banner");
}

bool wasCancelled(const AttemptSummary& a)
{
    return a.connect == QLatin1String("cancelled") || a.identification == QLatin1String("cancelled");
}

// What went wrong at the jump host, as a clause of its own: "127.0.0.1 port 2222 refused the connection".
// The report's own outcome names another protocol; a try of a series only has its outcome id.
QString failureClause(const AttemptSummary& a, const Report& report, const JumpHostView& jump)
{
    const QString where = QStringLiteral("%1 port %2").arg(jump.hostName()).arg(jump.port());
    const QString& connect = a.connect;
    if (connect == QLatin1String("unresolved"))
        return QStringLiteral("the name %1 does not resolve").arg(jump.hostName());
    if (connect == QLatin1String("refused"))
        return QStringLiteral("%1 refused the connection").arg(where);
    if (connect == QLatin1String("timeout"))
        return QStringLiteral("%1 did not answer the connection request").arg(where);
    if (connect == QLatin1String("unreachable"))
        return QStringLiteral("%1 cannot be reached from this network").arg(jump.hostName());
    if (connect != QLatin1String("connected"))
        return QStringLiteral("the connection to %1 failed (%2)").arg(where, connect);

    const QString& id = a.identification;
    if (id == QLatin1String("closed_no_bytes"))
        return QStringLiteral("%1 accepted the connection and closed it without a word").arg(where);
    if (id == QLatin1String("reset_no_bytes"))
        return QStringLiteral("%1 accepted the connection and reset it without a word").arg(where);
    if (id == QLatin1String("closed_after_text") || id == QLatin1String("reset_after_text"))
        return QStringLiteral("%1 wrote \"%2\" and %3 the connection")
            .arg(where, RuleText::serverWords(a.text),
                 id == QLatin1String("closed_after_text") ? QStringLiteral("closed") : QStringLiteral("reset"));
    if (id == QLatin1String("silent"))
        return QStringLiteral("%1 accepted the connection and then sent nothing").arg(where);
    if (id == QLatin1String("lines_no_banner") || id == QLatin1String("too_many_lines"))
        return QStringLiteral("%1 sent lines that are not an SSH identification").arg(where);
    if (id == QLatin1String("other_protocol"))
        return QStringLiteral("%1 answered in %2, not SSH")
            .arg(where, report.identification.protocol.isEmpty() ? QStringLiteral("another protocol")
                                                                 : report.identification.protocol);
    if (id == QLatin1String("ssh1_only"))
        return QStringLiteral("%1 speaks only the obsolete SSH-1").arg(where);
    if (id == QLatin1String("invalid"))
        return QStringLiteral("%1 sent a malformed SSH identification").arg(where);
    return QStringLiteral("%1 did not identify itself as an SSH server (%2)").arg(where, id);
}

// "-F FILE " when the run used the ssh_config given with -F (ssh -G's own arguments say so), so the
// commands below read the same file.
QString configOption(const Report& report)
{
    const QStringList& command = report.client->command;
    const qsizetype f = command.indexOf(QStringLiteral("-F"));
    if (f < 0 || f + 1 >= command.size())
        return QString();
    return QStringLiteral("-F %1 ").arg(RuleText::shellWord(command.at(f + 1)));
}

} // namespace

QList<RuleMatch> proxyJumpFailureRule(const Report& report)
{
    const JumpHostView jump(report);
    if (!jump.probed() || report.cancelled)
        return {};
    const AttemptView attempts(report);
    const AttemptSummary self = AttemptSummary::fromReport(report, 1);
    const AttemptSummary* firstFailed = nullptr;
    int failed = 0;
    int counted = 0;
    for (const AttemptSummary& a : attempts.attempts()) {
        if (wasCancelled(a))
            continue;
        ++counted;
        if (reachedBanner(a))
            continue;
        ++failed;
        if (!firstFailed)
            firstFailed = &a;
    }
    if (!firstFailed)
        return {};
    // The report's own outcome says most (another protocol's name); a series' first failed try otherwise.
    const AttemptSummary& described = reachedBanner(self) ? *firstFailed : self;

    RuleMatch m;
    m.id = QStringLiteral("proxy-jump-failure");
    const QString hop = QStringLiteral("%1 (%2 port %3)").arg(jump.host(), jump.hostName()).arg(jump.port());
    if (failed == counted) {
        m.confidence = Confidence::High;
        m.confidenceReason =
            QStringLiteral("ssh reaches %1 only through the jump host %2, and the check of that jump host stopped "
                           "before it identified itself as an SSH server%3: ssh stops at the same place, before %1 "
                           "is asked at all")
                .arg(report.target.host, hop,
                     counted > 1 ? QStringLiteral(", in all %1 attempts").arg(counted) : QString());
    } else {
        m.confidence = Confidence::Medium;
        m.confidenceReason =
            QStringLiteral("ssh reaches %1 only through the jump host %2; %3 of %4 attempts to reach that jump host "
                           "failed before it identified itself, while the others got through: the jump host is "
                           "where the way to %1 breaks, some of the time")
                .arg(report.target.host, hop)
                .arg(failed)
                .arg(counted);
    }

    m.evidence << EvidenceItem{
        PhaseId::ClientConfig,
        QStringLiteral("ProxyJump %1: ssh goes through %2 first, which ssh -G puts at %3 port %4")
            .arg(jump.proxyJump(), jump.host(), jump.hostName())
            .arg(jump.port())};
    for (const char* id : {"resolve", "connect", "identification"}) {
        const PhaseRecord* p = report.phase(QLatin1String(id));
        if (p && p->status == PhaseStatus::Fail) {
            m.evidence << EvidenceItem{p->id, p->detail};
            break;
        }
    }
    if (attempts.total() > 1)
        m.evidence << attempts.evidence(PhaseId::Attempts, QStringLiteral("attempt"));

    const QString option = configOption(report);
    const QString target =
        report.target.user ? *report.target.user + QLatin1Char('@') + report.target.host : report.target.host;
    const QString portOption = report.target.port == 22 ? QString() : QStringLiteral("-p %1 ").arg(report.target.port);
    m.facts.insert(QStringLiteral("jump_host"), jump.host());
    m.facts.insert(QStringLiteral("jump_hostname"), jump.hostName());
    m.facts.insert(QStringLiteral("jump_port"), QString::number(jump.port()));
    m.facts.insert(QStringLiteral("jump_value"), jump.proxyJump());
    m.facts.insert(QStringLiteral("jump_failure"), failureClause(described, report, jump));
    m.facts.insert(QStringLiteral("jump_ssh_verbose"),
                   QStringLiteral("ssh -v %1-p %2 %3").arg(option).arg(jump.port()).arg(jump.sshTarget()));
    m.facts.insert(QStringLiteral("jump_settings_check"),
                   QStringLiteral("ssh %1-G %2 | grep -i '^proxyjump '\nssh %1-G %3 | grep -i -E '^(hostname|port) '")
                       .arg(option, RuleText::shellWord(report.target.host), RuleText::shellWord(jump.host())));
    m.facts.insert(QStringLiteral("direct_ssh_command"),
                   QStringLiteral("ssh %1-o ProxyJump=none %2%3").arg(option, portOption, target));
    const QStringList& files = report.client->configFiles;
    if (!files.isEmpty()) {
        QStringList words;
        for (const QString& file : files)
            words << RuleText::shellWord(file);
        m.facts.insert(QStringLiteral("jump_config_files"), words.join(QLatin1Char(' ')));
        m.facts.insert(QStringLiteral("jump_config_list"), files.join(QStringLiteral(", ")));
    }
    return {m};
}

QList<RuleMatch> addressedToJumpHost(const Report& report, QList<RuleMatch> matches)
{
    const JumpHostView jump(report);
    if (!jump.probed())
        return matches;
    // The same facts DiagnosisFacts gives for the target, for the hop the checks really reached.
    const QString portOption = jump.port() == 22 ? QString() : QStringLiteral("-p %1 ").arg(jump.port());
    const QMap<QString, QString> hop{
        {QStringLiteral("host"), jump.host()},
        {QStringLiteral("port"), QString::number(jump.port())},
        {QStringLiteral("ssh_target"), jump.sshTarget()},
        {QStringLiteral("ssh_port_option"), portOption},
        {QStringLiteral("ssh_command"), QStringLiteral("ssh %1%2").arg(portOption, jump.sshTarget())},
    };
    for (RuleMatch& m : matches)
        for (auto it = hop.constBegin(); it != hop.constEnd(); ++it)
            if (!m.facts.contains(it.key()))
                m.facts.insert(it.key(), it.value());
    return matches;
}

} // namespace SshDoctor
