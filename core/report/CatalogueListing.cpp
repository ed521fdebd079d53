#include "report/CatalogueListing.h"

#include "algorithms/AlgorithmCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace SshDoctor {

namespace {

QJsonValue optionalText(const char* text)
{
    return *text ? QJsonValue(QLatin1String(text)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject CatalogueListing::toJson()
{
    QJsonArray algorithms;
    for (const AlgorithmInfo& row : AlgorithmCatalogue::all())
        algorithms.append(QJsonObject{
            {QStringLiteral("name"), QLatin1String(row.name)},
            {QStringLiteral("category"), AlgorithmCatalogue::categoryId(row.category)},
            {QStringLiteral("grade"), AlgorithmCatalogue::gradeId(row.grade)},
            {QStringLiteral("reason"), QLatin1String(row.reason)},
            {QStringLiteral("added"), optionalText(row.addedIn)},
            {QStringLiteral("dropped_from_defaults"), optionalText(row.droppedFromDefaults)},
            {QStringLiteral("marker"), row.marker},
        });
    return QJsonObject{{QStringLiteral("schema"), QStringLiteral("sshdoctor-catalogue/1")},
                       {QStringLiteral("algorithms"), algorithms}};
}

QByteArray CatalogueListing::toJsonBytes()
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

QString CatalogueListing::toText()
{
    QString out = QStringLiteral("%1 %2 %3 WHY\n")
                      .arg(QStringLiteral("NAME").leftJustified(44), QStringLiteral("GRADE").leftJustified(10),
                           QStringLiteral("OPENSSH").leftJustified(13));
    QString category;
    for (const AlgorithmInfo& row : AlgorithmCatalogue::all()) {
        if (AlgorithmCatalogue::categoryId(row.category) != category) {
            category = AlgorithmCatalogue::categoryId(row.category);
            out += QStringLiteral("\n[%1]\n").arg(category);
        }
        // "7.2-8.8": added in 7.2, out of the client's defaults from 8.8.
        QString versions = QLatin1String(row.addedIn);
        if (*row.droppedFromDefaults)
            versions += QStringLiteral("-%1").arg(QLatin1String(row.droppedFromDefaults));
        out += QStringLiteral("%1 %2 %3 %4\n")
                   .arg(QString::fromLatin1(row.name).leftJustified(44),
                        AlgorithmCatalogue::gradeId(row.grade).leftJustified(10), versions.leftJustified(13),
                        QLatin1String(row.reason));
    }
    out += QStringLiteral("\nOPENSSH: the release that added the name, and the release from which OpenSSH's client no "
                          "longer offers it by default.\n");
    return out;
}

} // namespace SshDoctor
