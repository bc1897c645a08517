#pragma once

#include <QObject>

// A label with a shortcut letter ("&To") is drawn in pieces around the underlined letter, with no kerning between
// them, yet Qt measures it as one kerned run: the last letter could be drawn a pixel past the label and cut ("To"
// read "Tc"). Such labels are set to measure and draw without kerning, so what is measured is what is drawn, with a
// pixel to spare for a round letter's ink.
// Installed once on the application, it sets every such label as it is shown, in pages and dialogs alike.
class LabelInk : public QObject
{
    Q_OBJECT

public:
    // Installs one on the application (once, whatever the number of calls).
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
