#pragma once

#include "common/Result.h"
#include "residents/ResidentRecord.h"

#include "session/Workspace.h"

#include <QJsonObject>
#include <QWidget>

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

    // Shows a resident's record (recording in the audit log that it was opened): Done, or what became of reading it
    // (with the sentence) when it cannot be read.
    Result<> openResident(const QString &id);
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
    void restoreDraft(const QJsonObject &draft);
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
    void updateAssessmentsDue();
    void showTrends();
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
};
