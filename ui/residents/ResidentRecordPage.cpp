#include "residents/ResidentRecordPage.h"
#include "session/Capability.h"
#include "ui_ResidentRecordPage.h"

#include "incidents/IncidentReportDialog.h"

#include "common/Clock.h"
#include "common/DateText.h"
#include "widgets/EditWatcher.h"

#include "assessments/AssessmentHistoryModel.h"
#include "assessments/AssessmentStore.h"
#include "assessments/AssessmentsDueModel.h"
#include "assessments/TrendsDialog.h"
#include "careplans/CarePlanListModel.h"
#include "careplans/CarePlanRecord.h"
#include "careplans/CarePlanStore.h"
#include "clinical/AssessmentTools.h"
#include "clinical/NhsNumber.h"
#include "clinical/PersonAge.h"
#include "common/RecordFormModel.h"
#include "residents/AlertsDelegate.h"
#include "residents/RecordAccessDialog.h"
#include "residents/RecordHistoryModel.h"
#include "residents/RecordPrintouts.h"
#include "residents/ResidentEventDialog.h"
#include "residents/ResidentEventListModel.h"
#include "residents/ResidentStatus.h"
#include "residents/ResidentStore.h"
#include "residents/SubjectAccessFiles.h"
#include "residents/SubjectAccessStore.h"
#include "widgets/ColumnFit.h"
#include "widgets/ConflictDialog.h"
#include "widgets/FileDialog.h"
#include "widgets/LettersWide.h"
#include "widgets/MessageBox.h"
#include "widgets/OptionalDateEdit.h"
#include "widgets/RecordFieldDelegate.h"
#include "widgets/RecordPrinter.h"
#include "widgets/StackedPages.h"

#include <QDataWidgetMapper>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>

namespace {

// The form's widget for each field the mapper binds.
const std::pair<const char *, const char *> fieldWidgets[] = {
    {"first_name", "firstNameLineEdit"},
    {"last_name", "lastNameLineEdit"},
    {"date_of_birth", "dateOfBirthOptionalDateEdit"},
    {"nhs_number", "nhsNumberLineEdit"},
    {"admission_date", "admissionDateDateEdit"},
    {"fluid_target_ml", "fluidTargetLineEdit"},
    {"preferred_name", "preferredNameLineEdit"},
    {"language", "languageLineEdit"},
    {"faith", "faithLineEdit"},
    {"communication_needs", "communicationNeedsPlainTextEdit"},
    {"likes", "likesPlainTextEdit"},
    {"dislikes", "dislikesPlainTextEdit"},
    {"next_of_kin.name", "nextOfKinNameLineEdit"},
    {"next_of_kin.relationship", "nextOfKinRelationshipLineEdit"},
    {"next_of_kin.phone", "nextOfKinPhoneLineEdit"},
    {"next_of_kin.email", "nextOfKinEmailLineEdit"},
    {"next_of_kin.address", "nextOfKinAddressPlainTextEdit"},
    {"gp.name", "gpNameLineEdit"},
    {"gp.practice", "gpPracticeLineEdit"},
    {"gp.phone", "gpPhoneLineEdit"},
    {"allergy_status", "allergyStatusComboBox"},
    {"conditions", "conditionsPlainTextEdit"},
    {"resuscitation.status", "resuscitationComboBox"},
    {"resuscitation.respect_form", "respectFormCheckBox"},
    {"resuscitation.decided_on", "resuscitationDecidedOnOptionalDateEdit"},
    {"resuscitation.notes", "resuscitationNotesPlainTextEdit"},
    {"medical_notes", "medicalNotesPlainTextEdit"},
};

void setEditable(QWidget *widget, bool editable)
{
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        line->setReadOnly(!editable);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        text->setReadOnly(!editable);
    else if (auto *date = qobject_cast<QDateEdit *>(widget))
        date->setReadOnly(!editable);
    else
        widget->setEnabled(editable);
}

} // namespace

ResidentRecordPage::ResidentRecordPage(std::shared_ptr<const Workspace> workspace,
                                       const QList<std::pair<QString, QString>> &facilities, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ResidentRecordPage>()), m_workspace(workspace),
      m_facilities(facilities), m_model(new RecordFormModel<ResidentRecord>(this)),
      m_mapper(new QDataWidgetMapper(this)), m_events(new ResidentEventListModel(workspace->connectionName(), this)),
      m_history(new RecordHistoryModel(workspace->connectionName(), this)),
      m_carePlans(new CarePlanListModel(workspace->connectionName(), this)),
      m_assessments(new AssessmentHistoryModel(workspace->connectionName(), this)),
      m_writable(workspace->can(Capability::residentsWrite)), m_medicalRead(workspace->can(Capability::medicalRead)),
      m_medicalWrite(workspace->can(Capability::medicalWrite))
{
    m_ui->setupUi(this);
    StackedPages::sizeByCurrentTab(m_ui->recordTabWidget);
    QFont title = m_ui->nameLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->nameLabel->setFont(title);

    m_ui->allergyStatusComboBox->addItem(tr("Not recorded"), QStringLiteral("unknown"));
    m_ui->allergyStatusComboBox->addItem(tr("No known allergies"), QStringLiteral("none_known"));
    m_ui->allergyStatusComboBox->addItem(tr("Allergies, as listed"), QStringLiteral("known"));
    m_ui->resuscitationComboBox->addItem(tr("Not recorded"), QStringLiteral("not_recorded"));
    m_ui->resuscitationComboBox->addItem(tr("For CPR: attempt resuscitation"), QStringLiteral("for_cpr"));
    m_ui->resuscitationComboBox->addItem(tr("DNACPR: do not attempt CPR"), QStringLiteral("dnacpr"));
    for (OptionalDateEdit *date : {m_ui->dateOfBirthOptionalDateEdit, m_ui->resuscitationDecidedOnOptionalDateEdit}) {
        date->setDateRange(QDate(1880, 1, 1), Clock::today());
        // Typed, it is never in the future; picked, it starts near a likely date rather than in 1880.
        date->setCalendarStart(date->maximumDate());
    }
    m_ui->dateOfBirthOptionalDateEdit->setCalendarStart(
        QDate(m_ui->dateOfBirthOptionalDateEdit->maximumDate().year() - 80, 1, 1));
    m_ui->admissionDateDateEdit->setMaximumDate(Clock::today().addDays(1));
    for (const auto &[id, name] : m_facilities)
        m_ui->newFacilityComboBox->addItem(name, id);
    for (const QString &type : CarePlanRecord::types())
        m_ui->newCarePlanTypeComboBox->addItem(CarePlanRecord::typeName(type), type);
    m_ui->allergiesTableWidget->setColumnCount(2);
    m_ui->allergiesTableWidget->setHorizontalHeaderLabels({tr("Substance"), tr("Reaction")});
    m_ui->allergiesTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_ui->allergiesTableWidget->setColumnWidth(
        0, std::max(lettersWide(this, 16), ColumnFit::headingWidth(m_ui->allergiesTableWidget->horizontalHeader(), 0)));
    m_ui->allergiesTableWidget->verticalHeader()->hide();

    m_mapper->setModel(m_model);
    m_mapper->setItemDelegate(new RecordFieldDelegate(m_mapper));
    for (const auto &[field, widget] : fieldWidgets)
        m_mapper->addMapping(findChild<QWidget *>(QString::fromLatin1(widget)),
                             m_model->fieldIndex(QString::fromLatin1(field)));

    // What each role may change; the database refuses the rest whatever the form allows.
    QStringList readOnly;
    for (const auto &[field, widget] : fieldWidgets) {
        const QString name = QString::fromLatin1(field);
        const bool editable = ResidentRecord::isMedical(name) ? m_medicalWrite : m_writable;
        setEditable(findChild<QWidget *>(QString::fromLatin1(widget)), editable);
        if (!editable)
            readOnly.append(name);
    }
    m_model->setReadOnly(readOnly);
    m_ui->allergiesTableWidget->setEditTriggers(m_medicalWrite ? QAbstractItemView::AllEditTriggers
                                                               : QAbstractItemView::NoEditTriggers);
    m_ui->addAllergyPushButton->setVisible(m_medicalWrite);
    m_ui->removeAllergyPushButton->setVisible(m_medicalWrite);
    if (!m_medicalRead)
        m_ui->recordTabWidget->removeTab(m_ui->recordTabWidget->indexOf(m_ui->medicalTab));
    m_ui->savePushButton->setVisible(m_writable || m_medicalWrite);
    m_ui->revertPushButton->setVisible(m_writable || m_medicalWrite);
    const bool planWriter = workspace->can(Capability::carePlansWrite);
    m_ui->newCarePlanPushButton->setVisible(planWriter);
    m_ui->newCarePlanTypeComboBox->setVisible(planWriter);

    if (!workspace->can(Capability::assessmentsRead))
        m_ui->recordTabWidget->removeTab(m_ui->recordTabWidget->indexOf(m_ui->assessmentsTab));
    // Who has seen the record: for those who may read the audit log (the database decides what the list holds).
    m_ui->whoHasSeenPushButton->setVisible(workspace->can(Capability::auditLogRead));
    // A subject access export holds everything: for whoever may read all of it (a manager); the database checks again.
    m_ui->subjectAccessPushButton->setVisible(SubjectAccessFiles::mayExport(*workspace));
    const bool assessor = workspace->can(Capability::assessmentsWrite);
    m_ui->newAssessmentPushButton->setVisible(assessor);
    m_ui->newAssessmentTypeComboBox->setVisible(assessor);
    for (const AssessmentType type : AssessmentTools::types())
        m_ui->newAssessmentTypeComboBox->addItem(AssessmentTools::name(type), AssessmentTools::key(type));
    m_ui->assessmentsTableView->setModel(m_assessments);
    m_assessments->setReader(workspace->reader()); // a long history never holds up opening the record
    m_ui->assessmentsTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->assessmentsTableView->verticalHeader()->hide();

    m_ui->eventsTableView->setModel(m_events);
    m_ui->historyTableView->setModel(m_history);
    m_ui->carePlansTableView->setModel(m_carePlans);
    for (QTableView *view : {m_ui->eventsTableView, m_ui->historyTableView, m_ui->carePlansTableView}) {
        view->horizontalHeader()->setStretchLastSection(true);
        view->verticalHeader()->hide();
    }
    // The record opens at once; its events, history and care plans follow as the server sends them.
    for (KeysetTableModel *list : std::initializer_list<KeysetTableModel *>{m_events, m_history, m_carePlans})
        list->setReader(workspace->reader());
    // Sized to what arrived: dates and names whole on one line, each change on a line of its own.
    connect(m_events, &KeysetTableModel::pageRead, this, [this] {
        for (const int column : {ResidentEventListModel::DateColumn, ResidentEventListModel::EventColumn,
                                 ResidentEventListModel::DetailsColumn})
            m_ui->eventsTableView->resizeColumnToContents(column);
    });
    connect(m_history, &KeysetTableModel::pageRead, this, [this] {
        for (const int column : {RecordHistoryModel::WhenColumn, RecordHistoryModel::WhoColumn})
            m_ui->historyTableView->resizeColumnToContents(column);
        m_ui->historyTableView->resizeRowsToContents();
    });
    // Dates, names and results whole: sized when they arrive, not to the empty table the record opened with.
    connect(m_assessments, &KeysetTableModel::pageRead, this,
            [this] { m_ui->assessmentsTableView->resizeColumnsToContents(); });
    connect(m_carePlans, &KeysetTableModel::pageRead, this, [this] {
        m_ui->carePlansTableView->resizeColumnsToContents();
        updateAlerts(); // a review due or overdue is one of the record's alerts
    });

    connect(m_ui->backPushButton, &QPushButton::clicked, this, [this] {
        if (confirmLeave())
            emit backRequested();
    });
    connect(m_ui->savePushButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_ui->revertPushButton, &QPushButton::clicked, this, &ResidentRecordPage::revert);
    connect(m_ui->printPushButton, &QPushButton::clicked, this, &ResidentRecordPage::print);
    connect(m_ui->recordReportIncidentPushButton, &QPushButton::clicked, this, &ResidentRecordPage::reportIncident);
    connect(m_ui->pdfPushButton, &QPushButton::clicked, this, &ResidentRecordPage::savePdf);
    connect(m_ui->nhsNumberLineEdit, &QLineEdit::textChanged, this, &ResidentRecordPage::updateNhsCheck);
    connect(m_ui->dateOfBirthOptionalDateEdit, &OptionalDateEdit::dateChanged, this, &ResidentRecordPage::updateAge);
    connect(m_ui->allergiesTableWidget, &QTableWidget::itemChanged, this, &ResidentRecordPage::takeAllergies);
    connect(m_ui->addAllergyPushButton, &QPushButton::clicked, this, [this] {
        QTableWidget *table = m_ui->allergiesTableWidget;
        table->insertRow(table->rowCount());
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->editItem(nullptr);
        table->setFocus();
    });
    connect(m_ui->removeAllergyPushButton, &QPushButton::clicked, this, [this] {
        if (m_ui->allergiesTableWidget->currentRow() >= 0) {
            m_ui->allergiesTableWidget->removeRow(m_ui->allergiesTableWidget->currentRow());
            takeAllergies();
        }
    });
    const std::pair<QPushButton *, const char *> events[] = {
        {m_ui->moveRoomPushButton, "room_change"},
        {m_ui->transferPushButton, "facility_transfer"},
        {m_ui->hospitalPushButton, "hospital_admission"},
        {m_ui->backFromHospitalPushButton, "hospital_return"},
        {m_ui->dischargePushButton, "discharged"},
        {m_ui->deathPushButton, "died"},
        {m_ui->readmitPushButton, "admitted"},
    };
    for (const auto &[button, event] : events)
        connect(button, &QPushButton::clicked, this, [this, name = QString::fromLatin1(event)] { askForEvent(name); });
    connect(m_ui->openCarePlanPushButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->carePlansTableView->currentIndex();
        if (current.isValid())
            emit carePlanRequested(m_carePlans->planId(current.row()));
    });
    connect(m_ui->carePlansTableView, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit carePlanRequested(m_carePlans->planId(index.row())); });
    connect(m_ui->openAssessmentPushButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->assessmentsTableView->currentIndex();
        if (current.isValid())
            emit assessmentRequested(current.data(AssessmentHistoryModel::IdRole).toString());
    });
    connect(m_ui->assessmentsTableView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit assessmentRequested(index.data(AssessmentHistoryModel::IdRole).toString());
    });
    connect(m_ui->newAssessmentPushButton, &QPushButton::clicked, this,
            [this] { emit newAssessmentRequested(m_ui->newAssessmentTypeComboBox->currentData().toString()); });
    connect(m_ui->trendsPushButton, &QPushButton::clicked, this, &ResidentRecordPage::showTrends);
    connect(m_ui->whoHasSeenPushButton, &QPushButton::clicked, this, &ResidentRecordPage::showWhoHasSeen);
    connect(m_ui->subjectAccessPushButton, &QPushButton::clicked, this, &ResidentRecordPage::exportSubjectAccess);
    connect(m_ui->newCarePlanPushButton, &QPushButton::clicked, this,
            [this] { emit newCarePlanRequested(m_ui->newCarePlanTypeComboBox->currentData().toString()); });
    // "Saved." is no longer true once the user changes something.
    EditWatcher::watch(this, this, [this] {
        if (m_doneShown)
            showMessage(QString(), false);
    });
}

ResidentRecordPage::~ResidentRecordPage() = default;

QString ResidentRecordPage::residentId() const
{
    return m_model->original().id;
}

const ResidentRecord &ResidentRecordPage::record() const
{
    return m_model->original();
}

QString ResidentRecordPage::residentName() const
{
    const ResidentRecord &record = m_model->original();
    return record.value(QStringLiteral("first_name")).toString() + QLatin1Char(' ') +
           record.value(QStringLiteral("last_name")).toString();
}

void ResidentRecordPage::openResident(const QString &id, std::function<void(const Result<> &)> opened)
{
    const int open = ++m_opens;
    m_waitingFor = open;
    ResidentStore::openLater(m_workspace->reader(), m_workspace->connectionName(), this, id, m_medicalRead,
                             [this, open, opened = std::move(opened)](const Result<ResidentRecord> &record) {
                                 if (open != m_waitingFor)
                                     return; // another record, or a new one, was asked for since
                                 m_waitingFor = 0;
                                 if (record.ok())
                                     show(record.value);
                                 opened(record.ok() ? Result<>::done() : Result<>::failedAs(record));
                             });
}

void ResidentRecordPage::newResident(const QString &facilityId)
{
    m_waitingFor = 0; // a record still being read is not shown over the new one
    ResidentRecord record;
    record.setValue(QStringLiteral("admission_date"), Clock::today());
    record.setValue(QStringLiteral("allergy_status"), QStringLiteral("unknown"));
    record.setValue(QStringLiteral("resuscitation.status"), QStringLiteral("not_recorded"));
    record.medicalRead = m_medicalRead;
    m_ui->newFacilityComboBox->setCurrentIndex(qMax(0, m_ui->newFacilityComboBox->findData(facilityId)));
    m_ui->newRoomLineEdit->clear();
    show(record);
    showMessage(tr("A new resident: fill in at least the names, the date of birth and the admission date, then "
                   "save."),
                false);
    m_ui->recordTabWidget->setCurrentWidget(m_ui->detailsTab);
    m_ui->firstNameLineEdit->setFocus();
}

void ResidentRecordPage::show(const ResidentRecord &record)
{
    m_model->setRecord(record);
    m_mapper->toFirst();
    fillAllergies();
    const bool saved = !record.id.isEmpty();
    if (saved) {
        m_events->setResident(record.id);
        m_history->setRecord(RecordHistoryModel::Kind::Resident, record.id);
        m_carePlans->setResident(record.id);
        m_assessments->setResident(record.id);
    } else {
        m_assessments->setResident(QString());
        m_events->setResident(QString());
        m_history->clear();
        m_carePlans->setResident(QString());
    }
    m_ui->eventsTableView->resizeColumnsToContents();
    const ResidentRecord &shown = m_model->original();
    m_ui->homeValueLabel->setText(shown.facilityName);
    m_ui->roomValueLabel->setText(shown.value(QStringLiteral("room_number")).toString());
    m_ui->statusValueLabel->setText(shown.displayValue(QStringLiteral("status")));
    m_ui->dischargeDateValueLabel->setText(shown.displayValue(QStringLiteral("discharge_date")));
    showMessage(QString(), false);
    updateHeader();
    updateAlerts();
    updateNhsCheck();
    updateAge();
    updateActions();
}

void ResidentRecordPage::updateHeader()
{
    const ResidentRecord &record = m_model->original();
    if (record.id.isEmpty()) {
        m_ui->nameLabel->setText(tr("New resident"));
        m_ui->summaryLabel->setText(QString());
        return;
    }
    m_ui->nameLabel->setText(residentName());
    const QDate born = record.value(QStringLiteral("date_of_birth")).toDate();
    QStringList parts;
    parts.append(tr("Born %1 (aged %2)").arg(DateText::longDate(born)).arg(PersonAge::yearsOn(born, Clock::today())));
    if (!record.value(QStringLiteral("nhs_number")).toString().isEmpty())
        parts.append(tr("NHS number %1").arg(record.displayValue(QStringLiteral("nhs_number"))));
    parts.append(
        record.value(QStringLiteral("room_number")).toString().isEmpty()
            ? record.facilityName
            : tr("%1, room %2").arg(record.facilityName, record.value(QStringLiteral("room_number")).toString()));
    parts.append(record.displayValue(QStringLiteral("status")));
    m_ui->summaryLabel->setText(parts.join(QStringLiteral(" · ")));
}

void ResidentRecordPage::updateAlerts()
{
    // Rebuilt each time: an icon and words for each alert, never colour alone.
    QLayout *layout = m_ui->alertsFrame->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const ResidentRecord &record = m_model->original();
    if (record.id.isEmpty()) {
        m_ui->alertsFrame->hide();
        return;
    }
    QList<std::pair<ResidentAlerts::Flag, QString>> alerts;
    for (const QString &alert : RecordPrintouts::alerts(record)) {
        ResidentAlerts::Flag flag = ResidentAlerts::AllergiesUnknown;
        if (alert.startsWith(tr("DNACPR")))
            flag = ResidentAlerts::Dnacpr;
        else if (alert.startsWith(tr("Allergies:")))
            flag = ResidentAlerts::Allergies;
        else if (alert == tr("No known allergies") || alert == tr("For CPR"))
            flag = ResidentAlerts::Flag(0);
        alerts.append({flag, alert});
    }
    ResidentAlerts::Flags reviews;
    for (int row = 0; row < m_carePlans->rowCount(); ++row)
        reviews |= ResidentAlerts::Flags(m_carePlans->index(row, 0).data(CarePlanListModel::ReviewFlagsRole).toInt());
    if (reviews.testFlag(ResidentAlerts::ReviewOverdue))
        alerts.append({ResidentAlerts::ReviewOverdue, tr("Care plan review overdue")});
    else if (reviews.testFlag(ResidentAlerts::ReviewDue))
        alerts.append({ResidentAlerts::ReviewDue, tr("Care plan review due")});
    const int size = fontMetrics().height() * 2;
    for (const auto &[flag, words] : alerts) {
        if (flag != ResidentAlerts::Flag(0)) {
            auto *icon = new QLabel(m_ui->alertsFrame);
            icon->setPixmap(AlertsDelegate::iconFor(flag).pixmap(size, size));
            layout->addWidget(icon);
        }
        auto *text = new QLabel(words, m_ui->alertsFrame);
        text->setObjectName(QStringLiteral("alertTextLabel"));
        // Long alerts wrap rather than widen the window past the screen.
        text->setWordWrap(true);
        QFont font = text->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.25);
        text->setFont(font);
        static_cast<QHBoxLayout *>(layout)->addWidget(text, 1);
    }
    m_ui->alertsFrame->show();
}

void ResidentRecordPage::updateNhsCheck()
{
    const QString typed = m_ui->nhsNumberLineEdit->text().trimmed();
    if (typed.isEmpty())
        m_ui->nhsNumberCheckLabel->setText(QString());
    else if (NhsNumber::isValid(typed))
        m_ui->nhsNumberCheckLabel->setText(tr("✓ A valid NHS number"));
    else if (NhsNumber::normalized(typed).size() == 10)
        m_ui->nhsNumberCheckLabel->setText(tr("✗ Not a valid NHS number: its last digit does not match"));
    else
        m_ui->nhsNumberCheckLabel->setText(tr("✗ An NHS number has ten digits"));
}

void ResidentRecordPage::updateAge()
{
    const QDate born = m_ui->dateOfBirthOptionalDateEdit->date();
    const int age = !born.isValid() ? -1 : PersonAge::yearsOn(born, Clock::today());
    m_ui->ageLabel->setText(age < 0 ? QString() : tr("aged %1").arg(age));
}

void ResidentRecordPage::reportIncident()
{
    const ResidentRecord &record = m_model->original();
    auto *dialog =
        new IncidentReportDialog(m_workspace, record.value(QStringLiteral("facility_id")).toString(), record.id, this);
    dialog->setObjectName(QStringLiteral("incidentReportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { m_ui->messageLabel->setText(tr("The incident is reported: a manager will review it.")); });
    dialog->open();
}

void ResidentRecordPage::updateActions()
{
    const ResidentRecord &record = m_model->original();
    const bool saved = !record.id.isEmpty();
    const QStringList possible = saved && m_writable
                                     ? ResidentStatus::eventsFor(record.value(QStringLiteral("status")).toString())
                                     : QStringList();
    m_ui->moveRoomPushButton->setVisible(possible.contains(QStringLiteral("room_change")));
    m_ui->transferPushButton->setVisible(possible.contains(QStringLiteral("facility_transfer")) &&
                                         m_facilities.size() > 1);
    m_ui->hospitalPushButton->setVisible(possible.contains(QStringLiteral("hospital_admission")));
    m_ui->backFromHospitalPushButton->setVisible(possible.contains(QStringLiteral("hospital_return")));
    m_ui->dischargePushButton->setVisible(possible.contains(QStringLiteral("discharged")));
    m_ui->deathPushButton->setVisible(possible.contains(QStringLiteral("died")));
    m_ui->readmitPushButton->setVisible(possible.contains(QStringLiteral("admitted")));
    // A new resident chooses the home and room; afterwards they change only through the actions above.
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->newFacilityLabel), static_cast<QWidget *>(m_ui->newFacilityComboBox),
          static_cast<QWidget *>(m_ui->newRoomLabel), static_cast<QWidget *>(m_ui->newRoomLineEdit)})
        widget->setVisible(!saved);
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->homeLabel), static_cast<QWidget *>(m_ui->homeValueLabel),
                            static_cast<QWidget *>(m_ui->roomLabel), static_cast<QWidget *>(m_ui->roomValueLabel),
                            static_cast<QWidget *>(m_ui->statusLabel), static_cast<QWidget *>(m_ui->statusValueLabel)})
        widget->setVisible(saved);
    const bool discharged = !record.value(QStringLiteral("discharge_date")).toDate().isNull() &&
                            record.value(QStringLiteral("discharge_date")).toDate().isValid();
    m_ui->dischargeDateLabel->setVisible(discharged);
    m_ui->dischargeDateValueLabel->setVisible(discharged);
    m_ui->printPushButton->setEnabled(saved);
    m_ui->pdfPushButton->setEnabled(saved);
    m_ui->recordReportIncidentPushButton->setVisible(saved && m_workspace->can(Capability::incidentsAdd));
    m_ui->carePlansTab->setEnabled(saved);
    m_ui->assessmentsTab->setEnabled(saved);
    updateAssessmentsDue();
    m_ui->historyTab->setEnabled(saved);
}

void ResidentRecordPage::fillAllergies()
{
    m_fillingAllergies = true;
    QTableWidget *table = m_ui->allergiesTableWidget;
    const QVariantList allergies = m_model->edited().value(QStringLiteral("allergies")).toList();
    table->setRowCount(static_cast<int>(allergies.size()));
    for (int row = 0; row < allergies.size(); ++row) {
        const QVariantMap allergy = allergies.at(row).toMap();
        table->setItem(row, 0, new QTableWidgetItem(allergy.value(QStringLiteral("substance")).toString()));
        table->setItem(row, 1, new QTableWidgetItem(allergy.value(QStringLiteral("reaction")).toString()));
    }
    m_fillingAllergies = false;
}

void ResidentRecordPage::takeAllergies()
{
    if (m_fillingAllergies)
        return;
    QVariantList allergies;
    QTableWidget *table = m_ui->allergiesTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString substance = table->item(row, 0) ? table->item(row, 0)->text().trimmed() : QString();
        const QString reaction = table->item(row, 1) ? table->item(row, 1)->text().trimmed() : QString();
        if (!substance.isEmpty())
            allergies.append(
                QVariantMap{{QStringLiteral("substance"), substance}, {QStringLiteral("reaction"), reaction}});
    }
    m_model->setData(m_model->index(0, m_model->fieldIndex(QStringLiteral("allergies"))), allergies);
    // Allergies listed are known allergies.
    if (!allergies.isEmpty())
        m_ui->allergyStatusComboBox->setCurrentIndex(m_ui->allergyStatusComboBox->findData(QStringLiteral("known")));
}

bool ResidentRecordPage::hasUnsavedWork()
{
    m_mapper->submit();
    return m_model->isModified() ||
           (m_model->original().id.isEmpty() && !m_ui->newRoomLineEdit->text().trimmed().isEmpty());
}

bool ResidentRecordPage::confirmLeave()
{
    if (!hasUnsavedWork())
        return true;
    const QString name = m_model->original().id.isEmpty() ? tr("the new resident") : residentName();
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Unsaved changes"),
        tr("Your changes to %1's record are not saved. Save them before you leave the record?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        revert();
        return true;
    }
    return false;
}

void ResidentRecordPage::revert()
{
    show(m_model->original());
    m_ui->newRoomLineEdit->clear();
}

bool ResidentRecordPage::save()
{
    // A date that cannot be read is refused here, kept as typed: saved, it would silently become "not recorded".
    for (OptionalDateEdit *date : findChildren<OptionalDateEdit *>()) {
        if (!date->isAcceptable()) {
            showMessage(tr("Not saved: %1").arg(date->check().message), true);
            date->setFocus();
            return false;
        }
    }
    m_mapper->submit();
    Result<ResidentRecord> result;
    if (m_model->original().id.isEmpty()) {
        ResidentRecord record = m_model->edited();
        record.setValue(QStringLiteral("room_number"), m_ui->newRoomLineEdit->text().trimmed());
        result = ResidentStore::create(m_workspace->database(), record,
                                       m_ui->newFacilityComboBox->currentData().toString(), m_medicalWrite);
    } else {
        result = ResidentStore::save(m_workspace->database(), m_model->original(), m_model->edited(), m_medicalWrite);
    }
    settle(result);
    return result.ok();
}

void ResidentRecordPage::settle(const Result<ResidentRecord> &result)
{
    if (result.ok()) {
        show(result.value);
        showDone(tr("Saved."));
        emit residentSaved(result.value.id);
        return;
    }
    if (result.outcome != Outcome::Conflict) {
        showMessage(tr("Not saved: %1").arg(result.message), true);
        focusField(result.field);
        return;
    }
    showMessage(tr("Not saved: %1").arg(result.message), true);
    ConflictDialog::offer<ResidentRecord>(
        this, result.message, m_model->original(), result.value, m_model->edited(),
        [this](const ResidentRecord &theirs, const ResidentRecord &merged) {
            show(theirs);
            m_model->setEdited(merged);
            m_mapper->toFirst();
            fillAllergies();
            showMessage(tr("Their version is shown with your changes on top: check it, then save again."), false);
        },
        [this](const ResidentRecord &theirs) {
            show(theirs);
            showMessage(tr("Their version is shown; your changes were discarded."), false);
        });
}

void ResidentRecordPage::askForEvent(const QString &event)
{
    // An event changes the record: unsaved changes go first, so that nothing is lost and no conflict follows.
    if (hasUnsavedWork()) {
        const QMessageBox::StandardButton answer = MessageBox::question(
            this, tr("Unsaved changes"), tr("Save your changes to %1's record first?").arg(residentName()),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        if (answer != QMessageBox::Save || !save())
            return;
    }
    recordEvent(event, residentName());
}

void ResidentRecordPage::recordEvent(const QString &event, const QString &name)
{
    const ResidentRecord &record = m_model->original();
    QList<std::pair<QString, QString>> others;
    for (const auto &facility : m_facilities) {
        if (facility.first != record.value(QStringLiteral("facility_id")).toString())
            others.append(facility);
    }
    auto *dialog =
        new ResidentEventDialog(event, name, record.value(QStringLiteral("room_number")).toString(), others, this);
    dialog->setObjectName(QStringLiteral("residentEventDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Result<ResidentRecord> result =
            ResidentStore::recordEvent(m_workspace->database(), m_model->original(), dialog->residentEvent());
        if (!result.ok() && result.outcome != Outcome::Conflict) {
            showMessage(tr("Not recorded: %1").arg(result.message), true);
            return;
        }
        show(result.value);
        if (result.outcome == Outcome::Conflict)
            showMessage(tr("Not recorded: %1").arg(result.message), true);
        else
            showDone(tr("Recorded: %1.").arg(ResidentStatus::eventName(dialog->residentEvent().event)));
        emit residentSaved(result.value.id);
    });
    dialog->open();
}

QString ResidentRecordPage::printout() const
{
    const Result<QList<CarePlanRecord>> plans =
        CarePlanStore::forResident(m_workspace->database(), m_model->original().id);
    const Result<QList<AssessmentRecord>> assessments =
        AssessmentStore::latest(m_workspace->database(), m_model->original().id);
    const Result<QList<AssessmentDue>> due = assessments.ok()
                                                 ? AssessmentStore::due(m_workspace->database(), m_model->original().id)
                                                 : Result<QList<AssessmentDue>>::done();
    const QString assessmentsError = assessments.ok() ? due.message : assessments.message;
    return RecordPrintouts::residentSummary(m_model->original(), plans.value, assessments.value, due.value,
                                            assessmentsError, Clock::today(), m_workspace->session().displayName(),
                                            DateText::moment(Clock::now()));
}

void ResidentRecordPage::print()
{
    if (hasUnsavedWork())
        showMessage(tr("Printing the saved record: your changes are not saved yet."), false);
    RecordPrinter::print(this, tr("Resident summary: %1").arg(residentName()), printout());
}

void ResidentRecordPage::savePdf()
{
    if (hasUnsavedWork())
        showMessage(tr("Saving the saved record as PDF: your changes are not saved yet."), false);
    const Result<QString> saved =
        RecordPrinter::saveAsPdf(this, tr("Resident summary: %1").arg(residentName()),
                                 tr("%1 - resident summary.pdf").arg(residentName()), printout());
    if (!saved.ok())
        showMessage(saved.message, true);
    else if (!saved.value.isEmpty() && hasUnsavedWork())
        showMessage(tr("%1 (the saved record: your changes are not saved yet)").arg(saved.value), false);
    else if (!saved.value.isEmpty())
        showDone(saved.value);
}

void ResidentRecordPage::refreshCarePlans()
{
    if (!m_model->original().id.isEmpty()) {
        m_carePlans->setResident(m_model->original().id); // the alerts follow when the plans are read
    }
}

void ResidentRecordPage::refreshAssessments()
{
    if (!m_model->original().id.isEmpty()) {
        m_assessments->refresh();
        updateAssessmentsDue();
    }
}

void ResidentRecordPage::updateAssessmentsDue()
{
    m_ui->assessmentsTableView->resizeColumnsToContents();
    const QString residentId = m_model->original().id;
    if (residentId.isEmpty()) {
        m_dueShownFor.clear();
        m_ui->assessmentsDueLabel->clear();
        return;
    }
    // Read off the window's thread; another resident's answer never shows here.
    if (residentId != m_dueShownFor)
        m_ui->assessmentsDueLabel->setText(tr("Reading what is due…"));
    AssessmentStore::dueLater(m_workspace->reader(), m_workspace->connectionName(), this, residentId,
                              [this, residentId](const Result<QList<AssessmentDue>> &due) {
                                  if (m_model->original().id == residentId)
                                      showAssessmentsDue(due);
                              });
}

void ResidentRecordPage::showAssessmentsDue(const Result<QList<AssessmentDue>> &due)
{
    m_dueShownFor = m_model->original().id;
    const QDate today = Clock::today();
    QStringList overdue;
    QList<std::pair<QDate, QString>> soon;
    QStringList later;
    for (const AssessmentDue &item : due.value) {
        const QString text = tr("%1 (%2)").arg(AssessmentTools::name(item.type), DateText::shortDate(item.dueDate));
        if (item.overdue(today))
            overdue.append(text);
        else if (item.dueSoon(today))
            soon.append({item.dueDate, text});
        else
            later.append(text);
    }
    QStringList lines;
    if (!due.ok())
        lines.append(due.message);
    if (!overdue.isEmpty())
        lines.append(tr("Overdue: %1").arg(overdue.join(tr(", "))));
    if (!soon.isEmpty())
        lines.append(ResidentAlerts::dueGroups(soon, today));
    if (!later.isEmpty())
        lines.append(tr("Next: %1").arg(later.join(tr(", "))));
    if (lines.isEmpty())
        lines.append(tr("Nothing is due."));
    m_ui->assessmentsDueLabel->setText(lines.join(QLatin1Char('\n')));
    QFont font = m_ui->assessmentsDueLabel->font();
    font.setBold(!overdue.isEmpty());
    m_ui->assessmentsDueLabel->setFont(font);
}

void ResidentRecordPage::showTrends()
{
    TrendsDialog dialog(m_workspace, m_model->original().id, residentName(), this);
    dialog.setObjectName(QStringLiteral("trendsDialog"));
    connect(&dialog, &TrendsDialog::assessmentRequested, this, &ResidentRecordPage::assessmentRequested);
    dialog.exec();
}

void ResidentRecordPage::showWhoHasSeen()
{
    RecordAccessDialog dialog(m_workspace, m_model->original().id, residentName(), this);
    dialog.setObjectName(QStringLiteral("recordAccessDialog"));
    dialog.exec();
}

void ResidentRecordPage::exportSubjectAccess()
{
    const QString name = residentName();
    const QString pdfPath = FileDialog::saveFileName(
        this, tr("Subject access export"),
        tr("%1 - subject access %2.pdf").arg(name, Clock::today().toString(Qt::ISODate)), tr("PDF documents (*.pdf)"));
    if (pdfPath.isEmpty())
        return;
    // The request is a write: on the window's connection, at once (it takes milliseconds); the export is a read.
    const Result<QString> access = SubjectAccessStore::request(m_workspace->database(), m_model->original().id);
    if (!access.ok()) {
        showMessage(access.message, true);
        return;
    }
    m_ui->subjectAccessPushButton->setEnabled(false);
    showMessage(tr("Gathering every record held about %1…").arg(name), false);
    const QString printedBy = m_workspace->session().displayName();
    SubjectAccessStore::exportLater(
        m_workspace->reader(), m_workspace->connectionName(), this, m_model->original().id, access.value,
        [this, name, pdfPath, printedBy](const Result<QJsonObject> &exported) {
            m_ui->subjectAccessPushButton->setEnabled(true);
            if (!exported.ok()) {
                showMessage(tr("The export of %1's records: %2").arg(name, exported.message), true);
                return;
            }
            const Result<SubjectAccessFiles::Saved> saved =
                SubjectAccessFiles::save(exported.value, pdfPath, printedBy);
            if (!saved.ok()) {
                showMessage(saved.message, true);
                return;
            }
            showDone(tr("Every record held about %1 is saved in %2 and, for a computer to read, %3.")
                         .arg(name, saved.value.pdfPath, saved.value.jsonPath));
        });
}

void ResidentRecordPage::showDone(const QString &message)
{
    showMessage(message, false);
    m_doneShown = true;
}

void ResidentRecordPage::showMessage(const QString &message, bool problem)
{
    m_doneShown = false;
    m_ui->messageLabel->setText(message);
    QFont font = m_ui->messageLabel->font();
    font.setBold(problem);
    m_ui->messageLabel->setFont(font);
}

void ResidentRecordPage::focusField(const QString &field)
{
    for (const auto &[name, widget] : fieldWidgets) {
        if (field != QLatin1String(name))
            continue;
        if (QWidget *target = findChild<QWidget *>(QString::fromLatin1(widget))) {
            // Show the tab the field is on.
            for (QWidget *parent = target->parentWidget(); parent; parent = parent->parentWidget()) {
                const int tab = m_ui->recordTabWidget->indexOf(parent);
                if (tab >= 0) {
                    m_ui->recordTabWidget->setCurrentIndex(tab);
                    break;
                }
            }
            target->setFocus();
        }
    }
}

QJsonObject ResidentRecordPage::draft()
{
    if (!hasUnsavedWork())
        return {};
    QJsonObject fields;
    const ResidentRecord &edited = m_model->edited();
    for (const QString &field : m_model->modifiedFields())
        fields.insert(field, ResidentRecord::valueToJson(field, edited.value(field)));
    return {{QStringLiteral("resident_id"), m_model->original().id},
            {QStringLiteral("facility_id"), m_ui->newFacilityComboBox->currentData().toString()},
            {QStringLiteral("room"), m_ui->newRoomLineEdit->text()},
            {QStringLiteral("fields"), fields}};
}

void ResidentRecordPage::restoreDraft(const QJsonObject &draft, std::function<void()> restored)
{
    const QString id = draft.value(QStringLiteral("resident_id")).toString();
    if (id.isEmpty()) {
        newResident(draft.value(QStringLiteral("facility_id")).toString());
        m_ui->newRoomLineEdit->setText(draft.value(QStringLiteral("room")).toString());
        putBack(draft);
        restored();
        return;
    }
    openResident(id, [this, draft, restored = std::move(restored)](const Result<> &opened) {
        if (!opened.ok())
            return;
        putBack(draft);
        restored();
    });
}

void ResidentRecordPage::putBack(const QJsonObject &draft)
{
    ResidentRecord edited = m_model->edited();
    const QJsonObject fields = draft.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        edited.setValue(it.key(), ResidentRecord::valueFromJson(it.key(), it.value()));
    m_model->setEdited(edited);
    m_mapper->toFirst();
    fillAllergies();
    showMessage(tr("Your unsaved changes to this record are back, as you left them: check them, then save."), false);
}
