#include "report/TextWrap.h"

#include <QList>

namespace SshDoctor {

namespace {

struct Piece
{
    QString text;
    bool afterSpace; // false: the rest of a word broken after a comma, glued to what precedes it
};

// The words of one paragraph; a word that cannot fit on a line is cut after each of its commas.
QList<Piece> pieces(const QString& paragraph, qsizetype room)
{
    QList<Piece> out;
    for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.size() <= room || !word.contains(QLatin1Char(','))) {
            out.append({word, true});
            continue;
        }
        qsizetype start = 0;
        while (start < word.size()) {
            const qsizetype comma = word.indexOf(QLatin1Char(','), start);
            const qsizetype end = comma < 0 ? word.size() : comma + 1;
            out.append({word.mid(start, end - start), start == 0});
            start = end;
        }
    }
    return out;
}

} // namespace

QString TextWrap::lines(const QString& text, const QString& firstIndent, const QString& restIndent, int columns)
{
    if (text.trimmed().isEmpty())
        return QString();
    QString out;
    bool first = true;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        const auto indent = [&] { return first ? firstIndent : restIndent; };
        const auto flush = [&] {
            out += indent() + line + QLatin1Char('\n');
            line.clear();
            first = false;
        };
        if (paragraph.trimmed().isEmpty()) {
            out += QLatin1Char('\n');
            first = false;
            continue;
        }
        for (const Piece& piece : pieces(paragraph, columns - restIndent.size())) {
            const qsizetype joined = line.size() + (piece.afterSpace ? 1 : 0) + piece.text.size();
            if (!line.isEmpty() && indent().size() + joined > columns)
                flush();
            if (!line.isEmpty() && piece.afterSpace)
                line += QLatin1Char(' ');
            line += piece.text;
        }
        if (!line.isEmpty())
            flush();
    }
    return out;
}

} // namespace SshDoctor
