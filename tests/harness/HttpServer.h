#pragma once

#include "ServerProcess.h"

namespace SshDoctor::Testing {

// A real web server on 127.0.0.1: Python's http.server from Debian's python3 package
// (python3 -m http.server --bind 127.0.0.1 PORT), serving its empty temporary directory. It answers
// an SSH client's identification line with an HTTP 400 page: a web server on the SSH port.
class HttpServer : public ServerProcess
{
public:
    HttpServer();
    ~HttpServer() override;

    bool start();

    static QString pythonPath();
    static bool isAvailable();

protected:
    QString program() const override;
    bool prepareAttempt(quint16 port, QStringList& arguments) override;
};

} // namespace SshDoctor::Testing
