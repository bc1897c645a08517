// Shift notes against the real server, as the station's users: written once with the station's own id (a retry is
// recognised), never rewritten by any role on the parent or a partition, late entries marked by the server,
// corrections linked with their reason, the shift board with what is missing and fluids against target, and a
// resident's timeline paged by keyset on the timeline index; the handover's order by clinical urgency and its footer
// on every printed page.

#include "PagedModelTester.h"
#include "PdfText.h"
#include "SignedInConnection.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "board/HandoverReport.h"
#include "board/ShiftBoardModel.h"
#include "clinical/News2.h"
#include "common/Clock.h"
#include "database/DatabaseErrorMessages.h"
#include "database/PgSession.h"
#include "organization/OrganizationSettings.h"
#include "shiftnotes/DailyNoteStore.h"
#include "shiftnotes/TimelineModel.h"
#include "widgets/RecordPrinter.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <memory>

class TestShiftNotes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    QDateTime m_now;

    DailyNote note(const char *residentKey, const QString &shift, int minutesAgo) const
    {
        DailyNote made;
        made.id = DailyNote::newId();
        made.residentId = m_fixture.resident(residentKey);
        made.occurredAt = m_now.addSecs(-60 * minutesAgo);
        made.recordedAt = m_now;
        // Every note of the run on one date, the server's today: "earlier today" stays today whatever the hour the
        // suite runs at (at 00:15 a note of 30 minutes ago happened yesterday, and the database allows a day's notes
        // from the day before on, as a night shift's are).
        made.date = m_now.date();
        made.shift = shift;
        return made;
    }
    // A note straight through SQL as the station's user, as a modified station would send it.
    PgResult insertDirectly(const SignedInConnection &connection, const QJsonObject &observations,
                            const QJsonObject &escalation = {}) const
    {
        const QDateTime at = m_now.addSecs(-120);
        return PgSession(connection.database())
            .exec(QStringLiteral("INSERT INTO public.daily_records (id, resident_id, date, shift, observations, "
                                 "occurred_at, escalation) VALUES (gen_random_uuid(), $1::uuid, $2::date, 'early', "
                                 "$3::jsonb, $4::timestamptz, $5::jsonb) RETURNING escalation::text"),
                  {m_fixture.resident("A1a"), m_now.date(), QString::fromUtf8(QJsonDocument(observations).toJson()), at,
                   QString::fromUtf8(QJsonDocument(escalation).toJson())});
    }
    // Respiration 16, SpO2 97 on air, systolic 130, pulse 70, alert, 36.8 °C: NEWS2 0, complete.
    static QJsonObject normalObservations()
    {
        return {{QStringLiteral("respiration_rate"), 16},
                {QStringLiteral("spo2"), 97},
                {QStringLiteral("oxygen"), false},
                {QStringLiteral("systolic"), 130},
                {QStringLiteral("pulse"), 70},
                {QStringLiteral("consciousness"), QStringLiteral("A")},
                {QStringLiteral("temperature"), 36.8}};
    }

    // Respiration 26 (3), SpO2 95 (1), air (0), systolic 118 (0), pulse 96 (1), alert (0), 38.4 °C (1): NEWS2 6.
    static QJsonObject news2Six()
    {
        return {{QStringLiteral("respiration_rate"), 26},
                {QStringLiteral("spo2"), 95},
                {QStringLiteral("oxygen"), false},
                {QStringLiteral("systolic"), 118},
                {QStringLiteral("pulse"), 96},
                {QStringLiteral("consciousness"), QStringLiteral("A")},
                {QStringLiteral("temperature"), 38.4}};
    }
    // Writes notes as stations wrote them before the server checked observations (migration 7), which refuses an
    // unescalated NEWS2 of 5 or more: such notes are still in the records. What each write said.
    QStringList writtenBeforeTheCheck(const QSqlDatabase &station, const QList<DailyNote> &notes) const
    {
        const QString trigger = QStringLiteral("ALTER TABLE daily_records %1 TRIGGER daily_records_check_observations");
        QStringList said;
        if (!m_db->session().exec(trigger.arg(QStringLiteral("DISABLE"))).ok())
            return {QStringLiteral("the check could not be switched off")};
        for (const DailyNote &made : notes)
            said.append(DailyNoteStore::write(station, made).message);
        if (!m_db->session().exec(trigger.arg(QStringLiteral("ENABLE"))).ok())
            said.append(QStringLiteral("the check could not be switched on again"));
        return said;
    }
    int count(const QString &where, const QVariantList &params = {}) const
    {
        return m_db->session()
            .exec(QStringLiteral("SELECT count(*) FROM daily_records WHERE ") + where, params)
            .integer(0, 0);
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
        // The server's clock, to the millisecond; notes are dated in UTC here, as the server keeps dates.
        m_now = QDateTime::fromMSecsSinceEpoch(
            m_db->session()
                .exec(QStringLiteral("SELECT (extract(epoch FROM now()) * 1000)::bigint"))
                .text(0, 0)
                .toLongLong(),
            Qt::UTC);
    }
    void cleanupTestCase() { m_db.reset(); }

    void aNoteIsWrittenOnceWithItsAuthor()
    {
        auto carer = m_fixture.signedIn(*m_db, "carerA");
        DailyNote routine = note("A1a", QStringLiteral("early"), 10);
        routine.careDelivered = {
            {QStringLiteral("personal_care"),
             QJsonObject{{QStringLiteral("text"), QStringLiteral("Assisted with wash")}}},
            {QStringLiteral("drinking"),
             QJsonObject{{QStringLiteral("ml"), 200}, {QStringLiteral("text"), QStringLiteral("tea")}}}};
        const Result<> written = DailyNoteStore::write(carer->database(), routine);
        QCOMPARE(written.message, QString());
        QCOMPARE(int(written.outcome), int(Outcome::Done));
        // The answer was lost and the station tries again: recognised, still one note.
        QCOMPARE(int(DailyNoteStore::write(carer->database(), routine).outcome), int(Outcome::AlreadyDone));
        QCOMPARE(count(QStringLiteral("id = $1"), {routine.id}), 1);
        // Even on another date (another partition), the same id is not written twice; and a note with that id but
        // other content (a saved note reopened from a draft and changed) is refused, never taken as written: notes are
        // changed only by corrections (regression: it used to be reported as saved, and the change was lost).
        DailyNote twin = routine;
        twin.date = routine.date.addDays(-1);
        twin.occurredAt = routine.occurredAt.addDays(-1);
        Result<> again = DailyNoteStore::write(carer->database(), twin);
        QCOMPARE(int(again.outcome), int(Outcome::Refused));
        QVERIFY2(again.message.startsWith(QStringLiteral("This note was already saved, at ")),
                 qPrintable(again.message));
        QVERIFY(again.message.endsWith(
            QStringLiteral(", and a saved note is never changed: to change it, go back to the board and correct it "
                           "there.")));
        DailyNote changed = routine;
        changed.narrative = QStringLiteral("Also trimmed his nails");
        again = DailyNoteStore::write(carer->database(), changed);
        QCOMPARE(int(again.outcome), int(Outcome::Refused));
        QCOMPARE(count(QStringLiteral("id = $1"), {routine.id}), 1);
        QCOMPARE(count(QStringLiteral("id = $1 AND narrative = ''"), {routine.id}), 1);

        const Result<DailyNote> stored = DailyNoteStore::load(carer->database(), routine.id);
        QVERIFY2(stored.ok(), qPrintable(stored.message));
        QCOMPARE(stored.value.author, QStringLiteral("Cai Testcarer"));
        QCOMPARE(stored.value.careDelivered, routine.careDelivered);
        QCOMPARE(stored.value.occurredAt, routine.occurredAt);
        QVERIFY(!stored.value.lateEntry);
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT array_to_string(categories, ','), created_by = $2 "
                                          "FROM daily_records WHERE id = $1"),
                           {routine.id, m_fixture.user("carerA")})
                     .text(0, 0),
                 QStringLiteral("drinking,personal_care"));
        // Someone else retrying the same id is refused, not told it is theirs.
        auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        const Result<> other = DailyNoteStore::write(nurse->database(), routine);
        QCOMPARE(int(other.outcome), int(Outcome::Refused));
        QCOMPARE(other.message, QStringLiteral("This note has already been written: nothing more to do."));
    }

    void lateEntriesAreMarkedByTheServer()
    {
        auto carer = m_fixture.signedIn(*m_db, "carerA");
        DailyNote late = note("A1b", QStringLiteral("early"), 61);
        late.narrative = QStringLiteral("Walked to the lounge with the frame.");
        QVERIFY(DailyNoteStore::write(carer->database(), late).ok());
        DailyNote prompt = note("A1b", QStringLiteral("early"), 59);
        prompt.narrative = QStringLiteral("Settled in the lounge.");
        QVERIFY(DailyNoteStore::write(carer->database(), prompt).ok());
        QCOMPARE(count(QStringLiteral("id = $1 AND late_entry"), {late.id}), 1);
        QCOMPARE(count(QStringLiteral("id = $1 AND NOT late_entry"), {prompt.id}), 1);
        // The organization allows two hours: a note 61 minutes after the care is on time.
        QVERIFY(m_db->run(QStringLiteral("UPDATE organizations SET settings = settings || "
                                         "'{\"late_entry_minutes\": 120}' WHERE id = $1"),
                          {m_fixture.orgA}));
        DailyNote withinTwoHours = note("A1b", QStringLiteral("early"), 61);
        withinTwoHours.narrative = QStringLiteral("Cup of tea in the garden room.");
        QVERIFY(DailyNoteStore::write(carer->database(), withinTwoHours).ok());
        QCOMPARE(count(QStringLiteral("id = $1 AND NOT late_entry"), {withinTwoHours.id}), 1);
        QCOMPARE(DailyNoteStore::lateEntryMinutes(carer->database()), 120);
        QVERIFY(m_db->run(QStringLiteral("UPDATE organizations SET settings = settings - 'late_entry_minutes' "
                                         "WHERE id = $1"),
                          {m_fixture.orgA}));
        // A station's clock cannot make a note look written earlier than the care, or later than its arrival.
        DailyNote skewed = note("A1b", QStringLiteral("early"), 5);
        skewed.narrative = QStringLiteral("Chatted about the garden.");
        skewed.recordedAt = m_now.addSecs(-3600);
        QVERIFY(DailyNoteStore::write(carer->database(), skewed).ok());
        QCOMPARE(count(QStringLiteral("id = $1 AND recorded_at = occurred_at"), {skewed.id}), 1);
        skewed.id = DailyNote::newId();
        skewed.recordedAt = m_now.addDays(2);
        QVERIFY(DailyNoteStore::write(carer->database(), skewed).ok());
        QCOMPARE(count(QStringLiteral("id = $1 AND recorded_at <= created_at"), {skewed.id}), 1);
        // Care in the future is refused, naming the field.
        DailyNote future = note("A1b", QStringLiteral("early"), -30);
        future.narrative = QStringLiteral("Will go for a walk.");
        const Result<> refused = DailyNoteStore::write(carer->database(), future);
        QCOMPARE(int(refused.outcome), int(Outcome::Refused));
        QCOMPARE(refused.field, QStringLiteral("occurred_at"));
        QCOMPARE(refused.message, QStringLiteral("The time of care is in the future: enter when the care happened."));
    }

    void noRoleRewritesOrRemovesANote_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("statement");
        // The partition the fixture's notes are in: their month's, or the default one for a month not made yet.
        const QString partition =
            m_db->session()
                .exec(QStringLiteral("SELECT tableoid::regclass::text FROM daily_records ORDER BY created_at LIMIT 1"))
                .text(0, 0);
        for (const char *who : {"carerA", "nurseA", "managerA", "adminA"}) {
            QTest::addRow("%s updates", who) << who << QStringLiteral("UPDATE daily_records SET narrative = 'x'");
            QTest::addRow("%s deletes", who) << who << QStringLiteral("DELETE FROM daily_records");
            QTest::addRow("%s updates the partition", who)
                << who << QStringLiteral("UPDATE %1 SET narrative = 'x'").arg(partition);
            QTest::addRow("%s deletes from the partition", who)
                << who << QStringLiteral("DELETE FROM %1").arg(partition);
            QTest::addRow("%s deletes from the default partition", who)
                << who << QStringLiteral("DELETE FROM daily_records_default");
            QTest::addRow("%s truncates", who) << who << QStringLiteral("TRUNCATE daily_records");
            QTest::addRow("%s sets the late mark", who)
                << who
                << QStringLiteral("INSERT INTO daily_records (resident_id, date, shift, late_entry) "
                                  "SELECT id, current_date, 'early', false FROM residents LIMIT 1");
            QTest::addRow("%s chooses the author", who)
                << who
                << QStringLiteral("INSERT INTO daily_records (resident_id, date, shift, created_by) "
                                  "SELECT id, current_date, 'early', id FROM residents LIMIT 1");
        }
    }
    void noRoleRewritesOrRemovesANote()
    {
        QFETCH(QString, who);
        QFETCH(QString, statement);
        auto connection = m_fixture.signedIn(*m_db, qPrintable(who));
        const int before = count(QStringLiteral("true"));
        const PgResult result = PgSession(connection->database()).exec(statement);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().sqlState, QStringLiteral("42501"));
        QCOMPARE(count(QStringLiteral("true")), before);
    }

    void aCorrectionLinksToTheNoteWithAReason()
    {
        auto carer = m_fixture.signedIn(*m_db, "carerA");
        DailyNote original = note("A1a", QStringLiteral("early"), 30);
        original.careDelivered = {
            {QStringLiteral("drinking"),
             QJsonObject{{QStringLiteral("ml"), 2000}, {QStringLiteral("text"), QStringLiteral("tea")}}}};
        QVERIFY(DailyNoteStore::write(carer->database(), original).ok());

        auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        DailyNote correction = note("A1a", QStringLiteral("early"), 30);
        correction.careDelivered = {
            {QStringLiteral("drinking"),
             QJsonObject{{QStringLiteral("ml"), 200}, {QStringLiteral("text"), QStringLiteral("tea")}}}};
        correction.correctsId = original.id;
        correction.date = original.date;
        QCOMPARE(DailyNoteStore::write(nurse->database(), correction).message,
                 QStringLiteral("A correction needs its reason: say in a few words why the note is being "
                                "corrected."));
        correction.correctionReason = QStringLiteral("200 ml, not 2000: typing slip");
        QVERIFY(DailyNoteStore::write(nurse->database(), correction).ok());

        // One correction per note: a second one corrects the correction instead.
        DailyNote again = correction;
        again.id = DailyNote::newId();
        const Result<> twice = DailyNoteStore::write(nurse->database(), again);
        QCOMPARE(twice.message, QStringLiteral("This note has already been corrected: correct the correction instead, "
                                               "so the latest entry stays the one in force."));
        // Not about another resident, and not of a note that does not exist (or cannot be seen).
        DailyNote elsewhere = correction;
        elsewhere.id = DailyNote::newId();
        elsewhere.residentId = m_fixture.resident("A1b");
        elsewhere.correctsId = original.id;
        QCOMPARE(DailyNoteStore::write(nurse->database(), elsewhere).message,
                 QStringLiteral("A correction must be about the same resident as the note it corrects: write a new "
                                "note for the other resident instead."));
        elsewhere.residentId = m_fixture.resident("A1a");
        elsewhere.correctsId = DailyNote::newId();
        QCOMPARE(DailyNoteStore::write(nurse->database(), elsewhere).message,
                 QStringLiteral("The note being corrected was not found for this date: reload the resident's notes, "
                                "then correct it again."));

        // Both stay, the original struck through with who corrected it; the fluids count the correction only.
        TimelineModel timeline(nurse->name());
        const PagedModelTester timelineTester(&timeline);
        timeline.setResident(m_fixture.resident("A1a"), QStringLiteral("drinking"));
        QCOMPARE(timeline.lastRead().message, QString());
        QStringList ids;
        for (int row = 0; row < timeline.rowCount(); ++row)
            ids.append(timeline.note(row).id);
        QVERIFY(ids.contains(original.id));
        QVERIFY(ids.contains(correction.id));
        const DailyNote &struck = timeline.note(int(ids.indexOf(original.id)));
        QVERIFY(struck.isCorrected());
        QCOMPARE(struck.correctedByAuthor, QStringLiteral("Aino Testnurse"));
        QCOMPARE(struck.author, QStringLiteral("Cai Testcarer"));
        QVERIFY(timeline.index(int(ids.indexOf(original.id)), 0).data(TimelineModel::CorrectedRole).toBool());
        QVERIFY(timeline.index(int(ids.indexOf(correction.id)), 0)
                    .data()
                    .toString()
                    .contains(QStringLiteral("CORRECTION of an earlier note. Reason: 200 ml, not 2000: typing slip")));

        ShiftBoardModel board(nurse->name());
        const QAbstractItemModelTester boardTester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        board.setShift(m_fixture.facilityA1, {QStringLiteral("early"), original.date, {}, {}});
        const int row = board.rowFor(m_fixture.resident("A1a"));
        QVERIFY(row >= 0);
        QCOMPARE(board.index(row, ShiftBoardModel::FluidColumn).data().toString(),
                 QStringLiteral("400 ml (no target)")); // 200 earlier today and the corrected 200, not 2000
    }

    void theBoardShowsWhatIsRecordedAndMissing()
    {
        auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        QVERIFY(m_db->run(QStringLiteral("UPDATE residents SET fluid_target_ml = 1500 WHERE id = $1"),
                          {m_fixture.resident("A1b")}));
        ShiftBoardModel board(nurse->name());
        const QAbstractItemModelTester boardTester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate today = m_now.date();
        board.setShift(m_fixture.facilityA1, {QStringLiteral("late"), today, {}, {}});
        QCOMPARE(board.lastRead().message, QString());
        QCOMPARE(board.rowCount(), 2); // Edna and Walter live at Fern House; Glenys elsewhere
        const int walter = board.rowFor(m_fixture.resident("A1b"));
        QCOMPARE(board.index(walter, ShiftBoardModel::NameColumn).data().toString(),
                 QStringLiteral("Walter Exampleton"));
        QCOMPARE(board.index(walter, ShiftBoardModel::RecordedColumn).data().toString(), QStringLiteral("Nothing yet"));
        QCOMPARE(board.index(walter, ShiftBoardModel::MissingColumn).data().toString(),
                 QStringLiteral("Personal care, Eating, Drinking, Continence"));
        QCOMPARE(board.index(walter, ShiftBoardModel::FluidColumn).data().toString(), QStringLiteral("0 of 1500 ml"));
        // Risk assessments never done since admission have a column of their own, by short name, so they are not
        // cut short among the alerts.
        QCOMPARE(board.index(walter, ShiftBoardModel::AssessmentsColumn).data().toString(),
                 QStringLiteral("Overdue: Falls, MUST, Waterlow"));
        QCOMPARE(board.index(walter, ShiftBoardModel::AssessmentsColumn).data(ShiftBoardModel::AssessmentOverdueRole),
                 QVariant(true));
        QCOMPARE(board.index(walter, ShiftBoardModel::AlertsColumn).data().toString(),
                 QStringLiteral("Allergies: penicillin"));
        // The handover, on paper, lists them with the alerts.
        QCOMPARE(
            board.handoverResident(walter).alerts,
            QStringList({QStringLiteral("Allergies: penicillin"), QStringLiteral("Overdue: Falls, MUST, Waterlow")}));

        // A colleague at another station wrote a note with worrying observations, unescalated: since migration 7 the
        // server refuses that, but notes written before stay as they are, and the board says what they lack. Such a
        // note is written here with the server's check switched off.
        auto carer = m_fixture.signedIn(*m_db, "carerA");
        DailyNote evening = note("A1b", QStringLiteral("late"), 1);
        evening.date = today;
        evening.careDelivered = {
            {QStringLiteral("eating"), QJsonObject{{QStringLiteral("meal"), QStringLiteral("tea")},
                                                   {QStringLiteral("portion"), QStringLiteral("half")}}},
            {QStringLiteral("drinking"), QJsonObject{{QStringLiteral("ml"), 300}}}};
        evening.observations = news2Six();
        QCOMPARE(writtenBeforeTheCheck(carer->database(), {evening}), QStringList({QString()}));
        QSignalSpy changed(&board, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&board, &QAbstractItemModel::modelReset);
        QVERIFY(board.refresh().ok());
        QCOMPARE(changed.size(), 1); // Walter's row only, kept in place
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), walter);
        QCOMPARE(board.index(walter, ShiftBoardModel::RecordedColumn).data().toString(),
                 QStringLiteral("1 note: Drinking, Eating, Observations"));
        QCOMPARE(board.index(walter, ShiftBoardModel::MissingColumn).data().toString(),
                 QStringLiteral("Personal care, Continence"));
        QCOMPARE(board.index(walter, ShiftBoardModel::News2Column).data().toString(),
                 QStringLiteral("NEWS2 6, medium risk - NOT ESCALATED"));
        QVERIFY(board.index(walter, 0).data(ShiftBoardModel::NeedsAttentionRole).toBool());
        QVERIFY(board.index(walter, ShiftBoardModel::FluidColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral(" of 1500 ml")));
    }

    // A night shift belongs to the date it starts on, across midnight and the end of a month: its notes share the
    // date (and so the month's partition), its board and its handover.
    void aNightShiftAcrossMidnightAndTheMonthEnd()
    {
        auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        const QDate firstOfMonth(m_now.date().year(), m_now.date().month(), 1);
        const QDate lastOfPrevious = firstOfMonth.addDays(-1);
        const Result<ShiftPattern> read = DailyNoteStore::shiftPattern(nurse->database(), m_fixture.facilityA1);
        QCOMPARE(read.message, QString());
        QVERIFY(read.ok());
        const ShiftPattern &pattern = read.value;
        const ShiftOccurrence night = pattern.occurrence(QStringLiteral("night"), lastOfPrevious);
        QCOMPARE(night.starts, QDateTime(lastOfPrevious, QTime(21, 0)));
        QCOMPARE(night.ends, QDateTime(firstOfMonth, QTime(7, 30)));
        QCOMPARE(pattern.current(QDateTime(firstOfMonth, QTime(2, 15))), night);

        DailyNote beforeMidnight = note("A1a", QStringLiteral("night"), 0);
        beforeMidnight.date = lastOfPrevious;
        beforeMidnight.occurredAt = QDateTime(lastOfPrevious, QTime(23, 30));
        beforeMidnight.narrative = QStringLiteral("Settled for the night at 23:30");
        DailyNote afterMidnight = note("A1a", QStringLiteral("night"), 0);
        afterMidnight.date = lastOfPrevious;
        afterMidnight.occurredAt = QDateTime(firstOfMonth, QTime(2, 15));
        afterMidnight.careDelivered = {{QStringLiteral("drinking"), QJsonObject{{QStringLiteral("ml"), 150}}}};
        QCOMPARE(DailyNoteStore::write(nurse->database(), beforeMidnight).message, QString());
        QCOMPARE(DailyNoteStore::write(nurse->database(), afterMidnight).message, QString());

        const PgResult partitions = m_db->session().exec(
            QStringLiteral("SELECT DISTINCT tableoid::regclass::text FROM daily_records WHERE id IN ($1, $2)"),
            {beforeMidnight.id, afterMidnight.id});
        QCOMPARE(partitions.rowCount(), 1);
        QCOMPARE(partitions.text(0, 0), QStringLiteral("daily_records_y%1m%2")
                                            .arg(lastOfPrevious.year())
                                            .arg(lastOfPrevious.month(), 2, 10, QLatin1Char('0')));

        ShiftBoardModel board(nurse->name());
        const QAbstractItemModelTester boardTester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        board.setShift(m_fixture.facilityA1, night);
        const int edna = board.rowFor(m_fixture.resident("A1a"));
        QCOMPARE(board.index(edna, ShiftBoardModel::RecordedColumn).data().toString(),
                 QStringLiteral("2 notes: Narrative, Drinking")); // in the order recorded
        const Result<QList<DailyNote>> handoverRead =
            DailyNoteStore::shiftNotes(nurse->database(), m_fixture.facilityA1, night);
        QCOMPARE(handoverRead.message, QString());
        QVERIFY(handoverRead.ok());
        const QList<DailyNote> &handover = handoverRead.value;
        QCOMPARE(handover.size(), 2);
        QCOMPARE(handover.at(0).id, beforeMidnight.id);
        QCOMPARE(handover.at(1).id, afterMidnight.id);
        QCOMPARE(handover.at(1).occurredAt, afterMidnight.occurredAt.toUTC());
        // Written now, days after the care: late entries, said so by the server.
        QVERIFY(handover.at(0).lateEntry);
        QVERIFY(handover.at(1).lateEntry);
        // The night before it, and the early shift after it, hold neither (the fixture's own notes may be there).
        for (const ShiftOccurrence &other : {pattern.previous(night), pattern.next(night)}) {
            const Result<QList<DailyNote>> held =
                DailyNoteStore::shiftNotes(nurse->database(), m_fixture.facilityA1, other);
            for (const DailyNote &found : held.value)
                QVERIFY(found.id != beforeMidnight.id && found.id != afterMidnight.id);
            QCOMPARE(held.message, QString());
            QVERIFY(held.ok());
        }
    }

    void anEscalationSaysWhatWasDoneAndWhoWasTold()
    {
        auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        DailyNote note = this->note("A1a", QStringLiteral("early"), 5);
        note.narrative = QStringLiteral("Breathless after lunch");
        // What stations before migration 5 sent with every note: refused now.
        note.escalation = {{QStringLiteral("at"), QStringLiteral("2026-11-26T10:00:00Z")}};
        Result<> result = DailyNoteStore::write(nurse->database(), note);
        QCOMPARE(int(result.outcome), int(Outcome::Refused));
        QCOMPARE(result.field, QStringLiteral("escalation_action"));
        QCOMPARE(result.message,
                 QStringLiteral("The NEWS2 score needs a response: say what you did and who you told before saving."));
        note.escalation = {{QStringLiteral("news2"), 5},
                           {QStringLiteral("action"), QStringLiteral("Observations repeated hourly")},
                           {QStringLiteral("told"), QStringLiteral(" ")}};
        QCOMPARE(int(DailyNoteStore::write(nurse->database(), note).outcome), int(Outcome::Refused));
        note.escalation.insert(QStringLiteral("told"), QStringLiteral("Aino Testnurse, nurse in charge"));
        result = DailyNoteStore::write(nurse->database(), note);
        QCOMPARE(result.message, QString());
        QCOMPARE(int(result.outcome), int(Outcome::Done));
        note.id = DailyNote::newId();
        note.escalation = {};
        QCOMPARE(int(DailyNoteStore::write(nurse->database(), note).outcome), int(Outcome::Done));
    }

    // Issue 13: the server refuses observations outside their domain, by name, whatever the station skipped.
    void observationsOutsideTheirDomainAreRefusedByName_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("constraint");
        const auto row = [](const char *name, const char *key, const QJsonValue &value, const char *constraint) {
            QTest::newRow(name) << QString::fromLatin1(key) << value << QString::fromLatin1(constraint);
        };
        row("SpO2 scale 3", "spo2_scale", 3, "daily_records_observations_spo2_scale_check");
        row("SpO2 scale as text", "spo2_scale", QStringLiteral("2"), "daily_records_observations_spo2_scale_check");
        row("consciousness X", "consciousness", QStringLiteral("X"), "daily_records_observations_consciousness_check");
        row("consciousness lower case", "consciousness", QStringLiteral("a"),
            "daily_records_observations_consciousness_check");
        row("oxygen maybe", "oxygen", QStringLiteral("maybe"), "daily_records_observations_oxygen_check");
        row("oxygen as a number", "oxygen", 1, "daily_records_observations_oxygen_check");
        row("SpO2 91.5", "spo2", 91.5, "daily_records_observations_spo2_check");
        row("SpO2 101", "spo2", 101, "daily_records_observations_spo2_check");
        row("pulse 130.5", "pulse", 130.5, "daily_records_observations_pulse_check");
        row("pulse as text", "pulse", QStringLiteral("70"), "daily_records_observations_pulse_check");
        row("pulse 19", "pulse", 19, "daily_records_observations_pulse_check");
        row("respiration 20.5", "respiration_rate", 20.5, "daily_records_observations_respiration_rate_check");
        row("systolic 301", "systolic", 301, "daily_records_observations_systolic_check");
        row("diastolic 150 over 130", "diastolic", 150, "daily_records_observations_blood_pressure_check");
        row("temperature 45.1", "temperature", 45.1, "daily_records_observations_temperature_check");
        row("weight 351", "weight_kg", 351, "daily_records_observations_weight_kg_check");
        row("glucose 0.4", "blood_glucose", 0.4, "daily_records_observations_blood_glucose_check");
        row("Bristol 8", "bowels_bristol", 8, "daily_records_observations_bowels_bristol_check");
        row("an unknown observation", "pulse_rate", 70, "daily_records_observations_check");
    }
    void observationsOutsideTheirDomainAreRefusedByName()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, constraint);
        auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        QJsonObject observations = normalObservations();
        observations.insert(key, value);
        const PgResult refused = insertDirectly(*nurse, observations);
        QVERIFY2(!refused.ok(), "the note was stored");
        QCOMPARE(refused.error().sqlState, QStringLiteral("23514"));
        QCOMPARE(refused.error().constraint, constraint);
        QVERIFY2(DatabaseErrorMessages::knowsConstraint(constraint), qPrintable(constraint));
        // Through the store, the message names the field and the form's focus goes to it.
        DailyNote note = this->note("A1a", QStringLiteral("early"), 2);
        note.observations = observations;
        const Result<> result = DailyNoteStore::write(nurse->database(), note);
        QCOMPARE(int(result.outcome), int(Outcome::Refused));
        QCOMPARE(result.message, DatabaseErrorMessages::describe(refused.error()));
        QCOMPARE(result.field, constraint == QLatin1String("daily_records_observations_blood_pressure_check")
                                   ? QStringLiteral("diastolic")
                               : constraint == QLatin1String("daily_records_observations_check")
                                   ? QStringLiteral("observations")
                                   : key);
    }

    // The server's NEWS2 is the station's: every value of every parameter across its band edges, on both SpO2 scales,
    // on air, on oxygen and with air or oxygen not taken, and each set again with that parameter missing.
    void theServerComputesNews2AsTheStationDoes()
    {
        QList<QJsonObject> sets;
        const auto variants = [&sets](const QJsonObject &base, const QString &key, const QJsonValue &value) {
            QJsonObject with = base;
            with.insert(key, value);
            sets.append(with);
        };
        for (const int scale : {1, 2}) {
            for (const int oxygen : {0, 1, -1}) {
                QJsonObject base = normalObservations();
                base.insert(QStringLiteral("spo2_scale"), scale);
                if (oxygen < 0)
                    base.remove(QStringLiteral("oxygen"));
                else
                    base.insert(QStringLiteral("oxygen"), oxygen == 1);
                for (int rate = 3; rate <= 70; ++rate)
                    variants(base, QStringLiteral("respiration_rate"), rate);
                for (int saturation = 50; saturation <= 100; ++saturation)
                    variants(base, QStringLiteral("spo2"), saturation);
                for (int systolic = 40; systolic <= 300; ++systolic)
                    variants(base, QStringLiteral("systolic"), systolic);
                for (int pulse = 20; pulse <= 250; ++pulse)
                    variants(base, QStringLiteral("pulse"), pulse);
                // Every hundredth of a degree from 34.50 to 39.50, and the ends of the range.
                for (int hundredths = 3450; hundredths <= 3950; ++hundredths)
                    variants(base, QStringLiteral("temperature"), QString::number(hundredths / 100.0).toDouble());
                variants(base, QStringLiteral("temperature"), 25.0);
                variants(base, QStringLiteral("temperature"), 45.0);
                for (const char *level : {"A", "C", "V", "P", "U"})
                    variants(base, QStringLiteral("consciousness"), QString::fromLatin1(level));
                for (const QString &key : DailyNote::vitalSignKeys()) {
                    QJsonObject without = base;
                    without.remove(key);
                    sets.append(without);
                }
                sets.append(QJsonObject{{QStringLiteral("spo2_scale"), scale}});
            }
        }
        QJsonArray array;
        for (const QJsonObject &set : sets)
            array.append(set);
        auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        const PgResult computed = PgSession(nurse->database())
                                      .exec(QStringLiteral("SELECT n.aggregate, n.complete, n.escalation_required "
                                                           "FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY "
                                                           "AS s (o, i) CROSS JOIN LATERAL public.news2(s.o) AS n "
                                                           "ORDER BY s.i"),
                                            {QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))});
        QVERIFY2(computed.ok(), qPrintable(computed.error().message));
        QCOMPARE(computed.rowCount(), int(sets.size()));
        QVERIFY(sets.size() > 5000);
        for (int i = 0; i < sets.size(); ++i) {
            DailyNote note;
            note.observations = sets.at(i);
            const News2Result expected = News2::score(note.vitalSigns());
            const QString what = QString::fromUtf8(QJsonDocument(sets.at(i)).toJson(QJsonDocument::Compact));
            QVERIFY2(computed.integer(i, 0) == expected.total, qPrintable(what));
            QVERIFY2((computed.text(i, 1) == QLatin1String("t")) == expected.complete(), qPrintable(what));
            QVERIFY2((computed.text(i, 2) == QLatin1String("t")) == expected.needsEscalation(), qPrintable(what));
        }
    }

    // A note whose observations call for an escalation is refused without one, by the server's own NEWS2, even when
    // sent straight through SQL; the score an escalation records is the server's.
    void aNoteNeedingEscalationIsRefusedWithoutOneEvenThroughSql()
    {
        auto carer = m_fixture.signedIn(*m_db, "carerA");
        QJsonObject six = normalObservations(); // respiration 26 (3), SpO2 95 (1), pulse 96 (1), 38.4 °C (1)
        six.insert(QStringLiteral("respiration_rate"), 26);
        six.insert(QStringLiteral("spo2"), 95);
        six.insert(QStringLiteral("pulse"), 96);
        six.insert(QStringLiteral("temperature"), 38.4);
        PgResult refused = insertDirectly(*carer, six);
        QCOMPARE(refused.error().constraint, QStringLiteral("daily_records_escalation_required_check"));
        QCOMPARE(DatabaseErrorMessages::describe(refused.error()),
                 QStringLiteral("The NEWS2 score of these observations calls for an escalation: say what you did and "
                                "who you told before saving."));
        // A station that claims the score needs none, or says what was done but not who was told.
        refused = insertDirectly(*carer, six, {{QStringLiteral("news2"), 0}});
        QCOMPARE(refused.error().constraint, QStringLiteral("daily_records_escalation_check"));
        refused = insertDirectly(*carer, six, {{QStringLiteral("action"), QStringLiteral("Observations hourly")}});
        QCOMPARE(refused.error().constraint, QStringLiteral("daily_records_escalation_check"));
        // Incomplete but already 3 in one parameter: still an escalation (a pulse of 135 alone).
        refused = insertDirectly(*carer, {{QStringLiteral("pulse"), 135}});
        QCOMPARE(refused.error().constraint, QStringLiteral("daily_records_escalation_required_check"));
        // Aggregate 5 without a 3 in it: respiration 22 (2), SpO2 93 (2), pulse 95 (1).
        QJsonObject five = normalObservations();
        five.insert(QStringLiteral("respiration_rate"), 22);
        five.insert(QStringLiteral("spo2"), 93);
        five.insert(QStringLiteral("pulse"), 95);
        refused = insertDirectly(*carer, five);
        QCOMPARE(refused.error().constraint, QStringLiteral("daily_records_escalation_required_check"));
        // 4 needs none.
        five.insert(QStringLiteral("pulse"), 90);
        QVERIFY(insertDirectly(*carer, five).ok());

        // Through the store: refused with the focus on what was done.
        DailyNote note = this->note("A1a", QStringLiteral("early"), 3);
        note.observations = six;
        const Result<> result = DailyNoteStore::write(carer->database(), note);
        QCOMPARE(int(result.outcome), int(Outcome::Refused));
        QCOMPARE(result.field, QStringLiteral("escalation_action"));

        // With both, stored; the score recorded is the server's 6 (complete), not the 0 the station claimed.
        const PgResult stored = insertDirectly(*carer, six,
                                               {{QStringLiteral("news2"), 0},
                                                {QStringLiteral("complete"), false},
                                                {QStringLiteral("action"), QStringLiteral("Called 111")},
                                                {QStringLiteral("told"), QStringLiteral("Aino Testnurse")}});
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        const QJsonObject escalation = QJsonDocument::fromJson(stored.text(0, 0).toUtf8()).object();
        QCOMPARE(escalation.value(QStringLiteral("news2")).toInt(), 6);
        QCOMPARE(escalation.value(QStringLiteral("complete")).toBool(), true);
        QCOMPARE(escalation.value(QStringLiteral("told")).toString(), QStringLiteral("Aino Testnurse"));

        // A note the station wrote with a score of its own is recognised on retry, the server's score aside.
        note.escalation = {{QStringLiteral("news2"), 2},
                           {QStringLiteral("action"), QStringLiteral("Called 111")},
                           {QStringLiteral("told"), QStringLiteral("Aino Testnurse")}};
        QCOMPARE(int(DailyNoteStore::write(carer->database(), note).outcome), int(Outcome::Done));
        QCOMPARE(int(DailyNoteStore::write(carer->database(), note).outcome), int(Outcome::AlreadyDone));
    }

    void shiftTimesAreChangedByAnAdministratorAndAudited()
    {
        QList<ShiftTimes> shifts = ShiftPattern::standard().shifts();
        for (ShiftTimes &times : shifts) {
            if (times.shift == QLatin1String("early"))
                times.starts = QTime(6, 45);
        }
        auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        const Result<> notAllowed = DailyNoteStore::saveShiftTimes(nurse->database(), m_fixture.facilityA2, shifts);
        QCOMPARE(notAllowed.message,
                 QStringLiteral("You may not change this care home's shift times: ask an administrator."));
        QCOMPARE(notAllowed.outcome, Outcome::Refused);
        auto admin = m_fixture.signedIn(*m_db, "adminA");
        const Result<> changed = DailyNoteStore::saveShiftTimes(admin->database(), m_fixture.facilityA2, shifts);
        QCOMPARE(changed.message, QString());
        QCOMPARE(changed.outcome, Outcome::Done);
        const ShiftPattern saved = DailyNoteStore::shiftPattern(admin->database(), m_fixture.facilityA2).value;
        QCOMPARE(saved.occurrence(QStringLiteral("early"), QDate(2026, 11, 26)).starts,
                 QDateTime(QDate(2026, 11, 26), QTime(6, 45)));
        const PgResult audited = m_db->session().exec(
            QStringLiteral("SELECT details ->> 'shift', details ->> 'was', details ->> 'now', user_id::text "
                           "FROM audit_log WHERE event = 'shift_pattern_changed' AND subject_id = $1 "
                           "AND details ->> 'was' <> details ->> 'now'"),
            {m_fixture.facilityA2});
        QCOMPARE(audited.rowCount(), 1);
        QCOMPARE(audited.text(0, 0), QStringLiteral("early"));
        QCOMPARE(audited.text(0, 1), QStringLiteral("07:00-14:30"));
        QCOMPARE(audited.text(0, 2), QStringLiteral("06:45-14:30"));
        QCOMPARE(audited.text(0, 3), m_fixture.user("adminA"));
        // Times that leave part of the day without a shift are refused before the server is asked.
        shifts.first().ends = QTime(13, 0);
        const Result<> gap = DailyNoteStore::saveShiftTimes(admin->database(), m_fixture.facilityA2, shifts);
        QVERIFY(gap.message.startsWith(QStringLiteral("No shift is on from ")));
        QCOMPARE(gap.outcome, Outcome::Refused);
    }

    void theOrganizationSetsWhenANoteIsLate()
    {
        auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        auto admin = m_fixture.signedIn(*m_db, "adminA");
        const Result<OrganizationSettings> loaded = OrganizationSettings::load(admin->database());
        QCOMPARE(loaded.message, QString());
        QCOMPARE(loaded.outcome, Outcome::Done);
        const OrganizationSettings before = loaded.value;
        OrganizationSettings settings = before;
        settings.lateEntryMinutes = 30;
        const Result<> byNurse = OrganizationSettings::save(nurse->database(), settings);
        QCOMPARE(byNurse.outcome, Outcome::Refused);
        QCOMPARE(byNurse.message,
                 QStringLiteral("You may not change the organization's settings: ask an administrator."));
        settings.lateEntryMinutes = 4;
        const Result<> tooSoon = OrganizationSettings::check(settings);
        QCOMPARE(tooSoon.outcome, Outcome::Refused);
        QCOMPARE(tooSoon.field, QStringLiteral("late_entry_minutes"));
        QCOMPARE(OrganizationSettings::save(admin->database(), settings).message,
                 QStringLiteral("A note becomes a late entry 5 to 1440 minutes after the care: choose a time in that "
                                "range."));
        settings.lateEntryMinutes = 30;
        settings.idleLockMinutes = 61;
        const Result<> tooLong = OrganizationSettings::check(settings);
        QCOMPARE(tooLong.outcome, Outcome::Refused);
        QCOMPARE(tooLong.message, QStringLiteral("A station locks itself after 1 to 60 minutes without use: choose a "
                                                 "time in that range."));
        QCOMPARE(tooLong.field, QStringLiteral("idle_lock_minutes"));
        QCOMPARE(OrganizationSettings::save(admin->database(), settings).message,
                 QStringLiteral("A station locks itself after 1 to 60 minutes without use: choose a time in that "
                                "range."));
        settings.idleLockMinutes = 10;
        QVERIFY(OrganizationSettings::check(settings).ok());
        QVERIFY(OrganizationSettings::save(admin->database(), settings).ok());
        const Result<OrganizationSettings> reloaded = OrganizationSettings::load(nurse->database());
        QCOMPARE(reloaded.outcome, Outcome::Done);
        QCOMPARE(reloaded.value.lateEntryMinutes, 30);
        QCOMPARE(DailyNoteStore::lateEntryMinutes(nurse->database()), 30);

        // Written 45 minutes after the care: late now, on time under the default hour.
        DailyNote note = this->note("A1a", QStringLiteral("early"), 45);
        note.narrative = QStringLiteral("Walked to the lounge with a frame");
        QCOMPARE(DailyNoteStore::write(nurse->database(), note).message, QString());
        const Result<DailyNote> late = DailyNoteStore::load(nurse->database(), note.id);
        QVERIFY2(late.ok(), qPrintable(late.message));
        QVERIFY(late.value.lateEntry);

        const PgResult audited = m_db->session().exec(QStringLiteral(
            "SELECT details -> 'was' ->> 'late_entry_minutes', details -> 'now' ->> 'late_entry_minutes', "
            "user_id::text FROM audit_log WHERE event = 'organization_settings_changed'"));
        QCOMPARE(audited.rowCount(), 1);
        QCOMPARE(audited.text(0, 1), QStringLiteral("30"));
        QCOMPARE(audited.text(0, 2), m_fixture.user("adminA"));
        QVERIFY(OrganizationSettings::save(admin->database(), before).ok());
    }

    // Years of notes: pages of 50 by keyset, newest first, filtered by category and date, on the timeline index.
    void theTimelinePagesThroughYearsOnItsIndex()
    {
        // Twenty neighbours with three years of notes each, so that the planner sees partitions of a real home.
        QVERIFY(m_db->run(
            QStringLiteral(
                "WITH neighbours AS (INSERT INTO residents (organization_id, facility_id, first_name, last_name, "
                "date_of_birth, admission_date, created_by) SELECT $1, $2, 'Neighbour', 'Testresident' || g, "
                "'1940-01-01', '2023-01-01', $3 FROM generate_series(1, 20) AS g RETURNING id) "
                "INSERT INTO daily_records (organization_id, resident_id, date, shift, created_by, occurred_at, "
                "care_delivered) SELECT $1, n.id, d::date, 'early', $3, d + time '09:00', "
                "'{\"sleep\": {\"text\": \"Slept well\"}}' FROM neighbours AS n "
                "CROSS JOIN generate_series($4::date - 1100, $4::date - 1, interval '1 day') AS d"),
            {m_fixture.orgA, m_fixture.facilityA2, m_fixture.user("nurseA2"), Clock::today()}));
        QVERIFY(m_db->run(
            QStringLiteral(
                "INSERT INTO daily_records (organization_id, resident_id, date, shift, created_by, occurred_at, "
                "care_delivered, narrative) "
                "SELECT $1, $2, d::date, 'early', $3, d + time '10:00', "
                "CASE WHEN extract(day FROM d) = 1 THEN '{\"sleep\": {\"text\": \"Slept well\"}}'::jsonb ELSE '{}' "
                "END, "
                "'Day ' || to_char(d, 'YYYY-MM-DD') FROM generate_series($4::date - 1100, $4::date - 1, "
                "interval '1 day') AS d"),
            {m_fixture.orgA, m_fixture.resident("A2"), m_fixture.user("nurseA2"), Clock::today()}));
        QVERIFY(m_db->run(QStringLiteral("SELECT ensure_daily_record_partitions(3)")));
        QVERIFY(m_db->run(QStringLiteral("ANALYZE daily_records")));
        auto nurse = m_fixture.signedIn(*m_db, "nurseA2");
        TimelineModel timeline(nurse->name());
        const PagedModelTester timelineTester(&timeline);
        timeline.setResident(m_fixture.resident("A2"));
        QCOMPARE(timeline.lastRead().message, QString());
        // A page of notes, with the fixture's fall (reported today) among them.
        QCOMPARE(timeline.rowCount(), TimelineModel::pageSize + 1);
        QCOMPARE(int(std::count_if(timeline.rows().cbegin(), timeline.rows().cend(),
                                   [](const DailyNote &entry) { return entry.isIncident(); })),
                 1);
        const QDate today = Clock::today();
        // Newest first: today's fixture note and fall, then yesterday's note and back.
        QCOMPARE(timeline.note(2).date, today.addDays(-1));
        QVERIFY(timeline.canFetchMore(QModelIndex()));
        for (int page = 0; page < 30 && timeline.canFetchMore(QModelIndex()); ++page)
            timeline.fetchMore(QModelIndex());
        QCOMPARE(timeline.rowCount(), 1102);
        QCOMPARE(timeline.note(1101).date, today.addDays(-1100));
        QVERIFY(!timeline.canFetchMore(QModelIndex()));
        // Each page's plan reads the timeline index backwards, whatever the page.
        const PgSession session(nurse->database());
        for (const auto &[category, from] :
             {std::pair{QString(), QDate()}, std::pair{QStringLiteral("sleep"), today.addYears(-2)}}) {
            timeline.setResident(m_fixture.resident("A2"), category, from, today);
            if (!category.isEmpty()) {
                const int firsts = m_db->session()
                                       .exec(QStringLiteral("SELECT count(*) FROM generate_series($1::date, "
                                                            "$2::date - 1, interval '1 day') AS d "
                                                            "WHERE extract(day FROM d) = 1"),
                                             {from, today})
                                       .integer(0, 0);
                QVERIFY(firsts >= 24);
                QCOMPARE(timeline.rowCount(), firsts); // the first of each month for two years
                QVERIFY(timeline.note(0).summary().startsWith(QStringLiteral("Sleep: Slept well.")));
            }
            timeline.fetchMore(QModelIndex());
            const QString statement = timeline.lastStatements().constLast().text;
            // Its parameters: resident, from (if any), to, category (if any), then the last note's date, time and id.
            QVariantList params{m_fixture.resident("A2")};
            if (from.isValid())
                params.append(from);
            params.append(today);
            if (!category.isEmpty())
                params.append(category);
            params.append(
                QVariantList{today.addDays(-500), QDateTime::currentDateTimeUtc().addDays(-500), DailyNote::newId()});
            // (The last page read may have been the first, without the last note's key.)
            qsizetype used = 0;
            for (const QRegularExpressionMatch &match :
                 QRegularExpression(QStringLiteral("\\$(\\d+)")).globalMatch(statement))
                used = std::max(used, match.captured(1).toLongLong());
            const PgResult plan = session.exec(QStringLiteral("EXPLAIN (COSTS OFF) ") + statement, params.mid(0, used));
            QVERIFY2(plan.ok(), qPrintable(plan.error().message));
            QString text;
            for (int row = 0; row < plan.rowCount(); ++row)
                text += plan.text(row, 0) + QLatin1Char('\n');
            QVERIFY2(text.contains(QStringLiteral("Index Scan Backward using daily_records_")), qPrintable(text));
            // (The correction lookups may scan partitions of months to come, which are empty.)
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("Seq Scan on daily_records\\S* d(_\\d+)?\\n"))),
                     qPrintable(text));
            // Merge Append keeps the index order; no Sort node reads every row first.
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("\\bSort\\b(?! Key)"))), qPrintable(text));
        }
    }

    // Issue 13: "Needs attention" listed low fluids ahead of a NEWS2 6 and judged a day's fluid target hours into the
    // day. The sickest first now, fluids against the share of the day gone.
    void theHandoverPutsTheSickestFirst()
    {
        const QDate day = m_now.toLocalTime().date().addDays(-2);
        // Iris has the lowest room number: in room order she came first, for fluids alone.
        const QString iris = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(
            m_db->run(QStringLiteral("INSERT INTO residents (id, organization_id, facility_id, first_name, last_name, "
                                     "date_of_birth, admission_date, room_number, fluid_target_ml) VALUES "
                                     "($1, $2, $3, 'Iris', 'Testperson', '1936-05-01', '2024-02-01', '1', 1500)"),
                      {iris, m_fixture.orgA, m_fixture.facilityA1}));
        auto carer = m_fixture.signedIn(*m_db, "carerA");
        const auto lateNote = [&](const QString &residentId, const QTime &at) {
            DailyNote made;
            made.id = DailyNote::newId();
            made.residentId = residentId;
            made.date = day;
            made.shift = QStringLiteral("late");
            made.occurredAt = QDateTime(day, at);
            made.recordedAt = m_now;
            return made;
        };
        DailyNote drink = lateNote(iris, QTime(14, 30));
        drink.careDelivered = {{QStringLiteral("drinking"), QJsonObject{{QStringLiteral("ml"), 400}}}};
        QCOMPARE(DailyNoteStore::write(carer->database(), drink).message, QString());
        // Walter: NEWS2 6, not escalated.
        DailyNote walter = lateNote(m_fixture.resident("A1b"), QTime(15, 0));
        walter.observations = news2Six();
        // The server now refuses these two unescalated (migration 7); notes written before it are still on the board
        // and in the handover, as here.
        // Edna: 3 in one parameter (breathing 26 a minute), nothing else.
        DailyNote edna = lateNote(m_fixture.resident("A1a"), QTime(15, 10));
        edna.observations = {{QStringLiteral("respiration_rate"), 26},
                             {QStringLiteral("spo2"), 97},
                             {QStringLiteral("oxygen"), false},
                             {QStringLiteral("systolic"), 120},
                             {QStringLiteral("pulse"), 70},
                             {QStringLiteral("consciousness"), QStringLiteral("A")},
                             {QStringLiteral("temperature"), 37.0}};
        QCOMPARE(writtenBeforeTheCheck(carer->database(), {walter, edna}), QStringList({QString(), QString()}));

        ShiftBoardModel board(carer->name());
        const QAbstractItemModelTester boardTester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QTimeZone zone = QTimeZone::systemTimeZone();
        // At 16:00 two thirds of the day is gone: 1000 ml expected, and 400 is less than half of it.
        board.setMoment(QDateTime(day, QTime(16, 0), zone));
        board.setShift(m_fixture.facilityA1, {QStringLiteral("late"), day, {}, {}});
        QCOMPARE(board.lastRead().message, QString());
        QList<HandoverResident> residents;
        for (int row = 0; row < board.rowCount(); ++row)
            residents.append(board.handoverResident(row));
        QCOMPARE(residents.size(), 3);
        QCOMPARE(residents.at(0).name, QStringLiteral("Iris Testperson")); // the board stays in room order
        QCOMPARE(
            HandoverReport::attentionLines(residents),
            QStringList({QStringLiteral("Walter Exampleton (room 14): NEWS2 6, medium risk - NOT ESCALATED; fluids "
                                        "low: 0 of 1500 ml; not recorded: Personal care, Eating, Drinking, "
                                        "Continence"),
                         QStringLiteral("Edna Testresident (room 12): NEWS2 3, low-medium risk (3 in one "
                                        "parameter) - NOT ESCALATED; not recorded: Personal care, Eating, "
                                        "Drinking, Continence"),
                         QStringLiteral("Iris Testperson (room 1): fluids low: 400 of 1500 ml; not recorded: "
                                        "Personal care, Eating, Continence")}));
        QVERIFY(board.index(board.rowFor(iris), 0).data(ShiftBoardModel::NeedsAttentionRole).toBool());

        // At 09:00 only 563 ml is expected: 400 is not far below it.
        board.setMoment(QDateTime(day, QTime(9, 0), zone));
        QVERIFY(!board.index(board.rowFor(iris), 0).data(ShiftBoardModel::NeedsAttentionRole).toBool());
        QVERIFY(!board.handoverResident(board.rowFor(iris)).fluidsLow);
    }

    // Issue 13: who printed the handover, when, "Confidential" and the page number were only at the end of the last
    // page. Every page of a long handover carries them now.
    void everyPrintedPageOfTheHandoverHasItsFooter()
    {
        QList<HandoverResident> residents;
        QList<DailyNote> notes;
        for (int i = 1; i <= 12; ++i) {
            HandoverResident resident;
            resident.id = QStringLiteral("resident-%1").arg(i);
            resident.name = QStringLiteral("Resident Testperson %1").arg(i);
            resident.room = QString::number(i);
            resident.fluids = QStringLiteral("900 of 1500 ml");
            residents.append(resident);
            for (int n = 0; n < 6; ++n) {
                DailyNote note;
                note.id = DailyNote::newId();
                note.residentId = resident.id;
                note.author = QStringLiteral("Aino Testnurse");
                note.occurredAt = QDateTime(QDate(2026, 11, 26), QTime(8 + n, 0));
                note.narrative = QStringLiteral("Comfortable, chatted about the garden and ate well.");
                notes.append(note);
            }
        }
        const QString html =
            HandoverReport::html(QStringLiteral("Fern House"), QStringLiteral("Early, 26 Nov 2026"), residents, notes,
                                 QStringLiteral("Aino Testnurse"), QDateTime(QDate(2026, 11, 26), QTime(14, 20)));
        QTemporaryDir folder;
        const QString pdf = folder.filePath(QStringLiteral("handover.pdf"));
        const PageFooter footer(QStringLiteral("Aino Testnurse"), QStringLiteral("26 Nov 2026, 14:20"));
        const Result<> written = RecordPrinter::writePdf(pdf, QStringLiteral("Handover"), html, footer);
        QCOMPARE(written.message, QString());
        QVERIFY(written.ok());
        const QStringList pages = pdfPages(pdf);
        QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
        for (int page = 0; page < pages.size(); ++page) {
            const QString expected = QStringLiteral("Printed by Aino Testnurse on 26 Nov 2026, 14:20. Confidential. "
                                                    "Page %1 of %2")
                                         .arg(page + 1)
                                         .arg(pages.size());
            QVERIFY2(pages.at(page).endsWith(expected), qPrintable(pages.at(page).right(300)));
        }
        // Nothing of the body is lost under a footer: every resident's notes are there.
        QVERIFY(pages.join(QLatin1Char(' ')).contains(QStringLiteral("Notes: Resident Testperson 12")));
    }
};

QTEST_MAIN(TestShiftNotes)
#include "TestShiftNotes.moc"
