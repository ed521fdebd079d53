#pragma once

#include "report/Vocabulary.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace SshDoctor {

// One row of the handshake timeline: a phase of the run, one side of it (what we sent, what the
// server sent), or one address of the connect phase. Built by TimelineModel, drawn by HandshakeTimeline.
struct TimelineStep
{
    // Who acts in this step, for the small sequence-diagram glyph beside its name.
    enum class Direction
    {
        Local,    // only this computer (name lookup)
        Outgoing, // this computer -> server
        Incoming, // server -> this computer
        Both,     // a TCP handshake
    };

    QString key;   // unique within a run: "resolve", "connect/127.0.0.1", "identification/in", ...
    PhaseId phase; // the report phase it belongs to, for highlighting a finding's evidence
    QString label; // short and translated: "Server identification"
    Direction direction = Direction::Local;
    PhaseStatus status = PhaseStatus::Skipped;
    bool reached = false; // false: grey, nothing placed on the time axis
    bool instant = false; // one moment (a message sent), drawn as a marker instead of a bar
    double startMs = 0.0;
    double endMs = 0.0;
    QString summary;     // one plain sentence, usually the engine's phase detail
    QStringList details; // raw detail lines: byte counts, lines received, timings
    // One name-list the server sent in its KEXINIT, and what the negotiation with this user's client made of it.
    struct AlgorithmList
    {
        QString key;       // "kex", "hostkey", "cipher_c2s", ... (report keys)
        QStringList names; // the server's, in its order
        bool negotiated = false;
        std::optional<QString> chosen;
        bool failed = false; // nothing in common: the connection fails here
    };
    QList<AlgorithmList> algorithms;
    QMap<QString, QString>
        grades; // algorithm name -> "strong" | "acceptable" | "weak" | "broken" | "unknown" | "marker"
};

} // namespace SshDoctor
