#include "assessments/AssessmentPage.h"
#include "session/Capability.h"
#include "ui_AssessmentPage.h"

#include "assessments/AssessmentStore.h"
#include "assessments/AssessmentTrend.h"
#include "careplans/CarePlanRecord.h"
#include "clinical/AssessmentTools.h"
#include "clinical/PersonAge.h"
#include "clinical/WaterlowTool.h"
#include "common/Clock.h"
#include "common/DateText.h"
#include "residents/RecordPrintouts.h"
#include "widgets/LettersWide.h"
#include "widgets/MessageBox.h"
#include "widgets/ObjectName.h"
#include "widgets/RecordPrinter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

AssessmentPage::AssessmentPage(std::shared_ptr<const Workspace> workspace, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AssessmentPage>()), m_workspace(workspace)
{
    m_ui->setupUi(this);
    QFont title = m_ui->assessmentTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->assessmentTitleLabel->setFont(title);
    QFont score = m_ui->scoreLabel->font();
    score.setPointSizeF(score.pointSizeF() * 1.3);
    score.setBold(true);
    m_ui->scoreLabel->setFont(score);
    m_ui->offerFrame->hide();
    m_ui->assessmentDateEdit->setMaximumWidth(lettersWide(this, 14));
    connect(m_ui->assessmentBackPushButton, &QPushButton::clicked, this, [this] {
        if (confirmLeave())
            emit backRequested();
    });
    connect(m_ui->saveAssessmentPushButton, &QPushButton::clicked, this, &AssessmentPage::save);
    connect(m_ui->correctAssessmentPushButton, &QPushButton::clicked, this, &AssessmentPage::startCorrection);
    connect(m_ui->printAssessmentPushButton, &QPushButton::clicked, this, &AssessmentPage::print);
    connect(m_ui->assessmentPdfPushButton, &QPushButton::clicked, this, &AssessmentPage::savePdf);
    connect(m_ui->reviewPlanPushButton, &QPushButton::clicked, this, &AssessmentPage::reviewPlan);
    connect(m_ui->declinePlanPushButton, &QPushButton::clicked, this, &AssessmentPage::declinePlan);
    connect(m_ui->declineReasonLineEdit, &QLineEdit::returnPressed, this, &AssessmentPage::declinePlan);
    connect(m_ui->assessmentDateEdit, &QDateEdit::dateChanged, this, &AssessmentPage::updateResult);
}

AssessmentPage::~AssessmentPage() = default;

void AssessmentPage::buildQuestions()
{
    QFormLayout *form = m_ui->questionsFormLayout;
    while (form->rowCount() > 0)
        form->removeRow(0);
    m_fields.clear();
    m_labels.clear();
    m_checks.clear();
    for (const AssessmentItem &item : AssessmentTools::items(m_type)) {
        const QString base = ObjectName::fromKey(item.key);
        QString text = item.label;
        if (!item.unit.isEmpty())
            text += QStringLiteral(" (%1)").arg(item.unit);
        auto *label = new QLabel(text);
        label->setObjectName(base + QStringLiteral("Label"));
        label->setWordWrap(true);
        // Wide enough that a question reads as a line or two, not a column of single words.
        label->setMinimumWidth(lettersWide(this, 20));
        label->setToolTip(item.help);
        QWidget *field = nullptr;
        switch (item.kind) {
        case AssessmentItem::Kind::Single: {
            auto *combo = new QComboBox;
            combo->setObjectName(base + QStringLiteral("ComboBox"));
            combo->addItem(tr("Choose…"), QString());
            for (const AssessmentItem::Option &option : item.options)
                combo->addItem(option.label, option.key);
            connect(combo, &QComboBox::currentIndexChanged, this, &AssessmentPage::updateResult);
            field = combo;
            break;
        }
        case AssessmentItem::Kind::Multiple: {
            auto *box = new QWidget;
            box->setObjectName(base + QStringLiteral("Widget"));
            auto *layout = new QVBoxLayout(box);
            layout->setContentsMargins(0, 0, 0, 0);
            for (const AssessmentItem::Option &option : item.options) {
                auto *check = new QCheckBox(option.label);
                check->setObjectName(base + ObjectName::fromKey(option.key, true) + QStringLiteral("CheckBox"));
                layout->addWidget(check);
                m_checks[item.key].insert(option.key, check);
                const QString exclusive = item.exclusiveOption;
                const QString key = item.key;
                const QString optionKey = option.key;
                // "None of these" and the others rule each other out.
                connect(check, &QCheckBox::toggled, this, [this, key, optionKey, exclusive](bool on) {
                    if (on && !exclusive.isEmpty()) {
                        for (auto it = m_checks[key].cbegin(); it != m_checks[key].cend(); ++it) {
                            if ((optionKey == exclusive) != (it.key() == exclusive))
                                it.value()->setChecked(false);
                        }
                    }
                    updateResult();
                });
            }
            field = box;
            break;
        }
        case AssessmentItem::Kind::Number: {
            auto *edit = new QLineEdit;
            edit->setObjectName(base + QStringLiteral("LineEdit"));
            edit->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
            edit->setPlaceholderText(tr("%1 to %2")
                                         .arg(AssessmentTools::formatted(item, item.minimum),
                                              AssessmentTools::formatted(item, item.maximum)));
            connect(edit, &QLineEdit::textChanged, this, &AssessmentPage::updateResult);
            field = edit;
            break;
        }
        }
        field->setToolTip(item.help);
        label->setBuddy(field);
        form->addRow(label, field);
        if (!item.help.isEmpty()) {
            auto *help = new QLabel(item.help);
            help->setObjectName(base + QStringLiteral("HelpLabel"));
            help->setWordWrap(true);
            help->setMinimumWidth(lettersWide(this, 30));
            QFont small = help->font();
            small.setItalic(true);
            help->setFont(small);
            form->addRow(QString(), help);
            m_labels.insert(item.key + QStringLiteral(".help"), help);
        }
        m_fields.insert(item.key, field);
        m_labels.insert(item.key, label);
    }
}

QJsonObject AssessmentPage::answers() const
{
    QJsonObject answers;
    const QList<AssessmentItem> items = AssessmentTools::items(m_type);
    for (const AssessmentItem &item : items) {
        QWidget *field = m_fields.value(item.key);
        if (!field)
            continue;
        switch (item.kind) {
        case AssessmentItem::Kind::Single: {
            const QString chosen = static_cast<QComboBox *>(field)->currentData().toString();
            if (!chosen.isEmpty())
                answers.insert(item.key, chosen);
            break;
        }
        case AssessmentItem::Kind::Multiple: {
            QJsonArray chosen;
            for (const AssessmentItem::Option &option : item.options) {
                if (m_checks.value(item.key).value(option.key)->isChecked())
                    chosen.append(option.key);
            }
            if (!chosen.isEmpty())
                answers.insert(item.key, chosen);
            break;
        }
        case AssessmentItem::Kind::Number: {
            const QString text = static_cast<QLineEdit *>(field)->text().trimmed();
            if (text.isEmpty())
                break;
            bool ok = false;
            double value = QLocale().toDouble(text, &ok);
            if (!ok)
                value = QLocale::c().toDouble(text, &ok);
            // What cannot be read as a number stays as typed: the tool then says the field and its range.
            answers.insert(item.key, ok ? QJsonValue(value) : QJsonValue(text));
            break;
        }
        }
    }
    // Answers to questions not asked (a height after choosing "cannot be measured") are not kept.
    for (const AssessmentItem &item : items) {
        if (!AssessmentTools::isShown(item, answers))
            answers.remove(item.key);
    }
    return answers;
}

void AssessmentPage::setAnswers(const QJsonObject &answers)
{
    const QSignalBlocker blocker(this);
    for (const AssessmentItem &item : AssessmentTools::items(m_type)) {
        QWidget *field = m_fields.value(item.key);
        if (!field)
            continue;
        const QJsonValue value = answers.value(item.key);
        switch (item.kind) {
        case AssessmentItem::Kind::Single: {
            auto *combo = static_cast<QComboBox *>(field);
            combo->setCurrentIndex(qMax(0, combo->findData(value.toString())));
            break;
        }
        case AssessmentItem::Kind::Multiple: {
            const QStringList chosen = AssessmentTools::choices(answers, item.key);
            for (auto it = m_checks[item.key].cbegin(); it != m_checks[item.key].cend(); ++it)
                it.value()->setChecked(chosen.contains(it.key()));
            break;
        }
        case AssessmentItem::Kind::Number:
            static_cast<QLineEdit *>(field)->setText(
                value.isDouble() ? QLocale().toString(value.toDouble(), 'f', item.decimals) : value.toString());
            break;
        }
    }
    updateResult();
}

void AssessmentPage::updateVisibility()
{
    const QJsonObject given = answers();
    // Shown-ness is decided on what is typed, including answers a hidden question would drop.
    QJsonObject typed = given;
    for (const AssessmentItem &item : AssessmentTools::items(m_type)) {
        if (item.kind == AssessmentItem::Kind::Single && m_fields.value(item.key)) {
            const QString chosen = static_cast<QComboBox *>(m_fields.value(item.key))->currentData().toString();
            if (!chosen.isEmpty())
                typed.insert(item.key, chosen);
        }
    }
    QFormLayout *form = m_ui->questionsFormLayout;
    for (const AssessmentItem &item : AssessmentTools::items(m_type)) {
        const bool shown = AssessmentTools::isShown(item, typed);
        form->setRowVisible(m_fields.value(item.key), shown);
        if (QWidget *help = m_labels.value(item.key + QStringLiteral(".help")))
            form->setRowVisible(help, shown);
    }
}

void AssessmentPage::updateResult()
{
    updateVisibility();
    if (!m_editing && !m_shown.id.isEmpty()) {
        // As written: the score, band and guidance the assessor was shown.
        m_ui->scoreLabel->setText(tr("Score %1: %2").arg(m_shown.score).arg(m_shown.bandName()));
        QStringList guidance;
        for (const QJsonValue &line : m_shown.recommendations.value(QStringLiteral("guidance")).toArray())
            guidance.append(line.toString());
        m_ui->guidanceLabel->setText(guidance.join(QLatin1Char('\n')));
        return;
    }
    const QJsonObject given = answers();
    const AssessmentResult result = AssessmentTools::score(m_type, given);
    const QList<AssessmentItem> items = AssessmentTools::items(m_type);
    for (const AssessmentItem &item : items) {
        // A question still to answer is marked in words, not only in colour.
        QLabel *label = static_cast<QLabel *>(m_labels.value(item.key));
        QString text = item.label + (item.unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(item.unit));
        if (result.missing.contains(item.key))
            text = tr("%1 (to answer)").arg(text);
        if (result.problemKey == item.key)
            text = tr("%1 (check this)").arg(text);
        label->setText(text);
    }
    if (!result.problem.isEmpty()) {
        m_ui->scoreLabel->setText(tr("Not scored: %1").arg(result.problem));
        m_ui->guidanceLabel->clear();
    } else if (!result.missing.isEmpty()) {
        QStringList labels;
        for (const QString &key : result.missing)
            labels.append(AssessmentTools::item(items, key)->label);
        m_ui->scoreLabel->setText(tr("Incomplete: no score until every question is answered."));
        m_ui->guidanceLabel->setText(tr("Still to answer: %1").arg(labels.join(tr("; "))));
    } else {
        m_ui->scoreLabel->setText(tr("Score %1: %2").arg(result.score).arg(result.bandName));
        QStringList parts;
        for (const AssessmentResult::Part &part : result.parts)
            parts.append(tr("%1: %2").arg(part.label).arg(part.points));
        m_ui->guidanceLabel->setText(result.guidance.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                                     parts.join(QStringLiteral(" · ")));
    }
}

void AssessmentPage::setEditable(bool editable)
{
    m_editing = editable;
    for (QWidget *field : std::as_const(m_fields))
        field->setEnabled(editable);
    m_ui->assessmentDateEdit->setEnabled(editable);
    m_ui->saveAssessmentPushButton->setVisible(editable);
    // A saved assessment is read as plain black text (question, answer, points), not as greyed-out fields, and can
    // be printed.
    const bool written = !editable && !m_shown.id.isEmpty();
    m_ui->questionsScrollArea->setVisible(!written);
    m_ui->summaryScrollArea->setVisible(written);
    m_ui->assessmentHeaderFormLayout->setRowVisible(m_ui->assessmentDateEdit, !written); // the status line says it
    m_ui->assessmentSummaryLabel->setText(written ? RecordPrintouts::assessmentAnswers(m_shown) : QString());
    m_ui->printAssessmentPushButton->setVisible(written);
    m_ui->assessmentPdfPushButton->setVisible(written);
    const bool correcting = editable && !m_correctsId.isEmpty();
    m_ui->assessmentCorrectionReasonLabel->setVisible(correcting);
    m_ui->assessmentCorrectionReasonLineEdit->setVisible(correcting);
    m_ui->correctAssessmentPushButton->setVisible(!editable && !m_shown.id.isEmpty() &&
                                                  m_shown.correctedById.isEmpty() &&
                                                  m_workspace->session().can(Capability::assessmentsWrite));
}

void AssessmentPage::startAssessment(const ResidentRecord &resident, AssessmentType type, const QJsonObject &prefill)
{
    m_waitingFor = 0; // an assessment still being read is not shown over the new one
    m_resident = resident;
    m_type = type;
    m_shown = AssessmentRecord();
    m_correctsId.clear();
    m_offerPending = false;
    m_ui->offerFrame->hide();
    m_ui->assessmentCorrectionReasonLineEdit->clear();
    m_ui->assessmentMessageLabel->clear();
    buildQuestions();
    m_ui->assessmentTitleLabel->setText(tr("%1: %2 %3")
                                            .arg(AssessmentTools::name(type),
                                                 resident.value(QStringLiteral("first_name")).toString(),
                                                 resident.value(QStringLiteral("last_name")).toString()));
    m_ui->assessmentSourceLabel->setText(
        tr("%1. Version: %2.").arg(AssessmentTools::source(type), AssessmentTools::version(type)));
    m_ui->assessmentStatusLabel->setText(tr("New assessment: answer every question, then save."));
    {
        const QSignalBlocker blocker(m_ui->assessmentDateEdit);
        m_ui->assessmentDateEdit->setMaximumDate(Clock::today());
        m_ui->assessmentDateEdit->setDate(Clock::today());
    }
    QJsonObject known = prefill;
    if (type == AssessmentType::Waterlow) {
        const QDate born = resident.value(QStringLiteral("date_of_birth")).toDate();
        if (born.isValid() && !known.contains(QStringLiteral("age_years")))
            known.insert(QStringLiteral("age_years"), PersonAge::yearsOn(born, Clock::today()));
        // Without a BMI (none recorded, or the server did not answer) the build is left for the nurse to choose.
        const Result<AssessmentTrend::Series> bmi =
            AssessmentTrend::series(m_workspace->database(), resident.id, AssessmentTrend::Measure::Bmi);
        if (!bmi.value.points.isEmpty() && !known.contains(QStringLiteral("build")))
            known.insert(QStringLiteral("build"), WaterlowTool::buildForBmi(bmi.value.points.constLast().value));
    }
    setEditable(true);
    setAnswers(known);
    m_startAnswers = answers();
    if (QWidget *first = m_fields.value(AssessmentTools::items(type).constFirst().key))
        first->setFocus();
}

void AssessmentPage::openAssessment(const ResidentRecord &resident, const QString &assessmentId,
                                    std::function<void(const Result<> &)> opened)
{
    const int open = ++m_opens;
    m_waitingFor = open;
    AssessmentStore::openLater(
        m_workspace->reader(), m_workspace->connectionName(), this, assessmentId,
        [this, open, resident, opened = std::move(opened)](const Result<AssessmentRecord> &read, bool latest) {
            if (open != m_waitingFor)
                return; // another assessment, or a new one, was asked for since
            m_waitingFor = 0;
            if (read.ok())
                showOpened(resident, read.value, latest);
            opened(read.ok() ? Result<>::done() : Result<>::failedAs(read));
        });
}

void AssessmentPage::showOpened(const ResidentRecord &resident, const AssessmentRecord &record, bool latest)
{
    m_resident = resident;
    m_type = record.type;
    m_correctsId.clear();
    m_offerPending = false;
    m_ui->offerFrame->hide();
    m_ui->assessmentMessageLabel->clear();
    buildQuestions();
    m_ui->assessmentTitleLabel->setText(tr("%1: %2 %3")
                                            .arg(AssessmentTools::name(m_type),
                                                 resident.value(QStringLiteral("first_name")).toString(),
                                                 resident.value(QStringLiteral("last_name")).toString()));
    showWritten(record);
    // A high result whose care-plan choice was never recorded (the station locked or closed first) asks again.
    if (record.riskLevel >= 2 && !AssessmentTools::carePlanType(m_type).isEmpty() && record.followUp.isEmpty() &&
        record.correctedById.isEmpty() && m_workspace->session().can(Capability::assessmentsWrite) && latest)
        showOffer();
}

void AssessmentPage::showWritten(const AssessmentRecord &record)
{
    m_shown = record;
    m_correctsId.clear();
    m_ui->assessmentSourceLabel->setText(
        tr("%1. Version: %2.")
            .arg(record.recommendations.value(QStringLiteral("source")).toString(), record.toolVersion));
    {
        const QSignalBlocker blocker(m_ui->assessmentDateEdit);
        m_ui->assessmentDateEdit->setMaximumDate(QDate(2199, 12, 31));
        m_ui->assessmentDateEdit->setDate(record.date);
    }
    setEditable(false);
    setAnswers(record.answers);
    QStringList status{tr("Done on %1 by %2, written %3.")
                           .arg(DateText::longDate(record.date), record.author, DateText::moment(record.createdAt))};
    if (!record.correctsId.isEmpty())
        status.append(tr("Corrects an earlier entry: %1").arg(record.correctionReason));
    if (!record.correctedById.isEmpty())
        status.append(tr("Corrected by a later entry: this one is no longer in force."));
    else if (record.nextDue.isValid())
        status.append(tr("Next due %1.").arg(DateText::longDate(record.nextDue)));
    if (!record.followUp.isEmpty())
        status.append(record.followUp + QLatin1Char('.'));
    m_ui->assessmentStatusLabel->setText(status.join(QLatin1Char(' ')));
    m_startAnswers = answers();
}

bool AssessmentPage::hasUnsavedWork() const
{
    return m_editing &&
           (answers() != m_startAnswers || !m_ui->assessmentCorrectionReasonLineEdit->text().trimmed().isEmpty());
}

bool AssessmentPage::confirmLeave()
{
    if (m_offerPending) {
        MessageBox::warning(this, tr("Care plan"),
                            tr("Choose first what to do with the care plan: open it, or say why not now."));
        m_ui->declineReasonLineEdit->setFocus();
        return false;
    }
    if (!hasUnsavedWork())
        return true;
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Unsaved assessment"), tr("This assessment is not saved. Save it before you leave it?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        save();
        return !m_editing && !m_offerPending;
    }
    if (answer == QMessageBox::Discard) {
        m_editing = false;
        return true;
    }
    return false;
}

void AssessmentPage::save()
{
    AssessmentRecord record;
    record.residentId = m_resident.id;
    record.type = m_type;
    record.date = m_ui->assessmentDateEdit->date();
    record.answers = answers();
    record.correctsId = m_correctsId;
    record.correctionReason = m_ui->assessmentCorrectionReasonLineEdit->text();
    const Result<AssessmentRecord> saved = AssessmentStore::write(
        m_workspace->database(), record, Clock::today(), m_resident.value(QStringLiteral("date_of_birth")).toDate());
    if (!saved.ok()) {
        showMessage(saved.message, true);
        focusQuestion(saved.field);
        return;
    }
    m_ui->assessmentCorrectionReasonLineEdit->clear();
    showWritten(saved.value);
    showMessage(tr("Saved: %1, score %2, %3.")
                    .arg(AssessmentTools::name(m_type))
                    .arg(saved.value.score)
                    .arg(saved.value.bandName()),
                false);
    emit assessmentSaved(saved.value.id);
    if (saved.value.riskLevel >= 2 && !AssessmentTools::carePlanType(m_type).isEmpty())
        showOffer();
}

QString AssessmentPage::printout() const
{
    return RecordPrintouts::assessment(m_shown, m_resident, Clock::today(), m_workspace->session().displayName(),
                                       DateText::moment(Clock::now()));
}

void AssessmentPage::print()
{
    RecordPrinter::print(this, m_ui->assessmentTitleLabel->text(), printout());
}

void AssessmentPage::savePdf()
{
    const Result<QString> saved =
        RecordPrinter::saveAsPdf(this, m_ui->assessmentTitleLabel->text(),
                                 tr("%1 %2 - %3 %4.pdf")
                                     .arg(m_resident.value(QStringLiteral("first_name")).toString(),
                                          m_resident.value(QStringLiteral("last_name")).toString(),
                                          AssessmentTools::shortName(m_type), m_shown.date.toString(Qt::ISODate)),
                                 printout());
    if (!saved.ok())
        showMessage(saved.message, true);
    else if (!saved.value.isEmpty())
        showMessage(saved.value, false);
}

void AssessmentPage::startCorrection()
{
    m_correctsId = m_shown.id;
    const QDate date = m_shown.date;
    m_shown = AssessmentRecord();
    setEditable(true);
    m_ui->assessmentDateEdit->setMaximumDate(Clock::today());
    m_ui->assessmentDateEdit->setDate(date);
    m_ui->assessmentStatusLabel->setText(
        tr("Correcting the assessment of %1: change what was wrong, say why, and save. The first entry stays, "
           "struck through.")
            .arg(DateText::longDate(date)));
    m_startAnswers = answers();
    updateResult();
    m_ui->assessmentCorrectionReasonLineEdit->setFocus();
}

void AssessmentPage::showOffer()
{
    const QString planType = AssessmentTools::carePlanType(m_type);
    m_offerPlanId = AssessmentStore::matchingCarePlan(m_workspace->database(), m_shown.residentId, planType).value;
    const QString planName = CarePlanRecord::typeName(planType).toLower();
    m_ui->offerLabel->setText(
        tr("%1: review the care plan for %2 now. What will you do?").arg(m_shown.bandName(), planName));
    m_ui->reviewPlanPushButton->setText(m_offerPlanId.isEmpty() ? tr("Start a care plan for %1").arg(planName)
                                                                : tr("Open the care plan for %1").arg(planName));
    m_ui->declineReasonLineEdit->clear();
    m_ui->offerFrame->show();
    m_offerPending = true;
    m_ui->reviewPlanPushButton->setFocus();
}

void AssessmentPage::reviewPlan()
{
    const Result<> recorded = AssessmentStore::recordFollowUp(m_workspace->database(), m_shown.id,
                                                              m_offerPlanId.isEmpty() ? QStringLiteral("started_plan")
                                                                                      : QStringLiteral("reviewed_plan"),
                                                              m_offerPlanId, QString());
    if (!recorded.ok()) {
        showMessage(recorded.message, true);
        return;
    }
    m_offerPending = false;
    m_ui->offerFrame->hide();
    if (m_offerPlanId.isEmpty())
        emit newCarePlanRequested(AssessmentTools::carePlanType(m_type));
    else
        emit carePlanRequested(m_offerPlanId);
}

void AssessmentPage::declinePlan()
{
    const QString reason = m_ui->declineReasonLineEdit->text().trimmed();
    if (reason.size() < 3) {
        showMessage(tr("Say in a few words why the care plan is not being reviewed now, then choose Not now."), true);
        m_ui->declineReasonLineEdit->setFocus();
        return;
    }
    const Result<> recorded = AssessmentStore::recordFollowUp(m_workspace->database(), m_shown.id,
                                                              QStringLiteral("declined"), QString(), reason);
    if (!recorded.ok()) {
        showMessage(recorded.message, true);
        return;
    }
    m_offerPending = false;
    m_ui->offerFrame->hide();
    if (const Result<AssessmentRecord> record = AssessmentStore::load(m_workspace->database(), m_shown.id); record.ok())
        showWritten(record.value);
    showMessage(tr("Recorded: care plan not reviewed now (%1).").arg(reason), false);
}

void AssessmentPage::showMessage(const QString &message, bool problem)
{
    m_ui->assessmentMessageLabel->setText(message);
    QFont font = m_ui->assessmentMessageLabel->font();
    font.setBold(problem);
    m_ui->assessmentMessageLabel->setFont(font);
}

void AssessmentPage::focusQuestion(const QString &key)
{
    if (key == QLatin1String("date")) {
        m_ui->assessmentDateEdit->setFocus();
    } else if (key == QLatin1String("correction_reason")) {
        m_ui->assessmentCorrectionReasonLineEdit->setFocus();
    } else if (QWidget *field = m_fields.value(key)) {
        m_ui->questionsScrollArea->ensureWidgetVisible(field);
        if (m_checks.contains(key))
            m_checks.value(key).cbegin().value()->setFocus();
        else
            field->setFocus();
    }
}

QJsonObject AssessmentPage::draft() const
{
    // Saved, with the care-plan choice still to make: reopened after the lock, where the offer is made again.
    if (m_offerPending)
        return QJsonObject{{QStringLiteral("open_id"), m_shown.id}};
    if (!hasUnsavedWork())
        return {};
    return QJsonObject{{QStringLiteral("type"), AssessmentTools::key(m_type)},
                       {QStringLiteral("date"), m_ui->assessmentDateEdit->date().toString(Qt::ISODate)},
                       {QStringLiteral("answers"), answers()},
                       {QStringLiteral("corrects_id"), m_correctsId},
                       {QStringLiteral("correction_reason"), m_ui->assessmentCorrectionReasonLineEdit->text()}};
}

void AssessmentPage::restoreDraft(const QJsonObject &draft, const ResidentRecord &resident,
                                  std::function<void()> restored)
{
    if (draft.contains(QStringLiteral("open_id"))) {
        openAssessment(resident, draft.value(QStringLiteral("open_id")).toString(),
                       [this, restored = std::move(restored)](const Result<> &opened) {
                           if (!opened.ok())
                               showMessage(opened.message, true);
                           restored();
                       });
        return;
    }
    const std::optional<AssessmentType> type = AssessmentTools::fromKey(draft.value(QStringLiteral("type")).toString());
    if (!type) {
        restored();
        return;
    }
    startAssessment(resident, *type, draft.value(QStringLiteral("answers")).toObject());
    m_ui->assessmentDateEdit->setDate(QDate::fromString(draft.value(QStringLiteral("date")).toString(), Qt::ISODate));
    m_correctsId = draft.value(QStringLiteral("corrects_id")).toString();
    setEditable(true);
    m_ui->assessmentCorrectionReasonLineEdit->setText(draft.value(QStringLiteral("correction_reason")).toString());
    // Restored answers are unsaved work, whatever the form held when it opened.
    m_startAnswers = QJsonObject();
    updateResult();
    restored();
}
