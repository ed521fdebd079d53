#pragma once

#include <QByteArray>
#include <QString>

namespace SshDoctor {

// Renders bytes a server sent as text without losing anything: valid UTF-8 stays as it is, every
// other byte and every control character becomes "\xNN" (a backslash becomes "\\"). Pure.
QString bytesToText(const QByteArray& bytes);

} // namespace SshDoctor
