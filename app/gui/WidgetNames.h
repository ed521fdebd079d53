#pragma once

#include <QString>

namespace SshDoctor {

// Gives a widget the stable objectName tests find it by and the name a screen reader says.
template <typename W>
W* named(W* widget, const char* objectName, const QString& accessibleName)
{
    widget->setObjectName(QString::fromLatin1(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

} // namespace SshDoctor
