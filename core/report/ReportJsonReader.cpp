#include "report/ReportJsonReader.h"

#include "report/ByteText.h"
#include "report/ClientRecordJsonReader.h"
#include "report/JsonCursor.h"
#include "report/JsonShapeCheck.h"
#include "report/LogEvidenceJson.h"
#include "report/NegotiationJsonReader.h"
#include "wire/KexInit.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <limits>

namespace SshDoctor {

namespace {

constexpr qint64 maxInt = std::numeric_limits<int>::max();
constexpr qint64 maxUint32 = std::numeric_limits<std::uint32_t>::max();

QByteArray bytesFrom(const JsonCursor& cursor)
{
    return textToBytes(cursor.toString());
}

ToolInfo readTool(const JsonCursor& c)
{
    ToolInfo tool;
    tool.version = c.field("version").toString();
    tool.qt = c.field("qt").toString();
    tool.libssh = c.field("libssh").toString();
    tool.opensshClient = c.field("openssh_client").toOptionalString();
    tool.os = c.field("os").toString();
    return tool;
}

ReportTarget readTarget(const JsonCursor& c)
{
    if (c.isMissing())
        c.fail(QStringLiteral("missing: a report names its target"));
    ReportTarget target;
    target.host = c.field("host").toString();
    target.port = static_cast<int>(c.field("port").toInteger(0, 65535, target.port));
    target.user = c.field("user").toOptionalString();
    target.via = c.field("via").toOptionalString();
    if (!c.field("location").isMissing())
        target.location = c.field("location")
                              .toEnum({QStringLiteral("loopback"), QStringLiteral("private"), QStringLiteral("public")},
                                      QStringLiteral("public"));
    return target;
}

QList<AddressResult> readAddresses(const JsonCursor& c)
{
    QList<AddressResult> addresses;
    c.forEachElement([&addresses](const JsonCursor& e) {
        AddressResult a;
        a.address = e.field("address").toString();
        a.family = e.field("family").toString();
        a.status = e.field("status").toString();
        a.ms = e.field("ms").toNumber();
        a.detail = e.field("detail").toString();
        if (const JsonCursor start = e.field("start_ms"); !start.isMissing() && !start.isNull())
            a.startMs = start.toNumber();
        addresses.append(a);
    });
    return addresses;
}

QList<PhaseRecord> readPhases(const JsonCursor& c)
{
    QList<PhaseRecord> phases;
    c.forEachElement([&phases](const JsonCursor& e) {
        PhaseRecord p;
        p.id = PhaseId::fromId(e.field("id").toString());
        p.status = e.field("status").toEnum(&phaseStatusId, PhaseStatus::Running, PhaseStatus::Skipped);
        p.startMs = e.field("start_ms").toNumber();
        p.endMs = e.field("end_ms").toNumber();
        p.detail = e.field("detail").toString();
        phases.append(p);
    });
    return phases;
}

ServerInfo readServer(const JsonCursor& c, bool kexInitReceived)
{
    ServerInfo server;
    if (const auto banner = c.field("banner").toOptionalString())
        server.banner = textToBytes(*banner);
    c.field("pre_banner_lines").forEachElement([&server](const JsonCursor& e) {
        server.preBannerLines.append(bytesFrom(e));
    });
    server.software = c.field("software").toOptionalString();
    server.version = c.field("version").toOptionalString();
    server.comments = c.field("comments").toOptionalString();
    // The writer lists all eight categories; the model holds them only when a KEXINIT was read.
    const JsonCursor algorithms = c.field("algorithms");
    QMap<QString, QStringList> lists;
    bool anyName = false;
    for (int i = KexInit::Kex; i <= KexInit::CompressionServerToClient; ++i) {
        const QString key = KexInit::categoryId(static_cast<KexInit::Category>(i));
        lists.insert(key, algorithms.member(key).toStringList());
        anyName = anyName || !lists.value(key).isEmpty();
    }
    if (kexInitReceived || anyName)
        server.algorithms = lists;
    return server;
}

IdentificationRecord readIdentification(const JsonCursor& c)
{
    IdentificationRecord id;
    id.outcome = c.field("outcome").toEnum(&IdentificationRecord::outcomeId, IdentificationRecord::Outcome::Cancelled,
                                           IdentificationRecord::Outcome::NotReached);
    id.clientIdentification = c.field("client_identification").toString();
    id.bytesReceived = c.field("bytes_received").toInteger(0, std::numeric_limits<qint64>::max() / 2);
    id.firstByteMs = c.field("first_byte_ms").toOptionalNumber();
    id.lineCount = static_cast<int>(c.field("lines").toInteger(0, maxInt));
    id.linesPerSecond = c.field("lines_per_second").toNumber();
    id.protocol = c.field("protocol").toStringOrEmpty();
    if (const auto partial = c.field("partial_text").toOptionalString())
        id.partialText = textToBytes(*partial);
    id.problem = c.field("problem").toStringOrEmpty();
    id.issues = c.field("issues").toStringList();
    if (const JsonCursor unread = c.field("client_identification_unread"); !unread.isMissing())
        id.clientIdentificationUnread = unread.toBool();
    return id;
}

KexInitRecord readKexInit(const JsonCursor& c)
{
    KexInitRecord k;
    k.outcome = c.field("outcome").toEnum(&KexInitRecord::outcomeId, KexInitRecord::Outcome::Cancelled,
                                          KexInitRecord::Outcome::NotReached);
    k.bytesAfterBanner = c.field("bytes_after_banner").toInteger(0, std::numeric_limits<qint64>::max() / 2);
    k.packetLength = static_cast<std::uint32_t>(c.field("packet_length").toInteger(0, maxUint32));
    k.cookieHex = c.field("cookie").toStringOrEmpty();
    k.firstKexPacketFollows = c.field("first_kex_packet_follows").toBool();
    k.reserved = static_cast<std::uint32_t>(c.field("reserved").toInteger(0, maxUint32));
    k.languagesClientToServer = c.field("languages_c2s").toStringList();
    k.languagesServerToClient = c.field("languages_s2c").toStringList();
    k.skippedMessages = static_cast<int>(c.field("skipped_messages").toInteger(0, maxInt));
    k.problem = c.field("problem").toStringOrEmpty();
    k.sentOurKexInit = c.field("sent_kexinit").toBool();
    k.sentDisconnect = c.field("sent_disconnect").toBool();
    const JsonCursor disconnect = c.field("disconnect");
    if (!disconnect.isMissing()) {
        k.disconnectCode = static_cast<std::uint32_t>(disconnect.field("code").toInteger(0, maxUint32));
        k.disconnectDescription = disconnect.field("description").toString();
    }
    return k;
}

QList<AttemptSummary> readAttempts(const JsonCursor& c)
{
    QList<AttemptSummary> attempts;
    c.forEachElement([&attempts](const JsonCursor& e) {
        AttemptSummary a;
        a.index = static_cast<int>(e.field("index").toInteger(0, maxInt));
        a.connect = e.field("connect").toString();
        a.identification = e.field("identification").toString();
        a.ms = e.field("ms").toNumber();
        a.text = bytesFrom(e.field("text"));
        attempts.append(a);
    });
    return attempts;
}

std::optional<BurstRecord> readBurst(const JsonCursor& c)
{
    if (c.isMissing() || c.isNull())
        return std::nullopt;
    BurstRecord burst;
    burst.requested = static_cast<int>(c.field("requested").toInteger(0, maxInt));
    burst.address = c.field("address").toString();
    burst.connections = readAttempts(c.field("connections"));
    burst.skipped = c.field("skipped").toStringOrEmpty();
    return burst;
}

Finding readFinding(const JsonCursor& c)
{
    Finding f;
    f.id = c.field("id").toString();
    f.severity = c.field("severity").toEnum(&severityId, Severity::Info, Severity::Info);
    f.confidence = c.field("confidence").toEnum(&confidenceId, Confidence::Low, Confidence::Low);
    f.confidenceReason = c.field("confidence_reason").toString();
    f.title = c.field("title").toString();
    f.explanation = c.field("explanation").toString();
    c.field("evidence").forEachElement([&f](const JsonCursor& e) {
        f.evidence.append(EvidenceItem{PhaseId::fromId(e.field("phase").toString()), e.field("detail").toString()});
    });
    f.nextChecks = c.field("next_checks").toStringList();
    f.alternatives = c.field("alternatives").toStringList();
    c.field("remediation").forEachElement([&f](const JsonCursor& e) {
        RemediationSnippet r;
        r.side = e.field("side").toEnum({QStringLiteral("client"), QStringLiteral("server")}, QStringLiteral("client"));
        r.platform = e.field("platform").toString();
        r.title = e.field("title").toString();
        r.snippet = e.field("snippet").toString();
        r.risk = e.field("risk").toOptionalString();
        if (!e.field("purpose").isMissing())
            r.purpose =
                e.field("purpose").toEnum({QStringLiteral("fix"), QStringLiteral("check")}, QStringLiteral("fix"));
        r.appliesTo = e.field("applies_to").toStringList();
        e.field("parts").forEachElement([&r](const JsonCursor& p) {
            SnippetPart part;
            part.kind =
                p.field("kind").toEnum({QStringLiteral("command"), QStringLiteral("file")}, QStringLiteral("command"));
            part.text = p.field("text").toString();
            part.file = p.field("file").toOptionalString();
            part.note = p.field("note").toOptionalString();
            r.parts.append(part);
        });
        f.remediation.append(r);
    });
    f.alternativeTitles = c.field("alternative_titles").toStringList();
    c.field("log_lines").forEachElement([&f](const JsonCursor& l) {
        f.logLines.append(
            LogLineRef{l.field("input").toString(), static_cast<int>(l.field("line").toInteger(1, maxInt))});
    });
    return f;
}

Report convert(const JsonCursor& root)
{
    Report report;
    report.tool = readTool(root.field("tool"));
    report.source = root.field("source").toString(report.source);
    const QString created = root.field("created").toString();
    report.created = QDateTime::fromString(created, Qt::ISODate);
    if (!created.isEmpty() && !report.created.isValid())
        root.field("created").fail(QStringLiteral("not a date and time (ISO 8601): \"%1\"").arg(created.left(64)));
    report.target = readTarget(root.field("target"));
    report.connections = static_cast<int>(root.field("connections").toInteger(0, maxInt));
    report.connectAttempts = static_cast<int>(root.field("connect_attempts").toInteger(0, maxInt));
    report.clientAddress = root.field("client_address").toOptionalString();
    if (const JsonCursor c = root.field("client_interface"); !c.isMissing() && !c.isNull())
        report.clientInterface =
            ClientInterface{c.field("name").toString(), static_cast<int>(c.field("mtu").toInteger(0, maxInt))};
    if (const JsonCursor c = root.field("retry_mss"); !c.isMissing() && !c.isNull())
        report.retryMaxSegmentSize = static_cast<int>(c.toInteger(1, 65535));
    report.cancelled = root.field("cancelled").toBool();
    report.attempts = readAttempts(root.field("attempts"));
    report.burst = readBurst(root.field("burst"));
    report.addresses = readAddresses(root.field("addresses"));
    report.phases = readPhases(root.field("phases"));
    report.identification = readIdentification(root.field("identification"));
    report.kexInit = readKexInit(root.field("kexinit"));
    report.server = readServer(root.field("server"), report.kexInit.outcome == KexInitRecord::Outcome::Received);
    if (const JsonCursor client = root.field("client"); !client.isMissing() && !client.isNull())
        report.client = ClientRecordJsonReader::read(client);
    report.negotiation = NegotiationJsonReader::readNegotiation(root.field("negotiation"));
    report.catalogue = NegotiationJsonReader::readCatalogue(root.field("catalogue"));
    if (const JsonCursor c = root.field("post_quantum"); !c.isMissing() && !c.isNull())
        report.postQuantum = NegotiationJsonReader::readPostQuantum(c);
    root.field("findings").forEachElement([&report](const JsonCursor& e) { report.findings.append(readFinding(e)); });
    report.logInputs = LogEvidenceJson::readInputs(root.field("log_inputs"));
    report.logEvidence = LogEvidenceJson::readEvidence(root.field("log_evidence"));
    return report;
}

// Empty when `schema` is one this version reads; otherwise why not.
QString checkSchema(const JsonCursor& schema)
{
    static const QRegularExpression pattern(QStringLiteral("^sshdoctor-report/([0-9]{1,6})(?:\\.[0-9]{1,6})?$"));
    if (schema.isMissing())
        return QStringLiteral("not an SSH Doctor report: it has no \"schema\" field");
    const QString value = schema.toString();
    const QRegularExpressionMatch match = pattern.match(value);
    if (schema.failed() || !match.hasMatch())
        return QStringLiteral("not an SSH Doctor report: the schema is \"%1\", not %2")
            .arg(value.left(64), QLatin1String(Report::schema));
    const int major = match.captured(1).toInt();
    if (major > 1)
        return QStringLiteral("written by a newer SSH Doctor (schema %1); this version reads %2 only: update SSH "
                              "Doctor to open it")
            .arg(value, QLatin1String(Report::schema));
    if (major < 1)
        return QStringLiteral("schema %1 is not supported; this version reads %2")
            .arg(value, QLatin1String(Report::schema));
    return QString();
}

} // namespace

ReportJsonReader::Result ReportJsonReader::read(const QByteArray& json)
{
    Result result;
    if (json.size() > maxFileBytes) {
        result.error = QStringLiteral("%1 bytes is too large for a report (at most %2 MiB)")
                           .arg(json.size())
                           .arg(maxFileBytes / (1024 * 1024));
        return result;
    }
    if (const QString shape = JsonShapeCheck::check(json, JsonShapeCheck::Limits()); !shape.isEmpty()) {
        result.error = QStringLiteral("not a report: %1").arg(shape);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const bool atEnd = parseError.offset >= json.trimmed().size();
        result.error = QStringLiteral("not valid JSON: %1 at byte %2%3")
                           .arg(parseError.errorString())
                           .arg(parseError.offset)
                           .arg(atEnd ? QStringLiteral(" (the file looks truncated)") : QString());
        return result;
    }
    if (!document.isObject()) {
        result.error = QStringLiteral("not an SSH Doctor report: the JSON is not an object");
        return result;
    }
    const JsonCursor root(document.object());
    if (const QString schema = checkSchema(root.field("schema")); !schema.isEmpty()) {
        result.error = schema;
        return result;
    }
    Report report = convert(root);
    if (root.failed()) {
        result.error = root.error();
        return result;
    }
    result.report = std::move(report);
    return result;
}

ReportJsonReader::Result ReportJsonReader::readFile(const QString& path, const QDateTime& openedAt,
                                                    const QString& origin)
{
    const QFileInfo info(path);
    const QString name = origin.isEmpty() ? info.fileName() : origin;
    auto failure = [&name](const QString& what) {
        return Result{std::nullopt, QStringLiteral("%1: %2").arg(name, what)};
    };
    if (!info.exists())
        return failure(QStringLiteral("no such file"));
    // A FIFO or a device could block or never end: a report is a regular file.
    if (!info.isFile())
        return failure(QStringLiteral("not a regular file"));
    if (info.size() > maxFileBytes)
        return failure(QStringLiteral("%1 MiB is too large for a report (at most %2 MiB)")
                           .arg(static_cast<double>(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                           .arg(maxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("cannot open it: %1").arg(file.errorString()));
    // Read one byte more than allowed: a file that grew since the size check is still refused.
    const QByteArray bytes = file.read(maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(QStringLiteral("cannot read it: %1").arg(file.errorString()));
    Result result = read(bytes);
    if (!result.report)
        return failure(result.error);
    result.report->imported = ImportRecord{name, openedAt.toUTC()};
    return result;
}

} // namespace SshDoctor
