#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct pg_conn;

// The baseline: plain libpq as a role that bypasses row-level security (the cluster's superuser), each statement
// prepared once (PQprepare) and run with protocol-level parameters, triggers off (session_replication_role =
// replica) so a write is the bare durable row.
class BenchmarkBaseline
{
public:
    // Off: the bare row. On: the row through the table's own triggers and checks, for a write whose rules cannot be
    // skipped (a note save).
    enum class Triggers
    {
        Off,
        On
    };

    explicit BenchmarkBaseline(const QString &conninfo, Triggers triggers = Triggers::Off);
    ~BenchmarkBaseline();
    BenchmarkBaseline(const BenchmarkBaseline &) = delete;
    BenchmarkBaseline &operator=(const BenchmarkBaseline &) = delete;

    // Done while connected and set up; else Failed with libpq's own text (a benchmark's report, never a station's).
    Result<> status() const;
    // The role connected as, and whether it bypasses row-level security, for the report.
    QString roleDescription() const { return m_role; }

    // Prepares statement under name once, runs it with parameters (text; a null QString is SQL NULL); its value is the
    // number of rows.
    Result<int> run(const QString &name, const QString &statement, const QStringList &parameters);
    // The first column of the first row of a one-off statement (for picking operands), empty on failure.
    QString value(const QString &statement, const QStringList &parameters = {});

private:
    pg_conn *m_connection = nullptr;
    QString m_error;
    QString m_role;
    QList<QString> m_prepared;
};
