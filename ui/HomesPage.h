#pragma once

#include "ShiftTimes.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTimeEdit;

namespace Ui {
class HomesPage;
}

// The administrator's care homes and, for each, its shift times; and the organization's settings for every station
// (late entries, idle lock), for those who may manage the organization.
class HomesPage : public QWidget
{
    Q_OBJECT

public:
    HomesPage(const QString &connectionName, bool manageOrganization, QWidget *parent = nullptr);
    ~HomesPage() override;

private:
    void showHome();
    void save();
    void saveSettings();
    static void showMessage(QLabel *label, const QString &message, bool problem);

    struct ShiftRow
    {
        QString shift;
        QTimeEdit *starts;
        QTimeEdit *ends;
    };

    std::unique_ptr<Ui::HomesPage> m_ui;
    QString m_connectionName;
    QList<ShiftRow> m_rows;
};
