#include "session/SignInPage.h"
#include "ui_SignInPage.h"

#include "common/RoleName.h"
#include "widgets/LanguageComboBox.h"
#include "widgets/LettersWide.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

SignInPage::SignInPage(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::SignInPage>())
{
    m_ui->setupUi(this);
    m_ui->signInFrame->setMinimumWidth(lettersWide(this, 42));
    m_ui->signInFrame->setMaximumWidth(lettersWide(this, 52));
    QFont title = m_ui->signInTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->signInTitleLabel->setFont(title);
    m_ui->signInFrame->setFrameShape(QFrame::StyledPanel);
    // The language comes first, above the title: whoever reads only Welsh finds it before anything else.
    auto *languageRow = new QHBoxLayout;
    languageRow->addStretch();
    languageRow->addWidget(new LanguageComboBox(this));
    m_ui->signInFrameLayout->insertLayout(0, languageRow);
    connect(m_ui->signInPushButton, &QPushButton::clicked, this, &SignInPage::submit);
    connect(m_ui->passwordLineEdit, &QLineEdit::returnPressed, this, &SignInPage::submit);
    connect(m_ui->emailLineEdit, &QLineEdit::returnPressed, m_ui->passwordLineEdit, qOverload<>(&QWidget::setFocus));
}

SignInPage::~SignInPage() = default;

void SignInPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        // A message says why the last try failed, in the language it was shown in: gone with the switch.
        m_ui->signInMessageLabel->clear();
        describeDemoAccounts();
    }
    QWidget::changeEvent(event);
}

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

void SignInPage::showDemoAccounts(const QList<QPair<QString, QString>> &accounts, const QString &password)
{
    m_demoAccounts = accounts;
    m_demoPassword = password;
    if (!m_demoGroupBox) {
        m_demoGroupBox = new QGroupBox(this);
        m_demoGroupBox->setObjectName(QStringLiteral("demoGroupBox"));
        auto *layout = new QVBoxLayout(m_demoGroupBox);
        m_demoLabel = new QLabel(m_demoGroupBox);
        m_demoLabel->setObjectName(QStringLiteral("demoLabel"));
        m_demoLabel->setWordWrap(true);
        m_demoLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_demoListWidget = new QListWidget(m_demoGroupBox);
        m_demoListWidget->setObjectName(QStringLiteral("demoAccountsListWidget"));
        m_demoLabel->setBuddy(m_demoListWidget);
        layout->addWidget(m_demoLabel);
        layout->addWidget(m_demoListWidget);
        m_ui->signInFrameLayout->addWidget(m_demoGroupBox);
        // Enter, a double click or a tap: that person's details in the form, ready to sign in.
        connect(m_demoListWidget, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            m_ui->emailLineEdit->setText(item->data(Qt::UserRole).toString());
            m_ui->passwordLineEdit->setText(m_demoPassword);
            m_ui->signInPushButton->setFocus();
        });
    }
    describeDemoAccounts();
}

void SignInPage::describeDemoAccounts()
{
    if (!m_demoGroupBox)
        return;
    m_demoGroupBox->setTitle(tr("A demonstration home: fictional people, nothing real"));
    m_demoLabel->setText(tr("Everyone here has the password %1. Choose someone to sign in as:").arg(m_demoPassword));
    m_demoListWidget->setAccessibleName(tr("People to sign in as"));
    m_demoListWidget->clear();
    for (const auto &[role, email] : std::as_const(m_demoAccounts)) {
        auto *item = new QListWidgetItem(tr("%1: %2").arg(RoleName::of(role), email), m_demoListWidget);
        item->setData(Qt::UserRole, email);
    }
    // Each row whole, without a scroll bar: there are only a few.
    m_demoListWidget->setFixedHeight(m_demoListWidget->sizeHintForRow(0) * m_demoListWidget->count() +
                                     2 * m_demoListWidget->frameWidth());
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
