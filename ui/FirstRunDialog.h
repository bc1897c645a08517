#pragma once

#include "FirstRunDetails.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class FirstRunDialog;
}

// The first start of the database on this computer: the organization, its first care home and its first
// administrator. setUp does the work and answers an empty string or what is wrong; the dialog stays open, with
// everything still typed, until it succeeds.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    using SetUp = std::function<QString(const FirstRunDetails &)>;

    explicit FirstRunDialog(SetUp setUp, QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    QString email() const;

private:
    void submit();

    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    SetUp m_setUp;
};
