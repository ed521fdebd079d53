#pragma once

#include "render/TimelineStep.h"
#include "report/Report.h"

#include <QCoreApplication>
#include <QStringList>

namespace SshDoctor {

// The raw detail of the timeline's steps, read from a report: what the server sent (byte counts, the
// lines before its identification, the identification itself), what became of its KEXINIT, and what
// the user's ssh client said about its settings. Lines for people, not for machines.
class StepDetailLines
{
    Q_DECLARE_TR_FUNCTIONS(SshDoctor::StepDetailLines)

public:
    static constexpr int preBannerLinesShown = 20;

    static QStringList identification(const Report& report);
    static QStringList kexInit(const KexInitRecord& record);
    // The server's name-lists in the KEXINIT's order, with what the negotiation made of each.
    static QList<TimelineStep::AlgorithmList> algorithms(const Report& report);
    static QStringList clientConfig(const ClientRecord& client);
    // A name-list's key as a person reads it: "cipher_c2s" -> "Ciphers, to the server".
    static QString categoryName(const QString& key);
};

} // namespace SshDoctor
