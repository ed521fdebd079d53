#pragma once

#include "target/Target.h"

#include <QString>
#include <optional>

namespace SshDoctor {

// Turns what a user typed into a validated Target. Pure; every rejection carries a one-line reason
// that a person can act on. Host names are checked strictly because they are later passed to
// `ssh -G` as an argument: nothing that looks like an option or contains a shell or control character.
class TargetParser
{
public:
    struct Result
    {
        std::optional<Target> target;
        QString error; // set when target is empty
    };

    struct Overrides
    {
        std::optional<QString> port; // -p, as typed
        std::optional<QString> user; // -l
        AddressFamilyPreference family = AddressFamilyPreference::Any;
        // The app's Server field, which has a User field beside it: a second '@' there is a slip far more
        // often than a user name with '@' in it, so it is refused with a pointer to the User field. ssh
        // itself (and the CLI) takes everything before the last '@' as the user.
        bool singleAtSign = false;
    };

    static Result parse(const QString& text, const Overrides& overrides);
    static Result parse(const QString& text) { return parse(text, Overrides()); }

    static std::optional<int> parsePort(const QString& text, QString* error);
    static bool isValidHostName(const QString& host, QString* error);
    static bool isValidUser(const QString& user, QString* error);
};

} // namespace SshDoctor
