#include "run/LogExplanation.h"

#include "logs/LogReportBuilder.h"
#include "logs/LogSource.h"
#include "run/ReportAnalysis.h"

namespace SshDoctor::LogExplanation {

namespace {

constexpr qint64 chunkBytes = 1024 * 1024;

} // namespace

LogFacts read(QIODevice& device, const QString& inputName, const std::function<bool(qint64)>& progress)
{
    LogSource source(inputName);
    QByteArray chunk(chunkBytes, Qt::Uninitialized);
    QString error;
    for (;;) {
        const qint64 n = device.read(chunk.data(), chunkBytes);
        if (n < 0) {
            error = device.errorString();
            break;
        }
        if (n == 0 && (device.atEnd() || !device.waitForReadyRead(-1)))
            break;
        source.feed(QByteArrayView(chunk.constData(), n));
        if (progress && !progress(source.bytesRead()))
            break;
    }
    source.finish();
    LogFacts facts = source.facts();
    if (!error.isEmpty() && !facts.problem)
        facts.problem = QStringLiteral("could not be read to its end: %1").arg(error);
    return facts;
}

Report explain(const QList<LogFacts>& inputs)
{
    Report report = LogReportBuilder::build(inputs);
    ReportAnalysis::analyse(report);
    return report;
}

} // namespace SshDoctor::LogExplanation
