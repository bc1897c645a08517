#include "session/ChangePasswordDialog.h"
#include "ui_ChangePasswordDialog.h"

#include "session/PasswordRules.h"
#include "widgets/LettersWide.h"

#include <QPushButton>

ChangePasswordDialog::ChangePasswordDialog(Change change, const QString &knownCurrentPassword, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ChangePasswordDialog>()), m_change(std::move(change)),
      m_knownCurrent(knownCurrentPassword)
{
    m_ui->setupUi(this);
    const bool forced = !m_knownCurrent.isEmpty();
    m_ui->currentPasswordLabel->setVisible(!forced);
    m_ui->currentPasswordLineEdit->setVisible(!forced);
    m_ui->changePasswordIntroLabel->setText(
        forced ? tr("Your password was set by an administrator. Choose your own now: only you should know it.")
               : tr("Choose a new password. Long is better than complicated: a few unrelated words work well."));
    m_ui->changePasswordButtonBox->button(QDialogButtonBox::Ok)->setText(tr("&Change password"));
    m_ui->changePasswordButtonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("changePushButton"));
    connect(m_ui->changePasswordButtonBox, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(m_ui->changePasswordButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (forced ? m_ui->newPasswordLineEdit : m_ui->currentPasswordLineEdit)->setFocus();
    setMinimumWidth(lettersWide(this, 46));
}

ChangePasswordDialog::~ChangePasswordDialog()
{
    m_knownCurrent.fill(QChar(0));
}

void ChangePasswordDialog::submit()
{
    const QString next = m_ui->newPasswordLineEdit->text();
    if (next != m_ui->confirmPasswordLineEdit->text()) {
        m_ui->changePasswordMessageLabel->setText(tr("The two new passwords are not the same: type them again."));
        m_ui->confirmPasswordLineEdit->clear();
        m_ui->newPasswordLineEdit->setFocus();
        return;
    }
    if (const Result<> local = PasswordRules::check(next); !local.ok()) {
        m_ui->changePasswordMessageLabel->setText(local.message);
        m_ui->newPasswordLineEdit->setFocus();
        return;
    }
    const Result<> changed =
        m_change(m_knownCurrent.isEmpty() ? m_ui->currentPasswordLineEdit->text() : m_knownCurrent, next);
    if (!changed.ok()) {
        m_ui->changePasswordMessageLabel->setText(changed.message);
        (changed.field == QLatin1String("currentPassword") ? m_ui->currentPasswordLineEdit : m_ui->newPasswordLineEdit)
            ->setFocus();
        return;
    }
    accept();
}
