// Notes saved while the server is away: kept encrypted on the station, sent by themselves when it returns, each
// exactly once and in the order they were saved; a note the server will not take is kept, not dropped. Against a real
// PostgreSQL cluster of this test's own (started, stopped and started again here; the suite's shared cluster is never
// stopped under the other tests).

#include "SignedInConnection.h"
#include "StationWindowDriver.h"
#include "TenantFixture.h"
#include "TestCluster.h"
#include "TestDatabase.h"
#include "board/ShiftBoardModel.h"
#include "clinical/ShiftPattern.h"
#include "common/Clock.h"
#include "database/DatabaseConnector.h"
#include "database/PgSession.h"
#include "server/PostgresBinaries.h"
#include "server/PostgresCluster.h"
#include "server/ServerAccount.h"
#include "session/NoteOutbox.h"
#include "session/StationSession.h"
#include "widgets/MessageBox.h"
#include "window/MainWindow.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

class TestNoteOutbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_stateDirectory;
    QString m_state;
    TestCluster m_cluster;
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;

    static bool runClusterTool(const QString &command, const QString &state)
    {
        QProcess tool;
        tool.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        tool.start(QStringLiteral(WCN_TEST_CLUSTER_TOOL), {command, state});
        return tool.waitForFinished(180000) && tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 0;
    }
    PostgresCluster server() const
    {
        return PostgresCluster(m_cluster.dataDirectory, PostgresBinaries::locate(m_cluster.binDirectory, 0).value,
                               ServerAccount::forCurrentProcess().value);
    }
    bool stopServer() const
    {
        const Result<> stopped = server().stop();
        if (!stopped.ok())
            qWarning("%s", qPrintable(stopped.message));
        return stopped.ok();
    }
    bool startServer() const
    {
        const Result<> started = server().start(m_cluster.socketDirectory, m_cluster.port, QStringLiteral("127.0.0.1"));
        if (!started.ok())
            qWarning("%s", qPrintable(started.message));
        return started.ok();
    }
    // As the cluster's superuser, on a connection opened again if the server restarted under it.
    PgResult query(const QString &statement, const QVariantList &params = {}) const
    {
        QSqlDatabase db = m_db->connection();
        const PgResult result = PgSession(db).exec(statement, params);
        if (result.ok() || PgSession(db).isOpen())
            return result;
        db.close();
        db.open();
        return PgSession(db).exec(statement, params);
    }
    QString resident(const char *key) const { return m_fixture.residents.value(QString::fromLatin1(key)); }
    QString email(const char *who) const { return m_fixture.emails.value(QString::fromLatin1(who)); }
    static DailyNote note(const QString &residentId, const QString &narrative)
    {
        DailyNote made;
        made.id = DailyNote::newId();
        made.residentId = residentId;
        made.recordedAt = Clock::now();
        made.occurredAt = made.recordedAt.addSecs(-5 * 60);
        // The shift the care fell in, as the board would say: at 03:00 that is the night shift begun the day before.
        const ShiftOccurrence shift = ShiftPattern::standard().current(made.occurredAt);
        made.date = shift.date;
        made.shift = shift.shift;
        made.narrative = narrative;
        return made;
    }
    std::unique_ptr<StationSession> station(const QString &connection, const QString &drafts) const
    {
        auto made =
            std::make_unique<StationSession>(connection, m_fixture.stationSettings(*m_db), DraftStore(drafts),
                                             DraftStore(drafts + QStringLiteral("/outbox"), QStringLiteral(".outbox")));
        made->setRetryInterval(100);
        return made;
    }

    // Writes a note from the keyboard on the shift board and saves it (Ctrl+Enter); true once the board is back.
    static bool writeFromTheBoard(StationWindowDriver &driver, const QString &residentId, const QString &text)
    {
        auto *table = driver.child<QTableView>("boardTableView");
        auto *board = qobject_cast<ShiftBoardModel *>(table->model());
        table->setCurrentIndex(board->index(board->rowFor(residentId), ShiftBoardModel::NameColumn));
        table->setFocus();
        StationWindowDriver::key(Qt::Key_Return);
        if (!QTest::qWaitFor([] { return StationWindowDriver::focusName() == QLatin1String("personalCareLineEdit"); }))
            return false;
        StationWindowDriver::typeHere(text);
        StationWindowDriver::key(Qt::Key_Return, Qt::ControlModifier);
        return QTest::qWaitFor([table] { return table->isVisible(); });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_stateDirectory.isValid());
        m_state = m_stateDirectory.filePath(QStringLiteral("outage-cluster.ini"));
        QVERIFY2(runClusterTool(QStringLiteral("start"), m_state), "the test's own cluster did not start");
        qputenv("WCN_TEST_CLUSTER_STATE", m_state.toLocal8Bit());
        m_cluster = TestCluster::read(m_state);
        QVERIFY(m_cluster.isValid());
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
    }
    void cleanup()
    {
        // A failed test may have left the server stopped: the next one starts with it running.
        if (!server().postmaster())
            QVERIFY(startServer());
    }
    void cleanupTestCase()
    {
        m_db.reset();
        QVERIFY(runClusterTool(QStringLiteral("stop"), m_state));
    }

    void twoHundredNotesThroughThreeOutages()
    {
        const QTemporaryDir drafts;
        const QString connection = QStringLiteral("outage-station");
        const Result<QSqlDatabase> opened = DatabaseConnector::open(m_fixture.stationSettings(*m_db), connection);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        std::unique_ptr<StationSession> carer = station(connection, drafts.path());
        QCOMPARE(int(carer->signIn(email("carerA"), QString::fromLatin1(TenantFixture::password)).outcome),
                 int(SignInResult::Outcome::SignedIn));
        const QString outbox = drafts.filePath(QStringLiteral("outbox"));
        QStringList expected;
        int queued = 0;
        for (int i = 0; i < 200; ++i) {
            if (i == 40 || i == 100 || i == 160)
                QVERIFY(stopServer());
            if (i == 70 || i == 130)
                QVERIFY(startServer());
            if (i == 70 || i == 130) {
                // Sent by itself, without another note being saved.
                QTRY_COMPARE_WITH_TIMEOUT(carer->waitingNotes(), 0, 30000);
                QVERIFY(carer->isOnline());
            }
            if (i == 190) {
                // The station is closed with 30 notes waiting (a power cut would leave the same file), the server
                // comes back, and the notes go at the next sign-in.
                QCOMPARE(carer->waitingNotes(), 30);
                carer->signOut(QJsonObject());
                carer.reset();
                DatabaseConnector::close(connection);
                QVERIFY(startServer());
                QVERIFY(DatabaseConnector::open(m_fixture.stationSettings(*m_db), connection).ok());
                carer = station(connection, drafts.path());
                QCOMPARE(int(carer->signIn(email("carerA"), QString::fromLatin1(TenantFixture::password)).outcome),
                         int(SignInResult::Outcome::SignedIn));
                QCOMPARE(carer->waitingNotes(), 0);
            }
            const QString narrative = QStringLiteral("Outage note %1").arg(i, 3, 10, QLatin1Char('0'));
            expected.append(narrative);
            const bool serverDown = (i >= 40 && i < 70) || (i >= 100 && i < 130) || (i >= 160 && i < 190);
            const Result<> result = carer->saveNote(note(resident(i % 2 ? "A1a" : "A1b"), narrative));
            if (serverDown) {
                QCOMPARE(int(result.outcome), int(Outcome::Queued));
                ++queued;
            } else {
                QVERIFY2(result.kept(), qPrintable(result.message));
            }
            if (i == 69) {
                // Kept on disk, and not readable there.
                QCOMPARE(carer->waitingNotes(), 30);
                const QStringList files = QDir(outbox).entryList({QStringLiteral("*.outbox")}, QDir::Files);
                QCOMPARE(files.size(), 1);
                QFile file(QDir(outbox).filePath(files.first()));
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray content = file.readAll();
                QVERIFY(!content.contains("Outage note"));
                QVERIFY(!content.contains(resident("A1a").toLatin1()));
            }
        }
        QCOMPARE(queued, 90);
        QTRY_COMPARE_WITH_TIMEOUT(carer->waitingNotes(), 0, 30000);
        QCOMPARE(carer->refusedNotes(), 0);
        QVERIFY(carer->isOnline());
        QCOMPARE(QDir(outbox).entryList(QDir::Files), QStringList());

        // All 200, once each, in the order they were saved, by their author, none marked late for the wait.
        const PgResult rows = query(QStringLiteral(
            "SELECT d.narrative, d.late_entry, d.recorded_at < d.created_at, u.email FROM daily_records AS d "
            "JOIN users AS u ON u.id = d.created_by WHERE d.narrative LIKE 'Outage note %' "
            "ORDER BY d.created_at, d.id"));
        QVERIFY2(rows.ok(), qPrintable(rows.error().message));
        QStringList written;
        int waited = 0;
        for (int row = 0; row < rows.rowCount(); ++row) {
            written.append(rows.text(row, 0));
            QCOMPARE(rows.text(row, 1), QStringLiteral("f"));
            QCOMPARE(rows.text(row, 3), email("carerA"));
            waited += rows.text(row, 2) == QLatin1String("t") ? 1 : 0;
        }
        QCOMPARE(written, expected);
        // At least every note that waited in the outbox was written after it was saved.
        QVERIFY(waited >= 90);
        carer->signOut(QJsonObject());
        carer.reset();
        DatabaseConnector::close(connection);
    }

    void aNoteTheServerRefusesIsKeptForItsAuthor()
    {
        const QTemporaryDir drafts;
        const QString connection = QStringLiteral("refusal-station");
        QVERIFY(DatabaseConnector::open(m_fixture.stationSettings(*m_db), connection).ok());
        std::unique_ptr<StationSession> nurse = station(connection, drafts.path());
        QCOMPARE(int(nurse->signIn(email("nurseA"), QString::fromLatin1(TenantFixture::password)).outcome),
                 int(SignInResult::Outcome::SignedIn));
        QVERIFY(stopServer());
        // A resident of another organization's home: the server will not take it when it is back.
        const DailyNote foreign = note(resident("B1"), QStringLiteral("Refused outage note"));
        const DailyNote fine = note(resident("A1a"), QStringLiteral("Accepted outage note"));
        QCOMPARE(int(nurse->saveNote(foreign).outcome), int(Outcome::Queued));
        QCOMPARE(int(nurse->saveNote(fine).outcome), int(Outcome::Queued));
        QVERIFY(startServer());
        QTRY_COMPARE_WITH_TIMEOUT(nurse->waitingNotes(), 0, 30000);
        QCOMPARE(nurse->refusedNotes(), 1);
        QCOMPARE(nurse->firstRefusedNote()->note.id, foreign.id);
        QCOMPARE(nurse->firstRefusedNote()->note.narrative, QStringLiteral("Refused outage note"));
        QCOMPARE(nurse->firstRefusedNote()->message,
                 QStringLiteral("You are not allowed to make this change: ask a manager or an administrator."));
        QCOMPARE(query(QStringLiteral("SELECT count(*) FROM daily_records WHERE id IN ($1::uuid, $2::uuid)"),
                       {foreign.id, fine.id})
                     .text(0, 0),
                 QStringLiteral("1"));

        // Still there after signing out and in again, until its author discards it.
        nurse->signOut(QJsonObject());
        QCOMPARE(int(nurse->signIn(email("nurseA"), QString::fromLatin1(TenantFixture::password)).outcome),
                 int(SignInResult::Outcome::SignedIn));
        QCOMPARE(nurse->refusedNotes(), 1);
        QCOMPARE(nurse->firstRefusedNote()->note.id, foreign.id);
        // Nobody else signed in at the station sees it.
        nurse->signOut(QJsonObject());
        QCOMPARE(int(nurse->signIn(email("carerA"), QString::fromLatin1(TenantFixture::password)).outcome),
                 int(SignInResult::Outcome::SignedIn));
        QCOMPARE(nurse->refusedNotes(), 0);
        nurse->signOut(QJsonObject());
        QCOMPARE(int(nurse->signIn(email("nurseA"), QString::fromLatin1(TenantFixture::password)).outcome),
                 int(SignInResult::Outcome::SignedIn));
        nurse->discardRefusedNote(foreign.id);
        QCOMPARE(nurse->refusedNotes(), 0);
        QCOMPARE(QDir(drafts.filePath(QStringLiteral("outbox"))).entryList(QDir::Files), QStringList());
        nurse->signOut(QJsonObject());
        nurse.reset();
        DatabaseConnector::close(connection);
    }

    void theWindowKeepsWorkingWithoutTheServer()
    {
        const QTemporaryDir drafts;
        StationWindowDriver driver(m_fixture.stationSettings(*m_db), drafts.path());
        QVERIFY(driver.signIn(email("carerA"), QString::fromLatin1(TenantFixture::password),
                              QStringLiteral("Shift board")));
        auto *session = driver.window()->findChild<StationSession *>();
        QVERIFY(session);
        session->setRetryInterval(100);
        auto *table = driver.child<QTableView>("boardTableView");
        auto *board = qobject_cast<ShiftBoardModel *>(table->model());
        QTRY_COMPARE(board->rowCount(), 2);
        auto *banner = driver.child<QWidget>("queueFrame");
        QVERIFY(!banner->isVisible());

        QVERIFY(stopServer());
        QVERIFY(
            writeFromTheBoard(driver, resident("A1a"), QStringLiteral("Washed at the sink while the server was away")));
        QVERIFY(banner->isVisible());
        QCOMPARE(driver.child<QLabel>("queueLabel")->text(),
                 QStringLiteral("The server cannot be reached. Notes kept safely on this station: 1. They will be "
                                "sent by themselves when the server is back; carry on recording."));
        QVERIFY(!driver.child<QPushButton>("openRefusedPushButton")->isVisible());
        QCOMPARE(driver.child<QLabel>("boardStatusLabel")->text(),
                 QStringLiteral("Note about Edna Testresident kept on this station: it will be sent when the server "
                                "is back."));
        const auto recorded = [board, this] {
            return board->index(board->rowFor(resident("A1a")), ShiftBoardModel::RecordedColumn).data().toString();
        };
        QVERIFY2(recorded().endsWith(QStringLiteral("; waiting to be sent: 1")), qPrintable(recorded()));
        QVERIFY(driver.child<QLabel>("serverStatusLabel")
                    ->text()
                    .endsWith(QStringLiteral("cannot be reached, trying again")));
        QVERIFY(driver.window()->isSignedIn());
        // Quitting now says first what becomes of the note; Cancel leaves the window as it was.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!driver.window()->close());
        QCOMPARE(MessageBox::lastText(),
                 QStringLiteral("1 note not yet sent to the server. Kept on this station, encrypted, it will be sent "
                                "when the server is back if Write Care Notes stays open; if you quit, at your next "
                                "sign-in on this station."));
        QVERIFY(driver.window()->isSignedIn());
        QVERIFY(banner->isVisible());

        QVERIFY(startServer());
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 30000);
        QCOMPARE(driver.child<QLabel>("boardStatusLabel")->text(),
                 QStringLiteral("Notes sent to the server from this station: 1."));
        QVERIFY2(!recorded().contains(QStringLiteral("waiting")), qPrintable(recorded()));
        QVERIFY(driver.child<QLabel>("serverStatusLabel")->text().startsWith(QStringLiteral("Database: ")));
        QVERIFY(driver.child<QLabel>("serverStatusLabel")->text().contains(QStringLiteral("PostgreSQL")));
        auto *timeline = driver.child<QListView>("timelineListView");
        const auto timelineShows = [timeline](const QString &text) {
            for (int row = 0; row < timeline->model()->rowCount(); ++row) {
                if (timeline->model()->index(row, 0).data().toString().contains(text))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(timelineShows(QStringLiteral("Washed at the sink while the server was away")));
        QCOMPARE(query(QStringLiteral("SELECT count(*) FROM daily_records WHERE care_delivered::text LIKE $1"),
                       {QStringLiteral("%Washed at the sink while the server was away%")})
                     .text(0, 0),
                 QStringLiteral("1"));
        // Nothing waits now: the window closes without a question (the answer set here is not taken).
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(driver.window()->close());
        QVERIFY(!driver.window()->isSignedIn());
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    // "Quit anyway" closes the window and keeps the note on the station, encrypted, for its author's next sign-in.
    void quittingAnywayKeepsTheWaitingNote()
    {
        const QTemporaryDir drafts;
        StationWindowDriver driver(m_fixture.stationSettings(*m_db), drafts.path());
        QVERIFY(driver.signIn(email("carerA"), QString::fromLatin1(TenantFixture::password),
                              QStringLiteral("Shift board")));
        auto *board = qobject_cast<ShiftBoardModel *>(driver.child<QTableView>("boardTableView")->model());
        QTRY_COMPARE(board->rowCount(), 2);
        QVERIFY(stopServer());
        QVERIFY(writeFromTheBoard(driver, resident("A1a"), QStringLiteral("Nails cut while the server was away")));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(driver.window()->close());
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        QVERIFY(MessageBox::lastText().startsWith(QStringLiteral("1 note not yet sent to the server.")));
        QVERIFY(!driver.window()->isSignedIn());
        const QStringList kept =
            QDir(drafts.filePath(QStringLiteral("outbox"))).entryList({QStringLiteral("*.outbox")}, QDir::Files);
        QCOMPARE(kept.size(), 1);
        QFile file(drafts.filePath(QStringLiteral("outbox/")) + kept.constFirst());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("Nails cut")); // encrypted
        QVERIFY(startServer());
    }

    void aRefusedNoteIsOpenedByItsAuthorInTheWindow()
    {
        const QTemporaryDir drafts;
        StationWindowDriver driver(m_fixture.stationSettings(*m_db), drafts.path());
        QVERIFY(driver.signIn(email("carerA"), QString::fromLatin1(TenantFixture::password),
                              QStringLiteral("Shift board")));
        auto *session = driver.window()->findChild<StationSession *>();
        // Tried again only when the test says so, so the resident can move before the note is sent.
        session->setRetryInterval(60 * 60 * 1000);
        auto *table = driver.child<QTableView>("boardTableView");
        auto *board = qobject_cast<ShiftBoardModel *>(table->model());
        QTRY_COMPARE(board->rowCount(), 2);
        QVERIFY(stopServer());
        QVERIFY(writeFromTheBoard(driver, resident("A1b"), QStringLiteral("Shaved and dressed for the outing")));
        QCOMPARE(session->waitingNotes(), 1);
        QVERIFY(startServer());
        // Meanwhile Walter moved to Oak House, where this carer does not work: the server will not take the note.
        const PgResult moved = query(QStringLiteral("UPDATE residents SET facility_id = $1 WHERE id = $2"),
                                     {m_fixture.facilityA2, resident("A1b")});
        QVERIFY2(moved.ok(), qPrintable(moved.error().message));
        session->retryNow();
        QTRY_VERIFY_WITH_TIMEOUT(session->refusedNotes() == 1, 30000);
        QCOMPARE(session->waitingNotes(), 0);
        auto *open = driver.child<QPushButton>("openRefusedPushButton");
        QTRY_VERIFY(open->isVisible());
        // Read again (off the window's thread) since the server came back, the board no longer has Walter.
        QTRY_COMPARE(board->rowCount(), 1);
        QVERIFY(driver.child<QLabel>("queueLabel")
                    ->text()
                    .startsWith(QStringLiteral("Notes the server would not take: 1. ")));
        // The quick-phrase list that popped up while typing took the activation with it (offscreen has no window
        // manager to give it back).
        driver.window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(driver.window()));
        QTest::mouseClick(open, Qt::LeftButton);
        auto *personalCare = driver.child<QLineEdit>("personalCareLineEdit");
        QTRY_VERIFY(personalCare->isVisible());
        QCOMPARE(personalCare->text(), QStringLiteral("Shaved and dressed for the outing"));
        QTRY_COMPARE(StationWindowDriver::focusName(), QStringLiteral("personalCareLineEdit"));
        QVERIFY(!driver.child<QLabel>("noteMessageLabel")->text().isEmpty());
        // Leaving it asks, and discarding it is its author's choice alone.
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QTest::mouseClick(driver.child<QPushButton>("backToBoardPushButton"), Qt::LeftButton);
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(MessageBox::lastText(),
                 QStringLiteral("The note about a resident not on this board has not been saved. Discard it?"));
        QCOMPARE(session->refusedNotes(), 0);
        QTRY_VERIFY(!driver.child<QWidget>("queueFrame")->isVisible());
        QVERIFY(query(QStringLiteral("UPDATE residents SET facility_id = $1 WHERE id = $2"),
                      {m_fixture.facilityA1, resident("A1b")})
                    .ok());
    }

    // Two windows of the app for the same user, both offline: each keeps its own notes and the other's (neither
    // writes its list over the file), and the notes reach the server once each, whichever window sends them.
    void twoWindowsOfOneUserKeepEachOthersNotes()
    {
        const QTemporaryDir drafts;
        const QString userId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray key(32, 'k');
        const auto store = [&drafts] {
            return DraftStore(drafts.filePath(QStringLiteral("outbox")), QStringLiteral(".outbox"));
        };
        NoteOutbox first(store());
        NoteOutbox second(store());
        QVERIFY(first.open(userId, key));
        QVERIFY(second.open(userId, key));
        QVERIFY(first.add(note(resident("A1a"), QStringLiteral("Two windows: first window, first note"))));
        QVERIFY(second.add(note(resident("A1b"), QStringLiteral("Two windows: second window's note"))));
        QVERIFY(first.add(note(resident("A1a"), QStringLiteral("Two windows: first window, second note"))));
        // Without a key (none came from the server) the outbox is not opened, and the file is not judged unreadable.
        NoteOutbox keyless(store());
        QVERIFY(!keyless.open(userId, QByteArray()));
        QVERIFY(keyless.setAside().isEmpty());
        QVERIFY(QFile::exists(store().fileFor(userId)));
        NoteOutbox reader(store());
        QVERIFY(reader.open(userId, key));
        QCOMPARE(reader.waiting(), 3);
        QCOMPARE(reader.waitingByResident(), (QHash<QString, int>{{resident("A1a"), 2}, {resident("A1b"), 1}}));

        SignedInConnection carer(m_fixture.stationSettings(*m_db), email("carerA"),
                                 QString::fromLatin1(TenantFixture::password));
        QVERIFY2(carer.isValid(), qPrintable(carer.errorMessage()));
        const NoteOutbox::Drain sent = first.drain(carer.database(), [] { return true; });
        QCOMPARE(sent.written, 3);
        QCOMPARE(first.waiting(), 0);
        // The second window sees they are sent, and sends nothing twice.
        QVERIFY(second.refresh());
        QCOMPARE(second.waiting(), 0);
        QCOMPARE(second.drain(carer.database(), [] { return true; }).written, 0);
        QCOMPARE(query(QStringLiteral("SELECT string_agg(narrative, ' | ' ORDER BY created_at) FROM daily_records "
                                      "WHERE narrative LIKE 'Two windows:%'"))
                     .text(0, 0),
                 QStringLiteral("Two windows: first window, first note | Two windows: second window's note | Two "
                                "windows: first window, second note"));
    }

    // Notes kept on the station that cannot be opened with the user's key (a damaged file) are set aside, never
    // deleted, and said to be there on the shift board; notes saved from now on are kept as usual.
    void anUnreadableOutboxIsSetAsideAndShown()
    {
        const QTemporaryDir drafts;
        const DraftStore store(drafts.filePath(QStringLiteral("outbox")), QStringLiteral(".outbox"));
        const QString carerId = m_fixture.userIds.value(QStringLiteral("carerA"));
        QVERIFY(store.prepareDirectory());
        QFile damaged(store.fileFor(carerId));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("WCNDRAFT1\nnot a sealed note");
        damaged.close();

        StationWindowDriver driver(m_fixture.stationSettings(*m_db), drafts.path());
        QVERIFY(driver.signIn(email("carerA"), QString::fromLatin1(TenantFixture::password),
                              QStringLiteral("Shift board")));
        QVERIFY(!QFile::exists(store.fileFor(carerId)));
        const QStringList aside =
            QDir(store.directory()).entryList({QStringLiteral("*.outbox.unreadable-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QFile kept(QDir(store.directory()).filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("WCNDRAFT1\nnot a sealed note"));
        auto *banner = driver.child<QWidget>("queueFrame");
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(driver.child<QLabel>("queueLabel")->text(),
                 QStringLiteral("Notes kept on this station earlier could not be opened, so they have not been sent. "
                                "They are kept in %1. Tell your manager, so that they can be looked at. New notes are "
                                "kept as usual.")
                     .arg(QDir::toNativeSeparators(kept.fileName())));
        // New notes are kept while the server is away.
        auto *session = driver.window()->findChild<StationSession *>();
        session->setRetryInterval(60 * 60 * 1000);
        QTRY_COMPARE(qobject_cast<ShiftBoardModel *>(driver.child<QTableView>("boardTableView")->model())->rowCount(),
                     2);
        QVERIFY(stopServer());
        QVERIFY(writeFromTheBoard(driver, resident("A1a"), QStringLiteral("Kept beside the damaged file")));
        QCOMPARE(session->waitingNotes(), 1);
        QVERIFY(startServer());
        session->retryNow();
        QTRY_COMPARE_WITH_TIMEOUT(session->waitingNotes(), 0, 30000);
    }

    // An assessment is not queued like a note (its due date, care-plan offer and checks come from the server): saved
    // while the server is away, it is refused in plain words with every answer kept, and saved once it is back.
    void anAssessmentSavedWhileTheServerIsAwayKeepsItsAnswers()
    {
        const QTemporaryDir drafts;
        StationWindowDriver driver(m_fixture.stationSettings(*m_db), drafts.path());
        QVERIFY(
            driver.signIn(email("nurseA"), QString::fromLatin1(TenantFixture::password), QStringLiteral("Residents")));
        driver.window()->findChild<StationSession *>()->setRetryInterval(100);
        auto *search = driver.child<QLineEdit>("searchLineEdit");
        QTRY_VERIFY(search->isVisible());
        QTest::keyClicks(search, QStringLiteral("Edna"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(driver.child<QWidget>("recordTabWidget") && driver.child<QWidget>("recordTabWidget")->isVisible());
        driver.child<QTabWidget>("recordTabWidget")->setCurrentWidget(driver.child<QWidget>("assessmentsTab"));
        auto *types = driver.child<QComboBox>("newAssessmentTypeComboBox");
        types->setCurrentIndex(types->findData(QStringLiteral("must")));
        QTest::mouseClick(driver.child<QPushButton>("newAssessmentPushButton"), Qt::LeftButton);
        const auto choose = [&driver](const char *name, const char *option) {
            auto *combo = driver.child<QComboBox>(name);
            combo->setCurrentIndex(combo->findData(QString::fromLatin1(option)));
        };
        const auto type = [&driver](const char *name, const QString &text) {
            auto *edit = driver.child<QLineEdit>(name);
            edit->clear();
            QTest::keyClicks(edit, text);
        };
        QTRY_VERIFY(driver.child<QComboBox>("heightSourceComboBox") &&
                    driver.child<QComboBox>("heightSourceComboBox")->isVisible());
        choose("heightSourceComboBox", "measured");
        type("heightMLineEdit", QStringLiteral("1.60"));
        type("weightKgLineEdit", QStringLiteral("60"));
        choose("weightLossSourceComboBox", "measured");
        type("earlierWeightKgLineEdit", QStringLiteral("61"));
        choose("acuteDiseaseComboBox", "no");
        QCOMPARE(driver.child<QLabel>("scoreLabel")->text(), QStringLiteral("Score 0: Low risk"));

        QVERIFY(stopServer());
        QTest::mouseClick(driver.child<QPushButton>("saveAssessmentPushButton"), Qt::LeftButton);
        QCOMPARE(driver.child<QLabel>("assessmentMessageLabel")->text(),
                 QStringLiteral("The connection to the database was lost, so this was not saved: check the network, "
                                "then save again (what you typed is kept)."));
        QCOMPARE(driver.child<QLineEdit>("weightKgLineEdit")->text(), QStringLiteral("60"));
        QCOMPARE(driver.child<QLineEdit>("earlierWeightKgLineEdit")->text(), QStringLiteral("61"));
        QVERIFY(driver.child<QPushButton>("saveAssessmentPushButton")->isVisible());
        // The station notices the lost connection by itself, says so, and reconnects when the server is back.
        QTRY_VERIFY(driver.child<QLabel>("serverStatusLabel")
                        ->text()
                        .endsWith(QStringLiteral("cannot be reached, trying again")));

        QVERIFY(startServer());
        QCOMPARE(query(QStringLiteral("SELECT count(*) FROM assessments WHERE type = 'must'")).text(0, 0),
                 QStringLiteral("0"));
        QTRY_VERIFY_WITH_TIMEOUT(!driver.child<QLabel>("serverStatusLabel")
                                      ->text()
                                      .endsWith(QStringLiteral("cannot be reached, trying again")),
                                 30000);
        QTest::mouseClick(driver.child<QPushButton>("saveAssessmentPushButton"), Qt::LeftButton);
        QCOMPARE(driver.child<QLabel>("assessmentMessageLabel")->text(),
                 QStringLiteral("Saved: MUST (nutrition), score 0, Low risk."));
        QCOMPARE(query(QStringLiteral("SELECT count(*) FROM assessments WHERE type = 'must' AND score = 0")).text(0, 0),
                 QStringLiteral("1"));
    }
};

QTEST_MAIN(TestNoteOutbox)
#include "TestNoteOutbox.moc"
