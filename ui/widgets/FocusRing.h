#pragma once

#include <QWidget>

// A ring in the highlight colour just inside the edge of whichever control has the keyboard's focus. Fusion draws
// the focus of a text field or a check box, but not of a table, a list, a read-only text or a default button:
// someone working by keyboard could not see where they were. Drawn inside the control, on top of it, so that a
// control at the very edge of its page is ringed too. One ring for the application follows the focus, dialogs
// included.
class FocusRing : public QWidget
{
    Q_OBJECT

public:
    // Starts the ring following the focus (once, whatever the number of calls).
    static void install();
    static constexpr int width = 2;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FocusRing(QWidget *parent);
    static void follow(QWidget *now);
    void fit();
};
