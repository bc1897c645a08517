#include "session/LockPage.h"
#include "ui_LockPage.h"

LockPage::LockPage(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::LockPage>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->lockTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->lockTitleLabel->setFont(title);
    m_ui->lockFrame->setFrameShape(QFrame::StyledPanel);
    connect(m_ui->unlockPushButton, &QPushButton::clicked, this, &LockPage::submit);
    connect(m_ui->unlockPasswordLineEdit, &QLineEdit::returnPressed, this, &LockPage::submit);
    connect(m_ui->switchUserPushButton, &QPushButton::clicked, this, &LockPage::switchUserRequested);
}

LockPage::~LockPage() = default;

void LockPage::lockFor(const QString &displayName, const QString &role, bool keptWork)
{
    m_ui->lockedUserLabel->setText(
        keptWork ? tr("%1 (%2) was signed in. Their unsaved work is kept for them: they type their password to carry "
                      "on.")
                       .arg(displayName, role)
                 : tr("%1 (%2) was signed in: they type their password to carry on.").arg(displayName, role));
    m_ui->unlockPasswordLineEdit->clear();
    m_ui->lockMessageLabel->clear();
    m_ui->unlockPasswordLineEdit->setFocus();
}

void LockPage::showMessage(const QString &message)
{
    m_ui->lockMessageLabel->setText(message);
    m_ui->unlockPasswordLineEdit->clear();
    m_ui->unlockPasswordLineEdit->setFocus();
}

void LockPage::submit()
{
    if (m_ui->unlockPasswordLineEdit->text().isEmpty()) {
        m_ui->lockMessageLabel->setText(tr("Type your password."));
        return;
    }
    emit unlockRequested(m_ui->unlockPasswordLineEdit->text());
}
