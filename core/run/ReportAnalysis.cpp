#include "run/ReportAnalysis.h"

#include "algorithms/Negotiation.h"
#include "algorithms/PostQuantumKex.h"
#include "diagnosis/Diagnoser.h"
#include "report/ReportPrecision.h"
#include "report/TargetLocation.h"
#include "run/ReportCatalogue.h"

namespace SshDoctor::ReportAnalysis {

void analyse(Report& report)
{
    ReportPrecision::roundTimes(report);
    negotiate(report);
    report.catalogue = ReportCatalogue::build(report);
    if (const QString location = TargetLocation::fromAddresses(report); !location.isEmpty())
        report.target.location = location;
    report.findings = Diagnoser::diagnose(report);
}

void negotiate(Report& report)
{
    report.negotiation.clear();
    report.postQuantum.reset();
    const auto serverKex = report.server.algorithms.constFind(QStringLiteral("kex"));
    if (serverKex != report.server.algorithms.constEnd())
        report.postQuantum = PostQuantumKex::assess(*serverKex);
    if (report.server.algorithms.isEmpty() || !report.client)
        return;
    const ClientRecord& client = *report.client;
    const SshClientSettings& settings =
        client.proxy && client.proxy->jumpHostSettings ? *client.proxy->jumpHostSettings : client.settings;
    report.negotiation = Negotiation::negotiate(settings.kexInitLists(), report.server.algorithms);
    if (const auto kex = report.negotiation.constFind(QStringLiteral("kex")); kex != report.negotiation.constEnd())
        report.postQuantum = PostQuantumKex::assess(*kex);
}

} // namespace SshDoctor::ReportAnalysis
