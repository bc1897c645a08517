#pragma once

#include "BenchmarkBaseline.h"
#include "BenchmarkGui.h"
#include "BenchmarkOptions.h"
#include "BenchmarkTimings.h"
#include "session/SessionInfo.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTextStream>

#include <functional>
#include <memory>

// Times the application's own code paths (the stores and models its windows use, on a QPSQL connection through the
// station login with a user signed in) against a libpq baseline of the cheapest SQL for the same rows.
class Benchmark
{
    Q_DECLARE_TR_FUNCTIONS(Benchmark)

public:
    Benchmark(const BenchmarkOptions &options, QTextStream &err);
    ~Benchmark();
    Benchmark(const Benchmark &) = delete;
    Benchmark &operator=(const Benchmark &) = delete;

    // Runs every operation; false (with the problem on err) when it could not get started.
    bool run();
    QJsonObject toJson() const;
    QString markdown() const;
    // A table of the medians of later over earlier, per operation (growth between two runs).
    static QString compare(const QJsonObject &earlier, const QJsonObject &later);

private:
    bool setUp();
    bool signIn(const QString &connectionName, const QString &email, SessionInfo *info);
    bool pickOperands();
    QList<double> measure(const std::function<bool()> &operation, const std::function<void()> &between = {});
    // On the superuser's baseline connection, or on another one.
    QList<double> measureBaseline(const QString &name, const QList<QPair<QString, QStringList>> &statements,
                                  BenchmarkBaseline *baseline = nullptr);
    void add(const QString &name, const QString &description, const QList<double> &samples,
             const QList<double> &baseline, const QString &note = QString());
    void signInOperation();
    void searches();
    void openResident();
    void timeline();
    void saves();
    void shiftBoard();
    void lists();
    void homeScreen();
    void concurrentStations();
    void gui();
    QSqlDatabase nurse() const;
    QSqlDatabase manager() const;

    BenchmarkOptions m_options;
    QTextStream &m_err;
    BenchmarkBaseline m_baseline;
    SessionInfo m_nurse;
    SessionInfo m_manager;
    QString m_facilityId;
    QString m_facilityName;
    QString m_residentId;     // the home's resident with the most notes
    QString m_listResidentId; // the first of the home's list, for the searches
    QString m_surname;
    QString m_laterWord;
    QString m_nhsNumber;
    QStringList m_homeResidents;
    QString m_failure;
    QList<BenchmarkTimings> m_results;
    QJsonObject m_concurrency;
    QJsonObject m_data;
    std::unique_ptr<BenchmarkGui> m_gui;
};
