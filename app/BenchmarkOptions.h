#pragma once

#include "database/ConnectionSettings.h"

#include <QString>
#include <QStringList>

// What writecarenotes-bench was asked to measure, and as whom.
struct BenchmarkOptions
{
    ConnectionSettings station; // the station login, as the application connects
    QString baselineConnInfo;   // a role that bypasses row-level security (the cluster's superuser)
    QString email;              // a nurse of the home measured
    QString managerEmail;       // a manager who sees every home of the organization
    QString password;           // both users' password
    QStringList stationEmails;  // users for the concurrent stations (repeated round-robin)
    int iterations = 50;
    double maxSeconds = 20; // per operation: stops early (after 3 samples at least) once spent
    int stations = 50;
    int notesPerStation = 20;
    QStringList only;   // groups of operations to measure; empty: all
    QString appPath;    // the writecarenotes binary whose start-up is timed
    int guiStarts = 10; // warm starts timed
};
