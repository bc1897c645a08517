#pragma once

#include "organization/PostalAddress.h"

#include <QCoreApplication>
#include <QString>

class QFormLayout;
class QLineEdit;
class QWidget;

// An address's five lines added as rows to a form (the organization's and each home's), named from a prefix:
// "home" gives homeLine1LineEdit ... homePostcodeLineEdit.
class PostalAddressFields
{
    Q_DECLARE_TR_FUNCTIONS(PostalAddressFields)

public:
    PostalAddressFields(QFormLayout *form, QWidget *parent, const QString &prefix);

    PostalAddress address() const;
    void setAddress(const PostalAddress &address);
    QLineEdit *postcode() const { return m_postcode; }

private:
    QLineEdit *m_line1;
    QLineEdit *m_line2;
    QLineEdit *m_town;
    QLineEdit *m_county;
    QLineEdit *m_postcode;
};
