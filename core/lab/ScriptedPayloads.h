#pragma once

#include "wire/KexInit.h"

#include <QByteArray>
#include <QString>
#include <cstdint>

class QRandomGenerator;

// The bytes the scripted lab servers put on the wire, one pure function each: no socket, no timer, no
// global state. Randomness comes from the generator the caller passes, so a seeded one repeats a run.
// ScriptedConnection decides which of these a behaviour sends, and when.
namespace SshDoctor::ScriptedPayloads {

// ---- Lines: other services on the SSH port, and identification lines a client must reject

// nginx's answer to a line that is not HTTP.
QByteArray httpBadRequest();
// What a TLS server answers to plain text: a fatal protocol_version (70) alert record (RFC 8446 §6).
QByteArray tlsProtocolVersionAlert();
QByteArray smtpGreeting();
// Postfix's answer to each line that is not an SMTP command.
QByteArray smtpCommandRejected();
// An ancient server that speaks only protocol 1: "1.5", not the "1.99" of one that speaks both (RFC 4253 §5).
QByteArray ssh1Identification();
// An identification line with a NUL in it; OpenSSH's client rejects the line (kex.c).
QByteArray nulInIdentification();

// More bytes without a newline than any client reads as one line (OpenSSH: 8192).
inline constexpr qsizetype overlongLineBytes = 20000;
QByteArray overlongLine();

// More lines before the identification than OpenSSH's client reads (1024).
inline constexpr int preBannerFloodLines = 2000;
// Line `number` (1-based) of the flood: "line 1\r\n", "line 2\r\n", ...
QByteArray floodLine(int number);

// One endlessh-style line: 3..32 printable characters and CR LF, never starting with "SSH-".
QByteArray tarpitLine(QRandomGenerator& random);
QByteArray randomBytes(QRandomGenerator& random, qsizetype count);

// ---- Binary packets (RFC 4253 §6), unencrypted as before NEWKEYS, padded with zero bytes

// A server KEXINIT modelled on Debian 12's OpenSSH 9.2p1; languages empty, as OpenSSH sends them.
KexInit openSsh92KexInit(const QByteArray& cookie);
QByteArray kexInitPacket(const KexInit& kexInit);
// The first half of kexInitPacket(kexInit): a server that dies mid key exchange.
QByteArray truncatedKexInitPacket(const KexInit& kexInit);
QByteArray ignorePacket(const QByteArray& text);
QByteArray disconnectPacket(std::uint32_t reasonCode, const QString& description);
// SSH_MSG_NEWKEYS alone, where KEXINIT must come first.
QByteArray newKeysPacket();

// ---- Broken packets

// A packet header that claims 2 GiB, followed by a few bytes of what could be its start.
QByteArray lyingLengthPacketStart();
// packet_length 12 but padding_length 200: the padding cannot fit.
QByteArray paddingTooLongPacket();
// Well framed, message 20, but the first name-list's length (100000) runs far past the packet.
// cookie is the 16 bytes after the message number.
QByteArray garbageKexInitPacket(const QByteArray& cookie);

} // namespace SshDoctor::ScriptedPayloads
