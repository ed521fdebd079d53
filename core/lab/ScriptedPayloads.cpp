#include "lab/ScriptedPayloads.h"

#include "wire/BinaryPacket.h"
#include "wire/DisconnectMessage.h"
#include "wire/SshDataWriter.h"
#include "wire/SshMessage.h"

#include <QRandomGenerator>
#include <QStringList>

namespace SshDoctor::ScriptedPayloads {

QByteArray httpBadRequest()
{
    return "HTTP/1.1 400 Bad Request\r\nServer: nginx\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
}

QByteArray tlsProtocolVersionAlert()
{
    // content type 21 (alert), record version 3.3, length 2, level 2 (fatal), description 70
    return QByteArray("\x15\x03\x03\x00\x02\x02\x46", 7);
}

QByteArray smtpGreeting()
{
    return "220 mail.lab.test ESMTP Postfix\r\n";
}

QByteArray smtpCommandRejected()
{
    return "502 5.5.2 Error: command not recognized\r\n";
}

QByteArray ssh1Identification()
{
    return "SSH-1.5-OpenSSH_2.9p2\r\n";
}

QByteArray nulInIdentification()
{
    return QByteArray("SSH-2.0-Open\0SSH_9.2\r\n", 22);
}

QByteArray overlongLine()
{
    return QByteArray(overlongLineBytes, 'A');
}

QByteArray floodLine(int number)
{
    return "line " + QByteArray::number(number) + "\r\n";
}

QByteArray tarpitLine(QRandomGenerator& random)
{
    const int length = random.bounded(3, 33);
    QByteArray line(length, ' ');
    for (char& c : line)
        c = static_cast<char>(random.bounded(0x20, 0x7f));
    // It must never look like an identification.
    if (line.startsWith("SSH-"))
        line[0] = 's';
    return line + "\r\n";
}

QByteArray randomBytes(QRandomGenerator& random, qsizetype count)
{
    QByteArray bytes(count, '\0');
    for (char& c : bytes)
        c = static_cast<char>(random.bounded(256));
    return bytes;
}

KexInit openSsh92KexInit(const QByteArray& cookie)
{
    const auto names = [](const char* commaSeparated) {
        return QString::fromLatin1(commaSeparated).split(QLatin1Char(','));
    };
    const QStringList ciphers = names("chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,"
                                      "aes128-gcm@openssh.com,aes256-gcm@openssh.com");
    const QStringList macs = names("umac-64-etm@openssh.com,umac-128-etm@openssh.com,hmac-sha2-256-etm@openssh.com,"
                                   "hmac-sha2-512-etm@openssh.com,hmac-sha1-etm@openssh.com,umac-64@openssh.com,"
                                   "umac-128@openssh.com,hmac-sha2-256,hmac-sha2-512,hmac-sha1");
    const QStringList compression = names("none,zlib@openssh.com");

    KexInit kex;
    kex.cookie = cookie;
    kex.list(KexInit::Kex) = names("sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,"
                                   "ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,"
                                   "diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,"
                                   "diffie-hellman-group18-sha512,diffie-hellman-group14-sha256,"
                                   "kex-strict-s-v00@openssh.com");
    kex.list(KexInit::HostKey) = names("rsa-sha2-512,rsa-sha2-256,ecdsa-sha2-nistp256,ssh-ed25519");
    kex.list(KexInit::CipherClientToServer) = ciphers;
    kex.list(KexInit::CipherServerToClient) = ciphers;
    kex.list(KexInit::MacClientToServer) = macs;
    kex.list(KexInit::MacServerToClient) = macs;
    kex.list(KexInit::CompressionClientToServer) = compression;
    kex.list(KexInit::CompressionServerToClient) = compression;
    return kex;
}

QByteArray kexInitPacket(const KexInit& kexInit)
{
    return BinaryPacket::frame(kexInit.serialize());
}

QByteArray truncatedKexInitPacket(const KexInit& kexInit)
{
    const QByteArray packet = kexInitPacket(kexInit);
    return packet.first(packet.size() / 2);
}

QByteArray ignorePacket(const QByteArray& text)
{
    SshDataWriter writer;
    writer.writeByte(static_cast<std::uint8_t>(SshMessage::Ignore)).writeString(text);
    return BinaryPacket::frame(writer.data());
}

QByteArray disconnectPacket(std::uint32_t reasonCode, const QString& description)
{
    return BinaryPacket::frame(DisconnectMessage{reasonCode, description}.serialize());
}

QByteArray newKeysPacket()
{
    return BinaryPacket::frame(QByteArray(1, static_cast<char>(SshMessage::NewKeys)));
}

QByteArray lyingLengthPacketStart()
{
    QByteArray bytes("\x7f\xff\xff\xff", 4);
    bytes.append(static_cast<char>(10));
    bytes.append(static_cast<char>(SshMessage::KexInit));
    bytes.append(QByteArray(10, '\0'));
    return bytes;
}

QByteArray paddingTooLongPacket()
{
    SshDataWriter writer;
    writer.writeUint32(12).writeByte(200).writeByte(static_cast<std::uint8_t>(SshMessage::KexInit));
    writer.writeRaw(QByteArray(10, '\0'));
    return writer.data();
}

QByteArray garbageKexInitPacket(const QByteArray& cookie)
{
    SshDataWriter writer;
    writer.writeByte(static_cast<std::uint8_t>(SshMessage::KexInit)).writeRaw(cookie);
    writer.writeUint32(100000).writeRaw("curve25519-sha256,ecdh-sha2-nistp256");
    return BinaryPacket::frame(writer.data());
}

} // namespace SshDoctor::ScriptedPayloads
