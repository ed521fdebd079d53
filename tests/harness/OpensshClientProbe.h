#pragma once

#include <QString>
#include <QStringList>

namespace SshDoctor::Testing {

// Asks the REAL OpenSSH client (/usr/bin/ssh) what a server on 127.0.0.1 offers in one algorithm
// category -- the reference the engine's own KEXINIT parsing is compared with. It makes negotiation
// of that category fail on purpose and parses ssh's stderr line
//   Unable to negotiate with 127.0.0.1 port N: no matching key exchange method found. Their offer: a,b,c
//
// Categories and the option that forces the failure:
//   "kex"     -o KexAlgorithms=diffie-hellman-group1-sha1   "no matching key exchange method found"
//   "hostkey" -o HostKeyAlgorithms=ssh-dss                  "no matching host key type found"
//   "cipher"  -o Ciphers=3des-cbc                           "no matching cipher found"
//   "mac"     -o Ciphers=aes128-ctr -o MACs=hmac-md5        "no matching MAC found"
//             (a non-AEAD cipher is forced: with an AEAD cipher no MAC is negotiated)
//
// The names are exactly what ssh printed, in the server's order, including pseudo-algorithms such as
// "kex-strict-s-v00@openssh.com" or "kexguess2@matt.ucc.asn.au".
//
// OpenSSH checks the categories in a fixed order -- kex, hostkey, then cipher, MAC (and compression)
// -- and reports only the first one that fails. Against a server restricted in an earlier category
// the requested one is never reached: then `error` says which category failed first and `rawLine`
// holds that line. Pass extraArgs the server accepts for the earlier category, e.g.
// {"-o", "Ciphers=aes256-ctr"}. extraArgs come BEFORE the harness's options, and ssh keeps the first
// value of an option, so they override the harness's choices (do not override the option of the
// category being probed). For "mac" the probe does this by itself once: when ssh fails at the cipher
// because the server has no aes128-ctr, it retries with the first non-AEAD cipher of the server's
// cipher offer.
//
// Every ssh run is killed after kTimeoutMs at most. Each run is one TCP connection to the server
// (which the server logs).
class OpensshClientProbe
{
public:
    struct Offer
    {
        QStringList names;
        QString rawLine; // the whole "Unable to negotiate ..." line, empty if ssh printed none
        QString error;   // empty on success

        bool ok() const { return error.isEmpty(); }
    };

    static constexpr int kTimeoutMs = 15000;

    static Offer theirOffer(quint16 port, const QString& category, const QStringList& extraArgs = QStringList());

    static QStringList categories();
    static QString sshPath();
    static bool isAvailable();
    // First line of `ssh -V` (stderr), e.g. "OpenSSH_9.2p1 Debian-2+deb12u3, OpenSSL 3.0.19 27 Jan 2026".
    static QString sshVersion();

private:
    struct Failure
    {
        QString category; // "kex", "hostkey", "cipher", "mac", "compression" or empty if none parsed
        QStringList names;
        QString rawLine;
        QString output;   // ssh's trimmed stderr+stdout
        QString runError; // could not run / timed out
    };

    static Failure runSsh(quint16 port, const QStringList& arguments);
};

} // namespace SshDoctor::Testing
