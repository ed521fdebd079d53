#pragma once

#include <QPlainTextEdit>

namespace SshDoctor {

// Commands or file lines as they are pasted: read-only, monospace, never wrapped, and as tall as its lines, so
// that nothing scrolls inside it and the wheel scrolls the page. A line wider than the block gets a horizontal
// scroll bar, with room for it below the last line. The height depends on the width (the scroll bar), so the
// block tells its layout through heightForWidth rather than fixing its height after the fact.
class CodeBlock : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeBlock(const QString& text, QWidget* parent = nullptr);

    // The height that shows every line at the block's current width.
    int contentHeight() const { return heightForWidth(width()); }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int m_widestLine = 0;
    bool m_wide = false; // whether the widest line needs the scroll bar at the current width
};

} // namespace SshDoctor
