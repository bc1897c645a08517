#pragma once

#include "widgets/DraftHolder.h"

#include "session/Workspace.h"

#include <QWidget>

#include <memory>

class AssessmentPage;
class CarePlanPage;
class QTimer;
class ResidentListModel;
class ResidentRecordPage;

namespace Ui {
class ResidentsPage;
}

// Finding a resident in a keystroke or two (search as you type by name, room or NHS number, filters by home and
// status, ordered by name or room, alerts on every row), then their record and care plans. Unsaved work in the
// record or a care plan is asked about before it is left, and kept for its user alone across a lock.
class ResidentsPage : public QWidget, public DraftHolder
{
    Q_OBJECT

public:
    ResidentsPage(std::shared_ptr<const Workspace> workspace, QWidget *parent = nullptr);
    ~ResidentsPage() override;

    // Opens a resident's record (asking first about unsaved work in another); false when it cannot be opened.
    bool openResident(const QString &residentId);
    // Opens a care plan of a resident.
    bool openCarePlan(const QString &residentId, const QString &planId);
    // Starts a new assessment of this tool ("must", "waterlow", ...) for a resident.
    bool startAssessment(const QString &residentId, const QString &type);
    // Back to the list (asking first about unsaved work).
    bool showList();

    QString draftName() const override { return QStringLiteral("residents.record"); }
    QJsonObject draft() const override;
    void restoreDraft(const QJsonObject &draft) override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void search();
    void openSelected();
    void newResident();
    void updateResult();
    // Enter in the search: opens the one resident found, or goes to the list to choose.
    void chooseFromResult();
    void openPlanPage(const QString &planId, const QString &newType);
    bool leaveOpenPages();

    std::unique_ptr<Ui::ResidentsPage> m_ui;
    std::shared_ptr<const Workspace> m_workspace;
    ResidentListModel *m_residents;
    ResidentRecordPage *m_recordPage;
    CarePlanPage *m_carePlanPage;
    AssessmentPage *m_assessmentPage;
    QTimer *m_searchTimer;
    bool m_chooseWhenRead = false; // Enter was pressed in the search: choose once its result is read
};
