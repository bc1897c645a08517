#pragma once

#include "reports/ReportSeries.h"

#include <QList>
#include <QString>
#include <QStringList>

// A report as it is shown, exported and printed: its title, a table, and the chart's lines (one per home, so homes
// are compared side by side) with what their values measure.
struct ReportTable
{
    QString title;
    QStringList columns;
    QList<QStringList> rows;
    QString valueName; // the chart's vertical axis: "Falls per 1,000 occupied bed days"
    QList<ReportSeries> series;
};
