#pragma once

#include "report/Vocabulary.h"

#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <vector>

namespace SshDoctor {

// What SSH Doctor knows about one finding: the words a person reads and the fixes they can paste.
// Every text is marked with QT_TRANSLATE_NOOP("SshDoctor::Knowledge", ...) where it is written, so
// the translation step reaches it. Texts may hold {{placeholders}} that the diagnosis fills with real
// values (see DiagnosisFacts): a snippet is ready to paste or it is a defect.

// Where the target may be for a piece of advice to apply (TargetLocation), as bits: nothing lies between this
// computer and its own loopback, and a phone's hotspot cannot reach a private address.
enum TargetPlaces : unsigned
{
    OnLoopback = 1,
    OnPrivateNetwork = 2,
    OnPublicNetwork = 4,
    NotOnLoopback = OnPrivateNetwork | OnPublicNetwork,
    Anywhere = OnLoopback | OnPrivateNetwork | OnPublicNetwork,
};

// A fix changes something; a check only looks, and is labelled so.
enum class SnippetPurpose
{
    Fix,
    Check
};

// One piece of a snippet as it is pasted: lines for a terminal, or lines for a file.
struct SnippetPartKnowledge
{
    enum Kind
    {
        None,
        Command,
        File
    };
    Kind kind = None;
    const char* text = nullptr;
    const char* file = nullptr; // File: the file the lines go in (a path; may hold placeholders)
    const char* note = nullptr; // File: where in it, or which other file may hold the setting; nullptr when plain
};

struct SnippetKnowledge
{
    const char* side;     // "client" | "server"
    const char* platform; // "any", "debian", "rhel", "systemd", "syslog", "nftables", "iptables", "ufw", ...
    const char* title;    // what the snippet does, one line
    const char* snippet;  // commands or configuration, verbatim: everything, in order, as one text
    const char* risk;     // what it weakens or could break; nullptr when nothing
    SnippetPurpose purpose = SnippetPurpose::Fix;
    // The snippet split by where it goes, when it holds lines for a file; empty (all None): one command part.
    // The parts' lines are the snippet's own, in its order, less its comment lines.
    std::array<SnippetPartKnowledge, 4> parts = {};
    unsigned places = Anywhere;
    // For an upgrade of the server's OpenSSH: the release before which it helps (what the fix needs arrived
    // then). It is left out when the server's banner announces that release or a later one.
    const char* upgradeHelpsBefore = nullptr;
};

// A next check, and where the target may be for it to make sense.
struct CheckKnowledge
{
    const char* text;
    unsigned places = Anywhere;

    constexpr CheckKnowledge(const char* t, unsigned p = Anywhere)
        : text(t)
        , places(p)
    {
    }
    constexpr operator const char*() const { return text; }
};

// The same snippet labelled as a check: it looks and changes nothing.
constexpr SnippetKnowledge check(SnippetKnowledge s)
{
    s.purpose = SnippetPurpose::Check;
    return s;
}
// The same snippet for targets in `places` only.
constexpr SnippetKnowledge only(unsigned places, SnippetKnowledge s)
{
    s.places = places;
    return s;
}
// An upgrade that helps only a server older than `release` ("9.6").
constexpr SnippetKnowledge upgradeBefore(const char* release, SnippetKnowledge s)
{
    s.upgradeHelpsBefore = release;
    return s;
}
// A command part and a file part.
constexpr SnippetPartKnowledge command(const char* text)
{
    return {SnippetPartKnowledge::Command, text, nullptr, nullptr};
}
constexpr SnippetPartKnowledge inFile(const char* file, const char* text, const char* note = nullptr)
{
    return {SnippetPartKnowledge::File, text, file, note};
}
// The same snippet with its parts.
constexpr SnippetKnowledge withParts(SnippetKnowledge s, std::array<SnippetPartKnowledge, 4> parts)
{
    s.parts = parts;
    return s;
}

// The same finding where the facts change what is worth saying: a reset from a server on this computer's own
// loopback, where nothing sits in between, calls for other checks than one that may come from a device on the
// way. The rule names the situation (RuleMatch::situation); each text given here replaces the finding's own,
// and what is left empty stays as the finding has it.
struct FindingSituation
{
    const char* name;
    const char* explanation = nullptr;
    std::vector<CheckKnowledge> nextChecks;
    std::vector<const char*> alternatives;
    std::vector<SnippetKnowledge> remediation;
};

struct FindingKnowledge
{
    const char* id;
    Severity severity;
    const char* title;
    // The finding named where it was not found ("What else it could be"): short, without placeholders.
    const char* shortTitle;
    const char* explanation;
    std::vector<CheckKnowledge> nextChecks;
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
