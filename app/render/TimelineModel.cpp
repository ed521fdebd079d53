#include "render/TimelineModel.h"

#include "render/DurationText.h"
#include "render/StepDetailLines.h"
#include "report/AttemptText.h"

#include <algorithm>

namespace SshDoctor {

namespace {

// The engine's phases in its order; the report's order wins once it is there.
const QList<PhaseId::Known> knownPhases{PhaseId::ClientConfig, PhaseId::Resolve, PhaseId::Connect,
                                        PhaseId::Identification, PhaseId::KexInit};

} // namespace

void TimelineModel::reset()
{
    m_phases.clear();
    for (PhaseId::Known id : knownPhases)
        m_phases << PhaseState{id, PhaseStatus::Skipped, false, 0.0, 0.0, QString(), {}, {}};
    m_report.reset();
    m_nowMs = 0.0;
}

TimelineModel::PhaseState* TimelineModel::phaseState(const PhaseId& id)
{
    for (PhaseState& p : m_phases) {
        if (p.id == id)
            return &p;
    }
    m_phases << PhaseState{id, PhaseStatus::Skipped, false, 0.0, 0.0, QString(), {}, {}};
    return &m_phases.last();
}

const TimelineModel::PhaseState* TimelineModel::phaseState(const PhaseId& id) const
{
    for (const PhaseState& p : m_phases) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

void TimelineModel::apply(const TimelineEvent& event)
{
    if (m_phases.isEmpty())
        reset();
    PhaseState& p = *phaseState(event.phase);
    m_nowMs = std::max(m_nowMs, event.atMs);
    switch (event.kind) {
    case TimelineEvent::Kind::Started:
        p.reached = true;
        p.status = PhaseStatus::Running;
        p.startMs = event.atMs;
        p.endMs = event.atMs;
        p.detail = event.detail;
        break;
    case TimelineEvent::Kind::Progress:
        p.progress << event;
        break;
    case TimelineEvent::Kind::Finished:
        if (!p.reached)
            p.startMs = event.atMs;
        p.reached = true;
        p.status = event.status;
        p.endMs = event.atMs;
        p.detail = event.detail;
        break;
    }
}

void TimelineModel::setReport(const Report& report)
{
    if (m_phases.isEmpty())
        reset();
    m_report = report;
    for (const PhaseRecord& record : report.phases) {
        PhaseState& p = *phaseState(record.id);
        p.status = record.status;
        p.startMs = record.startMs;
        p.endMs = record.endMs;
        p.detail = record.detail;
        // A phase that never started keeps zero times; a cancelled one has run for a while.
        p.reached = p.reached || record.status != PhaseStatus::Skipped || record.endMs > 0.0;
        m_nowMs = std::max(m_nowMs, record.endMs);
    }
    // A saved report has its tries but not the series' live phase: the row is rebuilt from them, so that an
    // opened report shows what the run showed. Its tries' times were not kept; it sits at the end.
    if (report.attempts.size() > 1) {
        PhaseState& series = *phaseState(PhaseId::Attempts);
        if (!series.reached) {
            series.reached = true;
            series.status = AttemptText::seriesStatus(report.attempts);
            series.startMs = series.endMs = m_nowMs;
            series.detail = AttemptText::seriesSummary(report.attempts);
            for (const AttemptSummary& a : report.attempts)
                series.tries << AttemptText::line(a, QStringLiteral("try"));
        }
    }
    // The report's order of phases. An engine phase it does not list (a report of another version, one
    // written by hand) goes where the engine runs it, before the first listed phase that runs later, so
    // that reading the settings never ends up last; live-only phases keep theirs, after the rest.
    QList<PhaseId> order;
    for (const PhaseRecord& record : report.phases)
        order << record.id;
    const auto knownIndex = [](const PhaseId& id) {
        for (qsizetype i = 0; i < knownPhases.size(); ++i)
            if (id == PhaseId(knownPhases.at(i)))
                return i;
        return qsizetype(-1);
    };
    for (qsizetype k = 0; k < knownPhases.size(); ++k) {
        const PhaseId id(knownPhases.at(k));
        if (order.contains(id))
            continue;
        qsizetype at = order.size();
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (knownIndex(order.at(i)) > k) {
                at = i;
                break;
            }
        }
        order.insert(at, id);
    }
    std::stable_sort(m_phases.begin(), m_phases.end(), [&order](const PhaseState& a, const PhaseState& b) {
        const auto rank = [&order](const PhaseId& id) {
            const qsizetype i = order.indexOf(id);
            return i < 0 ? order.size() : i;
        };
        return rank(a.id) < rank(b.id);
    });
}

bool TimelineModel::isRunning() const
{
    return std::any_of(m_phases.cbegin(), m_phases.cend(),
                       [](const PhaseState& p) { return p.status == PhaseStatus::Running; });
}

double TimelineModel::endOf(const PhaseState& phase) const
{
    return phase.status == PhaseStatus::Running ? std::max(m_nowMs, phase.startMs) : phase.endMs;
}

TimelineStep TimelineModel::phaseStep(const PhaseState& phase, TimelineStep::Direction direction,
                                      const QString& label) const
{
    TimelineStep step;
    step.key = phase.id;
    step.phase = phase.id;
    step.label = label;
    step.direction = direction;
    step.status = phase.status;
    step.reached = phase.reached;
    step.startMs = phase.startMs;
    step.endMs = endOf(phase);
    step.summary = phase.reached || !phase.detail.isEmpty() ? phase.detail : tr("Not reached yet.");
    for (const TimelineEvent& e : phase.progress)
        step.details << tr("at %1: %2").arg(DurationText::format(e.atMs), e.detail);
    step.details << phase.tries;
    return step;
}

QList<TimelineStep> TimelineModel::steps() const
{
    QList<TimelineStep> out;
    for (const PhaseState& p : m_phases) {
        switch (p.id.known()) {
        case PhaseId::ClientConfig:
            out << clientConfigStep(p);
            break;
        case PhaseId::Resolve: {
            TimelineStep step = phaseStep(p, TimelineStep::Direction::Local, phaseLabel(p.id));
            if (m_report) {
                for (const AddressResult& a : m_report->addresses)
                    step.details << tr("Address: %1 (%2)").arg(a.address, a.family);
            }
            out << step;
            break;
        }
        case PhaseId::Connect:
            appendConnectSteps(out, p);
            break;
        case PhaseId::Identification:
            appendIdentificationSteps(out, p);
            break;
        case PhaseId::KexInit:
            appendKexInitSteps(out, p);
            if (m_report && !m_report->negotiation.isEmpty())
                out << negotiationStep(p);
            break;
        default:
            out << phaseStep(p, TimelineStep::Direction::Both, phaseLabel(p.id));
            break;
        }
    }
    return out;
}

void TimelineModel::appendConnectSteps(QList<TimelineStep>& steps, const PhaseState& connect) const
{
    if (!m_report || m_report->addresses.isEmpty()) {
        steps << phaseStep(connect, TimelineStep::Direction::Both, phaseLabel(connect.id));
        return;
    }
    const bool anyConnected =
        std::any_of(m_report->addresses.cbegin(), m_report->addresses.cend(),
                    [](const AddressResult& a) { return a.status == QLatin1String("connected"); });
    for (const AddressResult& a : m_report->addresses) {
        TimelineStep step;
        step.key = QStringLiteral("connect/%1").arg(a.address);
        step.phase = connect.id;
        step.label = tr("Connect to %1").arg(a.address);
        step.direction = TimelineStep::Direction::Both;
        // The report keeps when each attempt began and how long it took, so a run and its saved report draw
        // the same bars; reports of older versions only say how long, and the engine's progress events when.
        double end = a.startMs ? *a.startMs + a.ms : connect.startMs + a.ms;
        if (!a.startMs) {
            for (const TimelineEvent& e : connect.progress) {
                if (e.detail.startsWith(a.address + QStringLiteral(": ")))
                    end = e.atMs;
            }
        }
        step.startMs = std::max(connect.startMs, end - a.ms);
        step.endMs = end;
        step.reached = a.status != QLatin1String("skipped");
        if (a.status == QLatin1String("connected"))
            step.status = PhaseStatus::Ok;
        else if (a.status == QLatin1String("skipped"))
            step.status = PhaseStatus::Skipped;
        else
            step.status = anyConnected ? PhaseStatus::Warn : PhaseStatus::Fail;
        step.summary = step.reached
                           ? tr("%1 (%2): %3 after %4").arg(a.address, a.family, a.status, DurationText::format(a.ms))
                           : tr("%1: not needed, another address answered first").arg(a.address);
        if (!a.detail.isEmpty())
            step.details << a.detail;
        steps << step;
    }
}

TimelineStep TimelineModel::sentStep(const PhaseState& phase, const QString& label, bool sent,
                                     const QString& summary) const
{
    TimelineStep step;
    step.key = phase.id + QStringLiteral("/out");
    step.phase = phase.id;
    step.label = label;
    step.direction = TimelineStep::Direction::Outgoing;
    step.instant = true;
    step.reached = sent;
    step.status = sent ? PhaseStatus::Ok : PhaseStatus::Skipped;
    step.startMs = step.endMs = phase.startMs;
    step.summary = sent ? summary : tr("Not reached yet.");
    return step;
}

void TimelineModel::appendIdentificationSteps(QList<TimelineStep>& steps, const PhaseState& phase) const
{
    const QString ours = m_report ? m_report->identification.clientIdentification : QString();
    steps << sentStep(phase, tr("Send our identification"), phase.reached,
                      ours.isEmpty() ? tr("We sent our SSH version line as soon as the connection opened.")
                                     : tr("We sent \"%1\" as soon as the connection opened.").arg(ours));

    TimelineStep in = phaseStep(phase, TimelineStep::Direction::Incoming, tr("Server identification"));
    in.key = QStringLiteral("identification/in");
    if (m_report && phase.reached)
        in.details = StepDetailLines::identification(*m_report);
    steps << in;
}

void TimelineModel::appendKexInitSteps(QList<TimelineStep>& steps, const PhaseState& phase) const
{
    steps << sentStep(phase, tr("Send our algorithm list (KEXINIT)"),
                      phase.reached && (!m_report || m_report->kexInit.sentOurKexInit),
                      tr("We offered every algorithm OpenSSH, Dropbear, libssh and PuTTY know."));

    TimelineStep in = phaseStep(phase, TimelineStep::Direction::Incoming, tr("Server algorithm list (KEXINIT)"));
    in.key = QStringLiteral("kexinit/in");
    if (m_report && phase.reached) {
        in.details = StepDetailLines::kexInit(m_report->kexInit);
        in.algorithms = StepDetailLines::algorithms(*m_report);
        for (const TimelineStep::AlgorithmList& list : std::as_const(in.algorithms)) {
            for (const QString& name : list.names)
                in.grades.insert(name, gradeOf(name));
        }
    }
    steps << in;
}

int TimelineModel::failureIndex(const QList<TimelineStep>& steps)
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps[i].status == PhaseStatus::Fail)
            return static_cast<int>(i);
    }
    return -1;
}

QString TimelineModel::failureText(const QList<TimelineStep>& steps) const
{
    const int index = failureIndex(steps);
    if (index < 0)
        return QString();
    // The engine's sentence for a failed phase; a step that failed inside a phase that passed (the
    // negotiation after both KEXINITs arrived) says it itself.
    const PhaseState* phase = phaseState(steps[index].phase);
    return DurationText::localised(phase && phase->status == PhaseStatus::Fail ? phase->detail : steps[index].summary);
}

TimelineStep TimelineModel::negotiationStep(const PhaseState& kexinit) const
{
    // RFC 4253 §7.1: each side picks, for every category, the first of the client's names the server
    // also lists; the engine did the same with this user's ssh client's lists.
    TimelineStep step;
    step.key = QStringLiteral("negotiation");
    step.phase = kexinit.id;
    step.label = tr("Agree on algorithms");
    step.direction = TimelineStep::Direction::Both;
    step.instant = true;
    step.reached = true;
    step.startMs = step.endMs = kexinit.endMs;
    step.algorithms = StepDetailLines::algorithms(*m_report);
    QStringList failed;
    QStringList chosen;
    for (const TimelineStep::AlgorithmList& list : std::as_const(step.algorithms)) {
        if (list.failed)
            failed << StepDetailLines::categoryName(list.key);
        else if (list.chosen && (list.key == QLatin1String("kex") || list.key == QLatin1String("hostkey") ||
                                 list.key == QLatin1String("cipher_c2s")))
            chosen << *list.chosen;
    }
    step.status = failed.isEmpty() ? PhaseStatus::Ok : PhaseStatus::Fail;
    step.summary =
        failed.isEmpty()
            ? tr("Your ssh and the server have algorithms in common: %1.").arg(chosen.join(QStringLiteral(", ")))
            : tr("Your ssh and the server have nothing in common for: %1.").arg(failed.join(QStringLiteral(", ")));
    for (const TimelineStep::AlgorithmList& list : std::as_const(step.algorithms)) {
        for (const QString& name : list.names)
            step.grades.insert(name, gradeOf(name));
    }
    return step;
}

QString TimelineModel::gradeOf(const QString& name) const
{
    // A marker (ext-info-*, kex-strict-*) signals an extension; it is no algorithm and has no grade to show.
    const CatalogueEntry entry = m_report->catalogue.value(name);
    return entry.marker ? QStringLiteral("marker") : entry.grade;
}

TimelineStep TimelineModel::clientConfigStep(const PhaseState& phase) const
{
    TimelineStep step = phaseStep(phase, TimelineStep::Direction::Local, phaseLabel(phase.id));
    if (!m_report || !m_report->client)
        return step;
    step.details = StepDetailLines::clientConfig(*m_report->client);
    return step;
}

QString TimelineModel::phaseLabel(const PhaseId& phaseId)
{
    switch (phaseId.known()) {
    case PhaseId::ClientConfig:
        return tr("Read your ssh settings");
    case PhaseId::Attempts:
        return tr("More tries");
    case PhaseId::Burst:
        return tr("Many connections at once");
    case PhaseId::Resolve:
        return tr("Find the server's address");
    case PhaseId::Connect:
        return tr("Open a TCP connection");
    case PhaseId::Identification:
        return tr("Identification");
    case PhaseId::KexInit:
        return tr("Algorithm lists (KEXINIT)");
    case PhaseId::MssRetry:
        return tr("Retry with small packets");
    case PhaseId::Kex:
        return tr("Key exchange");
    case PhaseId::NewKeys:
        return tr("Switch on encryption (NEWKEYS)");
    case PhaseId::Auth:
        return tr("Log in");
    case PhaseId::Other:
        break;
    }
    return phaseId.id();
}

} // namespace SshDoctor
