// The shift board over a care home's network: 50 ms added to every round trip by a delaying proxy between the
// station and the server. The board is read again and again and a resident's timeline is paged to its end, while a
// timer on the window's thread measures how long the window's event loop ever went without running. The figure is
// printed, for the README, never asserted (speed belongs to the benchmark); what is asserted is that the board and
// every page arrived, complete and in order.
//
// It is measured twice: as the station reads (off the window's thread), and with the reads made on the window's
// thread, as they were before, to show what the station would freeze for.

#include "StationWindowDriver.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "board/ShiftBoardModel.h"
#include "board/ShiftBoardPage.h"
#include "common/Clock.h"
#include "database/KeysetTableModel.h"
#include "residents/ResidentListModel.h"
#include "residents/ResidentRecordPage.h"
#include "residents/ResidentsPage.h"
#include "shiftnotes/TimelineModel.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

constexpr int oneWayDelay = 25; // milliseconds each way: 50 ms added to every round trip
constexpr int notes = 170;      // with the fixture's own, four pages of the timeline, the last part full

// The longest time the event loop of this thread went without running a 5 ms timer, while it ran.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] { m_longest = std::max(m_longest, m_sinceTick.restart()); });
        m_sinceTick.start();
        m_timer.start();
    }
    qint64 longest() const { return std::max(m_longest, m_sinceTick.elapsed()); }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

} // namespace

class TestBoardOverSlowNetwork : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_proxy;

    QString m_failure;
    int m_notesShown = 0; // every note of the resident: those written here and the fixture's
    qint64 fail(const char *why)
    {
        m_failure = QString::fromUtf8(why);
        return -1;
    }

    ConnectionSettings slowSettings() const
    {
        ConnectionSettings settings = m_fixture.stationSettings(*m_db);
        settings.setValue(QStringLiteral("host"), m_dir->path());
        return settings;
    }

    // Shows the board for a carer over the slow network, reads it readings times and pages the timeline of the
    // resident with many notes to its end. The longest stall, in milliseconds.
    qint64 measure(bool offTheWindowsThread, int readings)
    {
        QTemporaryDir drafts;
        StationWindowDriver driver(slowSettings(), drafts.path());
        if (!driver.signIn(m_fixture.emails.value(QStringLiteral("carerA")),
                           QString::fromLatin1(TenantFixture::password), QStringLiteral("Shift board")))
            return fail("could not sign in");
        auto *table = driver.child<QTableView>("boardTableView");
        auto *board = qobject_cast<ShiftBoardModel *>(table->model());
        auto *list = driver.child<QListView>("timelineListView");
        auto *timeline = qobject_cast<TimelineModel *>(list->model());
        if (!QTest::qWaitFor([board] { return board->rowCount() == 2; }, 30000))
            return fail("the board did not show its two residents");
        if (!offTheWindowsThread) {
            board->setReader(nullptr);
            timeline->setReader(nullptr);
        }
        QSignalSpy reads(board, &ShiftBoardModel::refreshed);
        const StallMeter meter;
        driver.child<ShiftBoardPage>("shiftBoardPage")->setRefreshInterval(200);
        table->setCurrentIndex(
            board->index(board->rowFor(m_fixture.residents.value(QStringLiteral("A1b"))), ShiftBoardModel::NameColumn));
        // Paged as someone scrolling to the bottom of the notes, page after page.
        for (int page = 1; page <= 4; ++page) {
            if (!QTest::qWaitFor(
                    [this, timeline, page] { return timeline->rowCount() >= std::min(page * 50, m_notesShown); },
                    30000))
                return fail(qPrintable(
                    QStringLiteral("page %1 did not arrive (%2 notes shown)").arg(page).arg(timeline->rowCount())));
            list->scrollToBottom();
        }
        if (!QTest::qWaitFor([&reads, readings] { return reads.size() >= readings; }, 60000))
            return fail("the board was not read again");
        const qint64 longest = meter.longest();
        // The page is the same whichever thread read it: every note, newest first.
        if (timeline->rowCount() != m_notesShown || reads.contains(QVariantList{false}))
            return fail(qPrintable(QStringLiteral("%1 notes shown; a read failed: %2")
                                       .arg(timeline->rowCount())
                                       .arg(board->lastRead().message)));
        for (int r = 1; r < timeline->rowCount(); ++r) {
            if (timeline->note(r - 1).occurredAt < timeline->note(r).occurredAt)
                return fail("the notes are out of order");
        }
        return longest;
    }

    // Signs a carer in on the residents list over the slow network and types a search in pieces, with the event
    // loop running between them as a person types. The longest stall, in milliseconds.
    qint64 measureSearch(bool offTheWindowsThread)
    {
        QTemporaryDir drafts;
        StationWindowDriver driver(slowSettings(), drafts.path());
        if (!driver.signIn(m_fixture.emails.value(QStringLiteral("carerA")),
                           QString::fromLatin1(TenantFixture::password), QStringLiteral("Residents")))
            return fail("could not sign in");
        auto *table = driver.child<QTableView>("residentsTableView");
        auto *list = qobject_cast<ResidentListModel *>(table->model());
        if (!QTest::qWaitFor([list] { return list->rowCount() == 2; }, 30000))
            return fail("the list did not show its two residents");
        if (!offTheWindowsThread)
            list->setReader(nullptr);
        auto *search = driver.child<QLineEdit>("searchLineEdit");
        search->setFocus();
        const StallMeter meter;
        // A letter at a time, each searched for and answered before the next, as someone typing slowly.
        for (const char *piece : {"e", "ex", "exa", "exam"}) {
            QTest::keyClicks(search, QString::fromLatin1(piece).right(1));
            const QString typed = QString::fromLatin1(piece);
            if (!QTest::qWaitFor([list, typed] { return list->searchText() == typed && !list->isReading(); }, 30000))
                return fail("a search was not answered");
        }
        const auto found = [list] {
            return list->rowCount() == 1 && list->index(0, ResidentListModel::NameColumn).data().toString() ==
                                                QLatin1String("Exampleton, Walter");
        };
        if (!QTest::qWaitFor(found, 30000))
            return fail("the search did not find Walter Exampleton alone");
        return meter.longest();
    }

    // Signs a carer in on the residents list over the slow network and opens Walter Exampleton's record, with its
    // events, history, care plans and assessments read after it. The longest stall, in milliseconds.
    qint64 measureOpen()
    {
        QTemporaryDir drafts;
        StationWindowDriver driver(slowSettings(), drafts.path());
        if (!driver.signIn(m_fixture.emails.value(QStringLiteral("carerA")),
                           QString::fromLatin1(TenantFixture::password), QStringLiteral("Residents")))
            return fail("could not sign in");
        auto *table = driver.child<QTableView>("residentsTableView");
        auto *list = qobject_cast<ResidentListModel *>(table->model());
        if (!QTest::qWaitFor([list] { return list->rowCount() == 2 && !list->isReading(); }, 30000))
            return fail("the list did not show its two residents");
        for (int row = 0; row < list->rowCount(); ++row) {
            if (list->residentId(row) == m_fixture.residents.value(QStringLiteral("A1b")))
                table->selectRow(row);
        }
        auto *residents = driver.child<ResidentsPage>("residentsPage");
        auto *record = driver.window()->findChild<ResidentRecordPage *>();
        const StallMeter meter;
        QTest::mouseClick(driver.child<QPushButton>("openResidentPushButton"), Qt::LeftButton);
        // Open, and everything read after it arrived: nothing on the page says it is still reading.
        const auto settled = [residents, record] {
            if (!record->isVisible() || residents->isOpening())
                return false;
            for (const QTableView *view : record->findChildren<QTableView *>()) {
                const auto *paged = qobject_cast<const KeysetTableModel *>(view->model());
                if (paged && paged->isReading())
                    return false;
            }
            return true;
        };
        if (!QTest::qWaitFor(settled, 30000))
            return fail("the record did not open");
        if (record->residentId() != m_fixture.residents.value(QStringLiteral("A1b")))
            return fail("another record opened");
        return meter.longest();
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
        const QDate today = Clock::today();
        QVERIFY(m_db->run(QStringLiteral("SELECT create_daily_record_partition(m::date) FROM generate_series("
                                         "$1::date - interval '3 months', $1::date + interval '1 month', "
                                         "interval '1 month') AS m"),
                          {today}));
        // Walter Exampleton has 170 notes over the last two months: three pages and a part, across months.
        QVERIFY(m_db->run(
            QStringLiteral("INSERT INTO daily_records (organization_id, resident_id, date, shift, created_by, "
                           "occurred_at, narrative) SELECT $1, $2, $4::date - 1 - n / 3, 'early', $3, "
                           "($4::date - 1 - n / 3) + time '07:00' + n % 3 * interval '1 hour', 'Note ' || n "
                           "FROM generate_series(1, $5::integer) AS n"),
            {m_fixture.orgA, m_fixture.residents.value(QStringLiteral("A1b")),
             m_fixture.userIds.value(QStringLiteral("carerA")), today, notes}));
        // The timeline shows the resident's notes and, among them, the incidents reported about them.
        const PgResult count =
            m_db->session().exec(QStringLiteral("SELECT (SELECT count(*) FROM daily_records WHERE resident_id = $1) + "
                                                "(SELECT count(*) FROM incidents WHERE resident_id = $1)"),
                                 {m_fixture.residents.value(QStringLiteral("A1b"))});
        m_notesShown = count.scalar().toInt();
        QVERIFY(m_notesShown > notes && m_notesShown < notes + 10);
        // The proxy listens where the server's socket would be, under the same port number.
        m_dir = std::make_unique<QTemporaryDir>();
        const ConnectionSettings direct = m_fixture.stationSettings(*m_db);
        const QString socket = QStringLiteral("/.s.PGSQL.") + direct.value(QStringLiteral("port"));
        m_proxy.start(
            QStringLiteral(WCN_DELAY_PROXY),
            {m_dir->path() + socket, direct.value(QStringLiteral("host")) + socket, QString::number(oneWayDelay)});
        QVERIFY(m_proxy.waitForReadyRead(10000));
        QCOMPARE(m_proxy.readLine().trimmed(), QByteArray("ready"));
    }
    void cleanupTestCase()
    {
        m_proxy.kill();
        m_proxy.waitForFinished();
        m_db.reset();
    }

    void theWindowKeepsRunningWhileTheBoardAndTimelineAreRead()
    {
        const qint64 before = measure(false, 3);
        QVERIFY2(before >= 0, qPrintable(QStringLiteral("On the window's thread: ") + m_failure));
        const qint64 after = measure(true, 3);
        QVERIFY2(after >= 0, qPrintable(QStringLiteral("Off the window's thread: ") + m_failure));
        qInfo("With %d ms added to every round trip, the window's event loop stalled for at most %lld ms while the "
              "board was read three times and the %d notes of a timeline paged, reading off the window's thread "
              "(%lld ms reading on it, as before).",
              2 * oneWayDelay, after, m_notesShown, before);
    }

    void theWindowKeepsRunningWhileARecordOpens()
    {
        const qint64 longest = measureOpen();
        QVERIFY2(longest >= 0, qPrintable(m_failure));
        qInfo("With %d ms added to every round trip, the window's event loop stalled for at most %lld ms while a "
              "resident's record opened, with its events, history, care plans and assessments.",
              2 * oneWayDelay, longest);
    }

    void theWindowKeepsRunningWhileASearchIsTyped()
    {
        const qint64 before = measureSearch(false);
        QVERIFY2(before >= 0, qPrintable(QStringLiteral("On the window's thread: ") + m_failure));
        const qint64 after = measureSearch(true);
        QVERIFY2(after >= 0, qPrintable(QStringLiteral("Off the window's thread: ") + m_failure));
        qInfo("With %d ms added to every round trip, the window's event loop stalled for at most %lld ms while a "
              "search was typed and answered, reading off the window's thread (%lld ms reading on it, as before).",
              2 * oneWayDelay, after, before);
    }
};

QTEST_MAIN(TestBoardOverSlowNetwork)
#include "TestBoardOverSlowNetwork.moc"
