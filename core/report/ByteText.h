#pragma once

#include <QByteArray>
#include <QString>

namespace SshDoctor {

// Renders bytes a server sent as text without losing anything: valid UTF-8 stays as it is, every
// other byte and every control character becomes "\xNN" (a backslash becomes "\\"). Pure.
QString bytesToText(const QByteArray& bytes);
// The inverse of bytesToText for the reader of saved reports: "\xNN" becomes the byte NN, "\\" a
// backslash, everything else its UTF-8. textToBytes(bytesToText(b)) == b for all bytes. Pure.
QByteArray textToBytes(const QString& text);

} // namespace SshDoctor
