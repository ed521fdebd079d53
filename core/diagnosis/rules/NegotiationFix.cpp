#include "diagnosis/rules/NegotiationFix.h"

#include "algorithms/AlgorithmCatalogue.h"
#include "algorithms/Negotiation.h"

namespace SshDoctor {

namespace {

int gradeRank(AlgorithmGrade grade)
{
    return static_cast<int>(grade);
}

constexpr int noRelease = 1000000;

// "7.4" -> 704, "10.0" -> 1000; noRelease when unknown.
int releaseNumber(const QString& release)
{
    bool majorOk = false;
    bool minorOk = false;
    const int major = release.section(QLatin1Char('.'), 0, 0).toInt(&majorOk);
    const int minor = release.section(QLatin1Char('.'), 1, 1).toInt(&minorOk);
    return majorOk && minorOk ? major * 100 + minor : noRelease;
}

AlgorithmChoice graded(const Report& report, const QString& name, AlgorithmCategory category)
{
    AlgorithmChoice g;
    g.name = name;
    g.grade = AlgorithmCatalogue::grade(name, category);
    const auto entry = report.catalogue.constFind(name);
    if (entry != report.catalogue.constEnd())
        g.reason = entry->reason;
    else if (const AlgorithmInfo* info = AlgorithmCatalogue::find(name, category))
        g.reason = QString::fromLatin1(info->reason);
    return g;
}

// What this computer's ssh can enable in a category (`ssh -Q`); empty when unknown.
QStringList locallySupported(const Report& report, const NegotiationCategory& info)
{
    if (!report.client || report.client->source != ClientRecord::Source::SshDashG || !*info.query)
        return {};
    QStringList names = report.client->supported.value(QLatin1String(info.query));
    // `ssh -Q key` lists key types; an RSA key also signs with the SHA-2 algorithms (RFC 8332).
    if (info.category == AlgorithmCategory::HostKey && names.contains(QLatin1String("ssh-rsa")))
        names << QStringLiteral("rsa-sha2-256") << QStringLiteral("rsa-sha2-512");
    return names;
}

// The best-graded name of `candidates` that `usable` holds (candidates' order breaks ties).
std::optional<AlgorithmChoice> best(const Report& report, const QStringList& candidates, const QStringList& usable,
                                    AlgorithmCategory category)
{
    std::optional<AlgorithmChoice> out;
    for (const QString& name : candidates) {
        if (!usable.contains(name))
            continue;
        const AlgorithmChoice g = graded(report, name, category);
        if (!out || gradeRank(g.grade) < gradeRank(out->grade))
            out = g;
    }
    return out;
}

QStringList clientOptionsFor(const NegotiationCategory& info, const QString& name)
{
    if (info.category == AlgorithmCategory::Compression)
        return {QStringLiteral("Compression=%1")
                    .arg(name == QLatin1String("none") ? QStringLiteral("no") : QStringLiteral("yes"))};
    QStringList options{QStringLiteral("%1=+%2").arg(QLatin1String(info.option), name)};
    // A server whose only host key algorithm is the SHA-1 one usually verifies user keys the same way; the
    // option changes nothing before authentication, and lets a key in afterwards.
    if (info.category == AlgorithmCategory::HostKey &&
        (name == QLatin1String("ssh-rsa") || name == QLatin1String("ssh-dss")))
        options << QStringLiteral("PubkeyAcceptedAlgorithms=+%1").arg(name);
    return options;
}

// The strong algorithm to add on the server: the client's first strong one (acceptable when there is
// none). For host keys an RSA key already on the server signs with rsa-sha2-*, so no new key is needed.
std::optional<AlgorithmChoice> serverAddition(const Report& report, const NegotiationCategory& info,
                                              const QStringList& clientList, const QStringList& serverList)
{
    // sshd's Compression takes yes, delayed or no, not names; it always offers "none" itself.
    if (info.category == AlgorithmCategory::Compression)
        return std::nullopt;
    QStringList candidates = clientList;
    if (info.category == AlgorithmCategory::HostKey && serverList.contains(QLatin1String("ssh-rsa"))) {
        for (const char* sha2 : {"rsa-sha2-512", "rsa-sha2-256"})
            if (clientList.contains(QLatin1String(sha2)))
                return graded(report, QLatin1String(sha2), info.category);
    }
    if (info.category == AlgorithmCategory::HostKey)
        candidates.removeIf([](const QString& n) { return n.contains(QLatin1String("-cert-")); });
    // The client's first strong name (else acceptable) that the server's OpenSSH release already has, when
    // the banner tells the release; an old server cannot take a name newer than itself.
    const int serverRelease = report.server.software == QLatin1String("OpenSSH") && report.server.version
                                  ? releaseNumber(report.server.version->section(QLatin1Char('p'), 0, 0))
                                  : noRelease;
    for (AlgorithmGrade wanted : {AlgorithmGrade::Strong, AlgorithmGrade::Acceptable}) {
        for (const QString& name : candidates) {
            const AlgorithmChoice g = graded(report, name, info.category);
            const AlgorithmInfo* row = AlgorithmCatalogue::find(name, info.category);
            const int added = row ? releaseNumber(QLatin1String(row->addedIn)) : noRelease;
            if (g.grade == wanted && (serverRelease == noRelease || added <= serverRelease))
                return g;
        }
    }
    return std::nullopt;
}

CategoryFix fixCategory(const Report& report, const NegotiationCategory& info, const NegotiatedAlgorithm& na)
{
    CategoryFix fix;
    fix.category = &info;
    fix.negotiated = na;
    fix.serverList = withoutMarkers(na.server);
    for (const QString& name : fix.serverList)
        fix.serverCandidates << graded(report, name, info.category);
    fix.usable = locallySupported(report, info);
    const bool fromSsh = report.client && report.client->source == ClientRecord::Source::SshDashG;
    if (info.category == AlgorithmCategory::Compression) {
        // OpenSSH knows only these two: Compression=yes offers zlib@openssh.com, =no offers none.
        for (const char* name : {"zlib@openssh.com", "none"})
            if (fix.serverList.contains(QLatin1String(name)) && fromSsh)
                fix.client = graded(report, QLatin1String(name), info.category);
    } else {
        fix.client = best(report, fix.serverList, fix.usable, info.category);
    }
    if (fix.client)
        fix.clientOptions = clientOptionsFor(info, fix.client->name);
    fix.server = serverAddition(report, info, na.client, fix.serverList);
    if (fix.server)
        fix.serverLine = QStringLiteral("%1 %2").arg(QLatin1String(info.option),
                                                     (QStringList{fix.server->name} + fix.serverList).join(u','));
    return fix;
}

QStringList namesWithReasons(const QList<AlgorithmChoice>& choices)
{
    QStringList out;
    for (const AlgorithmChoice& c : choices)
        out << (c.reason.isEmpty() ? QStringLiteral("%1 (not in SSH Doctor's catalogue)").arg(c.name)
                                   : QStringLiteral("%1 (%2)").arg(c.name, c.reason));
    return out;
}

} // namespace

QString listInWords(const QStringList& items)
{
    if (items.size() <= 1)
        return items.value(0);
    return QStringLiteral("%1 and %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

QStringList withoutMarkers(const QStringList& names)
{
    QStringList out;
    for (const QString& n : names)
        if (!AlgorithmCatalogue::isMarker(n))
            out << n;
    return out;
}

QString AlgorithmChoice::described() const
{
    const QString gradeId = AlgorithmCatalogue::gradeId(grade);
    return reason.isEmpty() ? QStringLiteral("%1 (%2)").arg(name, gradeId)
                            : QStringLiteral("%1 (%2: %3)").arg(name, gradeId, reason);
}

bool AlgorithmChoice::sound() const
{
    return gradeRank(grade) <= gradeRank(AlgorithmGrade::Acceptable);
}

NegotiationFix NegotiationFix::forReport(const Report& report)
{
    QMap<QString, QStringList> offer;
    for (auto it = report.negotiation.constBegin(); it != report.negotiation.constEnd(); ++it)
        offer.insert(it.key(), it->client);
    return forOffer(report, offer);
}

NegotiationFix NegotiationFix::forOffer(const Report& report, const QMap<QString, QStringList>& offer)
{
    NegotiationFix out;
    const QMap<QString, QStringList>& server = report.server.algorithms;
    const QMap<QString, NegotiatedAlgorithm> negotiated = Negotiation::negotiate(offer, server);
    for (const NegotiationCategory& info : NegotiationCategory::all()) {
        for (const QString& key : info.keys) {
            const auto na = negotiated.constFind(key);
            if (na == negotiated.constEnd() || !na->failed() || na->client.isEmpty())
                continue;
            out.m_categories << fixCategory(report, info, *na);
            break; // one per category, whichever direction failed first
        }
    }

    // What ssh would offer with the options: "+name" appends to ssh's default list (ssh_config(5)), which
    // is the offer itself unless the user's ssh_config changed it.
    QMap<QString, QStringList> fixed = offer;
    const auto enable = [&](const CategoryFix& fix) {
        for (const QString& key : fix.category->keys) {
            QStringList list = report.client ? report.client->defaultOffer.value(key) : QStringList();
            if (list.isEmpty())
                list = offer.value(key);
            if (!list.contains(fix.client->name))
                list << fix.client->name;
            fixed.insert(key, list);
        }
        out.m_clientOptions << fix.clientOptions;
        out.m_clientAlgorithms << *fix.client;
    };
    const auto stillFails = [&](const CategoryFix& fix) {
        const QMap<QString, NegotiatedAlgorithm> after = Negotiation::negotiate(fixed, server);
        for (const QString& key : fix.category->keys)
            if (after.contains(key) && after.value(key).failed())
                return true;
        return false;
    };
    // In ssh's order, so a MAC is judged with the cipher that will be used: an AEAD cipher needs none.
    for (const CategoryFix& fix : out.m_categories)
        if (fix.client && (fix.category->category != AlgorithmCategory::Mac || stillFails(fix)))
            enable(fix);
    out.m_clientFixComplete = true;
    for (const NegotiatedAlgorithm& after : Negotiation::negotiate(fixed, server))
        out.m_clientFixComplete &= !after.failed() || after.client.isEmpty();
    return out;
}

QList<const CategoryFix*> NegotiationFix::unfixableOnClient() const
{
    QList<const CategoryFix*> out;
    for (const CategoryFix& fix : m_categories)
        if (!fix.client)
            out << &fix;
    return out;
}

QString NegotiationFix::clientRisk(const QString& host) const
{
    QList<AlgorithmChoice> sound;
    QList<AlgorithmChoice> weak;
    QList<AlgorithmChoice> broken;
    for (const AlgorithmChoice& c : m_clientAlgorithms)
        (c.sound() ? sound : c.grade == AlgorithmGrade::Weak ? weak : broken) << c;
    const bool one = m_clientAlgorithms.size() == 1;
    QStringList sentences;
    if (!broken.isEmpty())
        sentences << QStringLiteral("%1 %2 broken: someone on the network path may be able to read or change this "
                                    "connection.")
                         .arg(listInWords(namesWithReasons(broken)),
                              broken.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"));
    if (!weak.isEmpty())
        sentences << QStringLiteral("%1 %2 weak.")
                         .arg(listInWords(namesWithReasons(weak)),
                              weak.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"));
    if (!broken.isEmpty())
        sentences << (one ? QStringLiteral("It is the only way in that this server offers. Use it only to reach the "
                                           "server and fix it, and remove this setting afterwards.")
                          : QStringLiteral("Together they are the only way in that this server offers. Use them only "
                                           "to reach the server and fix it, and remove these settings afterwards."));
    else if (!weak.isEmpty())
        sentences << (one ? QStringLiteral("It is the best this server offers, and only connections to %1 will use "
                                           "it, but treat it as a stopgap: fix or upgrade the server.")
                          : QStringLiteral("They are the best this server offers, and only connections to %1 will "
                                           "use them, but treat them as a stopgap: fix or upgrade the server."))
                         .arg(host);
    else
        sentences << QStringLiteral("Only connections to %1 use %2; every other server keeps your usual settings.")
                         .arg(host, listInWords([&] {
                                  QStringList names;
                                  for (const AlgorithmChoice& c : sound)
                                      names << c.name;
                                  return names;
                              }()));
    return sentences.join(u' ');
}

QStringList NegotiationFix::serverLines() const
{
    QStringList out;
    for (const CategoryFix& fix : m_categories)
        if (fix.server)
            out << fix.serverLine;
    return out;
}

QList<AlgorithmChoice> NegotiationFix::serverAlgorithms() const
{
    QList<AlgorithmChoice> out;
    for (const CategoryFix& fix : m_categories)
        if (fix.server)
            out << *fix.server;
    return out;
}

QStringList NegotiationFix::serverKeywords() const
{
    QStringList out;
    for (const CategoryFix& fix : m_categories)
        if (fix.server)
            out << QString::fromLatin1(fix.category->option).toLower();
    return out;
}

} // namespace SshDoctor
