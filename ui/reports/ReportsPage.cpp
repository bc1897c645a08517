#include "reports/ReportsPage.h"

#include "common/Clock.h"
#include "common/CsvText.h"
#include "common/DateText.h"
#include "organization/FacilityListModel.h"
#include "printing/PageFooter.h"
#include "reports/ReportStore.h"
#include "reports/ReportTableModel.h"
#include "reports/ReportTables.h"
#include "session/Capability.h"
#include "session/Workspace.h"
#include "widgets/ElidedLabel.h"
#include "widgets/FileDialog.h"
#include "widgets/LettersWide.h"
#include "widgets/RecordPrinter.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QFormLayout>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

// The last whole calendar quarter before today's.
std::pair<QDate, QDate> lastQuarter(const QDate &today)
{
    const QDate thisQuarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    return {thisQuarter.addMonths(-3), thisQuarter.addDays(-1)};
}

} // namespace

ReportsPage::ReportsPage(std::shared_ptr<const Workspace> workspace, QWidget *parent)
    : QWidget(parent), m_workspace(std::move(workspace)), m_homesList(new QListWidget(this)),
      m_kindBox(new QComboBox(this)), m_fromEdit(new QDateEdit(this)), m_toEdit(new QDateEdit(this)),
      m_showButton(new QPushButton(tr("&Show"), this)), m_csvButton(new QPushButton(tr("Export &CSV..."), this)),
      m_pdfButton(new QPushButton(tr("Save as P&DF..."), this)), m_statusLabel(new ElidedLabel(this)),
      m_chartView(new QChartView(this)), m_tableView(new QTableView(this)), m_table(new ReportTableModel(this))
{
    setObjectName(QStringLiteral("reportsPage"));
    m_homesList->setObjectName(QStringLiteral("reportsHomesListWidget"));
    m_kindBox->setObjectName(QStringLiteral("reportsKindComboBox"));
    m_fromEdit->setObjectName(QStringLiteral("reportsFromDateEdit"));
    m_toEdit->setObjectName(QStringLiteral("reportsToDateEdit"));
    m_showButton->setObjectName(QStringLiteral("reportsShowPushButton"));
    m_csvButton->setObjectName(QStringLiteral("reportsCsvPushButton"));
    m_pdfButton->setObjectName(QStringLiteral("reportsPdfPushButton"));
    m_statusLabel->setObjectName(QStringLiteral("reportsStatusLabel"));
    // One line, elided with the whole in its tooltip: a wrapped line would make the page ask for its preferred height
    // (heightForWidth) and scroll on a station's screen.
    m_chartView->setObjectName(QStringLiteral("reportsChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    // Small minimums, so that the page fits a station's 768 lines with the buttons in view; the space left goes to the
    // chart and the table.
    m_chartView->setMinimumHeight(200);
    m_tableView->setMinimumHeight(100);
    m_homesList->setMinimumHeight(60);
    m_tableView->setObjectName(QStringLiteral("reportsTableView"));
    m_chartView->setAccessibleName(tr("The report as a chart"));
    m_tableView->setAccessibleName(tr("The report's figures"));
    m_tableView->setModel(m_table);
    m_tableView->verticalHeader()->hide();
    m_tableView->setWordWrap(false);
    m_tableView->horizontalHeader()->setStretchLastSection(true);

    auto *title = new QLabel(tr("Reports"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);

    // Every home the manager works in, all chosen: untick those to leave out.
    FacilityListModel homes;
    homes.refresh(m_workspace->database());
    for (int row = 0; row < homes.rowCount(); ++row) {
        auto *item = new QListWidgetItem(homes.facilityName(row), m_homesList);
        item->setData(Qt::UserRole, homes.facilityId(row));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_homesList->setAccessibleName(tr("Homes to compare"));
    for (ReportKind kind :
         {ReportKind::AuditScores, ReportKind::Falls, ReportKind::IncidentsByType, ReportKind::PressureUlcers})
        m_kindBox->addItem(ReportTables::kindName(kind), int(kind));
    const QDate today = Clock::today();
    const auto [from, to] = lastQuarter(today);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setMaximumDate(today);
    }
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
    m_csvButton->setEnabled(false);
    m_pdfButton->setEnabled(false);

    auto *controls = new QVBoxLayout;
    auto *homesLabel = new QLabel(tr("&Homes:"), this);
    homesLabel->setBuddy(m_homesList);
    controls->addWidget(homesLabel);
    controls->addWidget(m_homesList, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Report:"), m_kindBox);
    form->addRow(tr("&From:"), m_fromEdit);
    form->addRow(tr("&To:"), m_toEdit);
    controls->addLayout(form);
    controls->addWidget(m_showButton);
    controls->addWidget(m_csvButton);
    controls->addWidget(m_pdfButton);
    auto *side = new QWidget(this);
    side->setLayout(controls);
    side->setMaximumWidth(lettersWide(this, 34));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_tableView);
    // The chart above, the larger; the table below holds a quarter's rows and scrolls beyond.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({3000, 2000});
    auto *right = new QVBoxLayout;
    right->addWidget(m_statusLabel);
    right->addWidget(splitter, 1);
    auto *body = new QHBoxLayout;
    body->addWidget(side);
    body->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(body, 1);

    m_statusLabel->setText(tr("Choose the homes, the report and the period, then Show."));
    connect(m_showButton, &QPushButton::clicked, this, &ReportsPage::showReport);
    connect(m_kindBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_hasData)
            drawReport();
    });
    connect(m_csvButton, &QPushButton::clicked, this, &ReportsPage::exportCsv);
    connect(m_pdfButton, &QPushButton::clicked, this, &ReportsPage::saveAsPdf);
}

void ReportsPage::showReport()
{
    if (m_reading)
        return;
    QStringList chosen;
    for (int row = 0; row < m_homesList->count(); ++row) {
        if (m_homesList->item(row)->checkState() == Qt::Checked)
            chosen.append(m_homesList->item(row)->data(Qt::UserRole).toString());
    }
    if (chosen.isEmpty()) {
        m_statusLabel->setText(tr("Tick at least one home."));
        m_homesList->setFocus();
        return;
    }
    if (m_fromEdit->date() > m_toEdit->date()) {
        m_statusLabel->setText(tr("The period ends before it starts: choose a From date before the To date."));
        m_fromEdit->setFocus();
        return;
    }
    m_reading = true;
    m_showButton->setEnabled(false);
    m_statusLabel->setText(tr("Reading..."));
    ReportStore::readLater(m_workspace->reader(), m_workspace->connectionName(), this, chosen, m_fromEdit->date(),
                           m_toEdit->date(), [this](const Result<ReportData> &read) { reportRead(read); });
}

void ReportsPage::reportRead(const Result<ReportData> &read)
{
    m_reading = false;
    m_showButton->setEnabled(true);
    if (!read.ok()) {
        m_statusLabel->setText(tr("The report could not be read: %1").arg(read.message));
        return;
    }
    m_data = read.value;
    m_hasData = true;
    drawReport();
}

void ReportsPage::drawReport()
{
    const auto kind = ReportKind(m_kindBox->currentData().toInt());
    const ReportTable table = ReportTables::make(kind, m_data);
    m_table->setTable(table);
    m_tableView->resizeColumnsToContents();
    m_statusLabel->setText(m_workspace->can(Capability::incidentsSafeguarding)
                               ? table.title
                               : tr("%1. %2").arg(table.title, ReportTables::safeguardingLeftOut()));

    QChart *old = m_chartView->chart();
    m_chartView->setChart(makeChart(table));
    delete old;
    m_csvButton->setEnabled(true);
    m_pdfButton->setEnabled(true);
}

QChart *ReportsPage::makeChart(const ReportTable &table) const
{
    // A line per home (per home and audit type for the scores), with its points marked: a month with one value still
    // shows.
    auto *chart = new QChart;
    chart->setTitle(table.valueName);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // A tick at the start of each month of the period, labelled with it; the chart's title says what is measured.
    const QList<QDate> months = ReportTables::months(m_data.from, m_data.to);
    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("MMM yyyy"));
    time->setRange(QDateTime(months.first(), QTime(0, 0)), QDateTime(months.last().addMonths(1), QTime(0, 0)));
    time->setTickCount(int(std::min<qsizetype>(months.size(), 12)) + 1);
    auto *values = new QValueAxis;
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    double top = 0;
    for (const ReportSeries &line : table.series) {
        auto *series = new QLineSeries;
        series->setName(line.name);
        series->setPointsVisible(true);
        for (const auto &[date, value] : line.points) {
            series->append(double(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch()), value);
            top = std::max(top, value);
        }
        chart->addSeries(series);
        series->attachAxis(time);
        series->attachAxis(values);
    }
    // Round steps from nought (a score's axis ends at 100), never ticks at 25.9 and 51.7.
    if (ReportKind(m_kindBox->currentData().toInt()) == ReportKind::AuditScores) {
        values->setRange(0, 100);
        values->setTickCount(6);
    } else {
        values->setRange(0, top > 0 ? top * 1.1 : 1);
        values->applyNiceNumbers();
    }
    values->setLabelFormat(QStringLiteral("%g"));
    return chart;
}

// The chart as the PDF prints it: drawn again at the page's width (not copied from the screen, whose size varies), at
// three times the pixels so that its lines and words stay sharp on paper.
QImage ReportsPage::chartImage(const ReportTable &table) const
{
    QGraphicsScene scene;
    QChart *chart = makeChart(table);
    scene.addItem(chart); // the scene owns it
    const QSizeF size(ReportTables::chartWidthPixels, ReportTables::chartHeightPixels);
    chart->resize(size);
    chart->layout()->activate();
    QImage image((size * ReportTables::chartScale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(image.rect()), QRectF(QPointF(0, 0), size));
    painter.end();
    return image;
}

void ReportsPage::exportCsv()
{
    const ReportTable &table = m_table->table();
    QString name = table.title;
    name.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char(':'), QLatin1Char(' '));
    const QString path =
        FileDialog::saveFileName(this, tr("Export as CSV"), name + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString problem = CsvText::save(path, ReportTables::csv(table)); !problem.isEmpty()) {
        m_statusLabel->setText(tr("The CSV could not be written to %1: %2").arg(path, problem));
        return;
    }
    m_statusLabel->setText(tr("Exported as CSV: %1").arg(path));
}

void ReportsPage::saveAsPdf()
{
    const QString chartName = QStringLiteral("chart.png");
    const ReportTable &table = m_table->table();
    const QString printedBy = m_workspace->session().displayName();
    const QString printedAt = DateText::moment(Clock::nowUtc());
    QString name = table.title;
    name.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char(':'), QLatin1Char(' '));
    const Result<QString> saved = RecordPrinter::saveAsPdf(
        this, table.title, name + QStringLiteral(".pdf"),
        ReportTables::document(table, m_data, m_workspace->can(Capability::incidentsSafeguarding), chartName)
            .html(printedBy, printedAt),
        PageFooter(printedBy, printedAt), {{chartName, chartImage(table)}});
    if (!saved.ok() || !saved.value.isEmpty())
        m_statusLabel->setText(saved.ok() ? saved.value : saved.message);
}
