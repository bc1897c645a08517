#include "incidents/IncidentsPage.h"
#include "ui_IncidentsPage.h"

#include "common/Clock.h"
#include "incidents/IncidentForm.h"
#include "incidents/IncidentListModel.h"
#include "incidents/IncidentReportDialog.h"
#include "organization/FacilityListModel.h"
#include "session/Capability.h"
#include "widgets/OverdueDelegate.h"

#include <QHeaderView>

IncidentsPage::IncidentsPage(std::shared_ptr<const Workspace> workspace, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::IncidentsPage>()), m_workspace(std::move(workspace)),
      m_incidents(new IncidentListModel(m_workspace->connectionName(), this)), m_form(new IncidentForm(m_workspace))
{
    m_ui->setupUi(this);
    QFont title = m_ui->incidentsTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->incidentsTitleLabel->setFont(title);
    m_form->setObjectName(QStringLiteral("incidentForm"));
    m_ui->incidentsStackedWidget->addWidget(m_form);

    FacilityListModel homes;
    homes.refresh(m_workspace->database());
    m_ui->incidentsFacilityComboBox->addItem(tr("Every home"), QString());
    for (int row = 0; row < homes.rowCount(); ++row)
        m_ui->incidentsFacilityComboBox->addItem(homes.facilityName(row), homes.facilityId(row));
    if (homes.rowCount() == 1)
        m_ui->incidentsFacilityComboBox->setCurrentIndex(1);
    m_ui->incidentsReportPushButton->setVisible(m_workspace->can(Capability::incidentsAdd));

    QTableView *table = m_ui->incidentsTableView;
    table->verticalHeader()->hide();
    table->setModel(m_incidents);
    table->setItemDelegate(new OverdueDelegate(IncidentListModel::OverdueRole, table));
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(IncidentListModel::ResidentColumn, QHeaderView::Stretch);
    m_incidents->setReader(m_workspace->reader());
    // A safeguarding lead who does not review incidents follows the safeguarding ones alone.
    m_incidents->setSafeguardingOnly(!m_workspace->can(Capability::incidentsRead));

    connect(m_ui->incidentsFacilityComboBox, &QComboBox::currentIndexChanged, this, &IncidentsPage::refresh);
    connect(m_ui->incidentsAttentionCheckBox, &QCheckBox::toggled, this, &IncidentsPage::refresh);
    connect(m_ui->incidentsReportPushButton, &QPushButton::clicked, this, &IncidentsPage::reportIncident);
    connect(table, &QTableView::activated, this, &IncidentsPage::openSelected);
    connect(m_ui->openIncidentPushButton, &QPushButton::clicked, this,
            [this] { openSelected(m_ui->incidentsTableView->currentIndex()); });
    connect(m_incidents, &KeysetTableModel::pageRead, this, [this] {
        updateStatus();
        // Each column as wide as what it now holds; the resident's name takes the rest.
        for (int column = 0; column < IncidentListModel::ColumnCount; ++column) {
            if (column != IncidentListModel::ResidentColumn)
                m_ui->incidentsTableView->resizeColumnToContents(column);
        }
        if (!m_ui->incidentsTableView->currentIndex().isValid() && m_incidents->rowCount() > 0)
            m_ui->incidentsTableView->setCurrentIndex(m_incidents->index(0, 0));
    });
    connect(m_form, &IncidentForm::backRequested, this, &IncidentsPage::showList);
    connect(m_form, &IncidentForm::changed, this, &IncidentsPage::refresh);
}

IncidentsPage::~IncidentsPage() = default;

void IncidentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_ui->incidentsStackedWidget->currentWidget() == m_ui->incidentsListPage)
        refresh();
}

void IncidentsPage::refresh()
{
    m_incidents->setNow(Clock::nowUtc());
    m_incidents->setFacility(m_ui->incidentsFacilityComboBox->currentData().toString());
    m_incidents->setNeedsAttention(m_ui->incidentsAttentionCheckBox->isChecked());
    updateStatus();
}

void IncidentsPage::updateStatus()
{
    if (m_incidents->isReading()) {
        m_ui->incidentsStatusLabel->setText(tr("Reading the incidents…"));
    } else if (!m_incidents->lastRead().ok()) {
        m_ui->incidentsStatusLabel->setText(m_incidents->lastRead().message);
    } else if (m_incidents->rowCount() == 0) {
        m_ui->incidentsStatusLabel->setText(m_ui->incidentsAttentionCheckBox->isChecked()
                                                ? tr("No incident is waiting for review or a notification.")
                                                : tr("No incidents."));
    } else {
        m_ui->incidentsStatusLabel->setText(tr("%n incident(s) shown.", "", m_incidents->rowCount()));
    }
    m_ui->openIncidentPushButton->setEnabled(m_incidents->rowCount() > 0);
}

void IncidentsPage::openSelected(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    openIncident(index.data(IncidentListModel::IncidentIdRole).toString());
}

void IncidentsPage::openIncident(const QString &incidentId)
{
    m_ui->incidentsStackedWidget->setCurrentWidget(m_form);
    m_form->openIncident(incidentId);
}

void IncidentsPage::showList()
{
    m_ui->incidentsStackedWidget->setCurrentWidget(m_ui->incidentsListPage);
    refresh();
    m_ui->incidentsTableView->setFocus();
}

void IncidentsPage::reportIncident()
{
    auto *dialog = new IncidentReportDialog(m_workspace, m_ui->incidentsFacilityComboBox->currentData().toString(),
                                            QString(), this);
    dialog->setObjectName(QStringLiteral("incidentReportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &IncidentsPage::refresh);
    dialog->open();
}
