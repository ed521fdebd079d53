#include "diagnosis/rules/NegotiationRules.h"

#include "algorithms/Negotiation.h"
#include "diagnosis/rules/NegotiationCategory.h"
#include "diagnosis/rules/NegotiationFix.h"

#include <QRegularExpression>

namespace SshDoctor {

namespace {

QStringList names(const QList<AlgorithmChoice>& choices)
{
    QStringList out;
    for (const AlgorithmChoice& c : choices)
        out << c.name;
    return out;
}

QString verdictFor(const CategoryFix& fix, const NegotiationFix& all)
{
    QString verdict;
    if (fix.client && fix.client->sound())
        verdict = QStringLiteral("The best the server offers that your ssh can use is %1, and it is still sound.")
                      .arg(fix.client->described());
    else if (fix.client)
        verdict = QStringLiteral("The best the server offers that your ssh can use is %1. That is the only way in "
                                 "without changing the server, and it is not safe: the lasting fix is on the server.")
                      .arg(fix.client->described());
    else if (fix.category->category == AlgorithmCategory::Compression)
        verdict = QStringLiteral("OpenSSH's ssh knows only none and zlib, and RFC 4253 (section 6.2) requires every "
                                 "SSH server to accept none: this server's software or settings are non-standard, and "
                                 "only the server side can fix it.");
    else if (!fix.usable.isEmpty())
        verdict = QStringLiteral("Your ssh cannot use anything the server offers, not even by asking for it: the "
                                 "server has to change, or a different client is needed.");
    else
        verdict = QStringLiteral("SSH Doctor could not ask your ssh which of these it can enable (ssh -Q).");

    // ssh reports only the first category that fails (kex.c): say that the others are there too.
    QStringList others;
    for (const CategoryFix& f : all.categories())
        if (&f != &fix)
            others << QLatin1String(f.category->plural);
    if (!others.isEmpty() && fix.client)
        verdict += QStringLiteral(" The server has nothing in common with your ssh in its %1 either, and ssh stops "
                                  "at the first of these it meets: the fixes below let your ssh offer %2 together, "
                                  "since any one of them alone only moves the failure to the next step.")
                       .arg(listInWords(others), listInWords(names(all.clientAlgorithms())));
    else if (!others.isEmpty())
        verdict += QStringLiteral(" The server has nothing in common with your ssh in its %1 either.")
                       .arg(listInWords(others));
    QStringList unfixable;
    for (const CategoryFix* f : all.unfixableOnClient())
        if (f != &fix)
            unfixable << QLatin1String(f->category->plural);
    if (fix.client && !unfixable.isEmpty())
        verdict += QStringLiteral(" Even so your ssh would still stop at the %1, which only the server can fix.")
                       .arg(listInWords(unfixable));
    return verdict;
}

RuleMatch matchCategory(const Report& report, const CategoryFix& fix, const NegotiationFix& all)
{
    const NegotiationCategory& info = *fix.category;
    RuleMatch m;
    m.id = QLatin1String(info.findingId);
    const bool fromSsh = report.client && report.client->source == ClientRecord::Source::SshDashG;
    m.confidence = fromSsh ? Confidence::High : Confidence::Medium;
    m.confidenceReason =
        fromSsh
            ? QStringLiteral("the server's list and your ssh's list (ssh -G) share no %1").arg(QLatin1String(info.name))
            : QStringLiteral("the server's list shares no %1 with SSH Doctor's built-in client defaults; your own "
                             "ssh could not be asked")
                  .arg(QLatin1String(info.name));

    m.evidence << EvidenceItem{PhaseId::KexInit,
                               QStringLiteral("your client offers (%1): %2")
                                   .arg(QLatin1String(info.option), fix.negotiated.client.join(QLatin1Char(',')))};
    m.evidence << EvidenceItem{PhaseId::KexInit,
                               QStringLiteral("the server offers: %1").arg(fix.serverList.join(QLatin1Char(',')))};
    QStringList candidates;
    for (const AlgorithmChoice& g : fix.serverCandidates) {
        candidates << g.described();
        m.evidence << EvidenceItem{PhaseId::KexInit, QStringLiteral("server candidate %1").arg(g.described())};
    }

    m.facts.insert(QStringLiteral("category_name"), QLatin1String(info.name));
    m.facts.insert(QStringLiteral("category_plural"), QLatin1String(info.plural));
    m.facts.insert(QStringLiteral("client_list"), fix.negotiated.client.join(QStringLiteral(", ")));
    m.facts.insert(QStringLiteral("server_list"),
                   fix.serverList.isEmpty() ? QStringLiteral("(nothing)") : fix.serverList.join(QStringLiteral(", ")));
    m.facts.insert(QStringLiteral("candidates"),
                   candidates.isEmpty() ? QStringLiteral("(none)") : candidates.join(QStringLiteral("; ")));
    m.facts.insert(QStringLiteral("ssh_option"), QLatin1String(info.option));
    m.facts.insert(QStringLiteral("option_keyword"), QString::fromLatin1(info.option).toLower());
    m.facts.insert(QStringLiteral("verdict"), verdictFor(fix, all));

    // Each finding carries the whole fix, so that whichever one is read and run gets past the negotiation.
    if (fix.client) {
        QStringList dashO;
        QStringList lines;
        for (const QString& option : all.clientOptions()) {
            dashO << QStringLiteral("-o ") + option;
            lines << QString(option).replace(QLatin1Char('='), QLatin1Char(' '));
        }
        m.facts.insert(QStringLiteral("client_algorithm"), listInWords(names(all.clientAlgorithms())));
        m.facts.insert(QStringLiteral("client_options"), dashO.join(QLatin1Char(' ')));
        m.facts.insert(QStringLiteral("client_config_lines"), lines.join(QStringLiteral("\n    ")));
        m.facts.insert(QStringLiteral("client_risk"), all.clientRisk(report.target.host));
    }
    if (fix.server) {
        m.facts.insert(QStringLiteral("server_algorithm"), listInWords(names(all.serverAlgorithms())));
        m.facts.insert(QStringLiteral("server_line"), all.serverLines().join(QLatin1Char('\n')));
        m.facts.insert(QStringLiteral("server_keywords"), all.serverKeywords().join(QLatin1Char('|')));
    }
    return m;
}

// A path as a shell word: plain when it holds only safe characters, otherwise in single quotes.
QString quotedPath(const QString& path)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./~+:@%=-]+$"));
    return safe.match(path).hasMatch()
               ? path
               : QLatin1Char('\'') + QString(path).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
                     QLatin1Char('\'');
}

struct ConfigLine
{
    QString file;
    int line = 0;
    QString text;
};

// ClientRecord::algorithmLines ("FILE:LINE: text") that set this keyword.
QList<ConfigLine> linesSetting(const QStringList& algorithmLines, const QString& keyword)
{
    static const QRegularExpression shape(QStringLiteral("^(.*):(\\d+): (.*)$"));
    const QRegularExpression sets(QStringLiteral("^%1(\\s|=)").arg(keyword), QRegularExpression::CaseInsensitiveOption);
    QList<ConfigLine> out;
    for (const QString& entry : algorithmLines) {
        const QRegularExpressionMatch m = shape.match(entry);
        if (m.hasMatch() && sets.match(m.captured(3)).hasMatch())
            out << ConfigLine{m.captured(1), m.captured(2).toInt(), m.captured(3)};
    }
    return out;
}

} // namespace

QList<RuleMatch> clientConfigOverrideRule(const Report& report)
{
    QList<RuleMatch> out;
    if (!report.client || report.client->configIgnored || report.client->defaultOffer.isEmpty())
        return out;
    const ClientRecord& client = *report.client;
    // What else the proof with ssh's defaults needs: the categories that fail even without the ssh_config.
    const NegotiationFix defaultsFix = NegotiationFix::forOffer(report, client.defaultOffer);
    QStringList proofOptions;
    for (const QString& option : defaultsFix.clientOptions())
        proofOptions << QStringLiteral("-o %1 ").arg(option);
    for (const NegotiationCategory& info : NegotiationCategory::all()) {
        for (const QString& key : info.keys) {
            const auto na = report.negotiation.constFind(key);
            if (na == report.negotiation.constEnd() || !na->failed() || na->client.isEmpty())
                continue;
            const QStringList defaults = client.defaultOffer.value(key);
            const std::optional<QString> withDefaults = Negotiation::firstCommon(defaults, na->server);
            if (!withDefaults)
                break;
            const QString option = QLatin1String(info.option);
            RuleMatch m;
            m.id = QStringLiteral("client-config-override");
            m.confidence = Confidence::High;
            m.confidenceReason = QStringLiteral("with no ssh_config at all (ssh -F /dev/null -G) your ssh would offer "
                                                "%1, which the server accepts")
                                     .arg(*withDefaults);
            const QList<ConfigLine> lines = linesSetting(client.algorithmLines, option);
            QStringList shown;
            for (const ConfigLine& l : lines) {
                shown << QStringLiteral("%1 line %2: %3").arg(l.file).arg(l.line).arg(l.text);
                m.evidence << EvidenceItem{PhaseId::ClientConfig, shown.constLast()};
            }
            m.evidence << EvidenceItem{PhaseId::ClientConfig,
                                       QStringLiteral("with your ssh_config your ssh offers (%1): %2")
                                           .arg(option, na->client.join(QLatin1Char(',')))};
            m.evidence << EvidenceItem{
                PhaseId::ClientConfig,
                QStringLiteral("with ssh -F /dev/null -G it would offer: %1").arg(defaults.join(QLatin1Char(',')))};
            m.evidence << EvidenceItem{
                PhaseId::KexInit,
                QStringLiteral("the server offers: %1").arg(withoutMarkers(na->server).join(QLatin1Char(',')))};
            m.facts.insert(QStringLiteral("category_name"), QLatin1String(info.name));
            m.facts.insert(QStringLiteral("ssh_option"), option);
            m.facts.insert(QStringLiteral("option_keyword"), option.toLower());
            m.facts.insert(QStringLiteral("default_algorithm"), *withDefaults);
            m.facts.insert(QStringLiteral("config_lines"),
                           shown.isEmpty() ? QStringLiteral("no line in %1 sets it directly; look in the files "
                                                            "they Include")
                                                 .arg(client.configFiles.join(QStringLiteral(", ")))
                                           : shown.join(QStringLiteral("; ")));
            if (!lines.isEmpty()) {
                m.facts.insert(QStringLiteral("config_file"), lines.first().file);
                m.facts.insert(QStringLiteral("config_path"), quotedPath(lines.first().file));
                m.facts.insert(QStringLiteral("config_line"), QString::number(lines.first().line));
            }
            m.facts.insert(QStringLiteral("proof_options"), proofOptions.join(QString()));
            m.facts.insert(QStringLiteral("proof_risk"),
                           defaultsFix.clientOptions().isEmpty()
                               ? QString()
                               : QLatin1Char(' ') + defaultsFix.clientRisk(report.target.host));
            // ssh -F FILE reads that file alone; the usual pair is what ssh reads without -F.
            m.facts.insert(QStringLiteral("config_option"),
                           client.configFiles.size() == 1
                               ? QStringLiteral("-F %1 ").arg(quotedPath(client.configFiles.first()))
                               : QString());
            out << m;
            break;
        }
    }
    return out;
}

QList<RuleMatch> noCommonAlgorithmRule(const Report& report)
{
    QList<RuleMatch> out;
    if (report.negotiation.isEmpty())
        return out;
    const NegotiationFix fix = NegotiationFix::forReport(report);
    for (const CategoryFix& category : fix.categories())
        out << matchCategory(report, category, fix);
    return out;
}

} // namespace SshDoctor
