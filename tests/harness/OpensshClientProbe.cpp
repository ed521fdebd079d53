#include "OpensshClientProbe.h"

#include "ToolRunner.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace SshDoctor::Testing {

namespace {

struct CategoryInfo
{
    QLatin1String category;
    QLatin1String failureText; // "no matching <failureText> found"
};

constexpr CategoryInfo kCategories[] = {
    {QLatin1String("kex"), QLatin1String("key exchange method")},
    {QLatin1String("hostkey"), QLatin1String("host key type")},
    {QLatin1String("cipher"), QLatin1String("cipher")},
    {QLatin1String("mac"), QLatin1String("MAC")},
    {QLatin1String("compression"), QLatin1String("compression method")},
};

QString categoryForFailureText(const QString& failureText)
{
    for (const CategoryInfo& info : kCategories) {
        if (failureText == info.failureText) {
            return info.category;
        }
    }
    return QString();
}

QStringList forcingArguments(const QString& category)
{
    const auto option = [](const char* value) { return QStringList{QStringLiteral("-o"), QString::fromLatin1(value)}; };
    if (category == QLatin1String("kex")) {
        return option("KexAlgorithms=diffie-hellman-group1-sha1");
    }
    if (category == QLatin1String("hostkey")) {
        return option("HostKeyAlgorithms=ssh-dss");
    }
    if (category == QLatin1String("cipher")) {
        return option("Ciphers=3des-cbc");
    }
    if (category == QLatin1String("mac")) {
        return option("Ciphers=aes128-ctr") + option("MACs=hmac-md5");
    }
    return QStringList();
}

bool isAeadCipher(const QString& name)
{
    return name.contains(QLatin1String("poly1305")) || name.contains(QLatin1String("-gcm"));
}

} // namespace

QStringList OpensshClientProbe::categories()
{
    return {QStringLiteral("kex"), QStringLiteral("hostkey"), QStringLiteral("cipher"), QStringLiteral("mac")};
}

QString OpensshClientProbe::sshPath()
{
    return QStringLiteral("/usr/bin/ssh");
}

bool OpensshClientProbe::isAvailable()
{
    return QFileInfo(sshPath()).isExecutable();
}

QString OpensshClientProbe::sshVersion()
{
    const ToolRunner::Result result = ToolRunner::run(sshPath(), {QStringLiteral("-V")}, kTimeoutMs);
    if (!result.started || result.timedOut) {
        return QString();
    }
    const QString text = QString::fromLocal8Bit(result.standardError + result.standardOutput).trimmed();
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

OpensshClientProbe::Offer OpensshClientProbe::theirOffer(quint16 port, const QString& category,
                                                         const QStringList& extraArgs)
{
    Offer offer;
    const QStringList forcing = forcingArguments(category);
    if (forcing.isEmpty()) {
        offer.error = QStringLiteral("unknown category \"%1\" (expected one of: %2)")
                          .arg(category, categories().join(QStringLiteral(", ")));
        return offer;
    }
    if (!isAvailable()) {
        offer.error = QStringLiteral("%1 is missing").arg(sshPath());
        return offer;
    }

    Failure failure = runSsh(port, extraArgs + forcing);
    if (category == QLatin1String("mac") && failure.category == QLatin1String("cipher")) {
        // The server has no aes128-ctr: force one of its own non-AEAD ciphers instead.
        const auto it = std::find_if(failure.names.cbegin(), failure.names.cend(),
                                     [](const QString& name) { return !isAeadCipher(name); });
        if (it != failure.names.cend()) {
            const QStringList cipher = {QStringLiteral("-o"), QStringLiteral("Ciphers=%1").arg(*it)};
            failure = runSsh(port, extraArgs + cipher + forcing);
        }
    }

    offer.rawLine = failure.rawLine;
    if (!failure.runError.isEmpty()) {
        offer.error = failure.runError;
    } else if (failure.category == category) {
        offer.names = failure.names;
        if (offer.names.isEmpty()) {
            offer.error = QStringLiteral("ssh printed an empty offer: %1").arg(failure.rawLine);
        }
    } else if (!failure.category.isEmpty()) {
        offer.error = QStringLiteral("OpenSSH stopped at category \"%1\" before reaching \"%2\" (it checks kex, "
                                     "hostkey, cipher, mac in that order); pass extraArgs the server accepts for "
                                     "\"%1\": %3")
                          .arg(failure.category, category, failure.rawLine);
    } else {
        offer.error = QStringLiteral("ssh did not report a failed negotiation: %1").arg(failure.output);
    }
    return offer;
}

OpensshClientProbe::Failure OpensshClientProbe::runSsh(quint16 port, const QStringList& arguments)
{
    static const QRegularExpression unableLine(
        QStringLiteral(
            "^Unable to negotiate with \\S+ port (\\d+): no matching (.+) found\\. Their offer: (\\S*)\\s*$"),
        QRegularExpression::MultilineOption);

    QStringList allArguments = {QStringLiteral("-F"), QStringLiteral("/dev/null"),
                                QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                                QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=no"),
                                QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=/dev/null"),
                                QStringLiteral("-o"), QStringLiteral("ConnectTimeout=5"),
                                QStringLiteral("-p"), QString::number(port)};
    allArguments << arguments << QStringLiteral("127.0.0.1") << QStringLiteral("true");

    Failure failure;
    const ToolRunner::Result result = ToolRunner::run(sshPath(), allArguments, kTimeoutMs);
    failure.output = result.combinedOutput();
    if (!result.started || result.timedOut) {
        failure.runError = result.errorString;
        return failure;
    }
    const QString errorText = QString::fromLocal8Bit(result.standardError).remove(QLatin1Char('\r'));
    const QRegularExpressionMatch match = unableLine.match(errorText);
    if (!match.hasMatch()) {
        return failure;
    }
    failure.rawLine = match.captured(0).trimmed();
    failure.category = categoryForFailureText(match.captured(2));
    if (failure.category.isEmpty()) {
        failure.category = match.captured(2);
    }
    failure.names = match.captured(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return failure;
}

} // namespace SshDoctor::Testing
