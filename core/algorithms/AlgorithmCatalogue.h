#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>
#include <span>

namespace SshDoctor {

// The five kinds of names a KEXINIT carries (RFC 4253 §7.1). Ciphers, MACs and compression have one
// entry each, whichever direction they are offered in.
enum class AlgorithmCategory
{
    Kex,
    HostKey,
    Cipher,
    Mac,
    Compression,
};

// How much an algorithm is worth today, worst last. Unknown: not in the catalogue.
enum class AlgorithmGrade
{
    Strong,
    Acceptable,
    Weak,
    Broken,
    Unknown,
};

// One row of the catalogue. Versions are OpenSSH releases ("7.4"); empty where OpenSSH never had the
// name (Dropbear, PuTTY, libssh only) or never offered it by default.
struct AlgorithmInfo
{
    const char* name; // a trailing '*' matches any suffix (GSSAPI key exchanges end in a mechanism hash)
    AlgorithmCategory category;
    AlgorithmGrade grade;
    const char* addedIn;             // the OpenSSH release that added it
    const char* droppedFromDefaults; // the OpenSSH release whose client stopped offering it by default
    bool marker;                     // a pseudo-algorithm that signals an extension (ext-info-c, kex-strict-*)
    const char* reason;              // one line a helpdesk can read out: "SHA-1", "64-bit tag", ...
};

// Every kex, host-key, cipher, MAC and compression name used by OpenSSH up to 10.x, Dropbear, libssh
// and PuTTY, graded. Data, not code: the rows live in one table in AlgorithmCatalogue.cpp.
class AlgorithmCatalogue
{
public:
    static std::span<const AlgorithmInfo> all();

    // The row for a name in one category; nullptr when the catalogue does not know it.
    static const AlgorithmInfo* find(QStringView name, AlgorithmCategory category);
    // Every row for a name, in category order ("none" is a cipher, a MAC and a compression method).
    static QList<const AlgorithmInfo*> findAll(QStringView name);

    static AlgorithmGrade grade(QStringView name, AlgorithmCategory category);
    // Pseudo-algorithms in the kex list (RFC 8308 ext-info-*, strict KEX, kexguess2@matt.ucc.asn.au).
    // The negotiation skips them; reports keep them.
    static bool isMarker(QStringView name);

    static QString gradeId(AlgorithmGrade grade);          // "strong", "acceptable", "weak", "broken", "unknown"
    static QString categoryId(AlgorithmCategory category); // "kex", "hostkey", "cipher", "mac", "compression"
    // The category of a report list key: "kex", "hostkey", "cipher_c2s", "mac_s2c", "compression_c2s", ...
    static std::optional<AlgorithmCategory> categoryOfListKey(QStringView key);
};

} // namespace SshDoctor
