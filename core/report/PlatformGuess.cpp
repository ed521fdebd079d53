#include "report/PlatformGuess.h"

#include <QRegularExpression>

namespace SshDoctor {

QString PlatformGuess::server(const Report& report)
{
    // Debian and its derivatives put their package version in the comments; RHEL and Fedora send none.
    const QString comments = report.server.comments.value_or(QString());
    static const QRegularExpression debian(QStringLiteral("\\b(Debian|Ubuntu|Raspbian)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    return debian.match(comments).hasMatch() ? QStringLiteral("debian") : QString();
}

QString PlatformGuess::fromProductType(const QString& productType)
{
    const QString type = productType.toLower();
    static const QStringList debianLike{QStringLiteral("debian"), QStringLiteral("ubuntu"), QStringLiteral("linuxmint"),
                                        QStringLiteral("raspbian"), QStringLiteral("pop")};
    static const QStringList rhelLike{QStringLiteral("rhel"),  QStringLiteral("fedora"),    QStringLiteral("centos"),
                                      QStringLiteral("rocky"), QStringLiteral("almalinux"), QStringLiteral("ol")};
    if (debianLike.contains(type))
        return QStringLiteral("debian");
    if (rhelLike.contains(type))
        return QStringLiteral("rhel");
    if (type == QLatin1String("windows"))
        return QStringLiteral("windows");
    if (type == QLatin1String("macos") || type == QLatin1String("osx"))
        return QStringLiteral("macos");
    return QString();
}

} // namespace SshDoctor
