// writecarenotes-bench runs once, with a tiny iteration count, on the generator's data at a tiny scale: it completes,
// its JSON parses, and every operation has a median, a 95th percentile and a baseline; the GUI's figures are there,
// with every row of the home's list and of the resident's timeline fetched. Timings are never asserted.

#include "TenantFixture.h"
#include "TestDatabase.h"
#include "common/Clock.h"
#include "synthetic/SyntheticDataGenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestBenchmarkSmoke : public QObject
{
    Q_OBJECT

private slots:
    void runsOnceAndReportsEveryOperation()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        TenantFixture fixture; // the station login, and another organization beside the synthetic one
        QCOMPARE(fixture.create(db), QString());
        // The generator at a tiny scale: two homes of six beds for a week, so the bench signs in as the synthetic
        // data's own nurse, group manager and home staff, as it does on a full data set.
        SyntheticDataGenerator::Options options;
        options.scale = 2;
        options.seed = QStringLiteral("smoke");
        options.days = 7;
        options.residentsPerHome = 6;
        options.today = Clock::today();
        SyntheticDataGenerator generator(db.session(), options, [](const QString &) {});
        const Result<> generated = generator.run();
        QVERIFY2(generated.ok(), qPrintable(generated.message));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString jsonPath = dir.filePath(QStringLiteral("bench.json"));
        ConnectionSettings station = fixture.stationSettings(db);
        station.setValue(QStringLiteral("password"), QString());
        // Two samples unless asked for more (the README's table came from a longer run of this test).
        const QString iterations = qEnvironmentVariable("WCN_BENCH_ITERATIONS", QStringLiteral("2"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), fixture.stationPassword);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(WCN_BENCH_EXECUTABLE),
                      {QStringLiteral("--db"), station.toConnInfo(false), QStringLiteral("--baseline-db"),
                       db.settings().toConnInfo(true), QStringLiteral("--home"), QStringLiteral("2"),
                       QStringLiteral("--iterations"), iterations, QStringLiteral("--stations"), QStringLiteral("3"),
                       QStringLiteral("--station-notes"), QStringLiteral("2"), QStringLiteral("--gui-starts"),
                       QStringLiteral("2"), QStringLiteral("--json"), jsonPath});
        QVERIFY(process.waitForFinished(240000));
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(errors));
        const QString table = QString::fromUtf8(process.readAllStandardOutput());
        qInfo().noquote() << table;
        QVERIFY(table.startsWith(QStringLiteral("| operation |")));

        QFile file(jsonPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonObject report = QJsonDocument::fromJson(file.readAll(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QStringList names;
        for (const QJsonValue &value : report.value(QStringLiteral("operations")).toArray()) {
            const QJsonObject operation = value.toObject();
            const QString name = operation.value(QStringLiteral("name")).toString();
            names.append(name);
            // The save is also set against the same insert through its triggers, which ran.
            if (name == QLatin1String("note_save"))
                QVERIFY2(operation.value(QStringLiteral("note"))
                             .toString()
                             .startsWith(QStringLiteral("the same insert with its triggers and checks: median ")),
                         qPrintable(operation.value(QStringLiteral("note")).toString()));
            QVERIFY2(operation.value(QStringLiteral("median_ms")).toDouble() > 0, qPrintable(name));
            QVERIFY2(operation.value(QStringLiteral("p95_ms")).toDouble() > 0, qPrintable(name));
            const QJsonObject baseline = operation.value(QStringLiteral("baseline")).toObject();
            QVERIFY2(baseline.value(QStringLiteral("median_ms")).toDouble() > 0, qPrintable(name));
            QVERIFY2(baseline.value(QStringLiteral("p95_ms")).toDouble() > 0, qPrintable(name));
        }
        QCOMPARE(
            names,
            (QStringList{QStringLiteral("sign_in"), QStringLiteral("search_surname_home"),
                         QStringLiteral("search_surname_all_homes"), QStringLiteral("search_later_word_home"),
                         QStringLiteral("search_later_word_all_homes"), QStringLiteral("search_nhs_number_home"),
                         QStringLiteral("search_nhs_number_all_homes"), QStringLiteral("open_resident"),
                         QStringLiteral("timeline_first_page"), QStringLiteral("timeline_page_50"),
                         QStringLiteral("shift_board"), QStringLiteral("handover"), QStringLiteral("assessments_due"),
                         QStringLiteral("reviews_due"), QStringLiteral("home_screen"), QStringLiteral("note_save"),
                         QStringLiteral("medical_note_save")}));
        const QJsonObject stations = report.value(QStringLiteral("concurrent_stations")).toObject();
        QCOMPARE(stations.value(QStringLiteral("notes_written")).toInt(), 6);
        QCOMPARE(stations.value(QStringLiteral("notes_failed")).toInt(), 0);
        QVERIFY(stations.value(QStringLiteral("notes_per_second")).toDouble() > 0);

        // The real application started (cold, then twice warm), and the window's memory with everything fetched.
        const QJsonObject gui = report.value(QStringLiteral("gui")).toObject();
        QVERIFY2(gui.value(QStringLiteral("measured")).toBool(),
                 qPrintable(gui.value(QStringLiteral("note")).toString()));
        QVERIFY(gui.value(QStringLiteral("cold_start_ms")).toDouble() > 0);
        const QJsonObject warm = gui.value(QStringLiteral("warm_start_ms")).toObject();
        QCOMPARE(warm.value(QStringLiteral("samples")).toArray().size(), 2);
        QVERIFY(warm.value(QStringLiteral("median")).toDouble() > 0);
        QVERIFY(warm.value(QStringLiteral("p95")).toDouble() > 0);
        QVERIFY(gui.value(QStringLiteral("app_peak_memory_at_sign_in_kib")).toInteger() > 0);
        QVERIFY(gui.value(QStringLiteral("signed_in_peak_memory_kib")).toInteger() > 0);
        QVERIFY(gui.value(QStringLiteral("peak_memory_kib")).toInteger() >=
                gui.value(QStringLiteral("signed_in_peak_memory_kib")).toInteger());
        QCOMPARE(gui.value(QStringLiteral("memory_growth_kib")).toInteger(),
                 gui.value(QStringLiteral("peak_memory_kib")).toInteger() -
                     gui.value(QStringLiteral("signed_in_peak_memory_kib")).toInteger());
        QStringList stages;
        for (const QJsonValue &stage : gui.value(QStringLiteral("stages")).toArray())
            stages.append(stage[QStringLiteral("stage")].toString());
        QCOMPARE(stages, (QStringList{QStringLiteral("sign_in_window"), QStringLiteral("signed_in"),
                                      QStringLiteral("resident_list"), QStringLiteral("timeline")}));
        // Every resident of the home, past and present, and every note of the resident since the timeline's start.
        const QJsonObject data = report.value(QStringLiteral("data")).toObject();
        QCOMPARE(gui.value(QStringLiteral("list_rows")).toInteger(),
                 data.value(QStringLiteral("residents_of_home")).toInteger());
        const int notes = db.session()
                              .exec(QStringLiteral("SELECT count(*) FROM daily_records WHERE resident_id = $1 AND date "
                                                   ">= $2::date"),
                                    {gui.value(QStringLiteral("timeline_resident")).toString(),
                                     gui.value(QStringLiteral("timeline_from")).toString()})
                              .integer(0, 0);
        QVERIFY(notes > 0);
        QCOMPARE(gui.value(QStringLiteral("timeline_rows")).toInt(), notes);
    }
};

QTEST_MAIN(TestBenchmarkSmoke)
#include "TestBenchmarkSmoke.moc"
