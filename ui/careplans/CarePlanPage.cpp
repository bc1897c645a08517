#include "careplans/CarePlanPage.h"
#include "session/Capability.h"
#include "ui_CarePlanPage.h"

#include "common/Clock.h"
#include "common/DateText.h"
#include "widgets/EditWatcher.h"

#include "common/RecordFormModel.h"
#include "residents/RecordHistoryModel.h"
#include "residents/RecordPrintouts.h"
#include "widgets/ConflictDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/OptionalDateEdit.h"
#include "widgets/RecordFieldDelegate.h"
#include "widgets/RecordPrinter.h"

#include <QDataWidgetMapper>
#include <QHeaderView>
#include <QLocale>

namespace {

// The form's widget for each field.
const std::pair<const char *, const char *> fieldWidgets[] = {
    {"type", "carePlanTypeComboBox"},
    {"status", "carePlanStatusComboBox"},
    {"start_date", "carePlanStartDateEdit"},
    {"review_date", "carePlanReviewOptionalDateEdit"},
    {"needs", "needsPlainTextEdit"},
    {"goals", "goalsPlainTextEdit"},
    {"interventions", "interventionsPlainTextEdit"},
    {"risks", "risksPlainTextEdit"},
};

} // namespace

CarePlanPage::CarePlanPage(std::shared_ptr<const Workspace> workspace, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CarePlanPage>()), m_workspace(workspace),
      m_model(new RecordFormModel<CarePlanRecord>(this)), m_mapper(new QDataWidgetMapper(this)),
      m_history(new RecordHistoryModel(workspace->connectionName(), this)),
      m_writable(workspace->can(Capability::carePlansWrite))
{
    m_ui->setupUi(this);
    // The title takes the free width of its row rather than wrapping beside the button.
    m_ui->carePlanTitleLayout->setStretchFactor(m_ui->carePlanTitleLabel, 1);
    QFont title = m_ui->carePlanTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->carePlanTitleLabel->setFont(title);
    for (const QString &type : CarePlanRecord::types())
        m_ui->carePlanTypeComboBox->addItem(CarePlanRecord::typeName(type), type);
    for (const QString &status : CarePlanRecord::statuses())
        m_ui->carePlanStatusComboBox->addItem(CarePlanRecord::statusName(status), status);
    m_ui->carePlanReviewOptionalDateEdit->setDateRange(QDate(2000, 1, 1), QDate(2199, 12, 31));
    // Without a review date the calendar opens a month after the plan's start, where a review is likely.
    connect(m_ui->carePlanStartDateEdit, &QDateEdit::dateChanged, this,
            [this](const QDate &start) { m_ui->carePlanReviewOptionalDateEdit->setCalendarStart(start.addMonths(1)); });

    m_mapper->setModel(m_model);
    m_mapper->setItemDelegate(new RecordFieldDelegate(m_mapper));
    for (const auto &[field, widget] : fieldWidgets)
        m_mapper->addMapping(findChild<QWidget *>(QString::fromLatin1(widget)),
                             m_model->fieldIndex(QString::fromLatin1(field)));

    m_ui->carePlanHistoryTableView->setModel(m_history);
    m_ui->carePlanHistoryTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->carePlanHistoryTableView->verticalHeader()->hide();
    m_history->setReader(workspace->reader());
    connect(m_history, &KeysetTableModel::pageRead, this, [this] {
        for (const int column : {RecordHistoryModel::WhenColumn, RecordHistoryModel::WhoColumn})
            m_ui->carePlanHistoryTableView->resizeColumnToContents(column);
        m_ui->carePlanHistoryTableView->resizeRowsToContents();
    });
    m_ui->reviewGroupBox->hide();

    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->carePlanTypeComboBox), static_cast<QWidget *>(m_ui->carePlanStatusComboBox),
          static_cast<QWidget *>(m_ui->carePlanStartDateEdit),
          static_cast<QWidget *>(m_ui->carePlanReviewOptionalDateEdit)})
        widget->setEnabled(m_writable);
    for (QPlainTextEdit *text : {m_ui->needsPlainTextEdit, m_ui->goalsPlainTextEdit, m_ui->interventionsPlainTextEdit,
                                 m_ui->risksPlainTextEdit})
        text->setReadOnly(!m_writable);
    m_ui->saveCarePlanPushButton->setVisible(m_writable);
    m_ui->reviewCarePlanPushButton->setVisible(m_writable);

    connect(m_ui->carePlanBackPushButton, &QPushButton::clicked, this, [this] {
        if (confirmLeave())
            emit backRequested();
    });
    connect(m_ui->saveCarePlanPushButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_ui->reviewCarePlanPushButton, &QPushButton::clicked, this, &CarePlanPage::startReview);
    connect(m_ui->recordReviewPushButton, &QPushButton::clicked, this, &CarePlanPage::recordReview);
    connect(m_ui->cancelReviewPushButton, &QPushButton::clicked, this, &CarePlanPage::cancelReview);
    connect(m_ui->printCarePlanPushButton, &QPushButton::clicked, this, &CarePlanPage::print);
    connect(m_ui->carePlanPdfPushButton, &QPushButton::clicked, this, &CarePlanPage::savePdf);
    // "Saved." is no longer true once the user changes something.
    EditWatcher::watch(this, this, [this] {
        if (m_doneShown)
            showMessage(QString(), false);
    });
}

CarePlanPage::~CarePlanPage() = default;

QString CarePlanPage::planId() const
{
    return m_model->original().id;
}

void CarePlanPage::openPlan(const QString &planId, const ResidentRecord &resident,
                            std::function<void(const Result<> &)> opened)
{
    const int open = ++m_opens;
    m_waitingFor = open;
    CarePlanStore::loadLater(m_workspace->reader(), m_workspace->connectionName(), this, planId,
                             [this, open, resident, opened = std::move(opened)](const Result<CarePlanRecord> &record) {
                                 if (open != m_waitingFor)
                                     return; // another plan, or a new one, was asked for since
                                 m_waitingFor = 0;
                                 if (record.ok()) {
                                     m_resident = resident;
                                     show(record.value);
                                 }
                                 opened(record.ok() ? Result<>::done() : Result<>::failedAs(record));
                             });
}

void CarePlanPage::startPlan(const ResidentRecord &resident, const QString &type)
{
    m_waitingFor = 0; // a plan still being read is not shown over the new one
    m_resident = resident;
    show(CarePlanRecord::started(resident.id, type, Clock::today()));
    showMessage(tr("A new care plan: fill it in, then save it."), false);
    m_ui->needsPlainTextEdit->setFocus();
}

void CarePlanPage::show(const CarePlanRecord &record)
{
    m_model->setRecord(record);
    m_mapper->toFirst();
    cancelReview();
    const bool saved = !record.id.isEmpty();
    m_ui->reviewCarePlanPushButton->setEnabled(saved);
    m_ui->printCarePlanPushButton->setEnabled(saved);
    m_ui->carePlanPdfPushButton->setEnabled(saved);
    if (saved)
        m_history->setRecord(RecordHistoryModel::Kind::CarePlan, record.id);
    else
        m_history->clear();
    showMessage(QString(), false);
    updateTitle();
}

void CarePlanPage::updateTitle()
{
    const CarePlanRecord &plan = m_model->original();
    const QString name = m_resident.value(QStringLiteral("first_name")).toString() + QLatin1Char(' ') +
                         m_resident.value(QStringLiteral("last_name")).toString();
    m_ui->carePlanTitleLabel->setText(CarePlanRecord::title(plan.displayValue(QStringLiteral("type")), name));
    // What everyone must know about the resident stays in view on each of their plans.
    m_ui->carePlanAlertsLabel->setText(tr("⚠ %1").arg(RecordPrintouts::alerts(m_resident).join(QStringLiteral(" · "))));
    QFont alerts = m_ui->carePlanAlertsLabel->font();
    alerts.setBold(true);
    m_ui->carePlanAlertsLabel->setFont(alerts);
    m_ui->carePlanAuthorsLabel->setText(plan.id.isEmpty() ? tr("Not saved yet.")
                                                          : tr("Written by %1 on %2; last changed by %3 on %4.")
                                                                .arg(plan.createdBy, DateText::moment(plan.createdAt),
                                                                     plan.updatedBy, DateText::moment(plan.updatedAt)));
}

bool CarePlanPage::hasUnsavedWork()
{
    m_mapper->submit();
    return m_model->isModified() ||
           (m_ui->reviewGroupBox->isVisible() && !m_ui->reviewChangesPlainTextEdit->toPlainText().trimmed().isEmpty());
}

bool CarePlanPage::confirmLeave()
{
    if (!m_writable || !hasUnsavedWork())
        return true;
    const QMessageBox::StandardButton answer =
        MessageBox::question(this, tr("Unsaved care plan"),
                             tr("This care plan has changes that are not saved. Save them before you leave it?"),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        if (!m_ui->reviewGroupBox->isVisible())
            return save();
        recordReview();
        return !hasUnsavedWork();
    }
    if (answer == QMessageBox::Discard) {
        if (!m_model->original().id.isEmpty())
            show(m_model->original());
        else
            m_model->setRecord(CarePlanRecord());
        cancelReview();
        return true;
    }
    return false;
}

bool CarePlanPage::save()
{
    // Kept as typed and refused: saved, a date that cannot be read would silently become "not set".
    if (!m_ui->carePlanReviewOptionalDateEdit->isAcceptable()) {
        showMessage(tr("Not saved: %1").arg(m_ui->carePlanReviewOptionalDateEdit->check().message), true);
        m_ui->carePlanReviewOptionalDateEdit->setFocus();
        return false;
    }
    m_mapper->submit();
    const Result<CarePlanRecord> result =
        m_model->original().id.isEmpty()
            ? CarePlanStore::create(m_workspace->database(), m_model->edited())
            : CarePlanStore::save(m_workspace->database(), m_model->original(), m_model->edited());
    settle(result);
    return result.ok();
}

void CarePlanPage::settle(const Result<CarePlanRecord> &result)
{
    if (result.ok()) {
        show(result.value);
        showDone(tr("Saved."));
        emit planSaved(result.value.id);
        return;
    }
    if (result.outcome != Outcome::Conflict) {
        showMessage(tr("Not saved: %1").arg(result.message), true);
        focusField(result.field);
        return;
    }
    showMessage(tr("Not saved: %1").arg(result.message), true);
    ConflictDialog::offer<CarePlanRecord>(
        this, result.message, m_model->original(), result.value, m_model->edited(),
        [this](const CarePlanRecord &theirs, const CarePlanRecord &merged) {
            show(theirs);
            m_model->setEdited(merged);
            m_mapper->toFirst();
            showMessage(tr("Their version is shown with your changes on top: check it, then save again."), false);
        },
        [this](const CarePlanRecord &theirs) {
            show(theirs);
            showMessage(tr("Their version is shown; your changes were discarded."), false);
        });
}

void CarePlanPage::startReview()
{
    m_ui->reviewedOnDateEdit->setDate(Clock::today());
    m_ui->reviewedOnDateEdit->setMaximumDate(Clock::today());
    m_ui->nextReviewDateEdit->setDate(Clock::today().addMonths(1));
    m_ui->reviewChangesPlainTextEdit->clear();
    m_ui->reviewGroupBox->show();
    m_ui->reviewCarePlanPushButton->setEnabled(false);
    showMessage(tr("Change the plan where the review found it should change, say what the review found, and set "
                   "the next review date."),
                false);
    m_ui->reviewChangesPlainTextEdit->setFocus();
}

void CarePlanPage::cancelReview()
{
    m_ui->reviewGroupBox->hide();
    m_ui->reviewChangesPlainTextEdit->clear();
    m_ui->reviewCarePlanPushButton->setEnabled(!m_model->original().id.isEmpty());
}

void CarePlanPage::recordReview()
{
    m_mapper->submit();
    const Result<CarePlanRecord> result = CarePlanStore::review(
        m_workspace->database(), m_model->original(), m_model->edited(), m_ui->reviewedOnDateEdit->date(),
        m_ui->reviewChangesPlainTextEdit->toPlainText(), m_ui->nextReviewDateEdit->date());
    if (result.outcome == Outcome::Refused && result.field == QLatin1String("changes")) {
        showMessage(tr("Not recorded: %1").arg(result.message), true);
        m_ui->reviewChangesPlainTextEdit->setFocus();
        return;
    }
    if (result.outcome == Outcome::Refused &&
        (result.field == QLatin1String("next_review_date") || result.field == QLatin1String("reviewed_on"))) {
        showMessage(tr("Not recorded: %1").arg(result.message), true);
        (result.field == QLatin1String("reviewed_on") ? m_ui->reviewedOnDateEdit : m_ui->nextReviewDateEdit)
            ->setFocus();
        return;
    }
    settle(result);
    if (result.ok())
        showDone(
            tr("Review recorded. The next review is on %1.").arg(DateText::longDate(m_ui->nextReviewDateEdit->date())));
}

QString CarePlanPage::printout() const
{
    const Result<QList<CarePlanReview>> reviews =
        CarePlanStore::reviews(m_workspace->database(), m_model->original().id);
    return RecordPrintouts::carePlan(m_model->original(), m_resident, reviews.value, Clock::today(),
                                     m_workspace->session().displayName(), DateText::moment(Clock::now()));
}

void CarePlanPage::print()
{
    if (hasUnsavedWork())
        showMessage(tr("Printing the saved version: your changes are not saved yet."), false);
    RecordPrinter::print(this, m_ui->carePlanTitleLabel->text(), printout());
}

void CarePlanPage::savePdf()
{
    if (hasUnsavedWork())
        showMessage(tr("Saving the saved version as PDF: your changes are not saved yet."), false);
    const QString name = QStringLiteral("%1 %2 - %3.pdf")
                             .arg(m_resident.value(QStringLiteral("first_name")).toString(),
                                  m_resident.value(QStringLiteral("last_name")).toString(),
                                  m_model->original().displayValue(QStringLiteral("type")));
    const Result<QString> saved = RecordPrinter::saveAsPdf(this, m_ui->carePlanTitleLabel->text(), name, printout());
    if (!saved.ok())
        showMessage(saved.message, true);
    else if (!saved.value.isEmpty() && hasUnsavedWork())
        showMessage(tr("%1 (the saved version: your changes are not saved yet)").arg(saved.value), false);
    else if (!saved.value.isEmpty())
        showDone(saved.value);
}

void CarePlanPage::showDone(const QString &message)
{
    showMessage(message, false);
    m_doneShown = true;
}

void CarePlanPage::showMessage(const QString &message, bool problem)
{
    m_doneShown = false;
    m_ui->carePlanMessageLabel->setText(message);
    QFont font = m_ui->carePlanMessageLabel->font();
    font.setBold(problem);
    m_ui->carePlanMessageLabel->setFont(font);
}

void CarePlanPage::focusField(const QString &field)
{
    for (const auto &[name, widget] : fieldWidgets) {
        if (field == QLatin1String(name)) {
            if (QWidget *target = findChild<QWidget *>(QString::fromLatin1(widget)))
                target->setFocus();
        }
    }
}

QJsonObject CarePlanPage::draft()
{
    if (!m_writable || !hasUnsavedWork())
        return {};
    QJsonObject fields;
    for (const QString &field : CarePlanRecord::fieldNames())
        fields.insert(field, CarePlanRecord::valueToJson(field, m_model->edited().value(field)));
    QJsonObject draft{{QStringLiteral("plan_id"), m_model->original().id},
                      {QStringLiteral("resident_id"), m_resident.id},
                      {QStringLiteral("fields"), fields}};
    if (m_ui->reviewGroupBox->isVisible())
        draft.insert(
            QStringLiteral("review"),
            QJsonObject{{QStringLiteral("reviewed_on"), m_ui->reviewedOnDateEdit->date().toString(Qt::ISODate)},
                        {QStringLiteral("changes"), m_ui->reviewChangesPlainTextEdit->toPlainText()},
                        {QStringLiteral("next_review"), m_ui->nextReviewDateEdit->date().toString(Qt::ISODate)}});
    return draft;
}

void CarePlanPage::restoreDraft(const QJsonObject &draft, const ResidentRecord &resident,
                                std::function<void()> restored)
{
    const QString id = draft.value(QStringLiteral("plan_id")).toString();
    if (id.isEmpty()) {
        startPlan(resident, draft.value(QStringLiteral("fields")).toObject().value(QStringLiteral("type")).toString());
        putBack(draft);
        restored();
        return;
    }
    openPlan(id, resident, [this, draft, restored = std::move(restored)](const Result<> &opened) {
        if (!opened.ok())
            return;
        putBack(draft);
        restored();
    });
}

void CarePlanPage::putBack(const QJsonObject &draft)
{
    const QJsonObject fields = draft.value(QStringLiteral("fields")).toObject();
    CarePlanRecord edited = m_model->edited();
    for (const QString &field : CarePlanRecord::fieldNames()) {
        if (fields.contains(field))
            edited.setValue(field, CarePlanRecord::valueFromJson(field, fields.value(field)));
    }
    m_model->setEdited(edited);
    m_mapper->toFirst();
    if (draft.contains(QStringLiteral("review"))) {
        const QJsonObject review = draft.value(QStringLiteral("review")).toObject();
        startReview();
        m_ui->reviewedOnDateEdit->setDate(
            QDate::fromString(review.value(QStringLiteral("reviewed_on")).toString(), Qt::ISODate));
        m_ui->reviewChangesPlainTextEdit->setPlainText(review.value(QStringLiteral("changes")).toString());
        m_ui->nextReviewDateEdit->setDate(
            QDate::fromString(review.value(QStringLiteral("next_review")).toString(), Qt::ISODate));
    }
    showMessage(tr("Your unsaved changes to this care plan are back, as you left them: check them, then save."), false);
}
