#include "report/ListComparison.h"

#include "algorithms/AlgorithmCatalogue.h"

namespace SshDoctor {

namespace {

// The negotiation key a finding is about, the direction that failed first for the two-way categories.
QString categoryOf(const Report& report, const QString& id)
{
    if (id == QLatin1String("no-post-quantum-kex"))
        return QStringLiteral("kex");
    if (!id.startsWith(QLatin1String("no-common-")))
        return QString();
    const QString category = id.mid(int(sizeof("no-common-")) - 1);
    if (category == QLatin1String("kex") || category == QLatin1String("hostkey"))
        return category;
    for (const char* direction : {"_c2s", "_s2c"}) {
        const QString key = category + QLatin1String(direction);
        if (const auto it = report.negotiation.constFind(key); it != report.negotiation.constEnd() && it->failed())
            return key;
    }
    return category + QStringLiteral("_c2s");
}

// What `ssh -Q` says this ssh can enable in a category ("cipher_c2s" -> the "cipher" query).
QStringList enablable(const Report& report, const QString& category)
{
    if (!report.client)
        return {};
    const QString base = category.section(QLatin1Char('_'), 0, 0);
    const QString query = base == QLatin1String("hostkey") ? QStringLiteral("key") : base;
    QStringList names = report.client->supported.value(query);
    // An RSA key also signs with the SHA-2 algorithms (RFC 8332).
    if (base == QLatin1String("hostkey") && names.contains(QLatin1String("ssh-rsa")))
        names << QStringLiteral("rsa-sha2-256") << QStringLiteral("rsa-sha2-512");
    return names;
}

ListComparison::Entry entry(const Report& report, const QString& name)
{
    ListComparison::Entry e;
    e.name.name = name;
    if (const auto it = report.catalogue.constFind(name); it != report.catalogue.constEnd()) {
        e.name.grade = it->grade;
        e.name.reason = it->reason;
    }
    e.marker = AlgorithmCatalogue::isMarker(name);
    return e;
}

} // namespace

std::optional<ListComparison> ListComparison::forFinding(const Report& report, const Finding& finding)
{
    const QString category = categoryOf(report, finding.id);
    const auto it = report.negotiation.constFind(category);
    QStringList client = it != report.negotiation.constEnd() ? it->client : QStringList();
    QStringList server = it != report.negotiation.constEnd() ? it->server : report.server.algorithms.value(category);
    if (category.isEmpty() || server.isEmpty())
        return std::nullopt;
    ListComparison out;
    out.category = category;
    const QStringList canEnable = enablable(report, category);
    QStringList serverAlgorithms;
    for (const QString& name : server) {
        Entry e = entry(report, name);
        e.common = !e.marker && client.contains(name);
        e.nearest = !e.marker && !e.common && canEnable.contains(name);
        out.server.append(e);
        if (!e.marker)
            serverAlgorithms << name;
    }
    for (const QString& name : client) {
        Entry e = entry(report, name);
        e.common = !e.marker && server.contains(name);
        out.client.append(e);
    }
    out.clientWords = client.join(QStringLiteral(", "));
    out.serverWords = serverAlgorithms.join(QStringLiteral(", "));
    return out;
}

QString ListComparison::shortened(const QString& explanation, const QString& pointer) const
{
    QString out = explanation;
    for (const QString& words : {clientWords, serverWords})
        if (words.count(u',') >= 2) // a short list reads well in the sentence
            out.replace(words, pointer);
    return out;
}

} // namespace SshDoctor
