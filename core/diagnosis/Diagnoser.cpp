#include "diagnosis/Diagnoser.h"

#include "diagnosis/DiagnosisFacts.h"
#include "diagnosis/DiagnosisRules.h"
#include "diagnosis/LogCitation.h"
#include "diagnosis/knowledge/FindingKnowledge.h"
#include "diagnosis/rules/OpenSshRelease.h"
#include "report/TargetLocation.h"

#include <algorithm>

namespace SshDoctor {

namespace {

// What a finding's advice depends on beyond its facts: where the target is and which OpenSSH it announces.
struct Setting
{
    QMap<QString, QString> facts;
    unsigned place = Anywhere; // the target's place (one bit), Anywhere when unknown
    int serverRelease = -1;    // "9.2p1" -> 902; -1 when the banner names no OpenSSH release
};

unsigned placeOf(const QString& location)
{
    if (location == QLatin1String("loopback"))
        return OnLoopback;
    if (location == QLatin1String("private"))
        return OnPrivateNetwork;
    if (location == QLatin1String("public"))
        return OnPublicNetwork;
    return Anywhere;
}

Setting settingOf(const Report& report)
{
    Setting s;
    s.facts = DiagnosisFacts::fromReport(report);
    s.place = placeOf(TargetLocation::of(report));
    if (report.server.software == QLatin1String("OpenSSH") && report.server.version)
        s.serverRelease = OpenSshRelease::number(*report.server.version);
    return s;
}

// The target locations of a set of places, as the report names them; empty for anywhere.
QStringList locationNames(unsigned places)
{
    if ((places & Anywhere) == Anywhere)
        return {};
    QStringList names;
    if (places & OnLoopback)
        names << QStringLiteral("loopback");
    if (places & OnPrivateNetwork)
        names << QStringLiteral("private");
    if (places & OnPublicNetwork)
        names << QStringLiteral("public");
    return names;
}

// Advice that cannot help this server: an upgrade to a release the banner already announces.
bool upgradeNeedless(const SnippetKnowledge& s, const Setting& setting)
{
    return s.upgradeHelpsBefore && setting.serverRelease >= 0 &&
           setting.serverRelease >= OpenSshRelease::number(QLatin1String(s.upgradeHelpsBefore));
}

std::optional<RemediationSnippet> buildSnippet(const SnippetKnowledge& s, const QMap<QString, QString>& facts)
{
    const DiagnosisFacts::Filled snippet = DiagnosisFacts::fill(knowledgeText(s.snippet), facts);
    const DiagnosisFacts::Filled title = DiagnosisFacts::fill(knowledgeText(s.title), facts);
    // A snippet that cannot be filled with real values is left out rather than shown half-done.
    if (!snippet.missing.isEmpty() || !title.missing.isEmpty())
        return std::nullopt;
    RemediationSnippet r;
    r.side = QString::fromLatin1(s.side);
    r.platform = QString::fromLatin1(s.platform);
    r.title = title.text;
    r.snippet = snippet.text;
    if (s.risk)
        r.risk = DiagnosisFacts::fill(knowledgeText(s.risk), facts).text;
    r.purpose = s.purpose == SnippetPurpose::Check ? QStringLiteral("check") : QStringLiteral("fix");
    r.appliesTo = locationNames(s.places);
    for (const SnippetPartKnowledge& p : s.parts) {
        if (p.kind == SnippetPartKnowledge::None)
            continue;
        SnippetPart part;
        part.kind = p.kind == SnippetPartKnowledge::File ? QStringLiteral("file") : QStringLiteral("command");
        part.text = DiagnosisFacts::fill(knowledgeText(p.text), facts).text;
        if (p.file)
            part.file = DiagnosisFacts::fill(QString::fromUtf8(p.file), facts).text;
        if (p.note)
            part.note = DiagnosisFacts::fill(knowledgeText(p.note), facts).text;
        r.parts << part;
    }
    return r;
}

Finding buildFinding(const RuleMatch& match, const FindingKnowledge& k, const Setting& setting)
{
    QMap<QString, QString> facts = setting.facts;
    for (auto it = match.facts.constBegin(); it != match.facts.constEnd(); ++it)
        facts.insert(it.key(), it.value());
    auto text = [&facts](const char* s) { return DiagnosisFacts::fill(knowledgeText(s), facts).text; };

    Finding f;
    f.id = match.id;
    f.severity = match.severity.value_or(k.severity);
    f.confidence = match.confidence;
    f.confidenceReason = match.confidenceReason;
    f.title = text(k.title);
    f.explanation = text(k.explanation);
    f.evidence = match.evidence;
    // A next check is prose with no field to say where it applies: one that cannot apply is left out here.
    for (const CheckKnowledge& check : k.nextChecks)
        if (check.places & setting.place)
            f.nextChecks << text(check.text);
    for (const char* alternative : k.alternatives)
        f.alternatives << QString::fromLatin1(alternative);
    // A snippet keeps where it applies (appliesTo) and every view leaves out what does not fit (FindingFixes),
    // so the report holds the whole advice.
    for (const SnippetKnowledge& s : k.remediation)
        if (!upgradeNeedless(s, setting))
            if (const std::optional<RemediationSnippet> r = buildSnippet(s, facts))
                f.remediation << *r;
    return f;
}

// The titles of a finding's alternatives: the title of one the report holds, else the knowledge's name.
QStringList alternativeTitles(const Finding& f, const QList<Finding>& findings)
{
    QStringList titles;
    for (const QString& id : f.alternatives) {
        QString title;
        for (const Finding& other : findings)
            if (other.id == id && title.isEmpty())
                title = other.title;
        if (title.isEmpty())
            if (const FindingKnowledge* k = findingKnowledge(id))
                title = knowledgeText(k->shortTitle);
        titles << (title.isEmpty() ? id : title);
    }
    return titles;
}

} // namespace

QList<Finding> Diagnoser::diagnose(const Report& report)
{
    struct Ranked
    {
        Finding finding;
        int order = 0;
    };
    const Setting setting = settingOf(report);
    QList<Ranked> ranked;
    int order = 0;
    for (DiagnosisRule rule : diagnosisRules()) {
        for (const RuleMatch& match : rule(report)) {
            const FindingKnowledge* k = findingKnowledge(match.id);
            if (!k)
                qFatal("diagnosis rule produced %s, which the knowledge base does not hold", qPrintable(match.id));
            if (match.situation.isEmpty()) {
                ranked.append({buildFinding(match, *k, setting), order++});
                ranked.last().finding.logLines = LogCitation::lines(report, match);
                continue;
            }
            const std::optional<FindingKnowledge> situated = k->inSituation(match.situation);
            if (!situated)
                qFatal("diagnosis rule produced %s in the situation %s, which the knowledge base does not hold",
                       qPrintable(match.id), qPrintable(match.situation));
            ranked.append({buildFinding(match, *situated, setting), order++});
            ranked.last().finding.logLines = LogCitation::lines(report, match);
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        const int sa = rank(a.finding.severity);
        const int sb = rank(b.finding.severity);
        if (sa != sb)
            return sa < sb;
        const int ca = rank(a.finding.confidence);
        const int cb = rank(b.finding.confidence);
        if (ca != cb)
            return ca < cb;
        return a.order < b.order;
    });
    QList<Finding> findings;
    for (const Ranked& r : ranked)
        findings << r.finding;

    // `healthy` is the absence of anything else: no error or warning, no failed phase, and the
    // exchange went as far as this run was meant to go.
    const bool quiet =
        std::none_of(findings.cbegin(), findings.cend(), [](const Finding& f) { return f.severity != Severity::Info; });
    const PhaseRecord* kexinit = report.phase(PhaseId::KexInit);
    if (quiet && !report.hasFailedPhase() && !report.cancelled && kexinit && kexinit->status == PhaseStatus::Ok) {
        RuleMatch healthy;
        healthy.id = QStringLiteral("healthy");
        healthy.confidence = Confidence::High;
        healthy.confidenceReason = QStringLiteral("every phase that was checked passed");
        for (const PhaseRecord& p : report.phases)
            if (p.status != PhaseStatus::Skipped)
                healthy.evidence << EvidenceItem{p.id, p.detail};
        findings.prepend(buildFinding(healthy, *findingKnowledge(healthy.id), setting));
        findings.first().logLines = LogCitation::lines(report, healthy);
    }
    for (Finding& f : findings)
        f.alternativeTitles = alternativeTitles(f, findings);
    return findings;
}

} // namespace SshDoctor
