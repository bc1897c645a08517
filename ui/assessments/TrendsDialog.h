#pragma once

#include "assessments/AssessmentTrend.h"

#include "session/Workspace.h"

#include <QDialog>

#include <memory>

class QChartView;

namespace Ui {
class TrendsDialog;
}

// A resident's weight, BMI, MUST, Waterlow and NEWS2 (assessments and shift-note observations) over time, the tool's
// bands shaded behind the line; a click on a point opens the assessment it came from, or names the shift note.
class TrendsDialog : public QDialog
{
    Q_OBJECT

public:
    // Opens on preferred if it has values, else on the first measure that has (weight, BMI, MUST, Waterlow, NEWS2).
    TrendsDialog(std::shared_ptr<const Workspace> workspace, const QString &residentId, const QString &residentName,
                 QWidget *parent = nullptr, AssessmentTrend::Measure preferred = AssessmentTrend::Measure::Weight);
    ~TrendsDialog() override;
    void showMeasure(AssessmentTrend::Measure measure);
    AssessmentTrend::Measure measure() const;
    const QList<AssessmentTrend::Point> &points() const { return m_points; }
    // The resident's values are on their way from the server (read off the window's thread).
    bool isReading() const { return m_reading; }
    QChartView *chartView() const { return m_chartView; }
    // What a click on the point nearest to value (in the chart's own coordinates) does, as a click would: an
    // assessment's opens it; a shift note's is named, with its score, below the chart.
    void choosePoint(const QPointF &value);

signals:
    void assessmentRequested(const QString &assessmentId);

private:
    void showRead(const AssessmentTrend::AllSeries &read, AssessmentTrend::Measure preferred);

    std::unique_ptr<Ui::TrendsDialog> m_ui;
    std::shared_ptr<const Workspace> m_workspace;
    QString m_residentId;
    QString m_residentName;
    QChartView *m_chartView;
    AssessmentTrend::AllSeries m_read;
    bool m_reading = true;
    QList<AssessmentTrend::Point> m_points;
    QString m_summary; // what the chart holds, in words
};
