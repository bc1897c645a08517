// Notes written at once by several stations (issue 15): a transaction writing a thousand notes (an import, a long
// queue drain) holds up no other station's note, of its own organization or another; a note's id and its one
// correction are still claimed once, a second claim waiting only for the transaction that holds that same one.

#include "SignedInConnection.h"
#include "StationConnection.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "database/PgSession.h"
#include "shiftnotes/DailyNote.h"
#include "shiftnotes/DailyNoteStore.h"

#include <QTest>

#include <memory>

class TestNoteConcurrency : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    QDateTime m_now; // the server's clock: the server checks a note's times against it
    const QString uniqueViolation = QStringLiteral("23505");

    // A plain libpq connection signed in as the application signs in, for statements sent without waiting.
    std::unique_ptr<StationConnection> signedInLibpq(const char *who) const
    {
        auto connection = std::make_unique<StationConnection>(m_fixture.stationSettings(*m_db));
        const PgResult signIn = connection->signIn(m_fixture.email(who), QString::fromLatin1(TenantFixture::password));
        if (!signIn.ok() || signIn.text(0, 0) != QLatin1String("signed_in") ||
            connection->exec(QStringLiteral("SELECT public.app_use_session($1)"), {signIn.text(0, 1)}).text(0, 0) !=
                QLatin1String("t"))
            qWarning("%s could not sign in", who);
        return connection;
    }
    DailyNote note(const char *residentKey) const
    {
        DailyNote made;
        made.id = DailyNote::newId();
        made.residentId = m_fixture.resident(residentKey);
        made.occurredAt = m_now.addSecs(-120);
        made.recordedAt = m_now;
        made.date = made.occurredAt.toUTC().date();
        made.shift = QStringLiteral("early");
        made.narrative = QStringLiteral("Comfortable, ate well.");
        return made;
    }
    // Whether a note is committed, as the owner sees it.
    bool committed(const QString &id) const
    {
        return m_db->session()
                   .exec(QStringLiteral("SELECT count(*) FROM daily_records WHERE id = $1::uuid"), {id})
                   .text(0, 0) == QLatin1String("1");
    }
    // n notes for a resident in one statement, in the caller's open transaction, dated by the server's clock.
    static PgResult insertMany(const PgSession &session, const QString &resident, int n)
    {
        return session.exec(
            QStringLiteral("INSERT INTO public.daily_records (id, resident_id, date, shift, occurred_at, narrative) "
                           "SELECT gen_random_uuid(), $1::uuid, current_date, 'early', now() - interval '1 minute', "
                           "'Imported note ' || n FROM generate_series(1, $2::integer) AS n"),
            {resident, n});
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        const QString problem = m_fixture.create(*m_db);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_now = QDateTime::fromMSecsSinceEpoch(
            m_db->session()
                .exec(QStringLiteral("SELECT (extract(epoch FROM now()) * 1000)::bigint"))
                .text(0, 0)
                .toLongLong(),
            Qt::UTC);
    }

    // The regression of issue 15: an open transaction writing a thousand notes held every one of its organization's
    // 256 note locks, and every other note of the organization waited for it to commit.
    void aThousandNotesInOneTransactionHoldUpNoOtherStation()
    {
        const auto importer = m_fixture.signedIn(*m_db, "nurseA");
        const PgSession bulk(importer->database());
        QVERIFY(bulk.exec(QStringLiteral("BEGIN")).ok());
        const PgResult imported = insertMany(bulk, m_fixture.resident("A1a"), 1000);
        QVERIFY2(imported.ok(), qPrintable(imported.error().message));
        QCOMPARE(imported.rowsAffected(), qint64(1000));

        // While it is open, a nurse of the same organization at another home, and one of another organization,
        // each save a note through the station's own code: both are committed before the import is.
        for (const auto &[who, resident] : {std::pair{"nurseA2", "A2"}, std::pair{"nurseB", "B1"}}) {
            const auto station = m_fixture.signedIn(*m_db, who);
            // Ends a wait for the import's locks in an error rather than a hung test.
            QVERIFY(PgSession(station->database()).exec(QStringLiteral("SET lock_timeout = '10s'")).ok());
            const DailyNote saved = note(resident);
            const Result<> result = DailyNoteStore::write(station->database(), saved);
            QVERIFY2(result.outcome == Outcome::Done, qPrintable(QString::fromLatin1(who) + result.message));
            QVERIFY2(committed(saved.id), who);
        }
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT count(*) FROM daily_records WHERE narrative LIKE 'Imported note %'"))
                     .text(0, 0),
                 QStringLiteral("0")); // still open
        QVERIFY(bulk.exec(QStringLiteral("COMMIT")).ok());
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT count(*) FROM daily_records WHERE narrative LIKE 'Imported note %'"))
                     .text(0, 0),
                 QStringLiteral("1000"));
    }

    // An id used once is refused, whoever wrote it and whether or not they may see it.
    void anIdIsWrittenOnce()
    {
        const auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        const DailyNote first = note("A1a");
        QVERIFY(DailyNoteStore::write(nurse->database(), first).outcome == Outcome::Done);
        // Oak House's nurse may not see Fern House's notes, and still cannot write another note under that id.
        const auto other = signedInLibpq("nurseA2");
        const PgResult again = other->exec(
            QStringLiteral("INSERT INTO public.daily_records (id, resident_id, date, shift, occurred_at) "
                           "VALUES ($1::uuid, $2::uuid, current_date - 1, 'late', now() - interval '1 day')"),
            {first.id, m_fixture.resident("A2")});
        QCOMPARE(again.error().sqlState, uniqueViolation);
        QCOMPARE(again.error().constraint, QStringLiteral("daily_records_id_key"));
        // The same id in another organization is another note.
        const auto nurseB = signedInLibpq("nurseB");
        QVERIFY(nurseB
                    ->exec(QStringLiteral("INSERT INTO public.daily_records (id, resident_id, date, shift, "
                                          "occurred_at) VALUES ($1::uuid, $2::uuid, current_date, 'early', "
                                          "now() - interval '1 minute')"),
                           {first.id, m_fixture.resident("B1")})
                    .ok());
    }

    // Two stations writing one id at once: the second waits for the first's transaction, and is refused when it
    // commits. Sent without waiting, then the first commits, then the second's answer is read.
    void twoStationsWritingOneIdTakeTurns()
    {
        const QString id = DailyNote::newId();
        const auto first = signedInLibpq("nurseA");
        QVERIFY(first->exec(QStringLiteral("BEGIN")).ok());
        const QString insert =
            QStringLiteral("INSERT INTO public.daily_records (id, resident_id, date, shift, occurred_at) "
                           "VALUES ($1::uuid, $2::uuid, current_date, 'early', now() - interval '1 minute')");
        QVERIFY(first->exec(insert, {id, m_fixture.resident("A1b")}).ok());
        const auto second = signedInLibpq("managerA");
        QVERIFY(second->send(insert, {id, m_fixture.resident("A1a")}));
        QVERIFY(first->exec(QStringLiteral("COMMIT")).ok());
        const PgResult refused = second->finish();
        QCOMPARE(refused.error().sqlState, uniqueViolation);
        QCOMPARE(refused.error().constraint, QStringLiteral("daily_records_id_key"));
    }

    // Likewise a note's one correction: two corrections of one note at once, the second refused.
    void twoCorrectionsOfOneNoteTakeTurns()
    {
        const auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        const DailyNote original = note("A1a");
        QVERIFY(DailyNoteStore::write(nurse->database(), original).outcome == Outcome::Done);
        const QString correct =
            QStringLiteral("INSERT INTO public.daily_records (id, resident_id, date, shift, occurred_at, corrects_id, "
                           "correction_reason, narrative) VALUES (gen_random_uuid(), $1::uuid, $2::date, 'early', "
                           "$3::timestamptz, $4::uuid, 'Wrong resident named', 'Corrected')");
        const QStringList params = {original.residentId, original.date.toString(Qt::ISODate),
                                    original.occurredAt.toString(Qt::ISODateWithMs), original.id};
        const auto first = signedInLibpq("nurseA");
        QVERIFY(first->exec(QStringLiteral("BEGIN")).ok());
        const PgResult corrected = first->exec(correct, {params[0], params[1], params[2], params[3]});
        QVERIFY2(corrected.ok(), qPrintable(corrected.error().message));
        const auto second = signedInLibpq("managerA");
        QVERIFY(second->send(correct, params));
        QVERIFY(first->exec(QStringLiteral("COMMIT")).ok());
        const PgResult refused = second->finish();
        QCOMPARE(refused.error().sqlState, uniqueViolation);
        QCOMPARE(refused.error().constraint, QStringLiteral("daily_records_one_correction_key"));
    }

    // The keys are the trigger's alone: a station neither reads them nor claims one by itself (which would stop a
    // note from being written or corrected).
    void stationsCannotTouchTheKeys()
    {
        const auto nurse = signedInLibpq("nurseA");
        QCOMPARE(nurse->exec(QStringLiteral("SELECT count(*) FROM public.daily_record_keys")).error().sqlState,
                 QStringLiteral("42501"));
        const PgResult claimed =
            nurse->exec(QStringLiteral("INSERT INTO public.daily_record_keys (organization_id, kind, note_id) "
                                       "VALUES ($1::uuid, 'c', gen_random_uuid())"),
                        {m_fixture.orgA});
        QCOMPARE(claimed.error().sqlState, QStringLiteral("42501"));
    }
};

QTEST_MAIN(TestNoteConcurrency)
#include "TestNoteConcurrency.moc"
