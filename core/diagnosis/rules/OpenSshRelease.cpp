#include "diagnosis/rules/OpenSshRelease.h"

#include <QRegularExpression>

namespace SshDoctor {

int OpenSshRelease::number(const QString& version)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d+)\\.(\\d+)"));
    const QRegularExpressionMatch m = shape.match(version);
    return m.hasMatch() ? m.captured(1).toInt() * 100 + m.captured(2).toInt() : -1;
}

} // namespace SshDoctor
