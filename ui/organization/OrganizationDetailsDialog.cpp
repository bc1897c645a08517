#include "organization/OrganizationDetailsDialog.h"

#include "compliance/RecordRetention.h"
#include "organization/PostalAddressFields.h"
#include "widgets/LettersWide.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

OrganizationDetailsDialog::OrganizationDetailsDialog(const OrganizationDetails &details,
                                                     std::function<Result<>(const OrganizationDetails &)> save,
                                                     QWidget *parent)
    : QDialog(parent), m_original(details), m_save(std::move(save))
{
    setObjectName(QStringLiteral("organizationDetailsDialog"));
    setWindowTitle(tr("The organization's details"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    const auto lineEdit = [this](const char *objectName, const QString &text, int maxLength) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(QLatin1String(objectName));
        edit->setMaxLength(maxLength);
        return edit;
    };
    m_name = lineEdit("organizationNameLineEdit", details.name, 255);
    form->addRow(tr("&Name"), m_name);
    m_registrationNumber = lineEdit("organizationRegistrationLineEdit", details.registrationNumber, 50);
    m_registrationNumber->setPlaceholderText(tr("the regulator's provider ID"));
    form->addRow(tr("&Registration number"), m_registrationNumber);
    m_address = std::make_unique<PostalAddressFields>(form, this, QStringLiteral("organization"));
    m_address->setAddress(details.address);
    m_phone = lineEdit("organizationPhoneLineEdit", details.phone, 200);
    m_email = lineEdit("organizationEmailLineEdit", details.email, 200);
    m_website = lineEdit("organizationWebsiteLineEdit", details.website, 200);
    form->addRow(tr("&Telephone"), m_phone);
    form->addRow(tr("&Email"), m_email);
    form->addRow(tr("&Website"), m_website);
    m_nation = new QComboBox(this);
    m_nation->setObjectName(QStringLiteral("organizationNationComboBox"));
    for (const QString &nation : OrganizationDetails::nations())
        m_nation->addItem(OrganizationDetails::nationName(nation), nation);
    m_nation->setCurrentIndex(std::max(0, m_nation->findData(details.nation)));
    form->addRow(tr("Its homes are in"), m_nation);
    // How long a resident's records are kept once they leave: the nation's rule unless the organization sets its own.
    m_retentionYears = new QSpinBox(this);
    m_retentionYears->setObjectName(QStringLiteral("retentionYearsSpinBox"));
    m_retentionYears->setRange(0, 100);
    m_retentionYears->setSpecialValueText(tr("the nation's period"));
    m_retentionYears->setValue(details.retentionYears);
    m_retentionFrom = new QComboBox(this);
    m_retentionFrom->setObjectName(QStringLiteral("retentionFromComboBox"));
    m_retentionFrom->addItem(tr("as the nation counts"), QString());
    m_retentionFrom->addItem(tr("after the care ended"), QStringLiteral("care_ended"));
    m_retentionFrom->addItem(tr("from the last entry"), QStringLiteral("last_entry"));
    m_retentionFrom->setCurrentIndex(std::max(0, m_retentionFrom->findData(details.retentionFrom)));
    auto *retentionRow = new QHBoxLayout;
    retentionRow->addWidget(m_retentionYears);
    retentionRow->addWidget(m_retentionFrom, 1);
    form->addRow(tr("Records kept (years)"), retentionRow);
    m_retentionRule = new QLabel(this);
    m_retentionRule->setObjectName(QStringLiteral("retentionRuleLabel"));
    form->addRow(QString(), m_retentionRule);
    const auto showRule = [this] {
        m_retentionRule->setText(tr("Kept %1, then they may be archived.")
                                     .arg(RecordRetention::describe(RecordRetention::forOrganization(
                                         m_nation->currentData().toString(), m_retentionYears->value(),
                                         m_retentionFrom->currentData().toString()))));
    };
    connect(m_nation, &QComboBox::currentIndexChanged, this, showRule);
    connect(m_retentionYears, &QSpinBox::valueChanged, this, showRule);
    connect(m_retentionFrom, &QComboBox::currentIndexChanged, this, showRule);
    showRule();
    auto *tier = new QLabel(details.subscriptionTier.isEmpty() ? tr("not set") : details.subscriptionTier, this);
    tier->setObjectName(QStringLiteral("subscriptionTierLabel"));
    form->addRow(tr("Subscription"), tier);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("organizationMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("organizationSavePushButton"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save changes"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OrganizationDetailsDialog::trySave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(lettersWide(this, 52));
}

OrganizationDetailsDialog::~OrganizationDetailsDialog() = default;

OrganizationDetails OrganizationDetailsDialog::details() const
{
    OrganizationDetails details = m_original;
    details.name = m_name->text().trimmed();
    details.registrationNumber = m_registrationNumber->text().trimmed();
    details.address = m_address->address();
    details.phone = m_phone->text().trimmed();
    details.email = m_email->text().trimmed();
    details.website = m_website->text().trimmed();
    details.nation = m_nation->currentData().toString();
    details.retentionYears = m_retentionYears->value();
    details.retentionFrom = m_retentionFrom->currentData().toString();
    return details;
}

void OrganizationDetailsDialog::trySave()
{
    const Result<> saved = m_save(details());
    if (!saved.ok()) {
        m_message->setText(saved.message);
        if (saved.field == QLatin1String("postcode"))
            m_address->postcode()->setFocus();
        else if (saved.field == QLatin1String("name"))
            m_name->setFocus();
        return;
    }
    accept();
}
