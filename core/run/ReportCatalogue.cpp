#include "run/ReportCatalogue.h"

#include "algorithms/AlgorithmCatalogue.h"

namespace SshDoctor {

namespace {

class Collector
{
public:
    void add(const QStringList& names, AlgorithmCategory category)
    {
        for (const QString& name : names)
            add(name, category);
    }

    void add(const QString& name, AlgorithmCategory category)
    {
        const AlgorithmInfo* row = AlgorithmCatalogue::find(name, category);
        CatalogueEntry entry;
        if (row) {
            entry.grade = AlgorithmCatalogue::gradeId(row->grade);
            entry.reason = QLatin1String(row->reason);
            entry.addedIn = QLatin1String(row->addedIn);
            entry.droppedFromDefaults = QLatin1String(row->droppedFromDefaults);
            entry.marker = row->marker;
        } else {
            entry.grade = AlgorithmCatalogue::gradeId(AlgorithmGrade::Unknown);
            entry.reason = QStringLiteral("not in SSH Doctor's catalogue");
        }
        entry.category = AlgorithmCatalogue::categoryId(category);
        const auto existing = m_entries.constFind(name);
        // A name used in two categories ("none" as a cipher and as compression) keeps its worst grade.
        if (existing == m_entries.constEnd() || rank(entry.grade) > rank(existing->grade))
            m_entries.insert(name, entry);
    }

    QMap<QString, CatalogueEntry> entries() const { return m_entries; }

private:
    static int rank(const QString& grade)
    {
        // Unknown ranks below broken but above strong: an unknown name must stay visible as unknown
        // unless another category of the same name is known to be bad.
        static const QStringList order{QStringLiteral("strong"), QStringLiteral("acceptable"),
                                       QStringLiteral("unknown"), QStringLiteral("weak"), QStringLiteral("broken")};
        return static_cast<int>(order.indexOf(grade));
    }

    QMap<QString, CatalogueEntry> m_entries;
};

void addLists(Collector& collector, const QMap<QString, QStringList>& lists)
{
    for (auto it = lists.constBegin(); it != lists.constEnd(); ++it)
        if (const auto category = AlgorithmCatalogue::categoryOfListKey(it.key()))
            collector.add(it.value(), *category);
}

void addSettings(Collector& collector, const SshClientSettings& settings)
{
    addLists(collector, settings.kexInitLists());
}

} // namespace

QMap<QString, CatalogueEntry> ReportCatalogue::build(const Report& report)
{
    Collector collector;
    addLists(collector, report.server.algorithms);
    for (auto it = report.negotiation.constBegin(); it != report.negotiation.constEnd(); ++it) {
        if (const auto category = AlgorithmCatalogue::categoryOfListKey(it.key())) {
            collector.add(it->client, *category);
            collector.add(it->server, *category);
        }
    }
    if (report.client) {
        addSettings(collector, report.client->settings);
        if (report.client->proxy && report.client->proxy->jumpHostSettings)
            addSettings(collector, *report.client->proxy->jumpHostSettings);
        // `ssh -Q key` lists key types; they are host-key algorithm names as well.
        const QMap<QString, AlgorithmCategory> queries{{QStringLiteral("kex"), AlgorithmCategory::Kex},
                                                       {QStringLiteral("cipher"), AlgorithmCategory::Cipher},
                                                       {QStringLiteral("mac"), AlgorithmCategory::Mac},
                                                       {QStringLiteral("key"), AlgorithmCategory::HostKey}};
        for (auto it = queries.constBegin(); it != queries.constEnd(); ++it)
            collector.add(report.client->supported.value(it.key()), it.value());
    }
    return collector.entries();
}

} // namespace SshDoctor
