#pragma once

#include "careplans/CarePlanRecord.h"
#include "careplans/CarePlanStore.h"
#include "residents/ResidentRecord.h"

#include "session/Workspace.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <memory>

class QDataWidgetMapper;
class RecordHistoryModel;
template <typename Record>
class RecordFormModel;

namespace Ui {
class CarePlanPage;
}

// One care plan of a resident: its type, status, dates and details (needs, goals, how staff help, risks), its
// history (every version: who changed what, when, and each review), a review (who, when, what changed, the next
// review date), and printing. Writable with care_plans.write; read-only otherwise.
class CarePlanPage : public QWidget
{
    Q_OBJECT

public:
    CarePlanPage(std::shared_ptr<const Workspace> workspace, QWidget *parent = nullptr);
    ~CarePlanPage() override;

    // Reads a plan of resident off the window's thread and shows it, then calls opened with Done, or with what became
    // of reading it (with the sentence). A plan asked for later, or a new one, takes the place of one still reading.
    void openPlan(const QString &planId, const ResidentRecord &resident, std::function<void(const Result<> &)> opened);
    // Whether a plan asked for has not arrived yet.
    bool isOpening() const { return m_waitingFor != 0; }
    // A new plan of type for resident, not yet saved.
    void startPlan(const ResidentRecord &resident, const QString &type);
    QString planId() const;
    // Whether anything typed is not saved yet (the form, or a review under way).
    bool hasUnsavedWork();
    // Asks what to do with unsaved work (save, discard, or stay); true when the page may be left.
    bool confirmLeave();
    // What is typed and not saved, for the station's encrypted drafts; empty when nothing is.
    QJsonObject draft();
    // Opens the draft's plan (see openPlan) and puts back what was typed; then restored() when it is back.
    void restoreDraft(const QJsonObject &draft, const ResidentRecord &resident, std::function<void()> restored);

signals:
    void backRequested();
    void planSaved(const QString &planId);

private:
    void show(const CarePlanRecord &record);
    bool save();
    void startReview();
    void recordReview();
    void cancelReview();
    void print();
    void savePdf();
    QString printout() const;
    void settle(const Result<CarePlanRecord> &result);
    void showMessage(const QString &message, bool problem);
    // A message that says something is done ("Saved."): it goes at the user's next change.
    void showDone(const QString &message);
    void focusField(const QString &field);
    void updateTitle();
    // What a draft had typed, over the plan shown.
    void putBack(const QJsonObject &draft);

    std::unique_ptr<Ui::CarePlanPage> m_ui;
    std::shared_ptr<const Workspace> m_workspace;
    ResidentRecord m_resident;
    RecordFormModel<CarePlanRecord> *m_model;
    QDataWidgetMapper *m_mapper;
    RecordHistoryModel *m_history;
    bool m_writable;
    bool m_doneShown = false;
    int m_opens = 0;      // plans asked for so far, to tell the latest one's answer from older ones
    int m_waitingFor = 0; // the open whose answer is awaited, or 0
};
