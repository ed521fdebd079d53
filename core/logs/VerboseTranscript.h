#pragma once

#include "logs/LogFacts.h"

#include <QString>
#include <QStringView>

namespace SshDoctor {

// The debug lines of `ssh -v`, `-vv` and `-vvv`: where it connected, the two identifications, both KEXINIT
// proposals (-vv), what the key exchange chose, the sign-in methods and keys, and the last step it got to.
// It remembers which proposal it is reading ("peer server KEXINIT proposal" is followed by its lists), so one
// instance reads one input from its first line to its last. Pure.
class VerboseTranscript
{
public:
    // True for every debug line (an unknown one still belongs to the transcript); its facts are added.
    bool read(QStringView text, const LogLine& line, LogFacts& facts);

private:
    // The proposal whose name-lists the next lines hold; nullptr outside one.
    QMap<QString, QStringList> LogFacts::*m_proposal = nullptr;
};

} // namespace SshDoctor
