#include "diagnosis/DiagnosisFacts.h"

#include <QRegularExpression>

namespace SshDoctor {

namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{([a-z_]+)\\}\\}"));
    return pattern;
}

} // namespace

QMap<QString, QString> DiagnosisFacts::fromReport(const Report& report)
{
    QMap<QString, QString> facts;
    const QString host = report.target.host;
    const int port = report.target.port;
    facts.insert(QStringLiteral("host"), host);
    facts.insert(QStringLiteral("port"), QString::number(port));

    QString address;
    for (const AddressResult& a : report.addresses) {
        if (a.status == QLatin1String("connected")) {
            address = a.address;
            break;
        }
    }
    if (address.isEmpty() && !report.addresses.isEmpty())
        address = report.addresses.first().address;
    if (!address.isEmpty())
        facts.insert(QStringLiteral("address"), address);
    if (report.clientAddress) {
        facts.insert(QStringLiteral("client_address"), *report.clientAddress);
        const bool v6 = report.clientAddress->contains(QLatin1Char(':'));
        facts.insert(QStringLiteral("client_cidr"),
                     *report.clientAddress + (v6 ? QStringLiteral("/128") : QStringLiteral("/32")));
    }

    // Bare IPv6 literals need brackets only in user@host forms that ssh would misread; ssh takes them plain.
    const QString target = report.target.user ? *report.target.user + QLatin1Char('@') + host : host;
    facts.insert(QStringLiteral("ssh_target"), target);
    const QString portOption = port == 22 ? QString() : QStringLiteral("-p %1 ").arg(port);
    facts.insert(QStringLiteral("ssh_port_option"), portOption);
    facts.insert(QStringLiteral("ssh_command"), QStringLiteral("ssh %1%2").arg(portOption, target));
    return facts;
}

DiagnosisFacts::Filled DiagnosisFacts::fill(const QString& text, const QMap<QString, QString>& facts)
{
    Filled filled;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        filled.text += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        const auto value = facts.constFind(name);
        if (value == facts.constEnd()) {
            filled.missing << name;
            filled.text += m.captured(0);
        } else {
            filled.text += *value;
        }
        last = m.capturedEnd();
    }
    filled.text += QStringView(text).mid(last);
    return filled;
}

QStringList DiagnosisFacts::placeholders(const QString& text)
{
    QStringList names;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    while (it.hasNext())
        names << it.next().captured(1);
    return names;
}

} // namespace SshDoctor
