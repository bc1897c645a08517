#include "session/LockPage.h"
#include "ui_LockPage.h"

#include "common/RoleName.h"
#include "widgets/LanguageComboBox.h"
#include "widgets/LettersWide.h"

#include <QEvent>
#include <QHBoxLayout>

LockPage::LockPage(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::LockPage>())
{
    m_ui->setupUi(this);
    m_ui->lockFrame->setMinimumWidth(lettersWide(this, 42));
    m_ui->lockFrame->setMaximumWidth(lettersWide(this, 52));
    QFont title = m_ui->lockTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->lockTitleLabel->setFont(title);
    m_ui->lockFrame->setFrameShape(QFrame::StyledPanel);
    auto *languageRow = new QHBoxLayout;
    languageRow->addStretch();
    languageRow->addWidget(new LanguageComboBox(this));
    m_ui->lockFrameLayout->insertLayout(0, languageRow);
    connect(m_ui->unlockPushButton, &QPushButton::clicked, this, &LockPage::submit);
    connect(m_ui->unlockPasswordLineEdit, &QLineEdit::returnPressed, this, &LockPage::submit);
    connect(m_ui->switchUserPushButton, &QPushButton::clicked, this, &LockPage::switchUserRequested);
}

LockPage::~LockPage() = default;

void LockPage::lockFor(const QString &displayName, const QString &role, bool keptWork)
{
    m_displayName = displayName;
    m_role = role;
    m_keptWork = keptWork;
    describeLockedUser();
    m_ui->unlockPasswordLineEdit->clear();
    m_ui->lockMessageLabel->clear();
    m_ui->unlockPasswordLineEdit->setFocus();
}

void LockPage::describeLockedUser()
{
    if (m_displayName.isEmpty()) {
        m_ui->lockedUserLabel->clear();
        return;
    }
    const QString role = RoleName::of(m_role);
    m_ui->lockedUserLabel->setText(
        m_keptWork ? tr("%1 (%2) was signed in. Their unsaved work is kept for them: they type their password to carry "
                        "on.")
                         .arg(m_displayName, role)
                   : tr("%1 (%2) was signed in: they type their password to carry on.").arg(m_displayName, role));
}

void LockPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        describeLockedUser();
        m_ui->lockMessageLabel->clear();
    }
    QWidget::changeEvent(event);
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
