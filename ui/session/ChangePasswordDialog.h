#pragma once

#include "common/Result.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ChangePasswordDialog;
}

// A new password for the signed-in user. change does the work and answers an empty string or the database's problem
// code; the dialog stays open until it succeeds. When an administrator set the password, the user must choose their
// own before doing anything else: the current password (just typed to sign in) is then given, not asked.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    using Change = std::function<Result<>(const QString &current, const QString &next)>;

    ChangePasswordDialog(Change change, const QString &knownCurrentPassword, QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

private:
    void submit();

    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    Change m_change;
    QString m_knownCurrent;
};
