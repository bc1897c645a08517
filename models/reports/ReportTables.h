#pragma once

#include "printing/PrintedDocument.h"
#include "reports/ReportData.h"
#include "reports/ReportKind.h"
#include "reports/ReportTable.h"

#include <QCoreApplication>

// The managers' reports made from what ReportStore read: audit scores over time, falls per 1,000 occupied bed days
// by month, incidents by type and month, pressure ulcers acquired in the home by month; each a table, a chart's
// lines (a line per home), a CSV and a printed page. Months are the calendar months the period touches, the first and
// last cut to the period. Pure.
class ReportTables
{
    Q_DECLARE_TR_FUNCTIONS(ReportTables)

public:
    // The printed chart's width on the page (PrintedDocument::addImage): the page's width between its margins, and
    // the picture drawn at chartWidthPixels x chartHeightPixels times chartScale, sharp on paper.
    static constexpr int chartWidthPixels = 680;
    static constexpr int chartHeightPixels = 340;
    static constexpr int chartScale = 3;

    static ReportTable make(ReportKind kind, const ReportData &data);
    static QString kindName(ReportKind kind);
    // RFC 4180: a header row, then the rows; a cell with a comma, quote or line break quoted; a text cell that a
    // spreadsheet would run as a formula (starting with =, +, -, @) kept as text with a leading apostrophe.
    static QString csv(const ReportTable &table);
    // safeguardingSeen: whether the reader may see safeguarding incidents (else the page says they are not counted:
    // a fall or a pressure ulcer flagged as safeguarding is not in the figures).
    // chart: the name of the chart's picture, which the printer is given (none when empty); above the table.
    static PrintedDocument document(const ReportTable &table, const ReportData &data, bool safeguardingSeen,
                                    const QString &chart = QString());
    static QString safeguardingLeftOut();
    // The months of the period: the first day of each calendar month it touches.
    static QList<QDate> months(const QDate &from, const QDate &to);
};
