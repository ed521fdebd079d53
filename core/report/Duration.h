#pragma once

#include <QString>

namespace SshDoctor::Duration {

// The one way a time is rounded for people, everywhere SSH Doctor writes one: the engine's sentences,
// the readable summary, HTML, Markdown, the PDF and the app. Milliseconds below 1 s, seconds below 2 min,
// then whole minutes; one decimal below 10 ms and below 20 s, none above: "0.4 ms", "12 ms", "3.4 s",
// "10.0 s", "30 s", "2 min".
enum class Unit
{
    Milliseconds,
    Seconds,
    Minutes,
};

struct Parts
{
    double value = 0.0; // already rounded to `decimals`
    int decimals = 0;
    Unit unit = Unit::Milliseconds;
};

Parts parts(double ms);

// Parts as the engine writes them, in the C locale ("3.4 s"): the report JSON and the CLI read the same
// wherever they run. The app localises the same parts (app/render/DurationText).
QString text(double ms);

} // namespace SshDoctor::Duration
