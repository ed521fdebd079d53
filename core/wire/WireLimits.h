#pragma once

#include <cstddef>

namespace SshDoctor::WireLimits {

// OpenSSH kex.c: SSH_MAX_BANNER_LEN. Longer lines end the exchange ("banner line too long").
inline constexpr std::size_t maxLineBytes = 8192;
// OpenSSH kex.c: SSH_MAX_PRE_BANNER_LINES ("No SSH version received in first 1024 lines").
inline constexpr int maxPreBannerLines = 1024;
// RFC 4253 §4.2: the identification line is at most 255 characters including CR LF.
inline constexpr std::size_t rfcMaxIdentificationBytes = 255;
// RFC 4253 §6.1: implementations must accept packets of 35000 bytes total; we accept no larger.
inline constexpr std::size_t maxPacketBytes = 35000;
// RFC 4253 §6: at least four bytes of padding, at most 255.
inline constexpr std::size_t minPadding = 4;
// Before NEWKEYS the cipher block size is 8: packet_length + 4 must be a multiple of it.
inline constexpr std::size_t clearTextBlockSize = 8;
// A KEXINIT name-list longer than this is hostile rather than generous (OpenSSH's own lists are < 2 KiB).
inline constexpr std::size_t maxNameListBytes = 16384;
// RFC 879's default TCP MSS: what every IPv4 path must carry. IPv6's minimum MTU (1280) is larger, so this
// is small enough for both. The MTU black-hole retry asks for it.
inline constexpr int defaultTcpMss = 536;
// Messages such as SSH_MSG_IGNORE that we skip while waiting for KEXINIT.
inline constexpr int maxSkippedMessages = 32;

} // namespace SshDoctor::WireLimits
