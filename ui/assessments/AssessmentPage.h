#pragma once

#include "assessments/AssessmentRecord.h"
#include "common/Result.h"
#include "residents/ResidentRecord.h"

#include "session/Workspace.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Ui {
class AssessmentPage;
}

// One assessment: the tool's questions built from its definition, the score and band as the answers come in (or
// what is still to answer), saved once and then shown as written. A high result offers its care plan for review and
// records the choice. An assessment is corrected only by a new one naming it, with a reason.
class AssessmentPage : public QWidget
{
    Q_OBJECT

public:
    AssessmentPage(std::shared_ptr<const Workspace> workspace, QWidget *parent = nullptr);
    ~AssessmentPage() override;

    // A new assessment of the resident; prefill holds answers known already (age, build from the latest BMI).
    void startAssessment(const ResidentRecord &resident, AssessmentType type, const QJsonObject &prefill = {});
    // Reads an assessment as written off the window's thread and shows it, then calls opened with Done, or with what
    // became of reading it (with the sentence). One asked for later, or a new one, takes the place of one still
    // reading.
    void openAssessment(const ResidentRecord &resident, const QString &assessmentId,
                        std::function<void(const Result<> &)> opened);
    // Whether an assessment asked for has not arrived yet.
    bool isOpening() const { return m_waitingFor != 0; }
    QString assessmentId() const { return m_shown.id; }
    bool hasUnsavedWork() const;
    // Asks about unsaved answers, or an unanswered care-plan offer; true when the page may be left.
    bool confirmLeave();
    QJsonObject draft() const;
    // Puts back a draft (a written assessment is read again first, see openAssessment); then restored().
    void restoreDraft(const QJsonObject &draft, const ResidentRecord &resident, std::function<void()> restored);
    // The answers as the form holds them (for tests and drafts).
    QJsonObject answers() const;

signals:
    void backRequested();
    void assessmentSaved(const QString &assessmentId);
    void carePlanRequested(const QString &planId);
    void newCarePlanRequested(const QString &type);

private:
    // A written assessment just read; latest: whether it is the latest of its type (a care-plan offer may follow).
    void showOpened(const ResidentRecord &resident, const AssessmentRecord &record, bool latest);
    void buildQuestions();
    void setAnswers(const QJsonObject &answers);
    void updateResult();
    void updateVisibility();
    void save();
    void startCorrection();
    void showWritten(const AssessmentRecord &record);
    void showOffer();
    void reviewPlan();
    void declinePlan();
    void showMessage(const QString &message, bool problem);
    void focusQuestion(const QString &key);
    void setEditable(bool editable);
    QString printout() const;
    void print();
    void savePdf();

    std::unique_ptr<Ui::AssessmentPage> m_ui;
    std::shared_ptr<const Workspace> m_workspace;
    ResidentRecord m_resident;
    AssessmentType m_type = AssessmentType::Must;
    AssessmentRecord m_shown;    // the assessment shown as written (id empty while a new one is typed)
    QString m_correctsId;        // the assessment a new entry corrects
    bool m_editing = false;      // answers may be typed
    bool m_offerPending = false; // a high result's care-plan offer is not answered yet
    int m_opens = 0;             // assessments asked for so far, to tell the latest one's answer from older ones
    int m_waitingFor = 0;        // the open whose answer is awaited, or 0
    QString m_offerPlanId;       // the plan the offer would open (empty: start one)
    QJsonObject m_startAnswers;  // what the form held when typing began, to tell unsaved work
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QWidget *> m_labels;
    QHash<QString, QHash<QString, QCheckBox *>> m_checks;
};
