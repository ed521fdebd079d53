#include "report/ReportJson.h"

#include "report/ByteText.h"
#include "report/ClientRecordJson.h"
#include "report/LogEvidenceJson.h"
#include "report/NegotiationJson.h"
#include "report/ReportPrecision.h"
#include "wire/KexInit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace SshDoctor {

namespace {

QJsonValue ms(double value)
{
    return ReportPrecision::milliseconds(value);
}

QJsonValue optionalString(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray stringArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

// The fields added after the first version are written only when set, so a report of an older version that is
// opened and exported again comes out as it was.
QJsonObject snippetToJson(const RemediationSnippet& r)
{
    QJsonObject out{{QStringLiteral("side"), r.side},
                    {QStringLiteral("platform"), r.platform},
                    {QStringLiteral("title"), r.title},
                    {QStringLiteral("snippet"), r.snippet},
                    {QStringLiteral("risk"), optionalString(r.risk)}};
    if (!r.purpose.isEmpty())
        out.insert(QStringLiteral("purpose"), r.purpose);
    if (!r.appliesTo.isEmpty())
        out.insert(QStringLiteral("applies_to"), stringArray(r.appliesTo));
    if (!r.parts.isEmpty()) {
        QJsonArray parts;
        for (const SnippetPart& part : r.parts) {
            QJsonObject p{{QStringLiteral("kind"), part.kind}, {QStringLiteral("text"), part.text}};
            if (part.file)
                p.insert(QStringLiteral("file"), *part.file);
            if (part.note)
                p.insert(QStringLiteral("note"), *part.note);
            parts.append(p);
        }
        out.insert(QStringLiteral("parts"), parts);
    }
    return out;
}

QJsonObject findingToJson(const Finding& f)
{
    QJsonArray evidence;
    for (const EvidenceItem& e : f.evidence)
        evidence.append(QJsonObject{{QStringLiteral("phase"), e.phase.id()}, {QStringLiteral("detail"), e.detail}});
    QJsonArray remediation;
    for (const RemediationSnippet& r : f.remediation)
        remediation.append(snippetToJson(r));
    QJsonObject out{
        {QStringLiteral("id"), f.id},
        {QStringLiteral("severity"), QString(severityId(f.severity))},
        {QStringLiteral("confidence"), QString(confidenceId(f.confidence))},
        {QStringLiteral("confidence_reason"), f.confidenceReason},
        {QStringLiteral("title"), f.title},
        {QStringLiteral("explanation"), f.explanation},
        {QStringLiteral("evidence"), evidence},
        {QStringLiteral("next_checks"), stringArray(f.nextChecks)},
        {QStringLiteral("alternatives"), stringArray(f.alternatives)},
        {QStringLiteral("remediation"), remediation},
    };
    if (!f.alternativeTitles.isEmpty())
        out.insert(QStringLiteral("alternative_titles"), stringArray(f.alternativeTitles));
    if (!f.logLines.isEmpty()) {
        QJsonArray lines;
        for (const LogLineRef& l : f.logLines)
            lines.append(QJsonObject{{QStringLiteral("input"), l.input}, {QStringLiteral("line"), l.line}});
        out.insert(QStringLiteral("log_lines"), lines);
    }
    return out;
}

QJsonObject attemptToJson(const AttemptSummary& a)
{
    return QJsonObject{{QStringLiteral("index"), a.index},
                       {QStringLiteral("connect"), a.connect},
                       {QStringLiteral("identification"), a.identification},
                       {QStringLiteral("ms"), ms(a.ms)},
                       {QStringLiteral("text"), bytesToText(a.text)}};
}

QJsonArray attemptsToJson(const QList<AttemptSummary>& attempts)
{
    QJsonArray out;
    for (const AttemptSummary& a : attempts)
        out.append(attemptToJson(a));
    return out;
}

QJsonValue burstToJson(const std::optional<BurstRecord>& burst)
{
    if (!burst)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("requested"), burst->requested},
                       {QStringLiteral("address"), burst->address},
                       {QStringLiteral("connections"), attemptsToJson(burst->connections)},
                       {QStringLiteral("skipped"),
                        burst->skipped.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(burst->skipped)}};
}

} // namespace

QJsonObject ReportJson::toJson(const Report& report)
{
    QJsonObject root;
    root.insert(QStringLiteral("schema"), QLatin1String(Report::schema));
    root.insert(QStringLiteral("tool"),
                QJsonObject{{QStringLiteral("version"), report.tool.version},
                            {QStringLiteral("qt"), report.tool.qt},
                            {QStringLiteral("libssh"), report.tool.libssh},
                            {QStringLiteral("openssh_client"), optionalString(report.tool.opensshClient)},
                            {QStringLiteral("os"), report.tool.os}});
    root.insert(QStringLiteral("source"), report.source);
    root.insert(QStringLiteral("created"), report.created.toUTC().toString(Qt::ISODate));
    QJsonObject target{{QStringLiteral("host"), report.target.host},
                       {QStringLiteral("port"), report.target.port},
                       {QStringLiteral("user"), optionalString(report.target.user)},
                       {QStringLiteral("via"), optionalString(report.target.via)}};
    if (report.target.location)
        target.insert(QStringLiteral("location"), *report.target.location);
    root.insert(QStringLiteral("target"), target);
    root.insert(QStringLiteral("connections"), report.connections);
    root.insert(QStringLiteral("connect_attempts"), report.connectAttempts);
    root.insert(QStringLiteral("client_address"), optionalString(report.clientAddress));
    root.insert(QStringLiteral("client_interface"),
                report.clientInterface ? QJsonValue(QJsonObject{{QStringLiteral("name"), report.clientInterface->name},
                                                                {QStringLiteral("mtu"), report.clientInterface->mtu}})
                                       : QJsonValue());
    root.insert(QStringLiteral("retry_mss"),
                report.retryMaxSegmentSize ? QJsonValue(*report.retryMaxSegmentSize) : QJsonValue());
    root.insert(QStringLiteral("cancelled"), report.cancelled);
    root.insert(QStringLiteral("attempts"), attemptsToJson(report.attempts));
    root.insert(QStringLiteral("burst"), burstToJson(report.burst));
    if (!report.logInputs.isEmpty())
        root.insert(QStringLiteral("log_inputs"), LogEvidenceJson::inputsToJson(report.logInputs));
    if (!report.logEvidence.isEmpty())
        root.insert(QStringLiteral("log_evidence"), LogEvidenceJson::evidenceToJson(report.logEvidence));

    QJsonArray addresses;
    for (const AddressResult& a : report.addresses) {
        QJsonObject o{{QStringLiteral("address"), a.address},
                      {QStringLiteral("family"), a.family},
                      {QStringLiteral("status"), a.status},
                      {QStringLiteral("ms"), ms(a.ms)}};
        if (!a.detail.isEmpty())
            o.insert(QStringLiteral("detail"), a.detail);
        if (a.startMs)
            o.insert(QStringLiteral("start_ms"), ms(*a.startMs));
        addresses.append(o);
    }
    root.insert(QStringLiteral("addresses"), addresses);

    QJsonArray phases;
    for (const PhaseRecord& p : report.phases)
        phases.append(QJsonObject{{QStringLiteral("id"), p.id.id()},
                                  {QStringLiteral("status"), phaseStatusId(p.status)},
                                  {QStringLiteral("start_ms"), ms(p.startMs)},
                                  {QStringLiteral("end_ms"), ms(p.endMs)},
                                  {QStringLiteral("detail"), p.detail}});
    root.insert(QStringLiteral("phases"), phases);

    QJsonArray preBanner;
    for (const QByteArray& line : report.server.preBannerLines)
        preBanner.append(bytesToText(line));
    QJsonObject algorithms;
    for (int i = KexInit::Kex; i <= KexInit::CompressionServerToClient; ++i) {
        const QString key = KexInit::categoryId(static_cast<KexInit::Category>(i));
        algorithms.insert(key, stringArray(report.server.algorithms.value(key)));
    }
    root.insert(
        QStringLiteral("server"),
        QJsonObject{{QStringLiteral("banner"), report.server.banner ? QJsonValue(bytesToText(*report.server.banner))
                                                                    : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("pre_banner_lines"), preBanner},
                    {QStringLiteral("software"), optionalString(report.server.software)},
                    {QStringLiteral("version"), optionalString(report.server.version)},
                    {QStringLiteral("comments"), optionalString(report.server.comments)},
                    {QStringLiteral("algorithms"), algorithms}});

    const IdentificationRecord& id = report.identification;
    QJsonObject identification{
        {QStringLiteral("outcome"), IdentificationRecord::outcomeId(id.outcome)},
        {QStringLiteral("client_identification"), id.clientIdentification},
        {QStringLiteral("bytes_received"), id.bytesReceived},
        {QStringLiteral("first_byte_ms"), id.firstByteMs ? ms(*id.firstByteMs) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("lines"), id.lineCount},
        {QStringLiteral("lines_per_second"), ms(id.linesPerSecond)},
        {QStringLiteral("protocol"), id.protocol.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id.protocol)},
        {QStringLiteral("partial_text"),
         id.partialText.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(bytesToText(id.partialText))},
        {QStringLiteral("problem"), id.problem.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id.problem)},
        {QStringLiteral("issues"), stringArray(id.issues)},
    };
    // Absent where it is unknown, so that a report of an older version exports again as it was.
    if (id.clientIdentificationUnread)
        identification.insert(QStringLiteral("client_identification_unread"), *id.clientIdentificationUnread);
    root.insert(QStringLiteral("identification"), identification);

    const KexInitRecord& k = report.kexInit;
    QJsonObject kexinit{
        {QStringLiteral("outcome"), KexInitRecord::outcomeId(k.outcome)},
        {QStringLiteral("bytes_after_banner"), k.bytesAfterBanner},
        {QStringLiteral("packet_length"), static_cast<qint64>(k.packetLength)},
        {QStringLiteral("cookie"), k.cookieHex.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(k.cookieHex)},
        {QStringLiteral("first_kex_packet_follows"), k.firstKexPacketFollows},
        {QStringLiteral("reserved"), static_cast<qint64>(k.reserved)},
        {QStringLiteral("languages_c2s"), stringArray(k.languagesClientToServer)},
        {QStringLiteral("languages_s2c"), stringArray(k.languagesServerToClient)},
        {QStringLiteral("skipped_messages"), k.skippedMessages},
        {QStringLiteral("problem"), k.problem.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(k.problem)},
        {QStringLiteral("sent_kexinit"), k.sentOurKexInit},
        {QStringLiteral("sent_disconnect"), k.sentDisconnect},
    };
    if (k.disconnectCode)
        kexinit.insert(QStringLiteral("disconnect"),
                       QJsonObject{{QStringLiteral("code"), static_cast<qint64>(*k.disconnectCode)},
                                   {QStringLiteral("description"), k.disconnectDescription}});
    root.insert(QStringLiteral("kexinit"), kexinit);

    root.insert(QStringLiteral("client"),
                report.client ? QJsonValue(ClientRecordJson::toJson(*report.client)) : QJsonValue(QJsonValue::Null));
    // Always present, empty when no KEXINIT was read, so that readers can rely on the keys.
    root.insert(QStringLiteral("negotiation"), NegotiationJson::negotiationToJson(report.negotiation));
    root.insert(QStringLiteral("catalogue"), NegotiationJson::catalogueToJson(report.catalogue));
    // Only when the server's KEXINIT was read, so that a report of an older version exports as it was.
    if (report.postQuantum)
        root.insert(QStringLiteral("post_quantum"), NegotiationJson::postQuantumToJson(*report.postQuantum));

    QJsonArray findings;
    for (const Finding& f : report.findings)
        findings.append(findingToJson(f));
    root.insert(QStringLiteral("findings"), findings);
    return root;
}

QByteArray ReportJson::toBytes(const Report& report)
{
    // A reader of the file meets what was found first and the reference lists last; QJsonDocument would
    // sort the keys, which puts the algorithm catalogue before the findings. Each member is written by
    // QJsonDocument, one at a time, in this order; keys not named here follow in QJsonObject's order.
    static const QStringList order{
        QStringLiteral("schema"),
        QStringLiteral("source"),
        QStringLiteral("created"),
        QStringLiteral("tool"),
        QStringLiteral("target"),
        QStringLiteral("findings"),
        QStringLiteral("log_inputs"),
        QStringLiteral("log_evidence"),
        QStringLiteral("connections"),
        QStringLiteral("connect_attempts"),
        QStringLiteral("cancelled"),
        QStringLiteral("phases"),
        QStringLiteral("addresses"),
        QStringLiteral("client_address"),
        QStringLiteral("client_interface"),
        QStringLiteral("attempts"),
        QStringLiteral("burst"),
        QStringLiteral("retry_mss"),
        QStringLiteral("server"),
        QStringLiteral("identification"),
        QStringLiteral("kexinit"),
        QStringLiteral("client"),
        QStringLiteral("negotiation"),
        QStringLiteral("post_quantum"),
    };
    const QJsonObject root = toJson(report);
    QStringList keys;
    for (const QString& key : order)
        if (root.contains(key))
            keys.append(key);
    for (const QString& key : root.keys())
        if (!keys.contains(key))
            keys.append(key);
    QByteArray out = "{\n";
    for (qsizetype i = 0; i < keys.size(); ++i) {
        // "{\n    \"key\": value\n}\n" without its braces: the member, indented as in the whole document.
        const QByteArray member =
            QJsonDocument(QJsonObject{{keys.at(i), root.value(keys.at(i))}}).toJson(QJsonDocument::Indented);
        out += member.mid(2, member.size() - 5);
        out += i + 1 < keys.size() ? ",\n" : "\n";
    }
    return out + "}\n";
}

} // namespace SshDoctor
