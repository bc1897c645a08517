#pragma once

#include "clinical/AssessmentDue.h"
#include "common/Result.h"
#include "residents/ResidentRecord.h"

#include "session/Workspace.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <memory>

class AssessmentHistoryModel;
class CarePlanListModel;
class QDataWidgetMapper;
class RecordHistoryModel;
class ResidentEventListModel;
template <typename Record>
class RecordFormModel;

namespace Ui {
class ResidentRecordPage;
}

// A resident's record: the alerts every member of staff must see first (DNACPR or not, allergies, reviews overdue),
// the details, preferences and contacts as structured fields, the medical details and encrypted notes (medical.read,
// editable with medical.write), admissions, moves, hospital stays and discharge as explicit actions, the care plans,
// and the history of every change. Saving never overwrites someone else's work: a conflict shows what they changed.
class ResidentRecordPage : public QWidget
{
    Q_OBJECT

public:
    // facilities: (id, name) of the homes the user may see.
    ResidentRecordPage(std::shared_ptr<const Workspace> workspace, const QList<std::pair<QString, QString>> &facilities,
                       QWidget *parent = nullptr);
    ~ResidentRecordPage() override;

    // Reads a resident's record off the window's thread (recording in the audit log that it was opened), shows it,
    // then calls opened with Done, or with what became of reading it (with the sentence) when it cannot be read. An
    // open asked for later, or a new resident, takes the place of one still reading: its answer is dropped.
    void openResident(const QString &id, std::function<void(const Result<> &)> opened);
    // Whether a record asked for has not arrived yet.
    bool isOpening() const { return m_waitingFor != 0; }
    // An empty record for a new resident of facilityId.
    void newResident(const QString &facilityId);
    QString residentId() const;
    const ResidentRecord &record() const;
    // Whether anything typed is not saved yet.
    bool hasUnsavedWork();
    // Asks what to do with unsaved work (save, discard, or stay); true when the page may be left.
    bool confirmLeave();
    // What is typed and not saved, for the station's encrypted drafts; empty when nothing is.
    QJsonObject draft();
    // Opens the draft's record (see openResident) and puts back what was typed; then restored() when it is back.
    void restoreDraft(const QJsonObject &draft, std::function<void()> restored);
    // Reads the care plans again (after one was saved).
    void refreshCarePlans();
    // Reads the assessments and what is due again (after one was saved).
    void refreshAssessments();

signals:
    void backRequested();
    void carePlanRequested(const QString &planId);
    void newCarePlanRequested(const QString &type);
    void assessmentRequested(const QString &assessmentId);
    void newAssessmentRequested(const QString &type);
    void residentSaved(const QString &residentId);

private:
    void show(const ResidentRecord &record);
    // What a draft had typed, over the record shown.
    void putBack(const QJsonObject &draft);
    bool save();
    void settle(const Result<ResidentRecord> &result);
    void revert();
    void askForEvent(const QString &event);
    void recordEvent(const QString &event, const QString &residentName);
    void print();
    void savePdf();
    QString printout() const;
    void updateHeader();
    void updateAlerts();
    void updateNhsCheck();
    void updateAge();
    void updateActions();
    void reportIncident();
    void updateAssessmentsDue();
    void showAssessmentsDue(const Result<QList<AssessmentDue>> &due);
    void showTrends();
    void showWhoHasSeen();
    // Every record held about the resident, as a PDF and a JSON file beside it.
    void exportSubjectAccess();
    void fillAllergies();
    void takeAllergies();
    void showMessage(const QString &message, bool problem);
    // A message that says something is done ("Saved."): it goes at the user's next change.
    void showDone(const QString &message);
    void focusField(const QString &field);
    QString residentName() const;

    std::unique_ptr<Ui::ResidentRecordPage> m_ui;
    std::shared_ptr<const Workspace> m_workspace;
    QList<std::pair<QString, QString>> m_facilities;
    RecordFormModel<ResidentRecord> *m_model;
    QDataWidgetMapper *m_mapper;
    ResidentEventListModel *m_events;
    RecordHistoryModel *m_history;
    CarePlanListModel *m_carePlans;
    AssessmentHistoryModel *m_assessments;
    bool m_writable;
    bool m_medicalRead;
    bool m_medicalWrite;
    bool m_fillingAllergies = false;
    bool m_doneShown = false;
    QString m_dueShownFor; // the resident whose assessments due the label shows
    int m_opens = 0;       // opens asked for so far, to tell the latest one's answer from older ones
    int m_waitingFor = 0;  // the open whose answer is awaited, or 0
};
