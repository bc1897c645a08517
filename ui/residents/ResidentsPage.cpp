#include "residents/ResidentsPage.h"
#include "session/Capability.h"
#include "ui_ResidentsPage.h"

#include "assessments/AssessmentPage.h"
#include "careplans/CarePlanPage.h"
#include "clinical/AssessmentTools.h"
#include "organization/FacilityListModel.h"
#include "residents/AlertsDelegate.h"
#include "residents/ResidentListModel.h"
#include "residents/ResidentRecordPage.h"
#include "residents/ResidentStatus.h"
#include "widgets/ColumnFit.h"
#include "widgets/LettersWide.h"
#include "widgets/MessageBox.h"
#include "widgets/StackedPages.h"

#include <QHeaderView>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace {

// Typing pauses this long before the search runs: one query for a word typed at speed, not one a letter.
constexpr int searchDelayMilliseconds = 150;

} // namespace

ResidentsPage::ResidentsPage(std::shared_ptr<const Workspace> workspace, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ResidentsPage>()), m_workspace(workspace),
      m_residents(new ResidentListModel(workspace->connectionName(), this)), m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    // The count or the hint takes the free width of its row: squeezed beside the buttons it would wrap into more
    // lines than the page has room for.
    m_ui->listButtonsLayout->setStretchFactor(m_ui->resultLabel, 1);
    QFont title = m_ui->residentsTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->residentsTitleLabel->setFont(title);

    QList<std::pair<QString, QString>> facilities;
    {
        FacilityListModel list;
        list.refresh(workspace->database());
        for (int row = 0; row < list.rowCount(); ++row)
            facilities.append({list.facilityId(row), list.facilityName(row)});
    }
    m_ui->facilityComboBox->addItem(tr("Every home"), QString());
    for (const auto &[id, name] : facilities)
        m_ui->facilityComboBox->addItem(name, id);
    // Someone who works in one home sees that home's residents first.
    if (facilities.size() == 1)
        m_ui->facilityComboBox->setCurrentIndex(1);
    m_ui->statusComboBox->addItem(tr("Living here (and in hospital)"), ResidentStatus::current());
    for (const QString &status : ResidentStatus::all())
        m_ui->statusComboBox->addItem(ResidentStatus::name(status), QStringList{status});
    m_ui->statusComboBox->addItem(tr("Everyone, past and present"), ResidentStatus::all());
    m_ui->orderComboBox->addItem(tr("By name"), int(ResidentListModel::Order::ByName));
    m_ui->orderComboBox->addItem(tr("By room"), int(ResidentListModel::Order::ByRoom));

    QTableView *view = m_ui->residentsTableView;
    view->setModel(m_residents);
    view->setItemDelegateForColumn(ResidentListModel::AlertsColumn, new AlertsDelegate(view));
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(ResidentListModel::AlertsColumn, QHeaderView::Stretch);
    view->setColumnWidth(ResidentListModel::NameColumn, lettersWide(this, 18));
    view->setColumnWidth(ResidentListModel::RoomColumn,
                         std::max(lettersWide(this, 5),
                                  ColumnFit::headingWidth(view->horizontalHeader(), ResidentListModel::RoomColumn)));
    view->setColumnHidden(ResidentListModel::FacilityColumn, facilities.size() == 1);
    view->setWordWrap(false);

    m_ui->newResidentPushButton->setVisible(workspace->can(Capability::residentsWrite));

    m_recordPage = new ResidentRecordPage(workspace, facilities, this);
    m_recordPage->setObjectName(QStringLiteral("residentRecordPage"));
    m_ui->residentsStackedWidget->addWidget(m_recordPage);
    m_carePlanPage = new CarePlanPage(workspace, this);
    m_carePlanPage->setObjectName(QStringLiteral("carePlanPage"));
    m_ui->residentsStackedWidget->addWidget(m_carePlanPage);
    m_assessmentPage = new AssessmentPage(workspace, this);
    m_assessmentPage->setObjectName(QStringLiteral("assessmentPage"));
    m_ui->residentsStackedWidget->addWidget(m_assessmentPage);
    StackedPages::sizeByCurrentPage(m_ui->residentsStackedWidget);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMilliseconds);
    connect(m_searchTimer, &QTimer::timeout, this, &ResidentsPage::search);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    // Enter opens the one match, or goes to the list to choose.
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, [this] {
        search();
        m_chooseWhenRead = true;
        if (!m_residents->isReading())
            chooseFromResult();
    });
    connect(m_ui->facilityComboBox, &QComboBox::currentIndexChanged, this,
            [this] { m_residents->setFacility(m_ui->facilityComboBox->currentData().toString()); });
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this,
            [this] { m_residents->setStatuses(m_ui->statusComboBox->currentData().toStringList()); });
    connect(m_ui->orderComboBox, &QComboBox::currentIndexChanged, this,
            [this] { m_residents->setOrder(ResidentListModel::Order(m_ui->orderComboBox->currentData().toInt())); });
    connect(m_residents, &QAbstractItemModel::modelReset, this, &ResidentsPage::updateResult);
    connect(m_residents, &QAbstractItemModel::rowsInserted, this, &ResidentsPage::updateResult);
    // The list is read off the window's thread, so typing never waits on the server.
    m_residents->setReader(workspace->reader());
    connect(m_residents, &ResidentListModel::pageRead, this, [this] {
        // Status, home, born and NHS number whole: sized to the rows that arrived, not to the empty list.
        for (const auto column : {ResidentListModel::StatusColumn, ResidentListModel::FacilityColumn,
                                  ResidentListModel::BornColumn, ResidentListModel::NhsNumberColumn})
            m_ui->residentsTableView->resizeColumnToContents(column);
        updateResult();
        if (m_chooseWhenRead)
            chooseFromResult();
    });
    connect(view, &QTableView::activated, this, &ResidentsPage::openSelected);
    connect(m_ui->openResidentPushButton, &QPushButton::clicked, this, &ResidentsPage::openSelected);
    connect(m_ui->newResidentPushButton, &QPushButton::clicked, this, &ResidentsPage::newResident);

    connect(m_recordPage, &ResidentRecordPage::backRequested, this, [this] {
        m_ui->residentsStackedWidget->setCurrentWidget(m_ui->listPage);
        m_residents->refresh();
        m_ui->searchLineEdit->setFocus();
        m_ui->searchLineEdit->selectAll();
    });
    connect(m_recordPage, &ResidentRecordPage::carePlanRequested, this,
            [this](const QString &planId) { openPlanPage(planId, QString()); });
    connect(m_recordPage, &ResidentRecordPage::newCarePlanRequested, this,
            [this](const QString &type) { openPlanPage(QString(), type); });
    connect(m_carePlanPage, &CarePlanPage::backRequested, this, [this] {
        m_recordPage->refreshCarePlans();
        m_ui->residentsStackedWidget->setCurrentWidget(m_recordPage);
    });
    connect(m_carePlanPage, &CarePlanPage::planSaved, m_recordPage, &ResidentRecordPage::refreshCarePlans);
    connect(m_recordPage, &ResidentRecordPage::assessmentRequested, this, [this](const QString &assessmentId) {
        m_assessmentPage->openAssessment(m_recordPage->record(), assessmentId, [this](const Result<> &opened) {
            if (!opened.ok()) {
                MessageBox::warning(this, tr("Assessment not opened"), opened.message);
                return;
            }
            m_ui->residentsStackedWidget->setCurrentWidget(m_assessmentPage);
        });
    });
    connect(m_recordPage, &ResidentRecordPage::newAssessmentRequested, this, [this](const QString &type) {
        if (const std::optional<AssessmentType> tool = AssessmentTools::fromKey(type)) {
            m_assessmentPage->startAssessment(m_recordPage->record(), *tool);
            m_ui->residentsStackedWidget->setCurrentWidget(m_assessmentPage);
        }
    });
    connect(m_assessmentPage, &AssessmentPage::backRequested, this, [this] {
        m_recordPage->refreshAssessments();
        m_ui->residentsStackedWidget->setCurrentWidget(m_recordPage);
    });
    connect(m_assessmentPage, &AssessmentPage::assessmentSaved, m_recordPage, &ResidentRecordPage::refreshAssessments);
    connect(m_assessmentPage, &AssessmentPage::carePlanRequested, this,
            [this](const QString &planId) { openPlanPage(planId, QString()); });
    connect(m_assessmentPage, &AssessmentPage::newCarePlanRequested, this,
            [this](const QString &type) { openPlanPage(QString(), type); });

    m_residents->setFacility(m_ui->facilityComboBox->currentData().toString());
    m_ui->searchLineEdit->setFocus();
}

ResidentsPage::~ResidentsPage() = default;

void ResidentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Coming to the list, the cursor is where a name is typed.
    if (m_ui->residentsStackedWidget->currentWidget() == m_ui->listPage)
        QTimer::singleShot(0, m_ui->searchLineEdit, qOverload<>(&QWidget::setFocus));
}

void ResidentsPage::search()
{
    m_chooseWhenRead = false;
    m_searchTimer->stop();
    m_residents->setSearch(m_ui->searchLineEdit->text());
}

void ResidentsPage::chooseFromResult()
{
    m_chooseWhenRead = false;
    if (m_residents->rowCount() == 1) {
        openResident(m_residents->residentId(0));
    } else if (m_residents->rowCount() > 1) {
        m_ui->residentsTableView->setFocus();
        m_ui->residentsTableView->selectRow(0);
    }
}

void ResidentsPage::updateResult()
{
    if (!m_residents->lastRead().ok()) {
        m_ui->resultLabel->setText(m_residents->lastRead().message);
        return;
    }
    const int rows = m_residents->rowCount();
    if (rows == 0 && m_residents->isReading()) {
        m_ui->resultLabel->setText(tr("Searching…"));
        return;
    }
    const QString typed = m_ui->searchLineEdit->text().trimmed();
    if (rows == 0 && typed.isEmpty()) {
        m_ui->resultLabel->setText(tr("No residents to show."));
    } else if (rows == 0) {
        // What would find them: fewer letters, one name, the number or the room, and whichever filter hides them.
        QStringList hint{tr("Nobody matches “%1”. Try fewer letters or the start of one name (“conn” finds "
                            "O'Connor), the NHS number or the room.")
                             .arg(typed)};
        if (m_ui->facilityComboBox->currentIndex() > 0 && m_ui->facilityComboBox->count() > 2)
            hint.append(tr("Only %1 is shown: choose “Every home” to look in the others.")
                            .arg(m_ui->facilityComboBox->currentText()));
        if (m_ui->statusComboBox->currentIndex() != m_ui->statusComboBox->count() - 1)
            hint.append(tr("“%1” hides the others: choose “Everyone, past and present” to include residents who have "
                           "left or died.")
                            .arg(m_ui->statusComboBox->currentText()));
        m_ui->resultLabel->setText(hint.join(QLatin1Char(' ')));
    } else if (m_residents->canFetchMore())
        m_ui->resultLabel->setText(tr("The first %n resident(s): scroll down for more.", "", rows));
    else
        m_ui->resultLabel->setText(tr("%n resident(s).", "", rows));
}

void ResidentsPage::openSelected()
{
    const QModelIndex current = m_ui->residentsTableView->currentIndex();
    if (current.isValid())
        openResident(m_residents->residentId(current.row()));
}

bool ResidentsPage::leaveOpenPages()
{
    if (m_ui->residentsStackedWidget->currentWidget() == m_carePlanPage && !m_carePlanPage->confirmLeave())
        return false;
    if (m_ui->residentsStackedWidget->currentWidget() == m_assessmentPage && !m_assessmentPage->confirmLeave())
        return false;
    return m_ui->residentsStackedWidget->currentWidget() == m_ui->listPage || m_recordPage->confirmLeave();
}

bool ResidentsPage::showList()
{
    if (!leaveOpenPages())
        return false;
    m_ui->residentsStackedWidget->setCurrentWidget(m_ui->listPage);
    return true;
}

bool ResidentsPage::openResident(const QString &residentId, std::function<void()> then)
{
    if (m_ui->residentsStackedWidget->currentWidget() != m_ui->listPage) {
        if (!leaveOpenPages())
            return false;
        // Nobody types into the record left while the next one is read: it would be replaced when that arrives.
        m_ui->residentsStackedWidget->setCurrentWidget(m_ui->listPage);
    }
    m_restoring = QJsonObject(); // the person has moved on from a draft that could not be put back
    m_ui->resultLabel->setText(tr("Opening the record…"));
    m_recordPage->openResident(residentId, [this, then = std::move(then)](const Result<> &opened) {
        updateResult();
        if (!opened.ok()) {
            MessageBox::warning(this, tr("Record not opened"), opened.message);
            return;
        }
        m_ui->residentsStackedWidget->setCurrentWidget(m_recordPage);
        if (then)
            then();
    });
    return true;
}

bool ResidentsPage::isOpening() const
{
    return m_recordPage->isOpening() || m_carePlanPage->isOpening() || m_assessmentPage->isOpening();
}

bool ResidentsPage::openCarePlan(const QString &residentId, const QString &planId)
{
    return openResident(residentId, [this, planId] { openPlanPage(planId, QString()); });
}

bool ResidentsPage::startAssessment(const QString &residentId, const QString &type)
{
    const std::optional<AssessmentType> tool = AssessmentTools::fromKey(type);
    if (!tool)
        return false;
    return openResident(residentId, [this, tool] {
        m_assessmentPage->startAssessment(m_recordPage->record(), *tool);
        m_ui->residentsStackedWidget->setCurrentWidget(m_assessmentPage);
    });
}

void ResidentsPage::openPlanPage(const QString &planId, const QString &newType)
{
    if (planId.isEmpty()) {
        m_carePlanPage->startPlan(m_recordPage->record(), newType);
        m_ui->residentsStackedWidget->setCurrentWidget(m_carePlanPage);
        return;
    }
    m_carePlanPage->openPlan(planId, m_recordPage->record(), [this](const Result<> &opened) {
        if (!opened.ok()) {
            MessageBox::warning(this, tr("Care plan not opened"), opened.message);
            return;
        }
        m_ui->residentsStackedWidget->setCurrentWidget(m_carePlanPage);
    });
}

void ResidentsPage::newResident()
{
    m_recordPage->newResident(m_ui->facilityComboBox->currentData().toString());
    m_ui->residentsStackedWidget->setCurrentWidget(m_recordPage);
}

QJsonObject ResidentsPage::draft() const
{
    if (!m_restoring.isEmpty())
        return m_restoring;
    QJsonObject draft;
    const QWidget *current = m_ui->residentsStackedWidget->currentWidget();
    if (current == m_ui->listPage)
        return draft;
    const QJsonObject record = m_recordPage->draft();
    if (!record.isEmpty())
        draft.insert(QStringLiteral("record"), record);
    if (current == m_carePlanPage) {
        const QJsonObject plan = m_carePlanPage->draft();
        if (!plan.isEmpty())
            draft.insert(QStringLiteral("care_plan"), plan);
    }
    if (current == m_assessmentPage) {
        const QJsonObject assessment = m_assessmentPage->draft();
        if (!assessment.isEmpty())
            draft.insert(QStringLiteral("assessment"), assessment);
    }
    if (!draft.isEmpty())
        draft.insert(QStringLiteral("resident_id"), m_recordPage->residentId());
    return draft;
}

void ResidentsPage::restoreDraft(const QJsonObject &draft)
{
    // The record is read off the window's thread: until it is back, the draft stays the draft.
    // A draft holds one page beyond the record: the care plan or the assessment that was open.
    const auto putBackPages = [this, draft] {
        m_ui->residentsStackedWidget->setCurrentWidget(m_recordPage);
        const auto shown = [this](QWidget *page) {
            m_restoring = QJsonObject();
            m_ui->residentsStackedWidget->setCurrentWidget(page);
        };
        if (draft.contains(QStringLiteral("care_plan")))
            m_carePlanPage->restoreDraft(draft.value(QStringLiteral("care_plan")).toObject(), m_recordPage->record(),
                                         [shown, this] { shown(m_carePlanPage); });
        else if (draft.contains(QStringLiteral("assessment")))
            m_assessmentPage->restoreDraft(draft.value(QStringLiteral("assessment")).toObject(), m_recordPage->record(),
                                           [shown, this] { shown(m_assessmentPage); });
        else
            shown(m_recordPage);
    };
    if (draft.contains(QStringLiteral("record"))) {
        m_restoring = draft;
        m_recordPage->restoreDraft(draft.value(QStringLiteral("record")).toObject(), putBackPages);
    } else if (openResident(draft.value(QStringLiteral("resident_id")).toString(), putBackPages)) {
        m_restoring = draft; // after openResident, which forgets a draft that could not be put back
    }
}
