#include "report/ByteText.h"

#include <QStringDecoder>

namespace SshDoctor {

namespace {

// Length of the valid UTF-8 sequence at data[i] (2..4), or 0 if it is not one.
qsizetype utf8SequenceLength(const QByteArray& data, qsizetype i)
{
    const auto lead = static_cast<unsigned char>(data[i]);
    qsizetype length = 0;
    if (lead >= 0xc2 && lead <= 0xdf)
        length = 2;
    else if (lead >= 0xe0 && lead <= 0xef)
        length = 3;
    else if (lead >= 0xf0 && lead <= 0xf4)
        length = 4;
    else
        return 0;
    if (i + length > data.size())
        return 0;
    for (qsizetype k = 1; k < length; ++k)
        if ((static_cast<unsigned char>(data[i + k]) & 0xc0) != 0x80)
            return 0;
    // Reject overlong forms and surrogates by decoding strictly.
    QStringDecoder strict(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = strict(QByteArrayView(data.constData() + i, length));
    if (strict.hasError() || decoded.contains(QChar::ReplacementCharacter))
        return 0;
    return length;
}

} // namespace

QString bytesToText(const QByteArray& bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size();) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\\') {
            out += QStringLiteral("\\\\");
            ++i;
        } else if (c >= 0x20 && c < 0x7f) {
            out += QLatin1Char(static_cast<char>(c));
            ++i;
        } else if (const qsizetype n = c >= 0x80 ? utf8SequenceLength(bytes, i) : 0; n > 0) {
            out += QString::fromUtf8(bytes.constData() + i, n);
            i += n;
        } else {
            out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
            ++i;
        }
    }
    return out;
}

QByteArray textToBytes(const QString& text)
{
    QByteArray out;
    out.reserve(text.size());
    const auto hexValue = [](QChar c) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            return u - u'0';
        if (u >= u'a' && u <= u'f')
            return u - u'a' + 10;
        if (u >= u'A' && u <= u'F')
            return u - u'A' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] == QLatin1Char('\\') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\\')) {
            out += '\\';
            i += 2;
        } else if (text[i] == QLatin1Char('\\') && i + 3 < text.size() && text[i + 1] == QLatin1Char('x') &&
                   hexValue(text[i + 2]) >= 0 && hexValue(text[i + 3]) >= 0) {
            out += static_cast<char>(hexValue(text[i + 2]) * 16 + hexValue(text[i + 3]));
            i += 4;
        } else {
            // A run of ordinary characters up to the next backslash, surrogate pairs kept together.
            qsizetype end = text.indexOf(QLatin1Char('\\'), i + 1);
            if (end < 0)
                end = text.size();
            out += QStringView(text).mid(i, end - i).toUtf8();
            i = end;
        }
    }
    return out;
}

} // namespace SshDoctor
