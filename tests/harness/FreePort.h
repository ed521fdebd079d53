#pragma once

#include <QtGlobal>

namespace SshDoctor::Testing {

// Returns a TCP port on 127.0.0.1 that was free a moment ago (0 if none could be bound). Binding is
// racy by nature: another process may take the port before the caller does, so servers that use it
// retry with a new port when their bind fails.
quint16 findFreeTcpPort();

} // namespace SshDoctor::Testing
