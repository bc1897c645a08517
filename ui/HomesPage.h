#pragma once

#include "ShiftTimes.h"

#include <QWidget>

#include <memory>

class QTimeEdit;

namespace Ui {
class HomesPage;
}

// The administrator's care homes and, for each, its shift times.
class HomesPage : public QWidget
{
    Q_OBJECT

public:
    explicit HomesPage(const QString &connectionName, QWidget *parent = nullptr);
    ~HomesPage() override;

private:
    void showHome();
    void save();
    void showMessage(const QString &message, bool problem);

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
