#pragma once

#include "report/Vocabulary.h"

#include <QList>
#include <QString>

namespace SshDoctor::StatusPalette {

// The one set of colours for what a status means, shared by the readable summary's HTML, the HTML report,
// the PDF and the app's widgets: green passed, amber a warning, red failed, blue running, grey not reached.
// Each as "#rrggbb"; the dark variants are for a dark window (they keep their contrast on a dark ground).
enum class Ground
{
    Light,
    Dark,
};

QString phase(PhaseStatus status, Ground ground = Ground::Light);
// Every status phase() has a colour for, in the order a legend lists them: whatever shows a status's colour
// explains all of these.
QList<PhaseStatus> phaseStatuses();
// A finding's severity: error red, warning amber, info green.
QString severity(Severity severity, Ground ground = Ground::Light);
// An algorithm's grade: "strong", "acceptable", "weak", "broken", anything else ("unknown", a marker) grey.
QString grade(const QString& grade, Ground ground = Ground::Light);

} // namespace SshDoctor::StatusPalette
