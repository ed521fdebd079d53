#pragma once

#include "logs/LogFacts.h"
#include "logs/LogSource.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

// Reading the checked-in samples under tests/data/logs, and texts given inline, the way the CLI will: through a
// LogSource, in chunks.
namespace SshDoctor::Testing {

inline QString logSamplePath(const QString& name)
{
    return QStringLiteral(SSHDOCTOR_TEST_DATA_DIR "/logs/") + name;
}

inline QByteArray logSampleBytes(const QString& name)
{
    QFile file(logSamplePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the log sample %s", qPrintable(name));
    return file.readAll();
}

// The facts of one input, fed in chunks of chunkSize bytes.
inline LogFacts readLog(const QString& inputName, const QByteArray& bytes, qsizetype chunkSize = 4096)
{
    LogSource source(inputName);
    for (qsizetype at = 0; at < bytes.size(); at += chunkSize)
        source.feed(QByteArrayView(bytes).sliced(at, std::min(chunkSize, bytes.size() - at)));
    source.finish();
    return source.facts();
}

inline LogFacts readLogSample(const QString& name)
{
    return readLog(name, logSampleBytes(name));
}

} // namespace SshDoctor::Testing
