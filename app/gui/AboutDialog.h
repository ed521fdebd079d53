#pragma once

#include <QDialog>
#include <optional>

class QLabel;

namespace SshDoctor {

// Names the versions a helpdesk asks for: the app, Qt, libssh and the local OpenSSH client. `ssh -V` is
// asked off the UI thread; its line fills in when it answers.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    QString versionsText() const;

private:
    void showVersions();

    QLabel* m_versions = nullptr;
    std::optional<std::optional<QString>> m_openssh; // outer: asked yet; inner: found
};

} // namespace SshDoctor
