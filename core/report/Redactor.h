#pragma once

#include "report/Report.h"

namespace SshDoctor {

// Makes a report safe to share: host names, IP addresses, user names and key fingerprints become
// placeholders -- host-1, address-1, user-1, fingerprint-1 -- in every string of the report (phase
// details, evidence, snippets, lines the server sent before its banner, banner comments, the file it
// was imported from). The same value gets the same placeholder everywhere, so a redacted report still
// reads as one story, and since every renderer draws the redacted model, the same in every format.
//
// What is redacted: the target, the jump host and user, every address tried and this computer's
// address, home directories' user names (/home/NAME), names written as USER@KNOWN-HOST, and then any
// IPv4 or IPv6 literal and any SHA256:/MD5 fingerprint wherever it appears. Known names are matched
// as whole words, so a host named like an ordinary word is replaced wherever that word appears: safe
// over pretty. Private key blocks never belong in a report and are removed. The mapping from values
// to placeholders is not kept anywhere. Pure.
class Redactor
{
public:
    static Report redact(const Report& report);
};

} // namespace SshDoctor
