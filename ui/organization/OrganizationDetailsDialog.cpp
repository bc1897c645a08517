#include "organization/OrganizationDetailsDialog.h"

#include "organization/PostalAddressFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    setMinimumWidth(520);
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
