#include "diagnosis/rules/NegotiationCategory.h"

namespace SshDoctor {

const QList<NegotiationCategory>& NegotiationCategory::all()
{
    static const QList<NegotiationCategory> categories{
        {"no-common-kex",
         {QStringLiteral("kex")},
         "key exchange method",
         "key exchange methods",
         "KexAlgorithms",
         "kex",
         AlgorithmCategory::Kex},
        {"no-common-hostkey",
         {QStringLiteral("hostkey")},
         "host key type",
         "host key types",
         "HostKeyAlgorithms",
         "key",
         AlgorithmCategory::HostKey},
        {"no-common-cipher",
         {QStringLiteral("cipher_s2c"), QStringLiteral("cipher_c2s")},
         "cipher",
         "ciphers",
         "Ciphers",
         "cipher",
         AlgorithmCategory::Cipher},
        {"no-common-mac",
         {QStringLiteral("mac_s2c"), QStringLiteral("mac_c2s")},
         "MAC",
         "MACs (message authentication codes)",
         "MACs",
         "mac",
         AlgorithmCategory::Mac},
        {"no-common-compression",
         {QStringLiteral("compression_s2c"), QStringLiteral("compression_c2s")},
         "compression method",
         "compression methods",
         "Compression",
         "",
         AlgorithmCategory::Compression},
    };
    return categories;
}

} // namespace SshDoctor
