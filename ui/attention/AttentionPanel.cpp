#include "attention/AttentionPanel.h"

#include "attention/AttentionModel.h"
#include "common/Clock.h"
#include "session/Workspace.h"
#include "widgets/OverdueDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// A row's key across refreshes: its home, its kind and its record.
QString keyOf(const QModelIndex &index)
{
    return index.data(AttentionModel::LevelRole).toString() + QLatin1Char('/') +
           index.data(AttentionModel::FacilityIdRole).toString() + QLatin1Char('/') +
           index.data(AttentionModel::KindRole).toString() + QLatin1Char('/') +
           index.data(AttentionModel::RecordIdRole).toString() + QLatin1Char('/') +
           index.data(AttentionModel::DetailRole).toString();
}

} // namespace

AttentionPanel::AttentionPanel(std::shared_ptr<const Workspace> workspace, QWidget *parent)
    : QWidget(parent), m_workspace(std::move(workspace)),
      m_model(new AttentionModel(m_workspace->connectionName(), this)), m_summaryLabel(new QLabel(this)),
      m_refreshButton(new QPushButton(tr("&Refresh"), this)), m_tree(new QTreeView(this))
{
    setObjectName(QStringLiteral("attentionPanel"));
    m_summaryLabel->setObjectName(QStringLiteral("attentionSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_refreshButton->setObjectName(QStringLiteral("attentionRefreshPushButton"));
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_refreshButton->setToolTip(tr("Read it all again (F5)"));
    m_tree->setObjectName(QStringLiteral("attentionTreeView"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setItemDelegate(new OverdueDelegate(AttentionModel::UrgentRole, m_tree));
    m_tree->setAccessibleName(tr("What needs attention"));
    m_model->setReader(m_workspace->reader());

    auto *top = new QHBoxLayout;
    top->addWidget(m_summaryLabel, 1);
    top->addWidget(m_refreshButton);
    auto *hint = new QLabel(tr("Bold lines are urgent. Enter or a double click opens what a line is about."), this);
    hint->setObjectName(QStringLiteral("attentionHintLabel"));
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(hint);

    connect(m_refreshButton, &QPushButton::clicked, this, &AttentionPanel::refresh);
    connect(m_model, &AttentionModel::read, this, &AttentionPanel::read);
    connect(m_tree, &QTreeView::activated, this, &AttentionPanel::activate);
    m_summaryLabel->setText(tr("Reading what needs attention in your homes..."));
}

void AttentionPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void AttentionPanel::refresh()
{
    if (m_model->isReading())
        return;
    keepExpanded();
    m_refreshButton->setEnabled(false);
    m_model->refresh();
}

void AttentionPanel::keepExpanded()
{
    if (m_model->rowCount() == 0)
        return;
    m_expanded.clear();
    for (int h = 0; h < m_model->rowCount(); ++h) {
        const QModelIndex home = m_model->index(h, 0);
        if (m_tree->isExpanded(home))
            m_expanded.insert(keyOf(home));
        for (int l = 0; l < m_model->rowCount(home); ++l) {
            const QModelIndex line = m_model->index(l, 0, home);
            if (m_tree->isExpanded(line))
                m_expanded.insert(keyOf(line));
        }
    }
    m_current = m_tree->currentIndex().isValid() ? keyOf(m_tree->currentIndex()) : QString();
}

void AttentionPanel::read(bool ok)
{
    m_refreshButton->setEnabled(true);
    if (!ok) {
        m_summaryLabel->setText(tr("What needs attention could not be read: %1").arg(m_model->lastRead().message));
        return;
    }
    const QList<HomeAttention> &homes = m_model->homes();
    int urgent = 0;
    int total = 0;
    for (const HomeAttention &home : homes) {
        urgent += home.urgent();
        total += home.total();
    }
    const QString at = QLocale().toString(Clock::now().time(), QStringLiteral("HH:mm"));
    if (homes.isEmpty())
        m_summaryLabel->setText(tr("You work in no care home yet: nothing to show."));
    else if (total == 0)
        m_summaryLabel->setText(tr("Nothing needs attention in your %n home(s) at %1.", "", int(homes.size())).arg(at));
    // Whole sentences, each with one count that its words agree with, so that a translation can be written whole.
    else if (homes.size() == 1 && urgent > 0)
        m_summaryLabel->setText(
            tr("%n thing(s) need attention in your home at %1, %2 of them urgent.", "", total).arg(at).arg(urgent));
    else if (homes.size() == 1)
        m_summaryLabel->setText(
            tr("%n thing(s) need attention in your home at %1, none of them urgent.", "", total).arg(at));
    else if (urgent > 0)
        m_summaryLabel->setText(tr("%n thing(s) need attention in your %2 homes at %1, %3 of them urgent.", "", total)
                                    .arg(at)
                                    .arg(homes.size())
                                    .arg(urgent));
    else
        m_summaryLabel->setText(tr("%n thing(s) need attention in your %2 homes at %1, none of them urgent.", "", total)
                                    .arg(at)
                                    .arg(homes.size()));

    // Every home open; at the first read, the urgent kinds of the most urgent home too; later, what was open.
    QModelIndex current;
    for (int h = 0; h < m_model->rowCount(); ++h) {
        const QModelIndex home = m_model->index(h, 0);
        m_tree->setExpanded(home, m_firstRead || m_expanded.contains(keyOf(home)));
        for (int l = 0; l < m_model->rowCount(home); ++l) {
            const QModelIndex line = m_model->index(l, 0, home);
            const bool open = m_firstRead ? h == 0 && line.data(AttentionModel::UrgentRole).toBool()
                                          : m_expanded.contains(keyOf(line));
            m_tree->setExpanded(line, open);
            if (keyOf(line) == m_current)
                current = line;
            for (int i = 0; i < m_model->rowCount(line) && !current.isValid(); ++i) {
                if (keyOf(m_model->index(i, 0, line)) == m_current)
                    current = m_model->index(i, 0, line);
            }
        }
        if (keyOf(home) == m_current)
            current = home;
    }
    m_firstRead = false;
    if (!current.isValid() && m_model->rowCount() > 0)
        current = m_model->index(0, 0);
    m_tree->setCurrentIndex(current);
    m_tree->scrollTo(current);
}

void AttentionPanel::activate(const QModelIndex &index)
{
    const int level = index.data(AttentionModel::LevelRole).toInt();
    if (level == AttentionModel::HomeLevel || level == AttentionModel::LineLevel) {
        m_tree->setExpanded(index, !m_tree->isExpanded(index));
        return;
    }
    const auto kind = AttentionKind(index.data(AttentionModel::KindRole).toInt());
    if (level == AttentionModel::MoreLevel) {
        switch (kind) {
        case AttentionKind::ReviewOverdue:
            emit listRequested(List::ReviewsDue);
            break;
        case AttentionKind::AssessmentOverdue:
            emit listRequested(List::AssessmentsDue);
            break;
        case AttentionKind::News2Raised:
        case AttentionKind::NoNoteThisShift:
            emit listRequested(List::ShiftBoard);
            break;
        case AttentionKind::IncidentAwaitingReview:
        case AttentionKind::NotificationNotSent:
            emit listRequested(List::Incidents);
            break;
        case AttentionKind::ActionOverdue:
        case AttentionKind::AuditDue:
            emit listRequested(List::Audits);
            break;
        }
        return;
    }
    const QString residentId = index.data(AttentionModel::ResidentIdRole).toString();
    const QString recordId = index.data(AttentionModel::RecordIdRole).toString();
    const QString detail = index.data(AttentionModel::DetailRole).toString();
    switch (kind) {
    case AttentionKind::ReviewOverdue:
        emit carePlanRequested(residentId, recordId);
        break;
    case AttentionKind::AssessmentOverdue:
        emit assessmentRequested(residentId, detail);
        break;
    case AttentionKind::News2Raised:
    case AttentionKind::NoNoteThisShift:
        emit residentRequested(residentId);
        break;
    case AttentionKind::IncidentAwaitingReview:
    case AttentionKind::NotificationNotSent:
        emit incidentRequested(recordId);
        break;
    case AttentionKind::ActionOverdue:
        emit auditRequested(recordId);
        break;
    case AttentionKind::AuditDue:
        emit auditDueRequested(index.data(AttentionModel::FacilityIdRole).toString(), detail);
        break;
    }
}
