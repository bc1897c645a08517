#include "audits/AuditsPage.h"
#include "ui_AuditsPage.h"

#include "audits/AuditActionsModel.h"
#include "audits/AuditForm.h"
#include "audits/AuditListModel.h"
#include "audits/AuditStore.h"
#include "audits/AuditTemplateDialog.h"
#include "audits/AuditsDueModel.h"
#include "common/Clock.h"
#include "organization/FacilityListModel.h"
#include "session/Capability.h"
#include "widgets/OverdueDelegate.h"

#include <QHeaderView>

AuditsPage::AuditsPage(std::shared_ptr<const Workspace> workspace, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AuditsPage>()), m_workspace(std::move(workspace)),
      m_audits(new AuditListModel(m_workspace->connectionName(), this)),
      m_actions(new AuditActionsModel(m_workspace->connectionName(), this)),
      m_due(new AuditsDueModel(m_workspace->connectionName(), this)), m_form(new AuditForm(m_workspace))
{
    m_ui->setupUi(this);
    QFont title = m_ui->auditsTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->auditsTitleLabel->setFont(title);
    m_form->setObjectName(QStringLiteral("auditForm"));
    m_ui->auditsStackedWidget->addWidget(m_form);

    FacilityListModel facilities;
    facilities.refresh(m_workspace->database());
    m_ui->auditsFacilityComboBox->addItem(tr("Every home"), QString());
    for (int row = 0; row < facilities.rowCount(); ++row) {
        m_ui->auditsFacilityComboBox->addItem(facilities.facilityName(row), facilities.facilityId(row));
        m_ui->startAuditFacilityComboBox->addItem(facilities.facilityName(row), facilities.facilityId(row));
    }
    if (facilities.rowCount() == 1)
        m_ui->auditsFacilityComboBox->setCurrentIndex(1);
    loadTypes();
    m_ui->startAuditDateEdit->setDate(Clock::today());
    m_ui->startAuditDateEdit->setMaximumDate(Clock::today());
    m_ui->startAuditGroupBox->setVisible(m_workspace->session().can(Capability::auditsWrite));
    m_ui->editTemplatesPushButton->setVisible(m_workspace->session().can(Capability::auditsWrite));

    for (QTableView *table : {m_ui->auditActionsTableView, m_ui->auditListTableView, m_ui->auditsDueTableView}) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
    }
    m_ui->auditActionsTableView->setModel(m_actions);
    m_ui->auditActionsTableView->setItemDelegate(
        new OverdueDelegate(AuditActionsModel::OverdueRole, m_ui->auditActionsTableView));
    m_ui->auditsDueTableView->setModel(m_due);
    m_ui->auditsDueTableView->setItemDelegate(
        new OverdueDelegate(AuditsDueModel::OverdueRole, m_ui->auditsDueTableView));
    m_ui->auditListTableView->setModel(m_audits);
    m_ui->auditListTableView->setItemDelegate(
        new OverdueDelegate(AuditListModel::OverdueRole, m_ui->auditListTableView));
    // The action's words take the room left; the other columns as wide as what they hold.
    m_ui->auditActionsTableView->horizontalHeader()->setStretchLastSection(false);
    m_ui->auditActionsTableView->horizontalHeader()->setSectionResizeMode(AuditActionsModel::WhatColumn,
                                                                          QHeaderView::Stretch);
    // An action's words wrap within the width the table gives them, whatever that becomes.
    connect(m_ui->auditActionsTableView->horizontalHeader(), &QHeaderView::sectionResized, m_ui->auditActionsTableView,
            &QTableView::resizeRowsToContents);
    m_audits->setReader(m_workspace->reader());
    m_actions->setReader(m_workspace->reader());
    m_due->setReader(m_workspace->reader());

    connect(m_ui->auditsFacilityComboBox, &QComboBox::currentIndexChanged, this, &AuditsPage::refresh);
    connect(m_ui->startAuditPushButton, &QPushButton::clicked, this, &AuditsPage::startAudit);
    connect(m_ui->editTemplatesPushButton, &QPushButton::clicked, this, &AuditsPage::editTemplates);
    connect(m_ui->auditListTableView, &QTableView::activated, this, &AuditsPage::openSelected);
    connect(m_ui->auditActionsTableView, &QTableView::activated, this, &AuditsPage::openSelected);
    connect(m_ui->auditsDueTableView, &QTableView::activated, this, &AuditsPage::chooseDue);
    connect(m_ui->openAuditPushButton, &QPushButton::clicked, this,
            [this] { openSelected(m_ui->auditListTableView->currentIndex()); });
    for (KeysetTableModel *model : std::initializer_list<KeysetTableModel *>{m_audits, m_actions, m_due}) {
        connect(model, &KeysetTableModel::pageRead, this, [this] {
            updateResult();
            m_ui->auditListTableView->resizeColumnsToContents();
            m_ui->auditActionsTableView->resizeColumnsToContents();
            m_ui->auditActionsTableView->resizeRowsToContents();
            m_ui->auditsDueTableView->resizeColumnsToContents();
        });
    }
    connect(m_form, &AuditForm::backRequested, this, &AuditsPage::showList);
    connect(m_form, &AuditForm::auditChanged, this, &AuditsPage::refresh);
}

AuditsPage::~AuditsPage() = default;

void AuditsPage::showEvent(QShowEvent *event)
{
    // Audits and actions change elsewhere meanwhile: the lists are read again each time the page is shown.
    refresh();
    QWidget::showEvent(event);
}

void AuditsPage::refresh()
{
    const QString facility = m_ui->auditsFacilityComboBox->currentData().toString();
    m_actions->setToday(Clock::today());
    m_audits->setToday(Clock::today());
    m_due->setToday(Clock::today());
    m_due->setFacility(facility);
    m_actions->setFacility(facility);
    m_audits->setFacility(facility);
}

void AuditsPage::updateResult()
{
    if (!m_audits->lastRead().ok())
        m_ui->auditListResultLabel->setText(m_audits->lastRead().message);
    else if (m_audits->isReading() && m_audits->rowCount() == 0)
        m_ui->auditListResultLabel->setText(tr("Reading the audits…"));
    else
        m_ui->auditListResultLabel->setText(tr("%n audit(s).", "", m_audits->rowCount()));
    if (!m_due->lastRead().ok())
        m_ui->auditsDueLabel->setText(m_due->lastRead().message);
    else if (m_due->rowCount() == 0)
        m_ui->auditsDueLabel->setText(tr("Audits due this week: none."));
    else
        m_ui->auditsDueLabel->setText(tr("Audits due this week: %n.", "", m_due->rowCount()));
    if (!m_actions->lastRead().ok())
        m_ui->auditActionsLabel->setText(m_actions->lastRead().message);
    else if (m_actions->rowCount() == 0)
        m_ui->auditActionsLabel->setText(tr("Actions open: none."));
    else
        m_ui->auditActionsLabel->setText(
            tr("Actions open: %n, of which %1 overdue.", "", m_actions->rowCount()).arg(m_actions->overdueCount()));
}

void AuditsPage::loadTypes()
{
    const QString chosen = m_ui->startAuditTypeComboBox->currentData().toString();
    m_ui->startAuditTypeComboBox->clear();
    for (const AuditTypeRow &type : AuditStore::types(m_workspace->database()).value) {
        if (!type.retired && type.latestVersion > 0)
            m_ui->startAuditTypeComboBox->addItem(type.name, type.code);
    }
    m_ui->startAuditTypeComboBox->setCurrentIndex(std::max(0, m_ui->startAuditTypeComboBox->findData(chosen)));
}

void AuditsPage::editTemplates()
{
    auto *dialog = new AuditTemplateDialog(m_workspace, this);
    dialog->setObjectName(QStringLiteral("auditTemplateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AuditTemplateDialog::templatesChanged, this, &AuditsPage::loadTypes);
    dialog->open();
}

void AuditsPage::startAudit()
{
    const Result<QString> started =
        AuditStore::start(m_workspace->database(), m_ui->startAuditFacilityComboBox->currentData().toString(),
                          m_ui->startAuditTypeComboBox->currentData().toString(), m_ui->startAuditDateEdit->date());
    if (!started.ok()) {
        m_ui->auditListResultLabel->setText(started.message);
        return;
    }
    refresh();
    openAudit(started.value);
}

void AuditsPage::chooseDue(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    chooseDueAudit(index.data(AuditsDueModel::FacilityIdRole).toString(),
                   index.data(AuditsDueModel::TypeRole).toString());
}

void AuditsPage::chooseDueAudit(const QString &facilityId, const QString &type)
{
    showList();
    // What to start is filled in; the manager chooses the date and starts it.
    m_ui->startAuditTypeComboBox->setCurrentIndex(std::max(0, m_ui->startAuditTypeComboBox->findData(type)));
    m_ui->startAuditFacilityComboBox->setCurrentIndex(
        std::max(0, m_ui->startAuditFacilityComboBox->findData(facilityId)));
    m_ui->startAuditPushButton->setFocus();
}

void AuditsPage::openSelected(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString id = index.model() == m_actions ? index.data(AuditActionsModel::AuditIdRole).toString()
                                                  : index.data(AuditListModel::AuditIdRole).toString();
    openAudit(id);
}

void AuditsPage::openAudit(const QString &auditId)
{
    m_ui->auditsStackedWidget->setCurrentWidget(m_form);
    m_form->openAudit(auditId);
}

void AuditsPage::showList()
{
    m_ui->auditsStackedWidget->setCurrentWidget(m_ui->auditListPage);
    m_ui->auditListTableView->setFocus();
}
