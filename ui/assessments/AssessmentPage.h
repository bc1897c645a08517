#pragma once

#include "assessments/AssessmentRecord.h"
#include "common/Result.h"
#include "residents/ResidentRecord.h"

#include "session/Workspace.h"

#include <QHash>
#include <QWidget>

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
    // An assessment as written: Done, or what became of reading it (with the sentence) when it cannot be read.
    Result<> openAssessment(const ResidentRecord &resident, const QString &assessmentId);
    QString assessmentId() const { return m_shown.id; }
    bool hasUnsavedWork() const;
    // Asks about unsaved answers, or an unanswered care-plan offer; true when the page may be left.
    bool confirmLeave();
    QJsonObject draft() const;
    void restoreDraft(const QJsonObject &draft, const ResidentRecord &resident);
    // The answers as the form holds them (for tests and drafts).
    QJsonObject answers() const;

signals:
    void backRequested();
    void assessmentSaved(const QString &assessmentId);
    void carePlanRequested(const QString &planId);
    void newCarePlanRequested(const QString &type);

private:
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
    QString m_offerPlanId;       // the plan the offer would open (empty: start one)
    QJsonObject m_startAnswers;  // what the form held when typing began, to tell unsaved work
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QWidget *> m_labels;
    QHash<QString, QHash<QString, QCheckBox *>> m_checks;
};
