#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

// One line of a report's chart: a home (or a home's audit type) and its values over time.
struct ReportSeries
{
    QString name;
    QList<QPair<QDate, double>> points;
};
