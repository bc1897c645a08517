#include "FirstRunDialog.h"
#include "ui_FirstRunDialog.h"

#include "PasswordRules.h"

#include <QPushButton>

FirstRunDialog::FirstRunDialog(SetUp setUp, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FirstRunDialog>()), m_setUp(std::move(setUp))
{
    m_ui->setupUi(this);
    m_ui->firstRunButtonBox->button(QDialogButtonBox::Ok)->setText(tr("&Set up"));
    m_ui->firstRunButtonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("setUpPushButton"));
    connect(m_ui->firstRunButtonBox, &QDialogButtonBox::accepted, this, &FirstRunDialog::submit);
    setMinimumWidth(560);
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
    const QString local = PasswordRules::localProblem(m_ui->passwordLineEdit->text());
    if (!local.isEmpty()) {
        m_ui->firstRunMessageLabel->setText(PasswordRules::describe(local));
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
    const QString problem = m_setUp(details);
    details.password.fill(QChar(0));
    if (!problem.isEmpty()) {
        m_ui->firstRunMessageLabel->setText(problem);
        return;
    }
    m_ui->passwordLineEdit->clear();
    m_ui->confirmPasswordLineEdit->clear();
    accept();
}
