#pragma once

#include "report/Report.h"

#include <QString>
#include <QStringList>

namespace SshDoctor {

// The raw exchange as the report's appendix shows it, one line per thing that crossed the wire:
// "> " what this computer sent, "< " what the server sent (lines before its identification, the
// identification, an unfinished line, its KEXINIT field by field, a DISCONNECT). Bytes appear as
// bytesToText writes them. Lines before the identification are capped for readable documents (the
// JSON keeps them all): the cap and how many were left out are in the text. Pure.
class ReportTranscript
{
public:
    static constexpr int maxPreBannerLines = 100;
    static constexpr int maxLineCharacters = 1000;

    static QStringList lines(const Report& report);
};

} // namespace SshDoctor
