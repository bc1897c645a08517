#include "incidents/IncidentReportDialog.h"
#include "ui_IncidentReportDialog.h"

#include "common/Clock.h"
#include "common/DateText.h"
#include "compliance/HeadInjuryObservations.h"
#include "incidents/IncidentNames.h"
#include "incidents/IncidentStore.h"
#include "organization/FacilityListModel.h"
#include "widgets/MessageBox.h"
#include "widgets/StationColours.h"

#include <QPushButton>

#include <algorithm>

IncidentReportDialog::IncidentReportDialog(std::shared_ptr<const Workspace> workspace, const QString &facilityId,
                                           const QString &residentId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::IncidentReportDialog>()), m_workspace(std::move(workspace))
{
    m_ui->setupUi(this);
    m_ui->reportProblemLabel->setStyleSheet(StationColours::problemStyle());
    QPushButton *send = m_ui->reportButtonBox->addButton(tr("&Report"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("reportSendPushButton"));
    send->setDefault(true);
    connect(m_ui->reportButtonBox, &QDialogButtonBox::accepted, this, &IncidentReportDialog::send);
    connect(m_ui->reportButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    FacilityListModel homes;
    homes.refresh(m_workspace->database());
    for (int row = 0; row < homes.rowCount(); ++row)
        m_ui->reportFacilityComboBox->addItem(homes.facilityName(row), homes.facilityId(row));
    const int home = m_ui->reportFacilityComboBox->findData(facilityId);
    if (home >= 0)
        m_ui->reportFacilityComboBox->setCurrentIndex(home);
    loadResidents(residentId);
    connect(m_ui->reportFacilityComboBox, &QComboBox::currentIndexChanged, this, [this] { loadResidents(QString()); });

    for (const QString &type : IncidentNames::types())
        m_ui->reportTypeComboBox->addItem(IncidentNames::typeName(type), type);
    // Each site's whole name in a grid of equal cells, all of them in view.
    const QFontMetrics metrics = m_ui->reportSitesListWidget->fontMetrics();
    int widest = 0;
    for (const QString &site : IncidentNames::sites())
        widest = std::max(widest, metrics.horizontalAdvance(IncidentNames::siteName(site)));
    const QSize cell(widest + 50, metrics.height() + 6);
    m_ui->reportSitesListWidget->setGridSize(cell);
    m_ui->reportSitesListWidget->setMinimumHeight(6 * cell.height() + 8);
    m_ui->reportSitesListWidget->setMaximumHeight(6 * cell.height() + 8);
    for (const QString &site : IncidentNames::sites()) {
        auto *item = new QListWidgetItem(IncidentNames::siteName(site), m_ui->reportSitesListWidget);
        item->setSizeHint(cell);
        item->setData(Qt::UserRole, site);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    // A little ahead of the station's clock is allowed, as the database allows it.
    const QDateTime now = Clock::now();
    m_ui->reportWhenDateTimeEdit->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));
    m_ui->reportWhenDateTimeEdit->setMaximumDateTime(now.addSecs(5 * 60));
    m_ui->reportWhenDateTimeEdit->setMinimumDateTime(now.addDays(-366));
    // A safeguarding concern is one whatever box is ticked.
    connect(m_ui->reportTypeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const bool safeguarding = m_ui->reportTypeComboBox->currentData().toString() == QLatin1String("safeguarding");
        if (safeguarding)
            m_ui->reportSafeguardingCheckBox->setChecked(true);
        m_ui->reportSafeguardingCheckBox->setEnabled(!safeguarding);
    });
    connect(m_ui->reportWhatHappenedPlainTextEdit, &QPlainTextEdit::textChanged, m_ui->reportProblemLabel,
            &QLabel::clear);
    m_ui->reportTypeComboBox->setFocus();
}

IncidentReportDialog::~IncidentReportDialog() = default;

void IncidentReportDialog::loadResidents(const QString &residentId)
{
    m_ui->reportResidentComboBox->clear();
    m_ui->reportResidentComboBox->addItem(tr("No resident"), QString());
    const QString facilityId = m_ui->reportFacilityComboBox->currentData().toString();
    if (facilityId.isEmpty())
        return;
    const Result<QList<IncidentChoice>> residents = IncidentStore::residentsOf(m_workspace->database(), facilityId);
    for (const IncidentChoice &resident : residents.value)
        m_ui->reportResidentComboBox->addItem(resident.name, resident.id);
    if (!residents.ok())
        m_ui->reportProblemLabel->setText(residents.message);
    const int chosen = m_ui->reportResidentComboBox->findData(residentId);
    m_ui->reportResidentComboBox->setCurrentIndex(chosen >= 0 ? chosen : 0);
}

IncidentReport IncidentReportDialog::typedReport() const
{
    IncidentReport report;
    report.facilityId = m_ui->reportFacilityComboBox->currentData().toString();
    report.residentId = m_ui->reportResidentComboBox->currentData().toString();
    report.type = m_ui->reportTypeComboBox->currentData().toString();
    report.occurredAt = m_ui->reportWhenDateTimeEdit->dateTime();
    report.location = m_ui->reportLocationLineEdit->text().trimmed();
    report.whatHappened = m_ui->reportWhatHappenedPlainTextEdit->toPlainText().trimmed();
    report.immediateActions = m_ui->reportImmediateActionsPlainTextEdit->toPlainText().trimmed();
    report.injuries = m_ui->reportInjuriesLineEdit->text().trimmed();
    for (int row = 0; row < m_ui->reportSitesListWidget->count(); ++row) {
        const QListWidgetItem *item = m_ui->reportSitesListWidget->item(row);
        if (item->checkState() == Qt::Checked)
            report.injurySites.append(item->data(Qt::UserRole).toString());
    }
    report.headStruck = m_ui->reportHeadStruckCheckBox->isChecked();
    report.witnesses = m_ui->reportWitnessesLineEdit->text().trimmed();
    report.safeguarding = m_ui->reportSafeguardingCheckBox->isChecked();
    return report;
}

void IncidentReportDialog::send()
{
    const IncidentReport report = typedReport();
    if (report.whatHappened.isEmpty()) {
        m_ui->reportProblemLabel->setText(tr("Say what happened."));
        m_ui->reportWhatHappenedPlainTextEdit->setFocus();
        return;
    }
    const Result<QString> reported = IncidentStore::report(m_workspace->database(), report);
    if (!reported.ok()) {
        m_ui->reportProblemLabel->setText(reported.message);
        const QHash<QString, QWidget *> fields = {
            {QStringLiteral("whatHappened"), m_ui->reportWhatHappenedPlainTextEdit},
            {QStringLiteral("location"), m_ui->reportLocationLineEdit},
            {QStringLiteral("immediateActions"), m_ui->reportImmediateActionsPlainTextEdit},
            {QStringLiteral("injuries"), m_ui->reportInjuriesLineEdit},
            {QStringLiteral("injurySites"), m_ui->reportSitesListWidget},
            {QStringLiteral("witnesses"), m_ui->reportWitnessesLineEdit},
            {QStringLiteral("type"), m_ui->reportTypeComboBox},
            {QStringLiteral("occurredAt"), m_ui->reportWhenDateTimeEdit},
            {QStringLiteral("resident"), m_ui->reportResidentComboBox},
            {QStringLiteral("facility"), m_ui->reportFacilityComboBox},
        };
        if (QWidget *field = fields.value(reported.field))
            field->setFocus();
        return;
    }
    m_reportedId = reported.value;
    if (HeadInjuryObservations::suspected(report.type, report.injurySites, report.headStruck)) {
        QStringList times;
        const QDateTime now = Clock::now();
        for (const QDateTime &due : HeadInjuryObservations::schedule(report.occurredAt)) {
            if (due.addSecs(30 * 60) >= now && times.size() < 8)
                times.append(DateText::moment(due));
        }
        MessageBox::information(this, tr("Observations after a head injury"),
                                HeadInjuryObservations::advice() + QStringLiteral("\n\n") +
                                    tr("Next due: %1.").arg(times.join(QStringLiteral("; "))));
    }
    accept();
}
