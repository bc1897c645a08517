#pragma once

#include <QDateTime>
#include <QString>

// One table or partition as performance_metrics shows it, with its size on disk.
struct TableMetrics
{
    QString table;
    qint64 liveRows = 0;
    qint64 deadRows = 0;
    QDateTime lastVacuum; // by hand or autovacuum, whichever was later; invalid: never
    QDateTime lastAnalyze;
    qint64 bytes = 0;
};
