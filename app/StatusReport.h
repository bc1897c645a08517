#pragma once

#include "health/ServerHealth.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

class QSqlDatabase;

// The health part of `writecarenotes-admin status`: reads ServerHealth, adds the backups pgBackRest lists, prints it
// all, and gives back what needs attention (HealthRules).
class StatusReport
{
    Q_DECLARE_TR_FUNCTIONS(StatusReport)

public:
    StatusReport(QTextStream &out, QTextStream &err);
    // configFile: --backup-config, or empty for the one beside the server's data folder. Failed (and printed) when
    // the health could not be read at all.
    bool print(const QSqlDatabase &db, const QString &configFile, const QString &password, QStringList *attention);

private:
    static QString megabytes(qint64 bytes);
    static QString utc(const QDateTime &instant);

    QTextStream &m_out;
    QTextStream &m_err;
};
