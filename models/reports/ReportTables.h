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
    static ReportTable make(ReportKind kind, const ReportData &data);
    static QString kindName(ReportKind kind);
    // RFC 4180: a header row, then the rows; a cell with a comma, quote or line break quoted; a text cell that a
    // spreadsheet would run as a formula (starting with =, +, -, @) kept as text with a leading apostrophe.
    static QString csv(const ReportTable &table);
    // safeguardingSeen: whether the reader may see safeguarding incidents (else the page says they are not counted:
    // a fall or a pressure ulcer flagged as safeguarding is not in the figures).
    static PrintedDocument document(const ReportTable &table, const ReportData &data, bool safeguardingSeen);
    static QString safeguardingLeftOut();
    // The months of the period: the first day of each calendar month it touches.
    static QList<QDate> months(const QDate &from, const QDate &to);
};
