#pragma once

#include "common/Result.h"
#include "reports/ReportData.h"
#include "reports/ReportTable.h"

#include <QImage>
#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class ReportTableModel;
class Workspace;

// The managers' reports: homes chosen side by side, a period (the last full quarter unless changed) and a report
// (audit scores, falls per 1,000 occupied bed days, incidents by type and month, pressure ulcers acquired in the
// home), shown as a chart with a line per home and as a table, exported as CSV or PDF. Read off the window's thread;
// changing the report redraws what was read without reading again.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(std::shared_ptr<const Workspace> workspace, QWidget *parent = nullptr);

    void showReport();
    bool isReading() const { return m_reading; }

private:
    void reportRead(const Result<ReportData> &read);
    void drawReport();
    // A line per home (per home and audit type for the scores) over the period, for the page and for the PDF.
    QChart *makeChart(const ReportTable &table) const;
    QImage chartImage(const ReportTable &table) const;
    void exportCsv();
    void saveAsPdf();

    std::shared_ptr<const Workspace> m_workspace;
    QListWidget *m_homesList;
    QComboBox *m_kindBox;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QPushButton *m_showButton;
    QPushButton *m_csvButton;
    QPushButton *m_pdfButton;
    QLabel *m_statusLabel;
    QChartView *m_chartView;
    QTableView *m_tableView;
    ReportTableModel *m_table;
    ReportData m_data;
    bool m_hasData = false;
    bool m_reading = false;
};
