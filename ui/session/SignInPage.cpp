#include "session/SignInPage.h"
#include "ui_SignInPage.h"

SignInPage::SignInPage(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::SignInPage>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->signInTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->signInTitleLabel->setFont(title);
    m_ui->signInFrame->setFrameShape(QFrame::StyledPanel);
    connect(m_ui->signInPushButton, &QPushButton::clicked, this, &SignInPage::submit);
    connect(m_ui->passwordLineEdit, &QLineEdit::returnPressed, this, &SignInPage::submit);
    connect(m_ui->emailLineEdit, &QLineEdit::returnPressed, m_ui->passwordLineEdit, qOverload<>(&QWidget::setFocus));
}

SignInPage::~SignInPage() = default;

void SignInPage::reset(const QString &email)
{
    m_ui->emailLineEdit->setText(email);
    m_ui->passwordLineEdit->clear();
    m_ui->signInMessageLabel->clear();
    setBusy(false);
    (email.isEmpty() ? m_ui->emailLineEdit : m_ui->passwordLineEdit)->setFocus();
}

void SignInPage::showMessage(const QString &message)
{
    m_ui->signInMessageLabel->setText(message);
    m_ui->passwordLineEdit->clear();
    m_ui->passwordLineEdit->setFocus();
}

void SignInPage::setBusy(bool busy)
{
    m_ui->signInPushButton->setEnabled(!busy);
}

void SignInPage::submit()
{
    if (m_ui->emailLineEdit->text().trimmed().isEmpty()) {
        m_ui->signInMessageLabel->setText(tr("Type your email address first."));
        m_ui->emailLineEdit->setFocus();
        return;
    }
    if (m_ui->passwordLineEdit->text().isEmpty()) {
        m_ui->signInMessageLabel->setText(tr("Type your password."));
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    emit signInRequested(m_ui->emailLineEdit->text().trimmed(), m_ui->passwordLineEdit->text());
}
