#include "audits/AuditForm.h"
#include "ui_AuditForm.h"

#include "audits/AuditStore.h"
#include "common/Clock.h"
#include "common/DateText.h"
#include "compliance/AuditScore.h"

#include <QButtonGroup>

namespace {

QString answerWord(AuditAnswer answer)
{
    switch (answer) {
    case AuditAnswer::Met:
        return AuditForm::tr("Met");
    case AuditAnswer::NotMet:
        return AuditForm::tr("Not met");
    case AuditAnswer::NotApplicable:
        return AuditForm::tr("Not applicable");
    case AuditAnswer::Unanswered:
        break;
    }
    return AuditForm::tr("Not answered yet");
}

} // namespace

AuditForm::AuditForm(std::shared_ptr<const Workspace> workspace, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AuditForm>()), m_workspace(std::move(workspace)),
      m_answers(new QButtonGroup(this))
{
    m_ui->setupUi(this);
    QFont title = m_ui->auditTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->auditTitleLabel->setFont(title);
    m_ui->auditScoreLabel->setFont(title);
    QFont question = m_ui->questionTextLabel->font();
    question.setPointSizeF(question.pointSizeF() * 1.15);
    question.setBold(true);
    m_ui->questionTextLabel->setFont(question);
    m_answers->addButton(m_ui->answerMetRadioButton, static_cast<int>(AuditAnswer::Met));
    m_answers->addButton(m_ui->answerNotMetRadioButton, static_cast<int>(AuditAnswer::NotMet));
    m_answers->addButton(m_ui->answerNotApplicableRadioButton, static_cast<int>(AuditAnswer::NotApplicable));
    m_ui->auditSplitter->setStretchFactor(0, 2);
    m_ui->auditSplitter->setStretchFactor(1, 3);
    m_ui->actionStatusComboBox->addItem(tr("Open"), QStringLiteral("open"));
    m_ui->actionStatusComboBox->addItem(tr("Done"), QStringLiteral("done"));
    m_ui->actionStatusComboBox->addItem(tr("Not needed"), QStringLiteral("not_needed"));
    // Who an action can be given to: a short list of the organization's staff, read once.
    m_ui->actionOwnerComboBox->addItem(tr("No one yet"), QString());
    const Result<QList<AuditPerson>> people = AuditStore::people(m_workspace->database());
    m_people = people.value;
    for (const AuditPerson &person : m_people)
        m_ui->actionOwnerComboBox->addItem(person.name, person.id);

    connect(m_ui->auditQuestionsListWidget, &QListWidget::currentRowChanged, this, &AuditForm::showQuestion);
    connect(m_ui->evidenceResidentComboBox, &QComboBox::currentIndexChanged, this,
            [this] { showCarePlans(m_ui->evidenceResidentComboBox->currentData().toString(), QString()); });
    connect(m_ui->saveAnswerPushButton, &QPushButton::clicked, this, &AuditForm::saveAnswer);
    connect(m_ui->saveActionPushButton, &QPushButton::clicked, this, &AuditForm::saveAction);
    connect(m_ui->saveSummaryPushButton, &QPushButton::clicked, this, &AuditForm::saveSummary);
    connect(m_ui->signOffAuditPushButton, &QPushButton::clicked, this, &AuditForm::signOff);
    connect(m_ui->reviseAuditPushButton, &QPushButton::clicked, this, &AuditForm::revise);
    connect(m_ui->backToAuditsPushButton, &QPushButton::clicked, this, &AuditForm::backRequested);
}

AuditForm::~AuditForm() = default;

void AuditForm::openAudit(const QString &auditId, int row, std::function<void()> opened)
{
    // A later request takes the place of one still reading: the older answer is dropped.
    const int generation = ++m_opens;
    m_opening = true;
    m_ui->auditMessageLabel->setText(tr("Opening the audit…"));
    AuditStore::openLater(m_workspace->reader(), m_workspace->connectionName(), this, auditId,
                          [this, generation, row, opened = std::move(opened)](const Result<AuditRecord> &read) {
                              if (generation != m_opens)
                                  return;
                              m_opening = false;
                              if (!read.ok()) {
                                  m_ui->auditMessageLabel->setText(read.message);
                                  return;
                              }
                              m_ui->auditMessageLabel->clear();
                              show(read.value, row);
                              if (opened)
                                  opened();
                          });
}

int AuditForm::currentRow() const
{
    return m_ui->auditQuestionsListWidget->currentRow();
}

void AuditForm::show(const AuditRecord &record, int row)
{
    m_audit = record;
    const QSignalBlocker blocker(m_ui->auditQuestionsListWidget);
    m_ui->auditQuestionsListWidget->clear();
    for (const AuditQuestion &question : m_audit.questions) {
        const AuditAnswerRow answer = m_audit.answerTo(question.position);
        auto *item = new QListWidgetItem(
            tr("%1. %2\n%3").arg(question.position).arg(question.question, answerWord(answer.answer)));
        if (answer.answer == AuditAnswer::NotMet || answer.answer == AuditAnswer::Unanswered) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        m_ui->auditQuestionsListWidget->addItem(item);
    }
    {
        const QSignalBlocker residents(m_ui->evidenceResidentComboBox);
        m_ui->evidenceResidentComboBox->clear();
        m_ui->evidenceResidentComboBox->addItem(tr("None"), QString());
        for (const AuditPerson &resident : m_audit.residents)
            m_ui->evidenceResidentComboBox->addItem(resident.name, resident.id);
    }
    m_ui->auditSummaryLineEdit->setText(m_audit.summary);
    updateHeader();
    const int last = static_cast<int>(m_audit.questions.size()) - 1;
    m_ui->auditQuestionsListWidget->setCurrentRow(std::clamp(row, 0, std::max(last, 0)));
    showQuestion(m_ui->auditQuestionsListWidget->currentRow());
}

void AuditForm::updateHeader()
{
    m_ui->auditTitleLabel->setText(
        tr("%1 audit, %2, %3").arg(m_audit.typeName, m_audit.facility, DateText::longDate(m_audit.date)));
    int met = 0;
    int applicable = 0;
    for (const AuditAnswerRow &answer : m_audit.answers) {
        met += answer.answer == AuditAnswer::Met ? 1 : 0;
        applicable += answer.answer == AuditAnswer::Met || answer.answer == AuditAnswer::NotMet ? 1 : 0;
    }
    // An audit recorded before audits had questions (migration 19) has a score and no answers: never "0 of 0 met".
    const bool wholeAudit = m_audit.answers.isEmpty();
    m_ui->auditScoreLabel->setText(
        !m_audit.score ? tr("No score yet")
        : wholeAudit
            ? tr("Score %1% (recorded as a whole, before audits had questions)").arg(AuditScore::text(m_audit.score))
            : tr("Score %1% (%2 of %n applicable met)", "", applicable).arg(AuditScore::text(m_audit.score)).arg(met));
    QStringList status;
    if (m_audit.isSignedOff())
        status.append(tr("Signed off by %1, %2.")
                          .arg(m_audit.signedOffBy, DateText::longDate(m_audit.signedOffAt.toLocalTime().date())));
    else if (m_audit.unansweredCount() > 0)
        status.append(tr("Open: %n question(s) not answered yet.", "", m_audit.unansweredCount()));
    else
        status.append(tr("Open: every question answered, ready to sign off."));
    if (!m_audit.latest)
        status.append(tr("A later version of this audit exists; this one is kept as it was."));
    if (m_audit.version > 1)
        status.append(
            tr("Version %1, made by %2 because: %3").arg(m_audit.version).arg(m_audit.createdBy, m_audit.changeReason));
    status.append(wholeAudit
                      ? tr("Auditor: %1. Recorded before audits had questions: what was found is in the summary.")
                            .arg(m_audit.auditor)
                      : tr("Auditor: %1. Questions: version %2.").arg(m_audit.auditor).arg(m_audit.templateVersion));
    m_ui->auditStatusLabel->setText(status.join(QLatin1Char(' ')));

    const bool open = !m_audit.isSignedOff() && m_audit.latest;
    for (QAbstractButton *button : m_answers->buttons())
        button->setEnabled(open);
    m_ui->answerCommentPlainTextEdit->setReadOnly(!open);
    m_ui->evidenceResidentComboBox->setEnabled(open);
    m_ui->evidenceCarePlanComboBox->setEnabled(open);
    m_ui->saveAnswerPushButton->setEnabled(open);
    m_ui->auditSummaryLineEdit->setReadOnly(!open);
    m_ui->saveSummaryPushButton->setEnabled(open);
    m_ui->signOffAuditPushButton->setEnabled(open);
    const bool revisable = m_audit.isSignedOff() && m_audit.latest;
    m_ui->reviseReasonLabel->setVisible(revisable);
    m_ui->reviseReasonLineEdit->setVisible(revisable);
    m_ui->reviseAuditPushButton->setVisible(revisable);
}

void AuditForm::showQuestion(int row)
{
    m_ui->answerMessageLabel->clear();
    if (row < 0 || row >= m_audit.questions.size()) {
        m_ui->questionTextLabel->clear();
        m_ui->actionGroupBox->setEnabled(false);
        return;
    }
    const AuditQuestion &question = m_audit.questions.at(row);
    m_ui->questionTextLabel->setText(tr("%1. %2").arg(question.position).arg(question.question));
    m_ui->questionGuidanceLabel->setText(question.guidance);
    m_ui->questionGuidanceLabel->setVisible(!question.guidance.isEmpty());
    m_ui->questionStatementsLabel->setText(
        question.statementTitles.isEmpty()
            ? tr("Evidences no quality statement.")
            : tr("Evidences: %1").arg(question.statementTitles.join(QStringLiteral("; "))));
    const AuditAnswerRow answer = m_audit.answerTo(question.position);
    m_answers->setExclusive(false);
    for (QAbstractButton *button : m_answers->buttons())
        button->setChecked(m_answers->id(button) == static_cast<int>(answer.answer));
    m_answers->setExclusive(true);
    m_ui->answerCommentPlainTextEdit->setPlainText(answer.comment);
    {
        // A resident discharged since is still shown as the evidence the answer named.
        const QSignalBlocker residents(m_ui->evidenceResidentComboBox);
        int at = m_ui->evidenceResidentComboBox->findData(answer.evidenceResidentId);
        if (at < 0) {
            m_ui->evidenceResidentComboBox->addItem(answer.evidenceResident, answer.evidenceResidentId);
            at = m_ui->evidenceResidentComboBox->count() - 1;
        }
        m_ui->evidenceResidentComboBox->setCurrentIndex(answer.evidenceResidentId.isEmpty() ? 0 : at);
    }
    showCarePlans(answer.evidenceResidentId, answer.evidenceCarePlanId);

    const AuditAction action = m_audit.actionFor(question.position);
    m_ui->actionGroupBox->setEnabled(!action.id.isEmpty());
    const bool overdue = action.isOverdue(Clock::today());
    m_ui->actionGroupBox->setTitle(action.id.isEmpty() ? tr("Action for this question (raised when it is not met)")
                                   : overdue           ? tr("Action for this question: overdue")
                                                       : tr("Action for this question"));
    QFont font = m_ui->actionGroupBox->font();
    font.setBold(overdue);
    m_ui->actionGroupBox->setFont(font);
    m_ui->actionWhatLineEdit->setText(action.what);
    m_ui->actionOwnerComboBox->setCurrentIndex(std::max(0, m_ui->actionOwnerComboBox->findData(action.ownerId)));
    m_ui->actionDueDateEdit->setDate(action.due);
    m_ui->actionStatusComboBox->setCurrentIndex(std::max(
        0, m_ui->actionStatusComboBox->findData(action.status.isEmpty() ? QStringLiteral("open") : action.status)));
    m_ui->actionEvidenceLineEdit->setText(action.completionEvidence);
}

void AuditForm::showCarePlans(const QString &residentId, const QString &selected)
{
    m_ui->evidenceCarePlanComboBox->clear();
    m_ui->evidenceCarePlanComboBox->addItem(tr("None"), QString());
    // A resident's handful of plans, read when the resident is chosen.
    if (!residentId.isEmpty()) {
        for (const AuditPerson &plan : AuditStore::carePlansOf(m_workspace->database(), residentId).value)
            m_ui->evidenceCarePlanComboBox->addItem(plan.name, plan.id);
    }
    m_ui->evidenceCarePlanComboBox->setCurrentIndex(
        std::max(0, m_ui->evidenceCarePlanComboBox->findData(selected.isEmpty() ? QVariant(QString()) : selected)));
}

void AuditForm::saveAnswer()
{
    const int row = currentRow();
    if (row < 0 || row >= m_audit.questions.size())
        return;
    if (m_answers->checkedId() < 0) {
        m_ui->answerMessageLabel->setText(tr("Choose met, not met or not applicable."));
        m_ui->answerMetRadioButton->setFocus();
        return;
    }
    AuditAnswerRow answer;
    answer.position = m_audit.questions.at(row).position;
    answer.answer = static_cast<AuditAnswer>(m_answers->checkedId());
    answer.comment = m_ui->answerCommentPlainTextEdit->toPlainText();
    answer.evidenceResidentId = m_ui->evidenceResidentComboBox->currentData().toString();
    answer.evidenceCarePlanId = m_ui->evidenceCarePlanComboBox->currentData().toString();
    answer.evidenceNoteId = m_audit.answerTo(answer.position).evidenceNoteId;
    const Result<> saved = AuditStore::answer(m_workspace->database(), m_audit.id, answer);
    if (!saved.ok()) {
        // What was typed stays; the sentence says what to change.
        m_ui->answerMessageLabel->setText(saved.message);
        if (saved.field == QLatin1String("comment"))
            m_ui->answerCommentPlainTextEdit->setFocus();
        return;
    }
    emit auditChanged();
    // An unmet question stays in view, for its action; any other moves on to the next.
    const int next = answer.answer == AuditAnswer::NotMet ? row : row + 1;
    openAudit(m_audit.id, next, [this, next] {
        if (next == currentRow() && m_audit.actionFor(m_audit.questions.value(next).position).id.isEmpty())
            m_ui->answerMetRadioButton->setFocus();
        else
            m_ui->actionWhatLineEdit->setFocus();
    });
}

void AuditForm::saveAction()
{
    const int row = currentRow();
    if (row < 0 || row >= m_audit.questions.size())
        return;
    const Result<> dueOk = m_ui->actionDueDateEdit->check();
    if (!dueOk.ok()) {
        m_ui->answerMessageLabel->setText(dueOk.message);
        m_ui->actionDueDateEdit->setFocus();
        return;
    }
    AuditAction action = m_audit.actionFor(m_audit.questions.at(row).position);
    action.what = m_ui->actionWhatLineEdit->text();
    action.ownerId = m_ui->actionOwnerComboBox->currentData().toString();
    action.due = m_ui->actionDueDateEdit->date();
    action.status = m_ui->actionStatusComboBox->currentData().toString();
    action.completionEvidence = m_ui->actionEvidenceLineEdit->text();
    const Result<> saved = AuditStore::saveAction(m_workspace->database(), action);
    if (!saved.ok()) {
        m_ui->answerMessageLabel->setText(saved.message);
        if (saved.field == QLatin1String("completionEvidence"))
            m_ui->actionEvidenceLineEdit->setFocus();
        else if (saved.field == QLatin1String("what"))
            m_ui->actionWhatLineEdit->setFocus();
        else if (saved.field == QLatin1String("due"))
            m_ui->actionDueDateEdit->setFocus();
        return;
    }
    emit auditChanged();
    openAudit(m_audit.id, row, [this] { m_ui->answerMessageLabel->setText(tr("The action is saved.")); });
}

void AuditForm::saveSummary()
{
    const Result<> saved =
        AuditStore::saveSummary(m_workspace->database(), m_audit.id, m_audit.date, m_ui->auditSummaryLineEdit->text());
    m_ui->auditMessageLabel->setText(saved.ok() ? tr("The summary is saved.") : saved.message);
    if (saved.ok())
        emit auditChanged();
}

void AuditForm::signOff()
{
    if (m_ui->auditSummaryLineEdit->text().trimmed() != m_audit.summary) {
        const Result<> summary = AuditStore::saveSummary(m_workspace->database(), m_audit.id, m_audit.date,
                                                         m_ui->auditSummaryLineEdit->text());
        if (!summary.ok()) {
            m_ui->auditMessageLabel->setText(summary.message);
            return;
        }
    }
    const Result<> signedOff = AuditStore::signOff(m_workspace->database(), m_audit.id);
    if (!signedOff.ok()) {
        m_ui->auditMessageLabel->setText(signedOff.message);
        return;
    }
    emit auditChanged();
    openAudit(m_audit.id, currentRow(),
              [this] { m_ui->auditMessageLabel->setText(tr("The audit is signed off and locked.")); });
}

void AuditForm::revise()
{
    const Result<QString> revised =
        AuditStore::revise(m_workspace->database(), m_audit.id, m_ui->reviseReasonLineEdit->text());
    if (!revised.ok()) {
        m_ui->auditMessageLabel->setText(revised.message);
        m_ui->reviseReasonLineEdit->setFocus();
        return;
    }
    m_ui->reviseReasonLineEdit->clear();
    emit auditChanged();
    openAudit(revised.value, currentRow(), [this] {
        m_ui->auditMessageLabel->setText(
            tr("Version %1 is open: change what needs changing, then sign it off.").arg(m_audit.version));
    });
}
