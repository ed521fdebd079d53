#include "report/PlatformGuess.h"

#include "report/TargetLocation.h"
#include <QRegularExpression>

#include <array>

namespace SshDoctor {

QString PlatformGuess::server(const Report& report)
{
    // Debian and its derivatives put their package version in the comments; RHEL and Fedora send none.
    const QString comments = report.server.comments.value_or(QString());
    static const QRegularExpression debian(QStringLiteral("\\b(Debian|Ubuntu|Raspbian)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    return debian.match(comments).hasMatch() ? QStringLiteral("debian") : QString();
}

QString PlatformGuess::target(const Report& report)
{
    const QString banner = server(report);
    if (!banner.isEmpty() || TargetLocation::of(report) != QLatin1String("loopback"))
        return banner;
    return fromOsName(report.tool.os);
}

QString PlatformGuess::fromOsName(const QString& os)
{
    static const QRegularExpression debian(QStringLiteral("\\b(Debian|Ubuntu|Raspbian|Linux Mint|Pop!_OS)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rhel(
        QStringLiteral("\\b(Red Hat|RHEL|Fedora|CentOS|Rocky|AlmaLinux|Oracle Linux)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (debian.match(os).hasMatch())
        return QStringLiteral("debian");
    if (rhel.match(os).hasMatch())
        return QStringLiteral("rhel");
    return QString();
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

namespace {

struct PlatformName
{
    const char* id;
    const char* name;
    bool system;
};

constexpr std::array platformNames{
    PlatformName{"any", QT_TRANSLATE_NOOP("SshDoctor::Platform", "Any system"), false},
    PlatformName{"debian", QT_TRANSLATE_NOOP("SshDoctor::Platform", "Debian, Ubuntu"), true},
    PlatformName{"rhel", QT_TRANSLATE_NOOP("SshDoctor::Platform", "RHEL, Fedora"), true},
    PlatformName{"linux", QT_TRANSLATE_NOOP("SshDoctor::Platform", "Linux"), true},
    PlatformName{"windows", QT_TRANSLATE_NOOP("SshDoctor::Platform", "Windows"), true},
    PlatformName{"macos", QT_TRANSLATE_NOOP("SshDoctor::Platform", "macOS"), true},
    PlatformName{"cisco-ios", QT_TRANSLATE_NOOP("SshDoctor::Platform", "Cisco IOS"), true},
    PlatformName{"systemd", QT_TRANSLATE_NOOP("SshDoctor::Platform", "systemd journal"), false},
    PlatformName{"syslog", QT_TRANSLATE_NOOP("SshDoctor::Platform", "Syslog files"), false},
    PlatformName{"cloud", QT_TRANSLATE_NOOP("SshDoctor::Platform", "Cloud firewall"), false},
};

const PlatformName* lookup(const QString& platform)
{
    for (const PlatformName& p : platformNames)
        if (platform == QLatin1String(p.id))
            return &p;
    return nullptr;
}

} // namespace

bool PlatformGuess::isSystem(const QString& platform)
{
    const PlatformName* p = lookup(platform);
    return p && p->system;
}

bool PlatformGuess::fits(const QString& platform, const QString& system)
{
    if (system.isEmpty() || !isSystem(platform) || platform == system)
        return true;
    return platform == QLatin1String("linux") && (system == QLatin1String("debian") || system == QLatin1String("rhel"));
}

const char* PlatformGuess::nameSource(const QString& platform)
{
    const PlatformName* p = lookup(platform);
    return p ? p->name : nullptr;
}

QString PlatformGuess::name(const QString& platform)
{
    // Tools (nftables, iptables, ufw, firewalld, fail2ban, denyhosts) go by their own names.
    const char* source = nameSource(platform);
    return source ? QString::fromUtf8(source) : platform;
}

} // namespace SshDoctor
