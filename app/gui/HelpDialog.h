#pragma once

#include <QDialog>

class QTabWidget;
class QTextBrowser;
class QUrl;

namespace SshDoctor {

// Help → User Guide (F1) and Glossary: the guide (the README's user part, a local resource; nothing is
// fetched) and the glossary of the terms the app uses, one window beside the app, one per main window.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    // The window's help, created the first time.
    static HelpDialog* of(QWidget* anyWidgetInWindow);
    // A "glossary:ID" link clicked anywhere: opens that entry. False for any other link.
    static bool openLink(QWidget* from, const QUrl& url);

    void showGuide();
    void showGlossaryEntry(const QString& id);

    QString currentEntry() const { return m_entry; }
    QTextBrowser* guideBrowser() const { return m_guide; }
    QTextBrowser* glossaryBrowser() const { return m_glossary; }
    bool glossaryShown() const;

private:
    explicit HelpDialog(QWidget* parent);
    void onLink(const QUrl& url);

    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_guide = nullptr;
    QTextBrowser* m_glossary = nullptr;
    QString m_entry;
};

} // namespace SshDoctor
