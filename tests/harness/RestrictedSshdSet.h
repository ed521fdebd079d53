#pragma once

#include "SshdServer.h"

#include <QString>
#include <QStringList>
#include <map>
#include <memory>

namespace SshDoctor::Testing {

// Several real sshd servers, each restricted by its own sshd_config lines (a legacy key exchange, CBC
// ciphers, ssh-rsa host keys only, ...), started together and looked up by name. Stopped by stop() or the
// destructor.
class RestrictedSshdSet
{
public:
    struct Restriction
    {
        const char* name;
        QStringList hostKeyTypes; // ssh-keygen -t TYPE for each host key
        QStringList lines;        // sshd_config lines, as SshdServer::Config::extraLines
    };

    // The host key types SshdServer generates unless told otherwise.
    static QStringList usualHostKeyTypes() { return SshdServer::Config{}.hostKeyTypes; }

    // Starts one sshd per restriction; false with errorString() naming the one that failed.
    bool start(const QList<Restriction>& restrictions);
    void stop();
    QString errorString() const { return m_error; }

    // The server started for that name; it must exist.
    const SshdServer& server(const QString& name) const { return *m_servers.at(name); }
    quint16 port(const QString& name) const { return server(name).port(); }

private:
    std::map<QString, std::unique_ptr<SshdServer>> m_servers;
    QString m_error;
};

} // namespace SshDoctor::Testing
