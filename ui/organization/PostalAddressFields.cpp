#include "organization/PostalAddressFields.h"

#include <QFormLayout>
#include <QLineEdit>

PostalAddressFields::PostalAddressFields(QFormLayout *form, QWidget *parent, const QString &prefix)
{
    const auto add = [&](const QString &label, const char *name, int maxLength) {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(prefix + QLatin1String(name) + QStringLiteral("LineEdit"));
        edit->setMaxLength(maxLength);
        form->addRow(label, edit);
        return edit;
    };
    m_line1 = add(tr("Address"), "Line1", 200);
    m_line1->setAccessibleName(tr("Address, first line"));
    m_line2 = add(QString(), "Line2", 200);
    m_line2->setAccessibleName(tr("Address, second line"));
    m_town = add(tr("Town"), "Town", 200);
    m_county = add(tr("County"), "County", 200);
    m_postcode = add(tr("Postcode"), "Postcode", 10);
    m_postcode->setPlaceholderText(tr("for example SW1A 1AA"));
}

PostalAddress PostalAddressFields::address() const
{
    return PostalAddress{m_line1->text(), m_line2->text(), m_town->text(), m_county->text(), m_postcode->text()};
}

void PostalAddressFields::setAddress(const PostalAddress &address)
{
    m_line1->setText(address.line1);
    m_line2->setText(address.line2);
    m_town->setText(address.town);
    m_county->setText(address.county);
    m_postcode->setText(address.postcode);
}
