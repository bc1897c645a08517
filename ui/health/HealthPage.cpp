#include "health/HealthPage.h"

#include "common/Clock.h"
#include "common/DateText.h"
#include "health/ConnectionCountModel.h"
#include "health/HealthRules.h"
#include "health/HealthStore.h"
#include "health/HealthText.h"
#include "health/TableMetricsModel.h"
#include "session/Workspace.h"
#include "widgets/StationColours.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace {

QTableView *listView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setMinimumHeight(120);
    return view;
}

} // namespace

HealthPage::HealthPage(std::shared_ptr<const Workspace> workspace, bool embedded, QWidget *parent)
    : QWidget(parent), m_workspace(std::move(workspace)), m_embedded(embedded), m_attentionLabel(new QLabel(this)),
      m_readAtLabel(new QLabel(this)), m_refreshButton(new QPushButton(tr("Refresh"), this)),
      m_factsLabel(new QLabel(this)), m_listsTabs(new QTabWidget(this)), m_tables(new TableMetricsModel(this)),
      m_connections(new ConnectionCountModel(this))
{
    setObjectName(QStringLiteral("healthPage"));
    m_attentionLabel->setObjectName(QStringLiteral("healthAttentionLabel"));
    m_readAtLabel->setObjectName(QStringLiteral("healthReadAtLabel"));
    m_refreshButton->setObjectName(QStringLiteral("refreshHealthPushButton"));
    m_factsLabel->setObjectName(QStringLiteral("healthFactsLabel"));
    m_listsTabs->setObjectName(QStringLiteral("healthListsTabWidget"));

    auto *title = new QLabel(tr("Health of the database"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_readAtLabel);
    top->addWidget(m_refreshButton);

    m_attentionLabel->setWordWrap(true);
    m_attentionLabel->setTextFormat(Qt::RichText);
    m_attentionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // One label, a table inside: labels added to a form after it is shown wrapped within their first height.
    m_factsLabel->setWordWrap(true);
    m_factsLabel->setTextFormat(Qt::RichText);
    m_factsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Named before the counts arrive: a screen reader names the tab bar by its current tab.
    m_listsTabs->addTab(listView(m_tables, QStringLiteral("healthTablesTableView"), this), tr("Tables and partitions"));
    m_listsTabs->addTab(listView(m_connections, QStringLiteral("healthConnectionsTableView"), this), tr("Connections"));
    m_listsTabs->widget(0)->setAccessibleName(tr("Tables and partitions"));
    m_listsTabs->widget(1)->setAccessibleName(tr("Connections"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_attentionLabel);
    layout->addWidget(m_factsLabel);
    layout->addWidget(m_listsTabs, 1);

    connect(m_refreshButton, &QPushButton::clicked, this, &HealthPage::refresh);
    m_attentionLabel->setText(tr("Reading…"));
}

void HealthPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void HealthPage::refresh()
{
    // Asked again while a read is under way (a write, a second visit): read once more when it ends.
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    m_refreshButton->setEnabled(false);
    HealthStore::readLater(m_workspace->reader(), m_workspace->connectionName(), this,
                           [this](const Result<ServerHealth> &read) { takeRead(read); });
}

void HealthPage::setBackups(const QString &summary, const QStringList &warnings)
{
    m_backupsRead = true;
    m_backupSummary = summary;
    m_backupWarnings = warnings;
    if (m_health)
        render();
}

void HealthPage::takeRead(const Result<ServerHealth> &read)
{
    m_reading = false;
    m_refreshButton->setEnabled(true);
    m_readAtLabel->setText(tr("Read at %1").arg(DateText::moment(Clock::now())));
    if (!read.ok()) {
        m_health.reset();
        m_readProblem = read.message;
    } else {
        m_health = read.value;
        m_readProblem.clear();
    }
    render();
    if (std::exchange(m_readAgain, false))
        refresh();
}

void HealthPage::render()
{
    showAttention();
    if (!m_health) {
        m_factsLabel->clear();
        m_tables->setTables({});
        m_connections->setConnections({});
    } else {
        QString rows;
        auto addFact = [&rows](const QString &label, const QString &value) {
            rows += QStringLiteral("<tr><td style=\"padding-right:12px\">%1</td><td>%2</td></tr>")
                        .arg(tr("%1:").arg(label).toHtmlEscaped(),
                             value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        };
        QString backups = tr("kept by whoever runs the server: \"writecarenotes-admin status\" on its computer "
                             "lists them.");
        if (m_embedded)
            backups = !m_backupsRead              ? tr("being read…")
                      : m_backupSummary.isEmpty() ? tr("not known: see what needs attention above")
                                                  : m_backupSummary;
        addFact(tr("Backups"), backups);
        for (const auto &[label, value] : HealthText::facts(*m_health))
            addFact(label, value);
        m_factsLabel->setText(QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">%1</table>").arg(rows));
        m_tables->setTables(m_health->tables);
        m_connections->setConnections(m_health->connections);
    }
    // Nothing read, nothing to list: the sentence above says why.
    m_listsTabs->setVisible(m_health.has_value());
    m_listsTabs->setTabText(0, tr("Tables and partitions (%1)").arg(m_tables->rowCount()));
    m_listsTabs->setTabText(1, tr("Connections (%1)").arg(m_connections->rowCount()));
}

void HealthPage::showAttention()
{
    QStringList attention;
    if (!m_readProblem.isEmpty()) {
        attention << m_readProblem;
    } else if (m_health) {
        // The embedded database's warnings say what archiving's failures mean for its backups, in its own words.
        ServerHealth judged = *m_health;
        if (m_embedded)
            judged.archiver.reset();
        attention << m_backupWarnings << HealthRules::attention(judged, Clock::now());
    }
    if (attention.isEmpty()) {
        // Never "nothing" before the backups, which may well need attention, have been read.
        m_attentionLabel->setText(m_embedded && !m_backupsRead
                                      ? tr("Reading the backups…").toHtmlEscaped()
                                      : StationColours::goodHtml(tr("Nothing needs attention.").toHtmlEscaped()));
        return;
    }
    // A few lines at most, so that the lists stay on a station's screen: the tables' own lines are in the list below.
    constexpr int shown = 6;
    QString html = QStringLiteral("<b>%1</b>").arg(tr("Needs attention:").toHtmlEscaped());
    for (int i = 0; i < std::min<int>(shown, int(attention.size())); ++i)
        html += QStringLiteral("<br>") +
                StationColours::problemHtml(QStringLiteral("• ") + attention.at(i).toHtmlEscaped());
    if (attention.size() > shown)
        html += QStringLiteral("<br>") +
                StationColours::problemHtml(
                    tr("…and %n more: see the tables and partitions below.", "", int(attention.size()) - shown)
                        .toHtmlEscaped());
    m_attentionLabel->setText(html);
}
