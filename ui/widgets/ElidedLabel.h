#pragma once

#include <QLabel>

// One line of text that gives way when room is short: drawn with "…" in its middle and whole in its tooltip, so a
// long server name in the status bar never widens the window past a station's screen. text() stays the whole text.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};
