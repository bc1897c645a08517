#include "organization/FirstRunDialog.h"
#include "ui_FirstRunDialog.h"

#include "session/PasswordRules.h"
#include "widgets/LettersWide.h"

#include <QFontDatabase>
#include <QPushButton>

FirstRunDialog::FirstRunDialog(SetUp setUp, RecoveryKey recoveryKey, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FirstRunDialog>()), m_setUp(std::move(setUp)),
      m_recoveryKey(std::move(recoveryKey))
{
    m_ui->setupUi(this);
    m_ui->firstRunButtonBox->button(QDialogButtonBox::Ok)->setText(tr("&Set up"));
    m_ui->firstRunButtonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("setUpPushButton"));
    connect(m_ui->firstRunButtonBox, &QDialogButtonBox::accepted, this, &FirstRunDialog::submit);
    m_ui->firstRunStackedWidget->setCurrentWidget(m_ui->detailsPage);

    QFont title = m_ui->recoveryKeyTitleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.3);
    m_ui->recoveryKeyTitleLabel->setFont(title);
    // Fixed width, large and bold: read back from paper, 0 and O or 8 and B must not be confused.
    QFont key = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    key.setPointSizeF(QFontInfo(m_ui->recoveryKeyLabel->font()).pointSizeF() * 1.6);
    key.setBold(true);
    m_ui->recoveryKeyLabel->setFont(key);
    connect(m_ui->recoveryKeyKeptCheckBox, &QCheckBox::toggled, m_ui->recoveryKeyContinuePushButton,
            &QPushButton::setEnabled);
    connect(m_ui->recoveryKeyContinuePushButton, &QPushButton::clicked, this, [this] {
        if (m_ui->recoveryKeyKeptCheckBox->isChecked()) {
            m_ui->recoveryKeyLabel->clear();
            accept();
        }
    });
    setMinimumWidth(lettersWide(this, 56));
}

FirstRunDialog::~FirstRunDialog() = default;

QString FirstRunDialog::email() const
{
    return m_ui->emailLineEdit->text().trimmed();
}

void FirstRunDialog::submit()
{
    const struct
    {
        QLineEdit *field;
        QString name;
    } required[] = {
        {m_ui->organizationNameLineEdit, tr("the organization's name")},
        {m_ui->facilityNameLineEdit, tr("the care home's name")},
        {m_ui->firstNameLineEdit, tr("your first name")},
        {m_ui->lastNameLineEdit, tr("your surname")},
        {m_ui->emailLineEdit, tr("your email address")},
    };
    for (const auto &[field, name] : required) {
        if (field->text().trimmed().isEmpty()) {
            m_ui->firstRunMessageLabel->setText(tr("Fill in %1.").arg(name));
            field->setFocus();
            return;
        }
    }
    if (m_ui->passwordLineEdit->text() != m_ui->confirmPasswordLineEdit->text()) {
        m_ui->firstRunMessageLabel->setText(tr("The two passwords are not the same: type them again."));
        m_ui->confirmPasswordLineEdit->clear();
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    if (const Result<> local = PasswordRules::check(m_ui->passwordLineEdit->text()); !local.ok()) {
        m_ui->firstRunMessageLabel->setText(local.message);
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    FirstRunDetails details;
    details.organizationName = m_ui->organizationNameLineEdit->text().trimmed();
    details.facilityName = m_ui->facilityNameLineEdit->text().trimmed();
    details.firstName = m_ui->firstNameLineEdit->text().trimmed();
    details.lastName = m_ui->lastNameLineEdit->text().trimmed();
    details.email = email();
    details.password = m_ui->passwordLineEdit->text();
    details.alsoManager = m_ui->alsoManagerCheckBox->isChecked();
    const Result<> setUp = m_setUp(details);
    details.password.fill(QChar(0));
    if (!setUp.ok()) {
        m_ui->firstRunMessageLabel->setText(setUp.message);
        return;
    }
    m_ui->passwordLineEdit->clear();
    m_ui->confirmPasswordLineEdit->clear();
    showRecoveryKey();
}

void FirstRunDialog::showRecoveryKey()
{
    const Result<QString> recovery = m_recoveryKey();
    const QString &key = recovery.value;
    m_ui->firstRunMessageLabel->clear();
    m_ui->firstRunButtonBox->hide();
    m_ui->firstRunStackedWidget->setCurrentWidget(m_ui->recoveryKeyPage);
    if (!recovery.ok() || key.isEmpty()) {
        // The organization exists: going on is right, but the key must still be copied while this computer has it.
        m_ui->recoveryKeyLabel->setText(
            tr("The recovery key cannot be shown (%1): ask whoever looks after this computer to copy the key of the "
               "medical notes now, and keep the copy locked away from this computer.")
                .arg(recovery.message));
        m_ui->recoveryKeyLabel->setWordWrap(true);
    } else {
        // Three lines of three groups, so it is copied a group at a time.
        const QStringList groups = key.split(QLatin1Char(' '));
        QStringList lines;
        for (qsizetype i = 0; i < groups.size(); i += 3)
            lines.append(groups.mid(i, 3).join(QStringLiteral("  ")));
        m_ui->recoveryKeyLabel->setText(lines.join(QLatin1Char('\n')));
    }
    m_ui->recoveryKeyKeptCheckBox->setFocus();
}

void FirstRunDialog::reject()
{
    if (m_ui->firstRunStackedWidget->currentWidget() == m_ui->recoveryKeyPage)
        return;
    QDialog::reject();
}
