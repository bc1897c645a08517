#pragma once

#include "clinical/AssessmentType.h"
#include "clinical/ShiftTimes.h"
#include "organization/HomeDetails.h"

#include "session/Workspace.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace Ui {
class HomesPage;
}

// The administrator's care homes: added, their details changed, closed and reopened, and for each its shift times;
// and, for those who may manage the organization, its details, its settings for every station (late entries, idle
// lock) and its schedule of risk assessments.
class HomesPage : public QWidget
{
    Q_OBJECT

public:
    HomesPage(std::shared_ptr<const Workspace> workspace, bool manageOrganization, QWidget *parent = nullptr);
    ~HomesPage() override;

private:
    // Reads the homes again and selects the one with this id (or the first).
    void loadHomes(const QString &selectId);
    const HomeDetails *currentHome() const;
    void addHome();
    void editHome();
    void closeOrReopenHome();
    void editOrganization();
    void showHome();
    void save();
    void saveSettings();
    void showAssessmentSchedule();
    void saveAssessmentSchedule();
    static void showMessage(QLabel *label, const QString &message, bool problem);
    static void clearDone(QLabel *label);

    struct ScheduleRow
    {
        AssessmentType type;
        QCheckBox *onAdmission;
        QSpinBox *everyDays;
        QSpinBox *riskDays;
    };

    struct ShiftRow
    {
        QString shift;
        QTimeEdit *starts;
        QTimeEdit *ends;
    };

    std::unique_ptr<Ui::HomesPage> m_ui;
    std::shared_ptr<const Workspace> m_workspace;
    QList<HomeDetails> m_homes;
    QList<ShiftRow> m_rows;
    QList<ScheduleRow> m_scheduleRows;
};
