#pragma once

#include <QObject>

// Tab always moves on to the next control: a table or list never keeps it to move between its own cells (a keyboard
// trap for whoever cannot use a mouse); inside one the arrow keys move. Installed once on the application, it sets
// every item view as it is first shown, dialogs and later pages included.
class KeyboardReach : public QObject
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
