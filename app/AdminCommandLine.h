#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class QSqlDatabase;

// writecarenotes-admin: the command line for whoever runs the database server.
class AdminCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(AdminCommandLine)

public:
    // Exit codes: 0 done, 1 the command failed, 2 the command line was wrong.
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        UsageError = 2
    };

    AdminCommandLine(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    int migrate(const QSqlDatabase &db);
    int status(const QSqlDatabase &db);
    int maintain(const QSqlDatabase &db);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_displayName;
};
