#pragma once

#include "widgets/DraftHolder.h"

#include "session/Workspace.h"

#include <QWidget>

#include <functional>
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

    // Opens a resident's record, asking first about unsaved work in another. The record is read off the window's
    // thread; the list says so meanwhile, and the record shows when it arrives (a warning if it cannot be read), then
    // then() runs. False when the user chose to stay where they were.
    bool openResident(const QString &residentId, std::function<void()> then = {});
    // Opens a care plan of a resident, once the resident's record is open.
    bool openCarePlan(const QString &residentId, const QString &planId);
    // Starts a new assessment of this tool ("must", "waterlow", ...) for a resident, once their record is open.
    bool startAssessment(const QString &residentId, const QString &type);
    // Whether a record, care plan or assessment asked for has not arrived yet.
    bool isOpening() const;
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
    QJsonObject m_restoring;       // a draft whose record is still being read: kept as the draft until it is back
};
