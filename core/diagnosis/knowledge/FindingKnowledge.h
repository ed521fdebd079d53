#pragma once

#include "report/Vocabulary.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace SshDoctor {

// What SSH Doctor knows about one finding: the words a person reads and the fixes they can paste.
// Every text is marked with QT_TRANSLATE_NOOP("SshDoctor::Knowledge", ...) where it is written, so
// the translation step reaches it. Texts may hold {{placeholders}} that the diagnosis fills with real
// values (see DiagnosisFacts): a snippet is ready to paste or it is a defect.
struct SnippetKnowledge
{
    const char* side;     // "client" | "server"
    const char* platform; // "any", "debian", "rhel", "systemd", "syslog", "nftables", "iptables", "ufw", ...
    const char* title;    // what the snippet does, one line
    const char* snippet;  // commands or configuration, verbatim
    const char* risk;     // what it weakens or could break; nullptr when nothing
};

// The same finding where the facts change what is worth saying: a reset from a server on this computer's own
// loopback, where nothing sits in between, calls for other checks than one that may come from a device on the
// way. The rule names the situation (RuleMatch::situation); each text given here replaces the finding's own,
// and what is left empty stays as the finding has it.
struct FindingSituation
{
    const char* name;
    const char* explanation = nullptr;
    std::vector<const char*> nextChecks;
    std::vector<const char*> alternatives;
    std::vector<SnippetKnowledge> remediation;
};

struct FindingKnowledge
{
    const char* id;
    Severity severity;
    const char* title;
    const char* explanation;
    std::vector<const char*> nextChecks;
    std::vector<const char*> alternatives; // finding ids it could be mistaken for
    std::vector<SnippetKnowledge> remediation;
    std::vector<FindingSituation> situations = {};

    // The finding as it reads in that situation; nullopt when it has no situation of that name.
    std::optional<FindingKnowledge> inSituation(const QString& name) const;
};

// Every finding the knowledge base holds, in pipeline order.
const std::vector<const FindingKnowledge*>& allFindingKnowledge();
// nullptr for an unknown id.
const FindingKnowledge* findingKnowledge(const QString& id);
// The translated text of a knowledge string.
QString knowledgeText(const char* text);

} // namespace SshDoctor
