#include "organization/HomeDialog.h"

#include "organization/PostalAddressFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

HomeDialog::HomeDialog(const HomeDetails &home, std::function<Result<>(const HomeDetails &)> save, QWidget *parent)
    : QDialog(parent), m_original(home), m_save(std::move(save))
{
    setObjectName(QStringLiteral("homeDialog"));
    setWindowTitle(home.id.isEmpty() ? tr("Add a care home") : tr("%1: details").arg(home.name));
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    layout->addLayout(columns);

    auto *what = new QGroupBox(tr("The home"), this);
    auto *whatForm = new QFormLayout(what);
    const auto lineEdit = [this](const char *objectName, const QString &text, int maxLength) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(QLatin1String(objectName));
        edit->setMaxLength(maxLength);
        return edit;
    };
    m_name = lineEdit("homeNameLineEdit", home.name, 255);
    whatForm->addRow(tr("&Name"), m_name);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("homeTypeComboBox"));
    for (const QString &type : HomeDetails::types())
        m_type->addItem(HomeDetails::typeName(type), type);
    m_type->setCurrentIndex(std::max(0, m_type->findData(home.type)));
    whatForm->addRow(tr("&Type"), m_type);
    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(QStringLiteral("homeCapacitySpinBox"));
    m_capacity->setRange(0, 1000);
    m_capacity->setSpecialValueText(tr("not given"));
    m_capacity->setSuffix(tr(" beds"));
    m_capacity->setValue(home.capacity);
    whatForm->addRow(tr("&Registered beds"), m_capacity);
    m_address = std::make_unique<PostalAddressFields>(whatForm, this, QStringLiteral("home"));
    m_address->setAddress(home.address);
    columns->addWidget(what);

    auto *reach = new QGroupBox(tr("Contact and registration"), this);
    auto *reachForm = new QFormLayout(reach);
    m_phone = lineEdit("homePhoneLineEdit", home.phone, 200);
    m_email = lineEdit("homeEmailLineEdit", home.email, 200);
    reachForm->addRow(tr("&Telephone"), m_phone);
    reachForm->addRow(tr("&Email"), m_email);
    m_regulator = new QComboBox(this);
    m_regulator->setObjectName(QStringLiteral("homeRegulatorComboBox"));
    for (const QString &regulator : HomeDetails::regulators())
        m_regulator->addItem(HomeDetails::regulatorName(regulator), regulator);
    m_regulator->setCurrentIndex(std::max(0, m_regulator->findData(home.regulator)));
    reachForm->addRow(tr("Re&gulator"), m_regulator);
    m_locationId = lineEdit("homeLocationIdLineEdit", home.locationId, 200);
    m_locationId->setPlaceholderText(tr("as on the regulator's register"));
    reachForm->addRow(tr("&Location or service ID"), m_locationId);
    m_registeredManager = lineEdit("homeRegisteredManagerLineEdit", home.registeredManager, 200);
    reachForm->addRow(tr("Registered &manager"), m_registeredManager);
    if (home.id.isEmpty()) {
        auto *shifts = new QLabel(tr("The home starts with the usual early, late and night shift times: "
                                     "change them on the Homes page once it is added."),
                                  this);
        shifts->setWordWrap(true);
        reachForm->addRow(shifts);
    }
    columns->addWidget(reach);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("homeMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("homeSavePushButton"));
    buttons->button(QDialogButtonBox::Save)->setText(home.id.isEmpty() ? tr("&Add the home") : tr("&Save changes"));
    connect(buttons, &QDialogButtonBox::accepted, this, &HomeDialog::trySave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

HomeDialog::~HomeDialog() = default;

HomeDetails HomeDialog::home() const
{
    HomeDetails home = m_original;
    home.name = m_name->text().trimmed();
    home.type = m_type->currentData().toString();
    home.capacity = m_capacity->value();
    home.address = m_address->address();
    home.phone = m_phone->text().trimmed();
    home.email = m_email->text().trimmed();
    home.regulator = m_regulator->currentData().toString();
    home.locationId = m_locationId->text().trimmed();
    home.registeredManager = m_registeredManager->text().trimmed();
    return home;
}

void HomeDialog::trySave()
{
    const Result<> saved = m_save(home());
    if (!saved.ok()) {
        m_message->setText(saved.message); // what was typed stays, to be corrected
        if (saved.field == QLatin1String("postcode"))
            m_address->postcode()->setFocus();
        else if (saved.field == QLatin1String("name"))
            m_name->setFocus();
        return;
    }
    accept();
}
