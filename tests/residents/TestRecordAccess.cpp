// Who has seen a resident's record (issue 18, point 4), against the real server: the nurse and the carer of Fern House
// open Edna Testresident's record (the nurse reading her medical notes and details) and Walter Exampleton's; the
// manager's list for Edna holds every one of Edna's and none of Walter's, page after page, and looking at it is itself
// recorded; nobody without the audit log's right sees it. Last, the window: the manager opens the list from Edna's
// record and saves it as CSV, read back.
#include "SignedInConnection.h"
#include "StationWindowDriver.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "common/Clock.h"
#include "database/PgSession.h"
#include "residents/RecordAccessDialog.h"
#include "residents/RecordAccessStore.h"
#include "residents/ResidentRecordPage.h"
#include "residents/ResidentStore.h"
#include "widgets/FileDialog.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

class TestRecordAccess : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    QTemporaryDir m_dir;
    QDateTime m_started; // before the first entry was written

    // Yesterday to tomorrow unless said: the server stamps each entry with its own clock, and a run across midnight
    // keeps them in the period.
    RecordAccessStore::Filter edna(const QDate &from = Clock::today().addDays(-1),
                                   const QDate &to = Clock::today().addDays(1)) const
    {
        return {m_fixture.resident("A1a"), from, to};
    }
    // "who: what" of each entry, newest first.
    static QStringList entries(const QList<RecordAccessRow> &rows)
    {
        QStringList out;
        for (const RecordAccessRow &row : rows)
            out.append(row.who + QStringLiteral(": ") + row.event);
        return out;
    }
    int recordedListReads(const QString &residentId)
    {
        return m_db->session()
            .exec(QStringLiteral("SELECT count(*) AS n FROM audit_log WHERE event = 'record_access_read' "
                                 "AND subject_id = $1::uuid"),
                  {residentId})
            .integer(0, "n");
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
        QVERIFY(m_dir.isValid());
        m_started = QDateTime::currentDateTimeUtc().addSecs(-1);
        // The nurse opens Edna's record with her medical notes and details, then Walter's; the carer opens Edna's
        // (no medical part: a carer may not read it). Each read is committed as it happens, in this order.
        const auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        const auto carer = m_fixture.signedIn(*m_db, "carerA");
        QVERIFY(nurse->isValid() && carer->isValid());
        QVERIFY(ResidentStore::load(nurse->database(), m_fixture.resident("A1a"), true, true).ok());
        QVERIFY(ResidentStore::load(nurse->database(), m_fixture.resident("A1b"), true, true).ok());
        QVERIFY(ResidentStore::load(carer->database(), m_fixture.resident("A1a"), false, true).ok());
    }

    void theListHoldsEveryOpenAndReadOfOneResidentAlone()
    {
        const auto manager = m_fixture.signedIn(*m_db, "managerA");
        QVERIFY(manager->isValid());
        const Result<QList<RecordAccessRow>> all = RecordAccessStore::all(manager->database(), edna());
        QVERIFY2(all.ok(), qPrintable(all.message));
        QCOMPARE(entries(all.value), (QStringList{QStringLiteral("Cai Testcarer: resident_opened"),
                                                  QStringLiteral("Aino Testnurse: medical_notes_read"),
                                                  QStringLiteral("Aino Testnurse: medical_details_read"),
                                                  QStringLiteral("Aino Testnurse: resident_opened")}));
        QCOMPARE(all.value.first().role, QStringLiteral("carer"));
        QVERIFY(!all.value.first().station.isEmpty());
        // Read back to the second as the server wrote it (the same machine's clock).
        QVERIFY(all.value.last().at >= m_started);
        QVERIFY(all.value.first().at <= QDateTime::currentDateTimeUtc().addSecs(1));

        // A page at a time: two, then the other two, none twice.
        const Result<KeysetPage<RecordAccessRow>> first = RecordAccessStore::page(manager->database(), edna(), {}, 2);
        QVERIFY(first.ok());
        QCOMPARE(first.value.rows.size(), 2);
        QVERIFY(!first.value.atEnd);
        const Result<KeysetPage<RecordAccessRow>> second =
            RecordAccessStore::page(manager->database(), edna(), first.value.rows.constLast(), 2);
        QVERIFY(second.ok());
        QVERIFY(second.value.atEnd);
        QCOMPARE(entries(first.value.rows + second.value.rows), entries(all.value));

        // Walter's list holds the nurse's three reads of his record alone.
        const Result<QList<RecordAccessRow>> walter = RecordAccessStore::all(
            manager->database(), {m_fixture.resident("A1b"), Clock::today().addDays(-1), Clock::today().addDays(1)});
        QVERIFY(walter.ok());
        QCOMPARE(entries(walter.value), (QStringList{QStringLiteral("Aino Testnurse: medical_notes_read"),
                                                     QStringLiteral("Aino Testnurse: medical_details_read"),
                                                     QStringLiteral("Aino Testnurse: resident_opened")}));
        // A period that ended the day before yesterday holds none of them.
        const Result<QList<RecordAccessRow>> before =
            RecordAccessStore::all(manager->database(), edna(Clock::today().addDays(-30), Clock::today().addDays(-2)));
        QVERIFY(before.ok());
        QVERIFY(before.value.isEmpty());
    }

    // Row-level security decides who sees the list; app_record_access_read records a look only by whoever may.
    void onlyThoseWhoMayReadTheAuditLogSeeIt_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("entries");
        QTest::addColumn<bool>("recorded");
        QTest::newRow("manager") << QStringLiteral("managerA") << 4 << true;
        QTest::newRow("administrator") << QStringLiteral("adminA") << 4 << true;
        QTest::newRow("nurse") << QStringLiteral("nurseA") << 0 << false;
        QTest::newRow("carer") << QStringLiteral("carerA") << 0 << false;
        QTest::newRow("other organization") << QStringLiteral("nurseB") << 0 << false;
    }
    void onlyThoseWhoMayReadTheAuditLogSeeIt()
    {
        QFETCH(QString, who);
        QFETCH(int, entries);
        QFETCH(bool, recorded);
        const auto user = m_fixture.signedIn(*m_db, qPrintable(who));
        QVERIFY(user->isValid());
        const Result<QList<RecordAccessRow>> all = RecordAccessStore::all(user->database(), edna());
        QVERIFY2(all.ok(), qPrintable(all.message));
        QCOMPARE(all.value.size(), entries);
        // Whoever may read the resident's entries of the audit log has the look recorded: the manager of her home, and
        // the administrator, who reads every home's audit log though no resident's record.
        const int before = recordedListReads(m_fixture.resident("A1a"));
        const Result<bool> looked = RecordAccessStore::recordListRead(user->database(), m_fixture.resident("A1a"));
        QVERIFY2(looked.ok(), qPrintable(looked.message));
        QCOMPARE(looked.value, recorded);
        QCOMPARE(recordedListReads(m_fixture.resident("A1a")), before + (recorded ? 1 : 0));
    }

    void theCsvSaysItAll()
    {
        QList<RecordAccessRow> rows(1);
        rows[0].at = QDateTime(QDate(2026, 7, 1), QTime(14, 5, 9), Qt::UTC);
        rows[0].who = QStringLiteral("Aino Testnurse");
        rows[0].role = QStringLiteral("nurse");
        rows[0].event = QStringLiteral("medical_notes_read");
        rows[0].station = QStringLiteral("=Fern, office");
        const QDateTime local = rows[0].at.toLocalTime();
        QCOMPARE(RecordAccessStore::csv(rows),
                 QStringLiteral("When,Who,Role,What,Station\r\n%1,Aino Testnurse,Nurse,Read the medical notes,"
                                "\"'=Fern, office\"\r\n")
                     .arg(local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate)));
    }

    // The window: the manager opens Edna's record, then who has seen it, and saves the list as CSV.
    void aManagerFindsWhoOpenedARecordAndSavesIt()
    {
        QTemporaryDir drafts;
        StationWindowDriver driver(m_fixture.stationSettings(*m_db), drafts.path());
        QVERIFY(driver.signIn(m_fixture.email("managerA"), QString::fromLatin1(TenantFixture::password),
                              QStringLiteral("Residents")));
        QVERIFY(driver.openRecordTab(QStringLiteral("Testresident"), "historyTab"));
        auto *button = driver.child<QPushButton>("whoHasSeenPushButton");
        QTRY_VERIFY(button->isVisible());

        const QString csvPath = m_dir.filePath(QStringLiteral("edna.csv"));
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<RecordAccessDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto close = qScopeGuard([dialog] { dialog->reject(); });
            auto *table = dialog->findChild<QTableView *>(QStringLiteral("recordAccessTableView"));
            auto *status = dialog->findChild<QLabel *>(QStringLiteral("recordAccessStatusLabel"));
            // The manager's own opening of the record (with its medical details and notes) is on the list now, first.
            QTRY_COMPARE(table->model()->rowCount(), 7);
            QCOMPARE(status->text(), QStringLiteral("7 times in the period."));
            QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("Meera Testmanager"));
            QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("Manager"));
            QCOMPARE(table->model()->index(0, 3).data().toString(), QStringLiteral("Read the medical notes"));
            QCOMPARE(table->model()->index(1, 3).data().toString(), QStringLiteral("Read the medical details"));
            QCOMPARE(table->model()->index(2, 3).data().toString(), QStringLiteral("Opened the record"));
            QCOMPARE(table->model()->index(3, 1).data().toString(), QStringLiteral("Cai Testcarer"));
            FileDialog::setNextAnswer(csvPath);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("recordAccessCsvPushButton")),
                              Qt::LeftButton);
            QTRY_COMPARE(status->text(), QStringLiteral("Saved as CSV, 7 times: %1").arg(csvPath));
            checked = true;
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(checked);

        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 8);
        QCOMPARE(lines.first(), QStringLiteral("When,Who,Role,What,Station"));
        QVERIFY(lines.at(1).contains(QStringLiteral(",Meera Testmanager,Manager,Read the medical notes,")));
        QVERIFY(lines.at(3).contains(QStringLiteral(",Meera Testmanager,Manager,Opened the record,")));
        QVERIFY(lines.at(7).contains(QStringLiteral(",Aino Testnurse,Nurse,Opened the record,")));
        driver.closeWindow();
    }
};

QTEST_MAIN(TestRecordAccess)
#include "TestRecordAccess.moc"
