#include "assessments/AssessmentsDuePage.h"
#include "ui_AssessmentsDuePage.h"

#include "assessments/AssessmentsDueModel.h"
#include "organization/FacilityListModel.h"

#include <QHeaderView>

AssessmentsDuePage::AssessmentsDuePage(std::shared_ptr<const Workspace> workspace, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AssessmentsDuePage>()),
      m_model(new AssessmentsDueModel(workspace->connectionName(), this))
{
    m_ui->setupUi(this);
    QFont title = m_ui->assessmentsDueTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->assessmentsDueTitleLabel->setFont(title);
    FacilityListModel facilities;
    facilities.refresh(workspace->database());
    m_ui->assessmentsDueFacilityComboBox->addItem(tr("Every home"), QString());
    for (int row = 0; row < facilities.rowCount(); ++row)
        m_ui->assessmentsDueFacilityComboBox->addItem(facilities.facilityName(row), facilities.facilityId(row));
    if (facilities.rowCount() == 1)
        m_ui->assessmentsDueFacilityComboBox->setCurrentIndex(1);
    m_ui->assessmentsDueTableView->setModel(m_model);
    m_ui->assessmentsDueTableView->verticalHeader()->hide();
    m_ui->assessmentsDueTableView->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->assessmentsDueFacilityComboBox, &QComboBox::currentIndexChanged, this, &AssessmentsDuePage::refresh);
    connect(m_ui->assessmentsDueTableView, &QTableView::activated, this, &AssessmentsDuePage::openSelected);
    connect(m_ui->openDueAssessmentPushButton, &QPushButton::clicked, this, &AssessmentsDuePage::openSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AssessmentsDuePage::updateResult);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AssessmentsDuePage::updateResult);
    // Read off the window's thread: a group's list across every home never freezes the station.
    m_model->setReader(workspace->reader());
    connect(m_model, &KeysetTableModel::pageRead, this, [this] {
        updateResult();
        m_ui->assessmentsDueTableView->resizeColumnsToContents();
    });
}

AssessmentsDuePage::~AssessmentsDuePage() = default;

void AssessmentsDuePage::showEvent(QShowEvent *event)
{
    // Assessments are done elsewhere meanwhile: the list is read again each time it is shown.
    refresh();
    QWidget::showEvent(event);
}

void AssessmentsDuePage::refresh()
{
    m_model->setFacility(m_ui->assessmentsDueFacilityComboBox->currentData().toString());
}

void AssessmentsDuePage::updateResult()
{
    if (!m_model->lastRead().ok())
        m_ui->assessmentsDueResultLabel->setText(m_model->lastRead().message);
    else if (m_model->rowCount() == 0 && m_model->isReading())
        m_ui->assessmentsDueResultLabel->setText(tr("Reading what is due…"));
    else if (m_model->rowCount() == 0)
        m_ui->assessmentsDueResultLabel->setText(tr("No assessment is overdue or due in the next 3 days."));
    else
        m_ui->assessmentsDueResultLabel->setText(tr("%n assessment(s) to do.", "", m_model->rowCount()));
}

void AssessmentsDuePage::openSelected()
{
    const QModelIndex current = m_ui->assessmentsDueTableView->currentIndex();
    if (!current.isValid())
        return;
    emit assessmentRequested(current.data(AssessmentsDueModel::ResidentIdRole).toString(),
                             current.data(AssessmentsDueModel::TypeRole).toString());
}
