#include "diagnosis/rules/ClientConfigRules.h"

#include "diagnosis/rules/RuleText.h"

#include <QRegularExpression>

namespace SshDoctor {

namespace {

// "Line 2", or "Line 2 ("FooBar yes")" when the line could be read.
QString lineReference(const SshConfigError& e)
{
    const QString line = QStringLiteral("Line %1").arg(e.line.value_or(0));
    return e.lineText.isEmpty() ? line : QStringLiteral("%1 (\"%2\")").arg(line, e.lineText);
}

QString problemSentence(const SshConfigError& e)
{
    switch (e.kind) {
    case SshConfigError::Kind::Permissions:
        return QStringLiteral("Other users could change this file (it belongs to %1 and has mode %2), and ssh refuses "
                              "a configuration someone else could have written.")
            .arg(e.fileOwner.value_or(QStringLiteral("another user")), e.fileMode.value_or(QStringLiteral("unknown")));
    case SshConfigError::Kind::BadOption:
        return QStringLiteral("%1 uses an option this ssh does not know (%2).").arg(lineReference(e), e.message);
    case SshConfigError::Kind::BadValue:
        return QStringLiteral("%1 has a value ssh does not accept: %2").arg(lineReference(e), e.message);
    case SshConfigError::Kind::Unreadable:
        return QStringLiteral("ssh cannot read it: %1.").arg(e.message);
    case SshConfigError::Kind::Other:
        break;
    }
    return QStringLiteral("ssh said: %1").arg(e.message);
}

} // namespace

QList<RuleMatch> sshConfigErrorRule(const Report& report)
{
    if (!report.client || !report.client->configError)
        return {};
    const ClientRecord& client = *report.client;
    const SshConfigError& e = *client.configError;

    RuleMatch m;
    m.id = QStringLiteral("ssh-config-error");
    m.confidence = Confidence::High;
    m.confidenceReason = QStringLiteral("ssh itself refused the configuration when SSH Doctor asked it (ssh -G)");
    // ssh's own first line ("FILE: line 2: Bad configuration option: foobar"), not its summary line.
    const QString said = e.output.section(QLatin1Char('\n'), 0, 0);
    m.evidence << EvidenceItem{PhaseId::ClientConfig, said.isEmpty() ? e.message : said};

    const QString file = e.file.isEmpty() ? client.configFiles.value(0) : e.file;
    // Titles and explanations need a value; snippets that need the real path get config_path only.
    m.facts.insert(QStringLiteral("config_file"), file.isEmpty() ? QStringLiteral("(your ssh configuration)") : file);
    if (!file.isEmpty())
        m.facts.insert(QStringLiteral("config_path"), RuleText::shellWord(file));
    m.facts.insert(QStringLiteral("config_problem"), problemSentence(e));
    if (e.line)
        m.facts.insert(QStringLiteral("config_line"), QString::number(*e.line));
    // The keyword as the user wrote it, for IgnoreUnknown (ssh_config(5)): the first word of the line.
    if (e.kind == SshConfigError::Kind::BadOption && !e.lineText.isEmpty()) {
        const QString keyword =
            e.lineText.section(QRegularExpression(QStringLiteral("[\\s=]+")), 0, 0, QString::SectionSkipEmpty);
        if (!keyword.isEmpty() && keyword.compare(QLatin1String("Host"), Qt::CaseInsensitive) != 0 &&
            keyword.compare(QLatin1String("Match"), Qt::CaseInsensitive) != 0)
            m.facts.insert(QStringLiteral("config_keyword"), keyword);
    }
    if (e.kind == SshConfigError::Kind::Permissions && !file.isEmpty()) {
        m.facts.insert(QStringLiteral("config_writable_path"), RuleText::shellWord(file));
        // readconf.c accepts a file owned by the user or by root; anything else needs a chown.
        const QString user = client.settings.user;
        if (e.fileOwner && !user.isEmpty() && *e.fileOwner != user && *e.fileOwner != QLatin1String("root"))
            m.facts.insert(QStringLiteral("config_user"), user);
    }
    // What to run after the fix: the same ssh -G, silent when ssh accepts the file. A single file that is
    // neither ~/.ssh/config nor the system one came with -F (ClientSettingsReader lists what ssh reads).
    const QString first = client.configFiles.value(0);
    const bool givenWithF = client.configFiles.size() == 1 && !first.endsWith(QLatin1String("/.ssh/config")) &&
                            first != QLatin1String("/etc/ssh/ssh_config");
    m.facts.insert(QStringLiteral("ssh_config_check"),
                   QStringLiteral("ssh -G %1%2 > /dev/null")
                       .arg(givenWithF ? QStringLiteral("-F %1 ").arg(RuleText::shellWord(first)) : QString(),
                            RuleText::shellWord(report.target.host)));
    return {m};
}

} // namespace SshDoctor
