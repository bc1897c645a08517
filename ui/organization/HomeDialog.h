#pragma once

#include "common/Result.h"
#include "organization/HomeDetails.h"

#include <QDialog>

#include <functional>
#include <memory>

class PostalAddressFields;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// A care home's details, for a new home or one that exists. Saving goes through save(); when it is refused, the
// dialog stays open with what was typed and says why.
class HomeDialog : public QDialog
{
    Q_OBJECT

public:
    HomeDialog(const HomeDetails &home, std::function<Result<>(const HomeDetails &)> save, QWidget *parent = nullptr);
    ~HomeDialog() override;

    HomeDetails home() const;

private:
    void trySave();

    HomeDetails m_original;
    std::function<Result<>(const HomeDetails &)> m_save;
    QLineEdit *m_name;
    QComboBox *m_type;
    QSpinBox *m_capacity;
    std::unique_ptr<PostalAddressFields> m_address;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QComboBox *m_regulator;
    QLineEdit *m_locationId;
    QLineEdit *m_registeredManager;
    QLabel *m_message;
};
