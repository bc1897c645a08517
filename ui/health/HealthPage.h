#pragma once

#include "common/Result.h"
#include "health/ServerHealth.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class ConnectionCountModel;
class QLabel;
class QPushButton;
class QShowEvent;
class QTabWidget;
class TableMetricsModel;
class Workspace;

// The database's health for its administrator: what needs attention first, then its size, schema version, backups,
// archiving, standbys, the oldest open transaction and partitions, and every table and partition and connection in
// a list. Read off the window's thread each time it is shown and on Refresh; the database decides who may read it.
class HealthPage : public QWidget
{
    Q_OBJECT

public:
    // embedded: the database on this computer, whose backups the window knows (setBackups); otherwise a shared
    // server's, whose backups its own command line lists.
    HealthPage(std::shared_ptr<const Workspace> workspace, bool embedded, QWidget *parent = nullptr);

    void refresh();
    // The embedded database's backups, as the home page says them: a line and its warnings.
    void setBackups(const QString &summary, const QStringList &warnings);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void takeRead(const Result<ServerHealth> &read);
    void render(); // what was read and the backups, without reading again
    void showAttention();

    std::shared_ptr<const Workspace> m_workspace;
    bool m_embedded;
    bool m_reading = false;
    bool m_readAgain = false;
    bool m_backupsRead = false;
    QLabel *m_attentionLabel;
    QLabel *m_readAtLabel;
    QPushButton *m_refreshButton;
    QLabel *m_factsLabel;
    QTabWidget *m_listsTabs;
    TableMetricsModel *m_tables;
    ConnectionCountModel *m_connections;
    std::optional<ServerHealth> m_health;
    QString m_readProblem;
    QString m_backupSummary;
    QStringList m_backupWarnings;
};
