#pragma once

#include "common/Result.h"

#include "organization/FirstRunDetails.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class FirstRunDialog;
}

// The first start of the database on this computer: the organization, its first care home and its first
// administrator. setUp does the work; the dialog stays open, with everything still typed, until it succeeds. Then it
// shows the recovery key (recoveryKey's value), once, and finishes only when the user says they have kept it.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    using SetUp = std::function<Result<>(const FirstRunDetails &)>;
    using RecoveryKey = std::function<Result<QString>()>;

    FirstRunDialog(SetUp setUp, RecoveryKey recoveryKey, QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    QString email() const;

public slots:
    // Not while the recovery key is shown: the organization exists by then, and the key would never be seen again.
    void reject() override;

private:
    void submit();
    void showRecoveryKey();

    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    SetUp m_setUp;
    RecoveryKey m_recoveryKey;
};
