#include "report/ClientSideText.h"

#include "algorithms/Negotiation.h"
#include "report/AnsiColour.h"
#include "report/TextWrap.h"

#include <algorithm>

namespace SshDoctor {

namespace {

QString paint(const QString& text, const char* sgr, bool colour)
{
    return AnsiColour::paint(text, sgr, colour);
}

const char* gradeColour(const QString& grade)
{
    if (grade == QLatin1String("strong"))
        return "32";
    if (grade == QLatin1String("acceptable"))
        return "36";
    if (grade == QLatin1String("weak"))
        return "33";
    return "31;1"; // broken, unknown
}

QString categoryLabel(const QString& key)
{
    static const QMap<QString, QString> labels{
        {QStringLiteral("kex"), QStringLiteral("key exchange")},
        {QStringLiteral("hostkey"), QStringLiteral("host key")},
        {QStringLiteral("cipher_c2s"), QStringLiteral("cipher to server")},
        {QStringLiteral("cipher_s2c"), QStringLiteral("cipher from server")},
        {QStringLiteral("mac_c2s"), QStringLiteral("MAC to server")},
        {QStringLiteral("mac_s2c"), QStringLiteral("MAC from server")},
        {QStringLiteral("compression_c2s"), QStringLiteral("compression to server")},
        {QStringLiteral("compression_s2c"), QStringLiteral("compression from server")},
    };
    return labels.value(key, key);
}

QString configErrorText(const SshConfigError& e)
{
    QString where = e.file.isEmpty() ? QStringLiteral("your ssh configuration") : e.file;
    if (e.line)
        where += QStringLiteral(" line %1").arg(*e.line);
    QString text = QStringLiteral("  %1: %2\n").arg(where, e.message);
    if (!e.lineText.isEmpty())
        text += QStringLiteral("    the line reads: %1\n").arg(e.lineText);
    if (e.fileMode || e.fileOwner)
        text += TextWrap::lines(
            QStringLiteral("the file belongs to %1 and has mode %2; ssh wants it owned by you and "
                           "writable by nobody else")
                .arg(e.fileOwner.value_or(QStringLiteral("?")), e.fileMode.value_or(QStringLiteral("?"))),
            QStringLiteral("    "), QStringLiteral("      "));
    text += TextWrap::lines(QStringLiteral("Your ssh refuses to start until this is fixed. The checks use ssh's own "
                                           "defaults instead."),
                            QStringLiteral("  "));
    return text;
}

// One line: is the key exchange the two sides agree on post-quantum, and if not, which side lacks one.
QString postQuantumLine(const PostQuantumStatus& pq, bool colour)
{
    const QString label = QStringLiteral("post-quantum").leftJustified(24);
    if (pq.negotiatedIsPostQuantum)
        return QStringLiteral("  %1 %2 %3\n")
            .arg(label, paint(QStringLiteral("yes:"), "32", colour), *pq.negotiatedKex);
    QString why;
    if (!pq.serverOffersPostQuantum)
        why = QStringLiteral("the server offers no post-quantum key exchange");
    else if (pq.clientKex.isEmpty())
        why = QStringLiteral("the server offers %1, your ssh none").arg(pq.serverKex.join(u','));
    else if (const auto shared = std::find_if(pq.clientKex.cbegin(), pq.clientKex.cend(),
                                              [&pq](const QString& n) { return pq.serverKex.contains(n); });
             shared != pq.clientKex.cend())
        why = QStringLiteral("both offer %1, but your ssh lists another first").arg(*shared);
    else
        why = QStringLiteral("the server offers %1 and your ssh %2: none in common")
                  .arg(pq.serverKex.join(u','), pq.clientKex.join(u','));
    if (pq.negotiatedKex)
        why = QStringLiteral("%1 is not; %2").arg(*pq.negotiatedKex, why);
    return QStringLiteral("  %1 %2 %3\n").arg(label, paint(QStringLiteral("no:"), "33", colour), why);
}

} // namespace

QString ClientSideText::clientSection(const Report& report, bool colour)
{
    if (!report.client)
        return QString();
    const ClientRecord& c = *report.client;
    QString out = QStringLiteral("\nYour ssh client: %1\n")
                      .arg(c.sshVersion.value_or(c.sshProgram ? *c.sshProgram : QStringLiteral("none found")));
    if (c.source == ClientRecord::Source::SshDashG) {
        const QString files = c.configIgnored           ? QStringLiteral("no ssh_config")
                              : c.configFiles.isEmpty() ? QStringLiteral("no ssh_config file exists")
                                                        : c.configFiles.join(QStringLiteral(", "));
        out += QStringLiteral("  settings from ssh -G (%1)\n").arg(files);
    }
    for (const QString& note : c.notes)
        out += TextWrap::lines(note, QStringLiteral("  "), QStringLiteral("    "));
    out += QStringLiteral("  it connects to %1 port %2 as %3\n")
               .arg(c.settings.hostName)
               .arg(c.settings.port)
               .arg(c.settings.user);
    if (c.proxy)
        out += TextWrap::lines(
            QStringLiteral("via %1 %2: %3").arg(ProxyRecord::kindName(c.proxy->kind), c.proxy->value, c.proxy->note),
            QStringLiteral("  "), QStringLiteral("    "));
    if (c.configError)
        out +=
            QStringLiteral("\n%1\n").arg(paint(QStringLiteral("Problem in your ssh configuration"), "31;1", colour)) +
            configErrorText(*c.configError);
    return out;
}

QString ClientSideText::negotiationSection(const Report& report, bool colour)
{
    if (report.negotiation.isEmpty())
        return QString();
    QString out = QStringLiteral("\nWhat your ssh and the server agree on (RFC 4253 section 7.1):\n");
    for (const QString& key : Negotiation::categoryKeys()) {
        const auto it = report.negotiation.constFind(key);
        if (it == report.negotiation.constEnd())
            continue;
        const QString label = categoryLabel(key).leftJustified(24);
        if (it->impliedByCipher) {
            out += QStringLiteral("  %1 not needed: %2 protects the data by itself\n").arg(label, *it->impliedByCipher);
        } else if (it->chosen) {
            const CatalogueEntry entry = report.catalogue.value(*it->chosen);
            const QString grade = entry.grade.isEmpty() ? QStringLiteral("unknown") : entry.grade;
            out += QStringLiteral("  %1 %2 %3 %4\n")
                       .arg(label, it->chosen->leftJustified(38),
                            paint(grade.leftJustified(10), gradeColour(grade), colour), entry.reason);
        } else {
            // Both lists in full, wrapped under the value column: they are the evidence.
            const QString nothing = QStringLiteral("NOTHING IN COMMON:");
            const QString lead = QStringLiteral("  %1 ").arg(label);
            QString row = TextWrap::lines(
                QStringLiteral("%1 your ssh offers %2; the server offers %3")
                    .arg(nothing, it->client.isEmpty() ? QStringLiteral("nothing") : it->client.join(QLatin1Char(',')),
                         it->server.isEmpty() ? QStringLiteral("nothing") : it->server.join(QLatin1Char(','))),
                lead, QString(lead.size(), QLatin1Char(' ')));
            out += row.replace(lead.size(), nothing.size(), paint(nothing, "31;1", colour));
        }
    }
    if (report.postQuantum)
        out += postQuantumLine(*report.postQuantum, colour);
    return out;
}

} // namespace SshDoctor
