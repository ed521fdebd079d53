#pragma once

#include <QByteArrayView>
#include <QString>

namespace SshDoctor {

// Names the protocol behind bytes that are not an SSH identification ("HTTP", "TLS", "SMTP", ...),
// from a table of greetings and replies. Returns an empty string when nothing matches. Pure.
QString sniffProtocol(QByteArrayView firstBytes);

} // namespace SshDoctor
