#pragma once

#include <QString>

namespace SshDoctor {

// Prose for a terminal: words filled into lines of at most `width` columns, the first after `firstIndent`,
// the others after `restIndent`. A word longer than a line (an algorithm list) breaks after its commas;
// the text's own line breaks are kept. Every line ends with '\n'; an empty text gives nothing. Pure.
class TextWrap
{
public:
    static constexpr int width = 100;

    static QString lines(const QString& text, const QString& firstIndent, const QString& restIndent,
                         int columns = width);
    static QString lines(const QString& text, const QString& indent) { return lines(text, indent, indent); }
};

} // namespace SshDoctor
