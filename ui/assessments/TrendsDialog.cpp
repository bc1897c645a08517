#include "assessments/TrendsDialog.h"
#include "ui_TrendsDialog.h"

#include "common/Clock.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

// Band colours run from calm to alarming; the legend names each band, so colour is never the only sign.
QColor bandColour(int riskLevel)
{
    switch (riskLevel) {
    case 0:
        return QColor(0x2e, 0x7d, 0x32, 50);
    case 1:
        return QColor(0xf9, 0xa8, 0x25, 60);
    case 2:
        return QColor(0xef, 0x6c, 0x00, 70);
    default:
        return QColor(0xc6, 0x28, 0x28, 70);
    }
}

double msecs(const QDateTime &at)
{
    return static_cast<double>(at.toMSecsSinceEpoch());
}

} // namespace

TrendsDialog::TrendsDialog(std::shared_ptr<const Workspace> workspace, const QString &residentId,
                           const QString &residentName, QWidget *parent, AssessmentTrend::Measure preferred)
    : QDialog(parent), m_ui(std::make_unique<Ui::TrendsDialog>()), m_workspace(workspace), m_residentId(residentId),
      m_residentName(residentName), m_chartView(new QChartView)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Trends: %1").arg(residentName));
    m_chartView->setObjectName(QStringLiteral("trendsChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_ui->chartContainerLayout->addWidget(m_chartView);
    for (const AssessmentTrend::Measure measure : AssessmentTrend::measures())
        m_ui->measureComboBox->addItem(AssessmentTrend::name(measure), static_cast<int>(measure));
    connect(m_ui->measureComboBox, &QComboBox::currentIndexChanged, this,
            [this] { showMeasure(AssessmentTrend::Measure(m_ui->measureComboBox->currentData().toInt())); });
    connect(m_ui->trendsButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Every measure is read at once, off the window's thread: the chart opens on one that has values.
    m_ui->trendsMessageLabel->setText(tr("Reading the values recorded for %1…").arg(m_residentName));
    AssessmentTrend::readAll(m_workspace->reader(), m_workspace->connectionName(), this, residentId,
                             [this, preferred](const AssessmentTrend::AllSeries &read) { showRead(read, preferred); });
}

void TrendsDialog::showRead(const AssessmentTrend::AllSeries &read, AssessmentTrend::Measure preferred)
{
    m_read = read;
    m_reading = false;
    // An empty chart when another measure has values sends the user looking: open on one that has.
    const std::optional<AssessmentTrend::Measure> opening =
        AssessmentTrend::openingMeasure(preferred, [this](AssessmentTrend::Measure measure) {
            return !m_read.value(int(measure)).value.points.isEmpty();
        });
    showMeasure(opening.value_or(preferred));
    if (!opening && m_summary == tr("Nothing recorded yet for %1.").arg(m_residentName)) {
        m_summary = tr("Nothing recorded yet for %1: no weight, BMI, MUST, Waterlow or NEWS2.").arg(m_residentName);
        m_ui->trendsMessageLabel->setText(m_summary);
    }
}

AssessmentTrend::Measure TrendsDialog::measure() const
{
    return AssessmentTrend::Measure(m_ui->measureComboBox->currentData().toInt());
}

TrendsDialog::~TrendsDialog() = default;

void TrendsDialog::showMeasure(AssessmentTrend::Measure measure)
{
    {
        const QSignalBlocker blocker(m_ui->measureComboBox);
        m_ui->measureComboBox->setCurrentIndex(m_ui->measureComboBox->findData(static_cast<int>(measure)));
    }
    if (m_reading)
        return; // shown when the values arrive
    const Result<AssessmentTrend::Series> read = m_read.value(int(measure));
    const QString error = read.ok() ? read.value.notesProblem : read.message;
    const int incomplete = read.value.incomplete;
    m_points = read.value.points;
    auto *chart = new QChart;
    const QString unit = AssessmentTrend::unit(measure);
    chart->setTitle(unit.isEmpty() ? AssessmentTrend::name(measure)
                                   : tr("%1 (%2)").arg(AssessmentTrend::name(measure), unit));
    // What the chart holds, in words; a click on a shift note's point names it above this.
    const bool fromNotes = std::any_of(m_points.cbegin(), m_points.cend(),
                                       [](const AssessmentTrend::Point &point) { return !point.noteId.isEmpty(); });
    const bool fromAssessments =
        std::any_of(m_points.cbegin(), m_points.cend(),
                    [](const AssessmentTrend::Point &point) { return !point.assessmentId.isEmpty(); });
    QStringList summary;
    if (!error.isEmpty())
        summary.append(error);
    if (m_points.isEmpty() && error.isEmpty())
        summary.append(tr("Nothing recorded yet for %1.").arg(m_residentName));
    else if (fromNotes && fromAssessments)
        summary.append(tr("Values charted: %1, from NEWS2 assessments (circles) and shift-note observations "
                          "(squares). Click a point to see where it came from.")
                           .arg(m_points.size()));
    else if (fromNotes)
        summary.append(tr("Values charted: %1, from shift-note observations. Click a point to see which note it came "
                          "from.")
                           .arg(m_points.size()));
    else if (fromAssessments)
        summary.append(tr("Values charted: %1. Click a point to open its assessment.").arg(m_points.size()));
    if (incomplete > 0)
        summary.append(tr("Sets of observations in shift notes not charted because a parameter is missing (so there is "
                          "no whole score): %1.")
                           .arg(incomplete));
    m_summary = summary.join(QLatin1Char(' '));
    m_ui->trendsMessageLabel->setText(m_summary);

    QDateTime first = m_points.isEmpty() ? Clock::today().addMonths(-1).startOfDay() : m_points.constFirst().at;
    QDateTime last = m_points.isEmpty() ? Clock::today().startOfDay() : m_points.constLast().at;
    if (first.daysTo(last) < 1) {
        first = first.addDays(-7);
        last = last.addDays(7);
    }
    // A margin either side, so the first and last points are not cut in half by the chart's edge.
    const qint64 margin = qMax<qint64>(first.msecsTo(last) / 30, 12 * 3600 * 1000);
    first = first.addMSecs(-margin);
    last = last.addMSecs(margin);
    double low = 0;
    double high = 1;
    for (const AssessmentTrend::Point &point : std::as_const(m_points))
        high = qMax(high, point.value);
    // Weight and BMI are read around their values, not from 0 (a BMI of 0 is not a thing).
    if ((measure == AssessmentTrend::Measure::Weight || measure == AssessmentTrend::Measure::Bmi) &&
        !m_points.isEmpty()) {
        low = m_points.constFirst().value;
        for (const AssessmentTrend::Point &point : std::as_const(m_points))
            low = qMin(low, point.value);
        low = measure == AssessmentTrend::Measure::Bmi ? qMin(15.0, std::floor(low - 2)) : std::floor(low - 5);
        low = qMax(0.0, low);
    }
    const QList<AssessmentTrend::Band> bands = AssessmentTrend::bands(measure);
    if (!bands.isEmpty())
        high = qMax(high, qMin(bands.constLast().from + 5, bands.constLast().to));
    high = std::ceil(high * 1.1);
    // Ticks on round numbers (1, 2, 5, 10...), the range widened to whole ticks.
    const double rough = (high - low) / 6;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= rough)
            break;
    }
    step = qMax(1.0, step);
    low = std::floor(low / step) * step;
    high = std::ceil(high / step) * step;

    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(QStringLiteral("d MMM yy"));
    xAxis->setRange(first, last);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(low, high);
    yAxis->setTickType(QValueAxis::TicksDynamic);
    yAxis->setTickAnchor(0);
    yAxis->setTickInterval(step);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    for (const AssessmentTrend::Band &band : bands) {
        if (band.from >= high)
            continue;
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        for (const QDateTime &at : {first, last}) {
            upper->append(msecs(at), qMin(band.to, high));
            lower->append(msecs(at), qMax(band.from, low));
        }
        auto *area = new QAreaSeries(upper, lower);
        area->setName(band.name);
        area->setColor(bandColour(band.riskLevel));
        area->setBorderColor(Qt::transparent);
        chart->addSeries(area);
        area->attachAxis(xAxis);
        area->attachAxis(yAxis);
    }
    auto *line = new QLineSeries;
    line->setName(AssessmentTrend::name(measure));
    auto *dots = new QScatterSeries;
    dots->setName(tr("Assessments"));
    dots->setMarkerSize(11);
    // Shift-note readings are squares, so where a point came from never rests on colour alone.
    auto *noteDots = new QScatterSeries;
    noteDots->setName(tr("Shift-note observations"));
    noteDots->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    noteDots->setMarkerSize(9);
    for (const AssessmentTrend::Point &point : std::as_const(m_points)) {
        line->append(msecs(point.at), point.value);
        (point.noteId.isEmpty() ? dots : noteDots)->append(msecs(point.at), point.value);
    }
    // A kind of point not on this chart is not in its legend either.
    QList<QXYSeries *> shown{line};
    for (QScatterSeries *kind : {dots, noteDots}) {
        if (kind->count() > 0 || (kind == dots && noteDots->count() == 0))
            shown.append(kind);
        else
            delete kind;
    }
    for (QXYSeries *series : std::as_const(shown)) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        if (series != line)
            connect(static_cast<QScatterSeries *>(series), &QScatterSeries::clicked, this, &TrendsDialog::choosePoint);
    }
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

void TrendsDialog::choosePoint(const QPointF &value)
{
    if (m_points.isEmpty())
        return;
    qsizetype nearest = 0;
    for (qsizetype i = 1; i < m_points.size(); ++i) {
        if (std::abs(msecs(m_points.at(i).at) - value.x()) + std::abs(m_points.at(i).value - value.y()) <
            std::abs(msecs(m_points.at(nearest).at) - value.x()) + std::abs(m_points.at(nearest).value - value.y()))
            nearest = i;
    }
    const AssessmentTrend::Point &point = m_points.at(nearest);
    if (!point.noteId.isEmpty()) {
        // A shift note is read on the shift board; here it is named, with its score, and the chart stays open.
        m_ui->trendsMessageLabel->setText(point.source + QLatin1Char('\n') + m_summary);
        return;
    }
    emit assessmentRequested(point.assessmentId);
    accept();
}
