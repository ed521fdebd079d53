#include "report/ReportAlgorithms.h"

#include "report/StatusPalette.h"
#include "wire/KexInit.h"

#include <tuple>

namespace SshDoctor {

namespace {

QList<ReportAlgorithms::Name> graded(const Report& report, const QStringList& names)
{
    QList<ReportAlgorithms::Name> out;
    for (const QString& name : names) {
        const auto entry = report.catalogue.constFind(name);
        if (entry == report.catalogue.constEnd())
            out.append(ReportAlgorithms::Name{name, QString(), QString()});
        else if (entry->marker)
            out.append(ReportAlgorithms::Name{name, QLatin1String(ReportAlgorithms::markerGrade), entry->reason, true});
        else
            out.append(ReportAlgorithms::Name{name, entry->grade, entry->reason});
    }
    return out;
}

} // namespace

QList<ReportAlgorithms::Offer> ReportAlgorithms::offers(const Report& report)
{
    QList<Offer> out;
    if (report.server.algorithms.isEmpty())
        return out;
    const QStringList kex = report.server.algorithms.value(KexInit::categoryId(KexInit::Kex));
    const QStringList hostKey = report.server.algorithms.value(KexInit::categoryId(KexInit::HostKey));
    out.append({QStringLiteral("kex"), graded(report, kex)});
    out.append({QStringLiteral("hostkey"), graded(report, hostKey)});
    for (const auto& [c2s, s2c, both] :
         {std::tuple{KexInit::CipherClientToServer, KexInit::CipherServerToClient, "cipher"},
          std::tuple{KexInit::MacClientToServer, KexInit::MacServerToClient, "mac"},
          std::tuple{KexInit::CompressionClientToServer, KexInit::CompressionServerToClient, "compression"}}) {
        const QStringList up = report.server.algorithms.value(KexInit::categoryId(c2s));
        const QStringList down = report.server.algorithms.value(KexInit::categoryId(s2c));
        if (up == down) {
            out.append({QStringLiteral("%1 (both directions)").arg(QLatin1String(both)), graded(report, up)});
        } else {
            out.append({KexInit::categoryId(c2s), graded(report, up)});
            out.append({KexInit::categoryId(s2c), graded(report, down)});
        }
    }
    return out;
}

QList<ReportAlgorithms::Outcome> ReportAlgorithms::negotiation(const Report& report)
{
    QList<Outcome> out;
    for (int i = KexInit::Kex; i <= KexInit::CompressionServerToClient; ++i) {
        const QString key = KexInit::categoryId(static_cast<KexInit::Category>(i));
        const auto it = report.negotiation.constFind(key);
        if (it == report.negotiation.constEnd())
            continue;
        Outcome outcome;
        outcome.category = key;
        outcome.failed = it->failed();
        if (it->chosen)
            outcome.result = *it->chosen;
        else if (it->impliedByCipher)
            outcome.result = QStringLiteral("none needed: %1 authenticates by itself").arg(*it->impliedByCipher);
        else
            outcome.result = QStringLiteral("no algorithm in common");
        if (outcome.failed)
            outcome.client = it->client;
        out.append(outcome);
    }
    return out;
}

QString ReportAlgorithms::gradeColour(const QString& grade)
{
    return StatusPalette::grade(grade);
}

} // namespace SshDoctor
