// The shift board through the real window offscreen, against the real server: a routine note written from the
// keyboard alone, NEWS2 as it is typed and the escalation it asks for, a correction striking the original through,
// a colleague's note from another station appearing, and a note being typed kept for its author across a lock.

#include "PdfText.h"
#include "SignedInConnection.h"
#include "StationWindowDriver.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "board/HandoverDialog.h"
#include "board/ShiftBoardModel.h"
#include "board/ShiftBoardPage.h"
#include "common/Clock.h"
#include "session/DraftStore.h"
#include "shiftnotes/DailyNoteStore.h"
#include "shiftnotes/TimelineModel.h"
#include "widgets/FileDialog.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QTimer>

#include <memory>

class TestShiftBoardWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_drafts;
    std::unique_ptr<StationWindowDriver> m_driver;

    template <typename T>
    T *child(const char *name) const
    {
        return m_driver->child<T>(name);
    }
    QString resident(const char *key) const { return m_fixture.residents.value(QString::fromLatin1(key)); }
    static QString focusName() { return StationWindowDriver::focusName(); }
    static void typeHere(const QString &text) { StationWindowDriver::typeHere(text); }
    static void key(Qt::Key which, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        StationWindowDriver::key(which, modifiers);
    }
    ShiftBoardPage *board() const { return child<ShiftBoardPage>("shiftBoardPage"); }
    ShiftBoardModel *boardModel() const
    {
        return qobject_cast<ShiftBoardModel *>(child<QTableView>("boardTableView")->model());
    }

    bool signIn(const char *who)
    {
        return m_driver->signIn(m_fixture.emails.value(QString::fromLatin1(who)),
                                QString::fromLatin1(TenantFixture::password), QStringLiteral("Shift board"));
    }
    void selectResident(const char *key)
    {
        const int row = boardModel()->rowFor(resident(key));
        QVERIFY(row >= 0);
        child<QTableView>("boardTableView")->setCurrentIndex(boardModel()->index(row, ShiftBoardModel::NameColumn));
        child<QTableView>("boardTableView")->setFocus();
    }
    QString cell(const char *key, int column) const
    {
        return boardModel()->index(boardModel()->rowFor(resident(key)), column).data().toString();
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
        m_drafts = std::make_unique<QTemporaryDir>();
    }
    void init()
    {
        m_driver = std::make_unique<StationWindowDriver>(m_fixture.stationSettings(*m_db), m_drafts->path());
    }
    void cleanup() { m_driver.reset(); }
    void cleanupTestCase() { m_db.reset(); }

    void aRoutineNoteFromTheKeyboardAlone()
    {
        QVERIFY(signIn("carerA"));
        QTRY_VERIFY(boardModel()->rowCount() == 2);
        selectResident("A1b");
        QCOMPARE(cell("A1b", ShiftBoardModel::NameColumn), QStringLiteral("Walter Exampleton"));
        key(Qt::Key_Return);
        QTRY_COMPARE(focusName(), QStringLiteral("personalCareLineEdit"));
        typeHere(QStringLiteral("Assisted with wash"));
        key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("mealComboBox"));
        typeHere(QStringLiteral("l")); // lunch
        key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("portionComboBox"));
        typeHere(QStringLiteral("t")); // three quarters
        key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("eatingLineEdit"));
        key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("drinkingLineEdit"));
        typeHere(QStringLiteral("tea"));
        key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("drinkMlLineEdit"));
        typeHere(QStringLiteral("200"));
        key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(child<QTableView>("boardTableView")->isVisible());
        const PgSession owner = m_db->session();
        const PgResult stored = owner.exec(
            QStringLiteral("SELECT care_delivered::text, u.first_name FROM daily_records AS d JOIN users AS u "
                           "ON u.id = d.created_by WHERE d.resident_id = $1 AND d.care_delivered ? 'eating'"),
            {resident("A1b")});
        QCOMPARE(stored.rowCount(), 1);
        QCOMPARE(stored.text(0, 0),
                 QStringLiteral("{\"eating\": {\"meal\": \"lunch\", \"portion\": \"three_quarters\"}, \"drinking\": "
                                "{\"ml\": 200, \"text\": \"tea\"}, \"personal_care\": {\"text\": \"Assisted with "
                                "wash\"}}"));
        QCOMPARE(stored.text(0, 1), QStringLiteral("Cai"));
        // The board shows it once read again (off the window's thread, a moment later); the timeline has it on top.
        QTRY_VERIFY(cell("A1b", ShiftBoardModel::FluidColumn).startsWith(QStringLiteral("200 ml")));
        QCOMPARE(child<QLabel>("boardStatusLabel")->text(), QStringLiteral("Note about Walter Exampleton saved."));
        auto *timeline = child<QListView>("timelineListView");
        QTRY_VERIFY(timeline->model()->rowCount() >= 2); // with the fixture's note of this morning
        QStringList entries;
        for (int r = 0; r < timeline->model()->rowCount(); ++r)
            entries.append(timeline->model()->index(r, 0).data().toString());
        QVERIFY2(entries.filter(QStringLiteral("Personal care: Assisted with wash. Eating: lunch, three quarters "
                                               "eaten. Drinking: 200 ml, tea."))
                         .size() == 1,
                 qPrintable(entries.join(QLatin1Char('|'))));
        QVERIFY(entries.filter(QStringLiteral("Cai Testcarer, written")).size() == 1);
        // A routine note asked for no escalation and records none (regression: every note used to carry an empty
        // escalation with a time, shown as "Escalated" and counted in the Escalation category).
        const PgResult routine = m_db->session().exec(
            QStringLiteral("SELECT escalation::text, array_to_string(categories, ',') FROM daily_records "
                           "WHERE resident_id = $1 AND care_delivered ->> 'drinking' IS NOT NULL"),
            {resident("A1b")});
        QCOMPARE(routine.rowCount(), 1);
        QCOMPARE(routine.text(0, 0), QStringLiteral("{}"));
        QCOMPARE(routine.text(0, 1), QStringLiteral("drinking,eating,personal_care"));
        QVERIFY(!entries.join(QLatin1Char('|')).contains(QStringLiteral("Escalated")));
    }

    // Issue 13: nothing that runs on the draft timer may write into the field being typed in. A note typed across
    // many draft ticks, with the cursor moved in the middle, is saved exactly as typed.
    void aNoteTypedAcrossDraftTicksIsSavedExactly()
    {
        QVERIFY(signIn("carerA"));
        QTRY_VERIFY(boardModel()->rowCount() == 2);
        selectResident("A1b");
        key(Qt::Key_Return);
        QTRY_COMPARE(focusName(), QStringLiteral("personalCareLineEdit"));
        auto *care = child<QLineEdit>("personalCareLineEdit");
        QVERIFY(m_driver->typeAcrossDraftTicks(care, {QStringLiteral("washed "), QStringLiteral("at the sink")}));
        QTest::keyClick(care, Qt::Key_Home);
        QVERIFY(m_driver->typeAcrossDraftTicks(care, {QStringLiteral("Shaved, "), QStringLiteral("then ")}));
        auto *narrative = child<QPlainTextEdit>("narrativePlainTextEdit");
        QVERIFY(
            m_driver->typeAcrossDraftTicks(narrative, {QStringLiteral("Talked about "), QStringLiteral("the war.")}));
        QTest::keyClick(narrative, Qt::Key_Home, Qt::ControlModifier);
        QVERIFY(m_driver->typeAcrossDraftTicks(narrative, {QStringLiteral("Cheerful. ")}));
        narrative->setFocus();
        key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(child<QTableView>("boardTableView")->isVisible());
        const PgResult stored = m_db->session().exec(
            QStringLiteral("SELECT care_delivered -> 'personal_care' ->> 'text', narrative FROM daily_records "
                           "WHERE resident_id = $1 AND narrative LIKE '%the war%'"),
            {resident("A1b")});
        QCOMPARE(stored.rowCount(), 1);
        QCOMPARE(stored.text(0, 0), QStringLiteral("Shaved, then washed at the sink"));
        QCOMPARE(stored.text(0, 1), QStringLiteral("Cheerful. Talked about the war."));
    }

    void news2AsTypedAsksForEscalation()
    {
        QVERIFY(signIn("nurseA"));
        QTRY_VERIFY(boardModel()->rowCount() == 2);
        selectResident("A1a");
        QVERIFY(board()->writeNoteFor(resident("A1a")));
        auto *news2 = child<QLabel>("news2Label");
        auto *advice = child<QLabel>("news2AdviceLabel");
        const QString source = QStringLiteral("\n(Royal College of Physicians NEWS2, 2017.)");
        // The headline in large type on the band's colour, the advice beneath it.
        const auto shown = [news2, advice] {
            return news2->text() + QLatin1Char('\n') + advice->text();
        };
        // One parameter taken, scoring 0: no band and no routine advice, only what is missing (issue 13).
        child<QComboBox>("consciousnessComboBox")->setCurrentIndex(1); // alert
        QCOMPARE(shown(),
                 QStringLiteral("NEWS2 incomplete: not taken: respiration rate, SpO2, air or oxygen, systolic blood "
                                "pressure, pulse, temperature\nTake the missing observations now: without them the "
                                "score and the response are not known.") +
                     source);
        QVERIFY(!child<QGroupBox>("escalationGroupBox")->isVisible());
        child<QComboBox>("consciousnessComboBox")->setCurrentIndex(0);
        const QList<QPair<const char *, const char *>> readings = {{"respirationLineEdit", "26"},
                                                                   {"spo2LineEdit", "95"},
                                                                   {"systolicLineEdit", "118"},
                                                                   {"pulseLineEdit", "96"},
                                                                   {"temperatureLineEdit", "38.4"}};
        for (const auto &[field, value] : readings)
            QTest::keyClicks(child<QLineEdit>(field), QString::fromLatin1(value));
        // Incomplete but already at a trigger: the urgency is said in full, with what is missing.
        QVERIFY(!news2->styleSheet().contains(QStringLiteral("#bfe3c0"))); // never the reassuring green
        QCOMPARE(shown(),
                 QStringLiteral("NEWS2 incomplete: not taken: air or oxygen, consciousness; already 6 from those "
                                "taken: escalate\nUrgent response: tell the nurse in charge and contact the GP or 111 "
                                "now; observations at least every hour.") +
                     source);
        QVERIFY(child<QGroupBox>("escalationGroupBox")->isVisible());
        child<QComboBox>("oxygenComboBox")->setCurrentIndex(1);           // air
        child<QComboBox>("consciousnessComboBox")->setCurrentIndex(1);    // alert
        QVERIFY(news2->styleSheet().contains(QStringLiteral("#f0a030"))); // amber, and the words say it too
        QCOMPARE(news2->text(), QStringLiteral("NEWS2 6, medium risk"));
        QCOMPARE(shown(), QStringLiteral("NEWS2 6, medium risk\nUrgent response: tell the nurse in charge and "
                                         "contact the GP or 111 now; observations at least every hour.") +
                              source);
        QVERIFY(child<QGroupBox>("escalationGroupBox")->isVisible());
        QTest::mouseClick(child<QPushButton>("saveNotePushButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>("noteMessageLabel")->text(),
                 QStringLiteral("The NEWS2 score needs a response: say what you did before saving."));
        QCOMPARE(focusName(), QStringLiteral("escalationActionLineEdit"));
        typeHere(QStringLiteral("Called 111, observations again in 30 minutes"));
        QTest::keyClicks(child<QLineEdit>("escalationToldLineEdit"), QStringLiteral("Aino Testnurse, nurse in charge"));
        QTest::mouseClick(child<QPushButton>("saveNotePushButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QTableView>("boardTableView")->isVisible());
        QTRY_COMPARE(cell("A1a", ShiftBoardModel::News2Column).isEmpty(), false);
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT escalation ->> 'told', (escalation ->> 'news2')::int FROM "
                                          "daily_records WHERE resident_id = $1 AND escalation <> '{}'"),
                           {resident("A1a")})
                     .text(0, 0),
                 QStringLiteral("Aino Testnurse, nurse in charge"));
    }

    void aCorrectionStrikesTheOriginalThrough()
    {
        QVERIFY(signIn("carerA"));
        QTRY_VERIFY(boardModel()->rowCount() == 2);
        selectResident("A1b");
        auto *timeline = child<QListView>("timelineListView");
        QTRY_VERIFY(timeline->model()->rowCount() >= 1);
        int row = -1;
        for (int r = 0; r < timeline->model()->rowCount(); ++r) {
            if (timeline->model()->index(r, 0).data().toString().contains(QStringLiteral("200 ml")))
                row = r;
        }
        QVERIFY(row >= 0);
        timeline->setCurrentIndex(timeline->model()->index(row, 0));
        QTest::mouseClick(child<QPushButton>("correctPushButton"), Qt::LeftButton);
        QTRY_COMPARE(focusName(), QStringLiteral("correctionReasonLineEdit"));
        typeHere(QStringLiteral("It was 150 ml, not 200"));
        auto *ml = child<QLineEdit>("drinkMlLineEdit");
        ml->selectAll();
        QTest::keyClicks(ml, QStringLiteral("150"));
        key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(child<QTableView>("boardTableView")->isVisible());
        QTRY_VERIFY(cell("A1b", ShiftBoardModel::FluidColumn).startsWith(QStringLiteral("150 ml")));
        QTRY_VERIFY(timeline->model()->rowCount() >= 2);
        int struck = 0;
        for (int r = 0; r < timeline->model()->rowCount(); ++r)
            struck += timeline->model()->index(r, 0).data(TimelineModel::CorrectedRole).toBool() ? 1 : 0;
        QCOMPARE(struck, 1);
    }

    void aColleaguesNoteAppearsAndADraftIsKept()
    {
        QVERIFY(signIn("carerA"));
        QTRY_VERIFY(boardModel()->rowCount() == 2);
        board()->setRefreshInterval(100);
        const QString before = cell("A1a", ShiftBoardModel::RecordedColumn);
        {
            SignedInConnection nurse(m_fixture.stationSettings(*m_db), m_fixture.emails.value(QStringLiteral("nurseA")),
                                     QString::fromLatin1(TenantFixture::password));
            DailyNote note;
            note.id = DailyNote::newId();
            note.residentId = resident("A1a");
            note.occurredAt = Clock::now();
            note.date = boardModel()->shift().date;
            note.shift = boardModel()->shift().shift;
            note.careDelivered = {
                {QStringLiteral("visitors"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Family visited")}}}};
            QVERIFY(DailyNoteStore::write(nurse.database(), note).ok());
        }
        QTRY_VERIFY(cell("A1a", ShiftBoardModel::RecordedColumn) != before);
        QVERIFY(cell("A1a", ShiftBoardModel::RecordedColumn).contains(QStringLiteral("Visitors")));

        // A note half typed is kept every few seconds, for its author alone, and comes back after a lock.
        QVERIFY(board()->writeNoteFor(resident("A1a")));
        QTest::keyClicks(child<QLineEdit>("sleepLineEdit"), QStringLiteral("Dozed after lunch"));
        const QString carer = m_fixture.userIds.value(QStringLiteral("carerA"));
        QTRY_VERIFY_WITH_TIMEOUT(DraftStore(m_drafts->path()).has(carer), 10000);
        m_driver->window()->lock();
        QTRY_VERIFY(!board());
        QVERIFY(signIn("carerA"));
        QTRY_COMPARE(child<QLineEdit>("sleepLineEdit")->text(), QStringLiteral("Dozed after lunch"));
        QVERIFY(child<QLabel>("noteMessageLabel")->text().startsWith(QStringLiteral("This note was not saved")));
    }

    void theHandoverOnScreenAndAsPdf()
    {
        QVERIFY(
            m_db->run(QStringLiteral("UPDATE residents SET fluid_target_ml = 1600 WHERE id = $1"), {resident("A1b")}));
        {
            SignedInConnection nurse(m_fixture.stationSettings(*m_db), m_fixture.emails.value(QStringLiteral("nurseA")),
                                     QString::fromLatin1(TenantFixture::password));
            QVERIFY2(nurse.isValid(), qPrintable(nurse.errorMessage()));
            const ShiftOccurrence now =
                DailyNoteStore::shiftPattern(nurse.database(), m_fixture.facilityA1).value.current(Clock::now());
            DailyNote note;
            note.id = DailyNote::newId();
            note.residentId = resident("A1b");
            note.date = now.date;
            note.shift = now.shift;
            note.occurredAt = Clock::now().addSecs(-120);
            note.recordedAt = Clock::now();
            note.careDelivered = {
                {QStringLiteral("drinking"),
                 QJsonObject{{QStringLiteral("ml"), 250}, {QStringLiteral("text"), QStringLiteral("orange juice")}}}};
            // NEWS2 7 as the server computes it (the score a station writes in the escalation is replaced by it):
            // respiration 26 (3), SpO2 95 (1), air, systolic 100 (2), pulse 96 (1), alert, 36.8 °C.
            note.observations = {{QStringLiteral("respiration_rate"), 26},
                                 {QStringLiteral("spo2"), 95},
                                 {QStringLiteral("oxygen"), false},
                                 {QStringLiteral("systolic"), 100},
                                 {QStringLiteral("pulse"), 96},
                                 {QStringLiteral("consciousness"), QStringLiteral("A")},
                                 {QStringLiteral("temperature"), 36.8}};
            note.escalation = {{QStringLiteral("news2"), 0},
                               {QStringLiteral("action"), QStringLiteral("Called the GP out of hours")},
                               {QStringLiteral("told"), QStringLiteral("Dr Testdoctor")}};
            QCOMPARE(DailyNoteStore::write(nurse.database(), note).message, QString());
        }
        QVERIFY(signIn("nurseA"));
        QTRY_VERIFY(boardModel()->rowCount() == 2);
        QTest::mouseClick(child<QPushButton>("handoverPushButton"), Qt::LeftButton);
        // The shift is read for the handover off the window's thread; the dialog opens when it has arrived.
        QVERIFY(!child<QPushButton>("handoverPushButton")->isEnabled());
        HandoverDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = child<HandoverDialog>("handoverDialog")));
        QVERIFY(child<QPushButton>("handoverPushButton")->isEnabled());
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->windowTitle().startsWith(QStringLiteral("Handover: Fern House, ")));
        const QString shown = dialog->findChild<QTextBrowser *>(QStringLiteral("handoverTextBrowser"))->toPlainText();
        for (const char *expected :
             {"Room 14: Walter Exampleton", "Escalations", ", NEWS2 7: Called the GP out of hours; told Dr Testdoctor",
              "Fluids today", "of 1600 ml", "Drinking: 250 ml, orange juice.", "Aino Testnurse", "Not recorded",
              "Room 12: Edna Testresident", "Printed from Write Care Notes by Aino Testnurse"}) {
            QVERIFY2(shown.contains(QString::fromUtf8(expected)), qPrintable(shown));
        }

        QTemporaryDir folder;
        const QString pdf = folder.filePath(QStringLiteral("handover.pdf"));
        FileDialog::setNextAnswer(pdf);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pdfPushButton")), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(pdf));
        // The dialog says where the PDF went.
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("handoverMessageLabel"))->text(),
                 QStringLiteral("Saved as PDF: %1").arg(QDir::toNativeSeparators(pdf)));
        const QString text = pdfText(pdf);
        for (const char *expected :
             {"Handover: Fern House, ", "Room 14: Walter Exampleton", "Called the GP out of hours; told Dr Testdoctor",
              "of 1600 ml", "Printed from Write Care Notes by Aino Testnurse"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), qPrintable(text));
        }
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("closePushButton")), Qt::LeftButton);
        QTRY_VERIFY(!child<HandoverDialog>("handoverDialog"));
    }

    void aDraftOutlivesTheProcessBeingKilled()
    {
        const QTemporaryDir drafts;
        QProcess writer;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("WCN_DRAFT_WRITER_CONNINFO"),
                           m_fixture.stationSettings(*m_db).toConnInfo(true));
        writer.setProcessEnvironment(environment);
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QStringLiteral(WCN_DRAFT_WRITER),
                     {m_fixture.emails.value(QStringLiteral("carerA")), QString::fromLatin1(TenantFixture::password),
                      drafts.path(), resident("A1a")});
        QVERIFY(writer.waitForStarted());
        const QString carer = m_fixture.userIds.value(QStringLiteral("carerA"));
        QTRY_VERIFY_WITH_TIMEOUT(DraftStore(drafts.path()).has(carer) || writer.state() == QProcess::NotRunning, 60000);
        QCOMPARE(writer.state(), QProcess::Running);
        // As a power cut would: no clean exit, no sign-out, nothing saved on the way out.
        writer.kill();
        QVERIFY(writer.waitForFinished());
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        StationWindowDriver again(m_fixture.stationSettings(*m_db), drafts.path());
        QVERIFY(again.signIn(m_fixture.emails.value(QStringLiteral("carerA")),
                             QString::fromLatin1(TenantFixture::password), QStringLiteral("Shift board")));
        QTRY_COMPARE(again.child<QLineEdit>("personalCareLineEdit")->text(),
                     QStringLiteral("Sat in the garden with her daughter"));
        QVERIFY(again.child<QLineEdit>("personalCareLineEdit")->isVisible());
        QVERIFY(again.child<QLabel>("noteMessageLabel")->text().startsWith(QStringLiteral("This note was not saved")));
    }

    void anAdministratorSetsAHomesShiftTimes()
    {
        QVERIFY(m_driver->signIn(m_fixture.emails.value(QStringLiteral("adminA")),
                                 QString::fromLatin1(TenantFixture::password), QStringLiteral("Homes")));
        auto *navigation = child<QListWidget>("navigationListWidget");
        QStringList pages;
        for (int row = 0; row < navigation->count(); ++row)
            pages.append(navigation->item(row)->text());
        QCOMPARE(pages, QStringList({QStringLiteral("Home"), QStringLiteral("Users"), QStringLiteral("Homes"),
                                     QStringLiteral("Records kept"), QStringLiteral("Health"),
                                     QStringLiteral("Audit trail")}));
        auto *homes = child<QListWidget>("homesListWidget");
        QList<QListWidgetItem *> fern = homes->findItems(QStringLiteral("Fern House"), Qt::MatchExactly);
        QCOMPARE(fern.size(), 1);
        homes->setCurrentItem(fern.first());
        auto *lateStart = child<QTimeEdit>("lateStartTimeEdit");
        QVERIFY(lateStart);
        QCOMPARE(lateStart->time(), QTime(14, 0));
        QCOMPARE(child<QTimeEdit>("nightEndTimeEdit")->time(), QTime(7, 30));
        // The late shift starting after the early one ends leaves a gap: refused, naming it.
        lateStart->setTime(QTime(15, 0));
        QTest::mouseClick(child<QPushButton>("saveShiftTimesPushButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>("homesMessageLabel")->text(),
                 QStringLiteral("No shift is on from 14:30 to 15:00: change the times so that one always is (an "
                                "overlap is a handover)."));
        lateStart->setTime(QTime(14, 15));
        QTest::mouseClick(child<QPushButton>("saveShiftTimesPushButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>("homesMessageLabel")->text(),
                 QStringLiteral("The shift times of Fern House are saved. They apply to notes written from now on."));
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT to_char(starts_at, 'HH24:MI') FROM shift_patterns "
                                          "WHERE facility_id = $1 AND shift = 'late'"),
                           {m_fixture.facilityA1})
                     .text(0, 0),
                 QStringLiteral("14:15"));
        QVERIFY(m_db->run(QStringLiteral("UPDATE shift_patterns SET starts_at = '14:00' WHERE facility_id = $1 "
                                         "AND shift = 'late'"),
                          {m_fixture.facilityA1}));

        // The organization's settings, below.
        auto *late = child<QSpinBox>("lateEntrySpinBox");
        QVERIFY(late->isVisible());
        QCOMPARE(late->value(), 60);
        late->setValue(90);
        QTest::mouseClick(child<QPushButton>("saveSettingsPushButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>("settingsMessageLabel")->text(),
                 QStringLiteral("The organization's settings are saved. Stations lock by the new time from their next "
                                "sign-in."));
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT settings ->> 'late_entry_minutes' FROM organizations WHERE id = $1"),
                           {m_fixture.orgA})
                     .text(0, 0),
                 QStringLiteral("90"));
        QVERIFY(m_db->run(QStringLiteral("UPDATE organizations SET settings = settings - 'late_entry_minutes' "
                                         "WHERE id = $1"),
                          {m_fixture.orgA}));
    }

    // Regression: the station locking itself while "Discard it?" was on screen deleted the page under the question.
    void aLockWhileAQuestionIsOpenKeepsTheNote()
    {
        // A station of its own, so that no draft kept by an earlier test opens first.
        const QTemporaryDir drafts;
        m_driver = std::make_unique<StationWindowDriver>(m_fixture.stationSettings(*m_db), drafts.path());
        QVERIFY(signIn("carerA"));
        QTRY_VERIFY(boardModel()->rowCount() == 2);
        QVERIFY(board()->writeNoteFor(resident("A1a")));
        QTRY_COMPARE(focusName(), QStringLiteral("personalCareLineEdit"));
        typeHere(QStringLiteral("Hair washed and set"));
        bool questionShown = false;
        QTimer::singleShot(200, m_driver->window(), [this, &questionShown] {
            questionShown = QApplication::activeModalWidget() != nullptr;
            m_driver->window()->lock(); // as the idle timer would, from inside the question's own event loop
        });
        // Asks "Discard it?" for real (no answer given in advance): the question's loop runs until the lock.
        QTest::mouseClick(child<QPushButton>("backToBoardPushButton"), Qt::LeftButton);
        QVERIFY(questionShown);
        QTRY_VERIFY(child<QLineEdit>("unlockPasswordLineEdit") &&
                    child<QLineEdit>("unlockPasswordLineEdit")->isVisible());
        QVERIFY(!m_driver->window()->isSignedIn());
        QVERIFY(signIn("carerA"));
        QTRY_COMPARE(child<QLineEdit>("personalCareLineEdit")->text(), QStringLiteral("Hair washed and set"));
        m_driver.reset();
    }
};

QTEST_MAIN(TestShiftBoardWindow)
#include "TestShiftBoardWindow.moc"
