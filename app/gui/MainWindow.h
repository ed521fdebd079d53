#pragma once

#include <QMainWindow>

namespace SshDoctor {

// The application window. The wizard pages and the handshake timeline arrive with the desktop-app issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace SshDoctor
