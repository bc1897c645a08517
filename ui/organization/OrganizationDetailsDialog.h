#pragma once

#include "common/Result.h"
#include "organization/OrganizationDetails.h"

#include <QDialog>

#include <functional>
#include <memory>

class PostalAddressFields;
class QComboBox;
class QSpinBox;
class QLabel;
class QLineEdit;

// The organization's details: name, registration number, address, contacts and nation; its subscription tier shown,
// not changed. Saving goes through save(); refused, the dialog stays open with what was typed and says why.
class OrganizationDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    OrganizationDetailsDialog(const OrganizationDetails &details,
                              std::function<Result<>(const OrganizationDetails &)> save, QWidget *parent = nullptr);
    ~OrganizationDetailsDialog() override;

    OrganizationDetails details() const;

private:
    void trySave();

    OrganizationDetails m_original;
    std::function<Result<>(const OrganizationDetails &)> m_save;
    QLineEdit *m_name;
    QLineEdit *m_registrationNumber;
    std::unique_ptr<PostalAddressFields> m_address;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_website;
    QComboBox *m_nation;
    QSpinBox *m_retentionYears;
    QComboBox *m_retentionFrom;
    QLabel *m_retentionRule;
    QLabel *m_message;
};
