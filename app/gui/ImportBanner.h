#pragma once

#include <QLabel>

namespace SshDoctor {

class CheckSession;

// The line above a page that says the result shown was opened from a file, not found by a check from
// this computer: where it came from, when it was opened and when the check ran. Hidden while the session shows a run of
// its own; follows the session as it changes.
class ImportBanner : public QLabel
{
    Q_OBJECT

public:
    explicit ImportBanner(CheckSession* session, QWidget* parent = nullptr);

private:
    void refresh();

    CheckSession* m_session;
};

} // namespace SshDoctor
