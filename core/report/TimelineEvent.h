#pragma once

#include "report/Vocabulary.h"

#include <QMetaType>
#include <QString>

namespace SshDoctor {

// One step of the live handshake timeline, as the engine emits it while a run progresses.
// A phase opens with Started, may report Progress (an address tried, a line received), and
// closes with Finished carrying its final status. Times are monotonic milliseconds since the run began.
struct TimelineEvent
{
    enum class Kind
    {
        Started,
        Progress,
        Finished
    };

    Kind kind = Kind::Progress;
    PhaseId phase;
    PhaseStatus status = PhaseStatus::Running;
    double atMs = 0.0;
    QString detail; // one plain sentence, e.g. "127.0.0.1: connected in 0.2 ms"
};

} // namespace SshDoctor

Q_DECLARE_METATYPE(SshDoctor::TimelineEvent)
