// The managers' reports against the real server, on two homes this test fills for November and the first ten days of
// December 2025: Ash House (four residents: one there all along, one admitted on the 11th, one five nights in
// hospital, one discharged on the 21st, and one moved there while in hospital) and Elm House (one there all along,
// one re-admitted, the one who moved). The falls
// rate of the known month, incidents by type as reviewed, pressure ulcers acquired in the home or present on arrival,
// audit scores; the CSV parsed and its rows checked, the PDF read back; what a manager of one home reads; and through
// the window, the quarter's audit report exported as CSV and PDF.
#include "PdfText.h"
#include "SignedInConnection.h"
#include "StationWindowDriver.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "database/PgSession.h"
#include "organization/OrganizationSetup.h"
#include "reports/ReportStore.h"
#include "reports/ReportTables.h"
#include "widgets/FileDialog.h"
#include "widgets/RecordPrinter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// RFC 4180, as a spreadsheet reads it: quoted cells may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(cell);
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    QString m_ash;
    QString m_elm;
    QTemporaryDir m_dir;
    const QDate m_from{2025, 11, 1};
    const QDate m_to{2025, 12, 10};

    QString one(const QString &statement, const QVariantList &params)
    {
        const PgResult done = m_db->session().exec(statement, params);
        if (!done.ok() || done.rowCount() != 1) {
            qWarning() << done.error().message << statement;
            return {};
        }
        return done.text(0, "id");
    }
    bool run(const QString &statement, const QVariantList &params)
    {
        const PgResult done = m_db->session().exec(statement, params);
        if (!done.ok())
            qWarning() << done.error().message << statement;
        return done.ok();
    }
    QString resident(const QString &facility, const char *first, const char *nhs, const QDate &admitted,
                     const QDate &discharged = QDate())
    {
        return one(QStringLiteral("INSERT INTO residents (organization_id, facility_id, first_name, last_name, "
                                  "date_of_birth, admission_date, nhs_number, status, discharge_date, created_by) "
                                  "VALUES ($1, $2, $3, 'Testreport', '1935-02-03', $4, $5, $6, $7, $8) RETURNING id"),
                   {m_fixture.orgA, facility, QString::fromLatin1(first), admitted, QString::fromLatin1(nhs),
                    discharged.isValid() ? QStringLiteral("discharged") : QStringLiteral("admitted"),
                    discharged.isValid() ? QVariant(discharged) : QVariant(), m_fixture.user("managerA")});
    }
    // As app_record_resident_event records one: the home the resident was at, and for a transfer the home they go to.
    bool event(const QString &residentId, const QString &facility, const char *what, const QDate &date,
               const QString &toFacility = QString())
    {
        return run(QStringLiteral("INSERT INTO resident_events (organization_id, resident_id, event, event_date, "
                                  "from_facility, to_facility, recorded_by) VALUES ($1, $2, $3, $4, $5, "
                                  "NULLIF($6, '')::uuid, $7)"),
                   {m_fixture.orgA, residentId, QString::fromLatin1(what), date, facility, toFacility,
                    m_fixture.user("managerA")});
    }
    QString incident(const QString &facility, const QString &residentId, const char *type, const QDateTime &when)
    {
        return one(QStringLiteral("INSERT INTO incidents (organization_id, facility_id, resident_id, type, date, "
                                  "reported_by, what_happened) VALUES ($1, $2, NULLIF($3, '')::uuid, $4, "
                                  "to_timestamp($5::bigint / 1000.0), $6, 'As written') RETURNING id"),
                   {m_fixture.orgA, facility, residentId, QString::fromLatin1(type), when.toMSecsSinceEpoch(),
                    m_fixture.user("nurseA")});
    }
    Result<ReportData> readAs(const QString &email, const QStringList &homes)
    {
        SignedInConnection who(m_fixture.stationSettings(*m_db), email, QString::fromLatin1(TenantFixture::password));
        if (!who.isValid())
            return Result<ReportData>::failed(who.errorMessage());
        return ReportStore::read(who.database(), homes, m_from, m_to);
    }
    Result<ReportData> readAsManager() { return readAs(m_fixture.email("managerA"), {m_ash, m_elm}); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
        m_ash = one(QStringLiteral("INSERT INTO facilities (organization_id, name) VALUES ($1, 'Ash House') "
                                   "RETURNING id"),
                    {m_fixture.orgA});
        m_elm = one(QStringLiteral("INSERT INTO facilities (organization_id, name) VALUES ($1, 'Elm House') "
                                   "RETURNING id"),
                    {m_fixture.orgA});
        QVERIFY(!m_ash.isEmpty() && !m_elm.isEmpty());
        // Admitted residents: the database records each admission as an event of its own.
        const QString r1 = resident(m_ash, "Ann", "9990002002", QDate(2025, 10, 1));
        const QString r2 = resident(m_ash, "Bet", "9990002010", QDate(2025, 11, 11));
        const QString r3 = resident(m_ash, "Cat", "9990002029", QDate(2025, 9, 1));
        const QString r4 = resident(m_ash, "Dee", "9990002037", QDate(2025, 9, 1), QDate(2025, 11, 21));
        const QString e1 = resident(m_elm, "Eve", "9990002045", QDate(2025, 1, 1));
        for (const QString &id : {r1, r2, r3, r4, e1})
            QVERIFY(!id.isEmpty());
        QVERIFY(event(r3, m_ash, "hospital_admission", QDate(2025, 11, 5)));
        QVERIFY(event(r3, m_ash, "hospital_return", QDate(2025, 11, 10)));
        QVERIFY(event(r4, m_ash, "discharged", QDate(2025, 11, 21)));
        // At Elm: Fay discharged on 10 November and admitted again on the 20th (a re-admission names only the home,
        // as from_facility: 9 + 11 nights); Gus in hospital from the 5th, moved to Ash while there on the 8th, back
        // from hospital to Ash on the 12th (4 nights at Elm, 19 at Ash, none while in hospital).
        const QString r5 = resident(m_elm, "Fay", "9990002053", QDate(2025, 10, 1));
        const QString r6 = resident(m_elm, "Gus", "9990002061", QDate(2025, 9, 1));
        QVERIFY(!r5.isEmpty() && !r6.isEmpty());
        QVERIFY(event(r5, m_elm, "discharged", QDate(2025, 11, 10)));
        QVERIFY(event(r5, m_elm, "admitted", QDate(2025, 11, 20)));
        QVERIFY(event(r6, m_elm, "hospital_admission", QDate(2025, 11, 5)));
        QVERIFY(event(r6, m_elm, "facility_transfer", QDate(2025, 11, 8), m_ash));
        QVERIFY(event(r6, m_ash, "hospital_return", QDate(2025, 11, 12)));

        // Falls: two at Ash in November, one in October (outside), one reported as a fall that the review found an
        // injury; one at Elm. Pressure ulcers at Ash: Bet's 58 hours after her admission and Cat's 71 hours after
        // her return from hospital (both present on arrival), Ann's acquired.
        const auto at = [](int month, int day, int hour) {
            return QDateTime(QDate(2025, month, day), QTime(hour, 0));
        };
        QVERIFY(!incident(m_ash, r1, "fall", at(11, 3, 9)).isEmpty());
        QVERIFY(!incident(m_ash, r2, "fall", at(11, 20, 22)).isEmpty());
        QVERIFY(!incident(m_ash, r1, "fall", at(10, 30, 9)).isEmpty());
        const QString injury = incident(m_ash, r3, "fall", at(11, 25, 15));
        QVERIFY(run(QStringLiteral("INSERT INTO incident_reviews (organization_id, incident_id, type, severity, "
                                   "actions_taken, reviewed_by) VALUES ($1, $2, 'injury', 'low', 'Dressing', $3)"),
                    {m_fixture.orgA, injury, m_fixture.user("managerA")}));
        QVERIFY(!incident(m_elm, e1, "fall", at(11, 8, 6)).isEmpty());
        QVERIFY(!incident(m_ash, r2, "pressure_ulcer", at(11, 13, 10)).isEmpty());
        QVERIFY(!incident(m_ash, r3, "pressure_ulcer", at(11, 12, 23)).isEmpty());
        QVERIFY(!incident(m_ash, r1, "pressure_ulcer", at(11, 15, 8)).isEmpty());

        // Audits: two medication audits at Ash in the period, one in October; one at Elm.
        for (const auto &[home, date, score] :
             {std::tuple{m_ash, QDate(2025, 11, 5), 80}, std::tuple{m_ash, QDate(2025, 12, 1), 90},
              std::tuple{m_ash, QDate(2025, 10, 20), 50}, std::tuple{m_elm, QDate(2025, 11, 7), 75}}) {
            QVERIFY(run(QStringLiteral("INSERT INTO audits (organization_id, facility_id, type, date, auditor, score) "
                                       "VALUES ($1, $2, 'medication', $3, $4, $5)"),
                        {m_fixture.orgA, home, date, m_fixture.user("managerA"), score}));
        }
    }
    void cleanupTestCase() { m_db.reset(); }

    void fallsPerThousandOccupiedBedDaysOfAKnownMonth()
    {
        const Result<ReportData> read = readAsManager();
        QVERIFY2(read.ok(), qPrintable(read.message));
        const ReportTable table = ReportTables::make(ReportKind::Falls, read.value);
        QCOMPARE(table.columns, (QStringList{QStringLiteral("Home"), QStringLiteral("Month"), QStringLiteral("Falls"),
                                             QStringLiteral("Occupied bed days"),
                                             QStringLiteral("Falls per 1,000 occupied bed days")}));
        // Ash in November: 30 + 20 + 25 + 20 nights and Gus's 19, 2 falls in 114 nights: 17.54 shown as 17.6. Elm:
        // Eve's 30, Fay's 20 and Gus's 4, 1 fall in 54 nights: 18.52 shown as 18.6.
        QCOMPARE(table.rows, (QList<QStringList>{
                                 {QStringLiteral("Ash House"), QStringLiteral("2025-11"), QStringLiteral("2"),
                                  QStringLiteral("114"), QStringLiteral("17.6")},
                                 {QStringLiteral("Ash House"), QStringLiteral("2025-12"), QStringLiteral("0"),
                                  QStringLiteral("40"), QStringLiteral("0.0")},
                                 {QStringLiteral("Elm House"), QStringLiteral("2025-11"), QStringLiteral("1"),
                                  QStringLiteral("54"), QStringLiteral("18.6")},
                                 {QStringLiteral("Elm House"), QStringLiteral("2025-12"), QStringLiteral("0"),
                                  QStringLiteral("20"), QStringLiteral("0.0")},
                             }));
        // A line per home, side by side.
        QCOMPARE(table.series.size(), 2);
        QCOMPARE(table.series.first().name, QStringLiteral("Ash House"));
        QCOMPARE(table.series.first().points.first().second, 17.6);
    }

    void incidentsByTypeAsReviewed()
    {
        const Result<ReportData> read = readAsManager();
        QVERIFY2(read.ok(), qPrintable(read.message));
        const ReportTable table = ReportTables::make(ReportKind::IncidentsByType, read.value);
        QCOMPARE(
            table.rows,
            (QList<QStringList>{
                {QStringLiteral("Ash House"), QStringLiteral("2025-11"), QStringLiteral("Fall"), QStringLiteral("2")},
                {QStringLiteral("Ash House"), QStringLiteral("2025-11"), QStringLiteral("Injury"), QStringLiteral("1")},
                {QStringLiteral("Ash House"), QStringLiteral("2025-11"), QStringLiteral("Pressure ulcer"),
                 QStringLiteral("3")},
                {QStringLiteral("Elm House"), QStringLiteral("2025-11"), QStringLiteral("Fall"), QStringLiteral("1")},
            }));
    }

    void pressureUlcersAcquiredInTheHome()
    {
        const Result<ReportData> read = readAsManager();
        QVERIFY2(read.ok(), qPrintable(read.message));
        const ReportTable table = ReportTables::make(ReportKind::PressureUlcers, read.value);
        QCOMPARE(table.rows.first(), (QStringList{QStringLiteral("Ash House"), QStringLiteral("2025-11"),
                                                  QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(table.rows.size(), 4);
    }

    void auditScoresAsCsvAndPdf()
    {
        const Result<ReportData> read = readAsManager();
        QVERIFY2(read.ok(), qPrintable(read.message));
        const ReportTable table = ReportTables::make(ReportKind::AuditScores, read.value);
        const QList<QStringList> expected = {
            {QStringLiteral("Home"), QStringLiteral("Audit"), QStringLiteral("Date"), QStringLiteral("Score (%)"),
             QStringLiteral("Signed off")},
            {QStringLiteral("Ash House"), QStringLiteral("Medication"), QStringLiteral("2025-11-05"),
             QStringLiteral("80.00"), QStringLiteral("No")},
            {QStringLiteral("Ash House"), QStringLiteral("Medication"), QStringLiteral("2025-12-01"),
             QStringLiteral("90.00"), QStringLiteral("No")},
            {QStringLiteral("Elm House"), QStringLiteral("Medication"), QStringLiteral("2025-11-07"),
             QStringLiteral("75.00"), QStringLiteral("No")},
        };
        QCOMPARE(parseCsv(ReportTables::csv(table)), expected);
        QCOMPARE(table.series.size(), 2);

        const QString path = m_dir.filePath(QStringLiteral("audits.pdf"));
        QVERIFY(RecordPrinter::writePdf(path, table.title,
                                        ReportTables::document(table, read.value, true)
                                            .html(QStringLiteral("Meera Testmanager"), QStringLiteral("now")),
                                        PageFooter(QStringLiteral("Meera Testmanager"), QStringLiteral("now")))
                    .ok());
        const QString text = pdfPages(path).join(QLatin1Char(' '));
        for (const QString &expectedText :
             {QStringLiteral("Audit scores: Ash House, Elm House, 1 Nov 2025 to 10 Dec 2025"),
              QStringLiteral("From 1 November 2025 to 10 December 2025"),
              QStringLiteral("Ash House Medication 2025-11-05 80.00 No"),
              QStringLiteral("Elm House Medication 2025-11-07 75.00 No")})
            QVERIFY2(text.contains(expectedText), qPrintable(expectedText + QStringLiteral(" is not in ") + text));
    }

    // Quoting, and a cell a spreadsheet would run as a formula kept as text.
    void theCsvQuotesAndDisarms()
    {
        ReportTable table;
        table.columns = {QStringLiteral("Home"), QStringLiteral("Note")};
        table.rows = {{QStringLiteral("Ash, \"the old\" house"), QStringLiteral("two\r\nlines")},
                      {QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("-1+2")}};
        const QString csv = ReportTables::csv(table);
        QCOMPARE(csv, QStringLiteral("Home,Note\r\n\"Ash, \"\"the old\"\" house\",\"two\r\nlines\"\r\n"
                                     "\"'=HYPERLINK(\"\"http://x\"\")\",'-1+2\r\n"));
        QCOMPARE(parseCsv(csv).at(1),
                 (QStringList{QStringLiteral("Ash, \"the old\" house"), QStringLiteral("two\r\nlines")}));
    }

    // A manager of Elm House alone reads nothing of Ash House, whatever the window asks for.
    void aManagerOfOneHomeReadsThatHome()
    {
        NewUser manager;
        manager.organizationId = m_fixture.orgA;
        manager.email = QStringLiteral("manager.elm@example.org");
        manager.firstName = QStringLiteral("Eli");
        manager.lastName = QStringLiteral("Testmanager");
        manager.role = QStringLiteral("manager");
        manager.facilityIds = {m_elm};
        const Result<QString> made = OrganizationSetup::createUser(m_db->session(), manager,
                                                                   QString::fromLatin1(TenantFixture::password), false);
        QVERIFY2(made.ok(), qPrintable(made.message));
        const Result<ReportData> read = readAs(manager.email, {m_ash, m_elm});
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.value.homes.size(), 1);
        QCOMPARE(read.value.homes.first().name, QStringLiteral("Elm House"));
        for (const ReportIncident &incident : read.value.incidents)
            QCOMPARE(incident.facilityId, m_elm);
        for (const ReportAudit &audit : read.value.audits)
            QCOMPARE(audit.facilityId, m_elm);
        QVERIFY(!read.value.moves.contains(m_ash));
        // Another organization's nurse reads nothing at all.
        const Result<ReportData> other = readAs(m_fixture.email("nurseB"), {m_ash, m_elm});
        QVERIFY2(other.ok(), qPrintable(other.message));
        QVERIFY(other.value.homes.isEmpty());
        QVERIFY(other.value.incidents.isEmpty());
        QVERIFY(other.value.audits.isEmpty());
    }

    // The window: the audit report for the homes chosen, exported as CSV and PDF.
    void aManagerExportsTheAuditReport()
    {
        QTemporaryDir drafts;
        StationWindowDriver driver(m_fixture.stationSettings(*m_db), drafts.path());
        QVERIFY(driver.signIn(m_fixture.email("managerA"), QString::fromLatin1(TenantFixture::password),
                              QStringLiteral("Reports")));
        auto *homes = driver.child<QListWidget>("reportsHomesListWidget");
        QCOMPARE(homes->count(), 4);
        // Every home is chosen at first: leave out Fern and Oak House.
        for (int row = 0; row < homes->count(); ++row) {
            QCOMPARE(homes->item(row)->checkState(), Qt::Checked);
            if (!homes->item(row)->text().startsWith(QStringLiteral("Ash")) &&
                !homes->item(row)->text().startsWith(QStringLiteral("Elm")))
                homes->item(row)->setCheckState(Qt::Unchecked);
        }
        auto *kind = driver.child<QComboBox>("reportsKindComboBox");
        QCOMPARE(kind->currentText(), QStringLiteral("Audit scores"));
        driver.child<QDateEdit>("reportsFromDateEdit")->setDate(m_from);
        driver.child<QDateEdit>("reportsToDateEdit")->setDate(m_to);
        QTest::mouseClick(driver.child<QPushButton>("reportsShowPushButton"), Qt::LeftButton);
        QTRY_VERIFY(driver.child<QPushButton>("reportsCsvPushButton")->isEnabled());
        QCOMPARE(driver.child<QTableView>("reportsTableView")->model()->rowCount(), 3);

        const QString csvPath = m_dir.filePath(QStringLiteral("quarter.csv"));
        FileDialog::setNextAnswer(csvPath);
        QTest::mouseClick(driver.child<QPushButton>("reportsCsvPushButton"), Qt::LeftButton);
        QTRY_COMPARE(driver.child<QLabel>("reportsStatusLabel")->text(),
                     QStringLiteral("Exported as CSV: %1").arg(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(1),
                 (QStringList{QStringLiteral("Ash House"), QStringLiteral("Medication"), QStringLiteral("2025-11-05"),
                              QStringLiteral("80.00"), QStringLiteral("No")}));

        const QString pdfPath = m_dir.filePath(QStringLiteral("quarter.pdf"));
        FileDialog::setNextAnswer(pdfPath);
        QTest::mouseClick(driver.child<QPushButton>("reportsPdfPushButton"), Qt::LeftButton);
        QTRY_COMPARE(driver.child<QLabel>("reportsStatusLabel")->text(),
                     QStringLiteral("Saved as PDF: %1").arg(pdfPath));
        const QString text = pdfPages(pdfPath).join(QLatin1Char(' '));
        QVERIFY(text.contains(QStringLiteral("Audit scores: Ash House, Elm House, 1 Nov 2025 to 10 Dec 2025")));
        QVERIFY(text.contains(QStringLiteral("Printed from Write Care Notes by Meera Testmanager")));
        // The chart is printed above the table: one picture, drawn at three times the page's width between its
        // margins, with the lines in colour (not a blank or grey box).
        const QTemporaryDir pictures;
        const QList<QImage> images = pdfImages(pdfPath, pictures.path());
        QCOMPARE(images.size(), 1);
        QCOMPARE(images.first().size(), QSize(2040, 1020));
        qsizetype coloured = 0;
        for (int y = 0; y < images.first().height(); y += 2) {
            for (int x = 0; x < images.first().width(); x += 2) {
                if (images.first().pixelColor(x, y).hsvSaturation() > 120)
                    ++coloured;
            }
        }
        QVERIFY2(coloured > 500, qPrintable(QString::number(coloured)));

        // Another report redraws what was read: falls, with Ash's November rate.
        kind->setCurrentIndex(kind->findText(QStringLiteral("Falls per 1,000 occupied bed days")));
        QTRY_COMPARE(driver.child<QTableView>("reportsTableView")->model()->index(0, 4).data().toString(),
                     QStringLiteral("17.6"));
        driver.closeWindow();
    }
};

QTEST_MAIN(TestReports)
#include "TestReports.moc"
