#pragma once

#include "clinical/News2Result.h"

#include <QColor>
#include <QPalette>
#include <QString>

// The colours the station draws with, held to WCAG 2.1 AA: text at least 4.5:1 against what it is drawn on, what a
// person must see to use a control (the focus, the selected row) at least 3:1. Colour is never the only sign: each
// colour here goes with words that say the same thing. The palette stays the system's (a dark or high-contrast
// desktop is kept), with only the roles that fail made darker or lighter until they pass.
class StationColours
{
public:
    static constexpr double textContrast = 4.5;
    static constexpr double controlContrast = 3.0;

    // WCAG 2.1 relative luminance (0 black to 1 white) and contrast ratio (1 to 21); a colour with alpha is first
    // laid over the background it is drawn on.
    static double luminance(const QColor &colour);
    static double contrast(const QColor &foreground, const QColor &background);
    // The foreground moved towards white if it is lighter than the background, else towards black, by as little as
    // makes it reach ratio (unchanged if it does already); white or black when nothing short of them does.
    static QColor readable(const QColor &foreground, const QColor &background, double ratio = textContrast);
    // The palette with every text role readable on its background and the highlight seen against the window and the
    // fields, in the active and inactive groups (disabled controls are exempt). Where even black or white text is not
    // enough the background is moved instead.
    static QPalette accessible(QPalette palette);
    // Sets the application's palette to accessible() of its own, once, before the first window.
    static void apply();

    // A refusal, a failure or a warning, in bold on the window: as a style sheet and as rich text.
    static QColor problem();
    static QString problemStyle();
    static QString problemHtml(const QString &escapedText);
    // What is well (the health page's all-clear), in bold on the window, as rich text.
    static QString goodHtml(const QString &escapedText);
    // The frame and title of the NEWS2 escalation box, and a resident's alerts on the note form.
    static QColor urgent();
    // Something waiting or standing out (notes waiting to be sent, an incident among notes): dark text on a pale
    // amber, and the border around it.
    static QColor noticeText();
    static QColor noticeBackground();
    static QColor noticeBorder();
    // The NEWS2 headline on the note form, on its band's colour as the RCP chart has it: red for high, amber for
    // medium, yellow for low-medium (a 3 in one parameter), green for low. Observations not all taken get no
    // reassuring green: grey, unless those taken already trigger.
    static QColor news2Background(const News2Result &score);
    static QColor news2Text(const News2Result &score);
};
