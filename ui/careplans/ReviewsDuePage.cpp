#include "careplans/ReviewsDuePage.h"
#include "ui_ReviewsDuePage.h"

#include "careplans/ReviewsDueModel.h"
#include "organization/FacilityListModel.h"

#include <QHeaderView>

ReviewsDuePage::ReviewsDuePage(std::shared_ptr<const Workspace> workspace, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ReviewsDuePage>()),
      m_model(new ReviewsDueModel(workspace->connectionName(), this))
{
    m_ui->setupUi(this);
    QFont title = m_ui->reviewsDueTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->reviewsDueTitleLabel->setFont(title);
    FacilityListModel facilities;
    facilities.refresh(workspace->database());
    m_ui->reviewsDueFacilityComboBox->addItem(tr("Every home"), QString());
    for (int row = 0; row < facilities.rowCount(); ++row)
        m_ui->reviewsDueFacilityComboBox->addItem(facilities.facilityName(row), facilities.facilityId(row));
    if (facilities.rowCount() == 1)
        m_ui->reviewsDueFacilityComboBox->setCurrentIndex(1);
    m_ui->reviewsDueTableView->setModel(m_model);
    m_ui->reviewsDueTableView->verticalHeader()->hide();
    m_ui->reviewsDueTableView->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->reviewsDueFacilityComboBox, &QComboBox::currentIndexChanged, this, &ReviewsDuePage::refresh);
    connect(m_ui->reviewsDueTableView, &QTableView::activated, this, &ReviewsDuePage::openSelected);
    connect(m_ui->openReviewPushButton, &QPushButton::clicked, this, &ReviewsDuePage::openSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewsDuePage::updateResult);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ReviewsDuePage::updateResult);
    // Read off the window's thread: a group's list across every home never freezes the station.
    m_model->setReader(workspace->reader());
    connect(m_model, &KeysetTableModel::pageRead, this, [this] {
        updateResult();
        m_ui->reviewsDueTableView->resizeColumnsToContents();
    });
}

ReviewsDuePage::~ReviewsDuePage() = default;

void ReviewsDuePage::showEvent(QShowEvent *event)
{
    // Reviews happen elsewhere meanwhile: the list is read again each time it is shown.
    refresh();
    QWidget::showEvent(event);
}

void ReviewsDuePage::refresh()
{
    m_model->setFacility(m_ui->reviewsDueFacilityComboBox->currentData().toString());
}

void ReviewsDuePage::updateResult()
{
    if (!m_model->lastRead().ok())
        m_ui->reviewsDueResultLabel->setText(m_model->lastRead().message);
    else if (m_model->rowCount() == 0 && m_model->isReading())
        m_ui->reviewsDueResultLabel->setText(tr("Reading the reviews due…"));
    else if (m_model->rowCount() == 0)
        m_ui->reviewsDueResultLabel->setText(tr("No care plan is due for review this week."));
    else
        m_ui->reviewsDueResultLabel->setText(tr("%n care plan(s) to review.", "", m_model->rowCount()));
}

void ReviewsDuePage::openSelected()
{
    const QModelIndex current = m_ui->reviewsDueTableView->currentIndex();
    if (!current.isValid())
        return;
    emit carePlanRequested(current.data(ReviewsDueModel::ResidentIdRole).toString(),
                           current.data(ReviewsDueModel::PlanIdRole).toString());
}
