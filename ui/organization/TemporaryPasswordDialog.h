#pragma once

#include <QDialog>

// A temporary password, shown this once to the administrator who gives it to the user in person. It is nowhere else:
// not kept, not printed, not copied to the clipboard of a shared station.
class TemporaryPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    TemporaryPasswordDialog(const QString &userName, const QString &password, QWidget *parent = nullptr);
};
