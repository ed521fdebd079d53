#pragma once

#include <QString>

namespace SshDoctor {

// An OpenSSH release as a number that compares: "7.4p1" -> 704, "10.0" -> 1000; -1 when the text is not an
// OpenSSH release number. For the banner's version and the catalogue's addedIn alike.
class OpenSshRelease
{
public:
    static int number(const QString& version);
};

} // namespace SshDoctor
