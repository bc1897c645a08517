#include "TestDatabase.h"
#include "database/PreparedStatements.h"

#include <QDate>
#include <QDateTime>
#include <QProcess>
#include <QTest>
#include <QUuid>

#include <libpq-fe.h>

#include <cstdio>
#include <memory>

namespace {

// Set in the copy of this test that readingAWrongColumnNameStopsTheProgram starts: it makes that wrong read.
const char wrongReadVariable[] = "WCN_TEST_PGRESULT_WRONG_READ";

// A result with the given column names and one row of values, made by libpq without a server, for the copy of this
// test that is meant to stop (it needs no database).
PgResult madeResult(const QList<QByteArray> &names, const QList<QByteArray> &values)
{
    PGresult *made = PQmakeEmptyPGresult(nullptr, PGRES_TUPLES_OK);
    QList<QByteArray> storage = names; // PQsetResultAttrs copies the names; it only asks for writable pointers
    QList<PGresAttDesc> columns(names.size());
    for (qsizetype c = 0; c < names.size(); ++c) {
        columns[c].name = storage[c].data();
        columns[c].typid = 25; // text
        columns[c].typlen = -1;
        columns[c].atttypmod = -1;
    }
    PQsetResultAttrs(made, static_cast<int>(columns.size()), columns.data());
    QList<QByteArray> cells = values;
    for (qsizetype c = 0; c < cells.size(); ++c)
        PQsetvalue(made, 0, static_cast<int>(c), cells[c].data(), static_cast<int>(cells[c].size()));
    return PgResult::take(made, nullptr);
}

} // namespace

class TestPgSession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    int preparedCount(const QString &statement) const
    {
        return m_db->session()
            .exec(QStringLiteral("SELECT count(*) AS prepared FROM pg_prepared_statements WHERE statement = $1"),
                  {statement})
            .integer(0, "prepared");
    }

    // Runs this test's readingAWrongColumnNameStopsTheProgram again in a process of its own, which makes the wrong
    // read `kind`; returns what it wrote (Qt Test logs messages to standard output), and whether it stopped
    // (crashed) rather than ended.
    static QString wrongRead(const QString &kind, bool *stopped)
    {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(wrongReadVariable), kind);
        // An expected stop: no debugger for a stack trace, no core file.
        environment.insert(QStringLiteral("QTEST_DISABLE_STACK_DUMP"), QStringLiteral("1"));
        environment.insert(QStringLiteral("QTEST_DISABLE_CORE_DUMP"), QStringLiteral("1"));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("readingAWrongColumnNameStopsTheProgram")});
        if (!child.waitForFinished(60000))
            child.kill();
        *stopped = child.exitStatus() == QProcess::CrashExit;
        return QString::fromUtf8(child.readAll());
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet(wrongReadVariable))
            return; // the copy that makes a wrong read needs no database
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
    }
    void cleanupTestCase() { m_db.reset(); }

    void parametersTravelWithTheirTypes_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("cast");
        QTest::addColumn<QString>("expected"); // the server's text form; "<NULL>" for SQL NULL
        const QString null = QStringLiteral("<NULL>");
        QTest::newRow("text") << QVariant(QStringLiteral("Ænid O'Brien; DROP TABLE x")) << QStringLiteral("text")
                              << QStringLiteral("Ænid O'Brien; DROP TABLE x");
        QTest::newRow("empty text stays empty") << QVariant(QStringLiteral("")) << QStringLiteral("text") << QString();
        QTest::newRow("null string is NULL") << QVariant(QString()) << QStringLiteral("text") << null;
        QTest::newRow("invalid QVariant is NULL") << QVariant() << QStringLiteral("text") << null;
        QTest::newRow("integer") << QVariant(42) << QStringLiteral("integer") << QStringLiteral("42");
        QTest::newRow("bigint") << QVariant::fromValue(qint64(1) << 40) << QStringLiteral("bigint")
                                << QStringLiteral("1099511627776");
        QTest::newRow("true") << QVariant(true) << QStringLiteral("boolean") << QStringLiteral("true");
        QTest::newRow("false") << QVariant(false) << QStringLiteral("boolean") << QStringLiteral("false");
        QTest::newRow("date") << QVariant(QDate(2024, 2, 29)) << QStringLiteral("date") << QStringLiteral("2024-02-29");
        QTest::newRow("invalid date is NULL") << QVariant(QDate()) << QStringLiteral("date") << null;
        QTest::newRow("instant in another zone")
            << QVariant(QDateTime(QDate(2024, 6, 1), QTime(9, 30, 15, 250), Qt::OffsetFromUTC, 3600))
            << QStringLiteral("timestamptz") << QStringLiteral("2024-06-01 08:30:15.25+00");
        QTest::newRow("invalid instant is NULL") << QVariant(QDateTime()) << QStringLiteral("timestamptz") << null;
        QTest::newRow("uuid") << QVariant(QUuid(QStringLiteral("{1a000000-0000-4000-8000-00000000000a}")))
                              << QStringLiteral("uuid") << QStringLiteral("1a000000-0000-4000-8000-00000000000a");
        QTest::newRow("null uuid is NULL") << QVariant(QUuid()) << QStringLiteral("uuid") << null;
        QTest::newRow("bytes") << QVariant(QByteArray("\x00\x01\xff", 3)) << QStringLiteral("bytea")
                               << QStringLiteral("0001ff");
        QTest::newRow("null bytes is NULL") << QVariant(QByteArray()) << QStringLiteral("bytea") << null;
    }
    void parametersTravelWithTheirTypes()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, cast);
        QFETCH(QString, expected);
        // bytea as hex, whatever bytea_output the driver set for the session
        const QString asText = cast == QLatin1String("bytea") ? QStringLiteral("encode($1::bytea, 'hex')")
                                                              : QStringLiteral("$1::%1::text").arg(cast);
        const PgResult result =
            m_db->session().exec(QStringLiteral("SELECT coalesce(%1, '<NULL>')").arg(asText), {value});
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result.text(0, 0), expected);
    }

    void errorsCarryTheirFields()
    {
        const PgResult result = m_db->session().exec(QStringLiteral("SELECT no_such_column FROM organizations"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().sqlState, QStringLiteral("42703"));
        QCOMPARE(result.error().message, QStringLiteral("column \"no_such_column\" does not exist"));
        QCOMPARE(result.error().position, 8);
        QCOMPARE(result.rowCount(), 0);
        QVERIFY(result.isNull(0, 0)); // a failed result reads as NULL, never out of range
        // By name too: a failed result has no columns, and reading it is not a mistake in the statement.
        QVERIFY(result.isNull(0, "no_such_column"));
        QCOMPARE(result.text(0, "no_such_column"), QString());
        QCOMPARE(result.columnIndex("no_such_column"), -1);
    }

    // Issue 16: a result is read by the names its statement gives the columns, so a SELECT list that changes cannot
    // shift what a caller reads.
    void cellsAreReadByColumnName()
    {
        const PgResult result = m_db->session().exec(
            QStringLiteral("SELECT n AS number, 'row ' || n AS label, nullif(n, 2) AS maybe, n = 3 AS last "
                           "FROM generate_series(1, $1::integer) AS n ORDER BY n"),
            {3});
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result.rowCount(), 3);
        QCOMPARE(result.columnCount(), 4);
        QCOMPARE(result.columnIndex("number"), 0);
        QCOMPARE(result.columnIndex(u"label"), 1);
        QCOMPARE(result.columnIndex(QStringLiteral("maybe")), 2);
        QCOMPARE(result.columnIndex(QLatin1String("last")), 3);
        QCOMPARE(result.columnIndex("Label"), -1); // as the server names it: an unquoted alias is lower case
        QCOMPARE(result.columnIndex("lab"), -1);
        QCOMPARE(result.integer(0, "number"), 1);
        QCOMPARE(result.integer(2, "number"), 3);
        QCOMPARE(result.text(1, "label"), QStringLiteral("row 2"));
        QCOMPARE(result.value(0, "label"), QVariant(QStringLiteral("row 1")));
        QVERIFY(!result.isNull(0, "maybe"));
        QVERIFY(result.isNull(1, "maybe"));
        QCOMPARE(result.value(1, "maybe"), QVariant());
        QCOMPARE(result.text(1, "maybe"), QString());
        QCOMPARE(result.text(2, "last"), QStringLiteral("t"));
        QCOMPARE(result.text(0, "last"), QStringLiteral("f"));
        // A row beyond the last reads as NULL, as it does by position.
        QVERIFY(result.isNull(3, "number"));
        QVERIFY(result.isNull(-1, "number"));
        // The same cells as by position.
        const char *const names[] = {"number", "label", "maybe", "last"};
        for (int r = 0; r < result.rowCount(); ++r) {
            for (int c = 0; c < result.columnCount(); ++c)
                QCOMPARE(result.value(r, names[c]), result.value(r, c));
        }
    }

    void aQuotedNameIsReadAsWritten()
    {
        const PgResult result = m_db->session().exec(QStringLiteral("SELECT 1 AS \"Mixed Case\", 2 AS mixed_case"));
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result.integer(0, "Mixed Case"), 1);
        QCOMPARE(result.integer(0, "mixed_case"), 2);
    }

    // A name the result does not have, or has twice, is a mistake in the program, not in the data: it must not read
    // as NULL unnoticed. It stops the program in a debug build (as every test build is), so it is made in a copy of
    // this test run as a process of its own; a release build logs it as critical and reads NULL.
    void readingAWrongColumnNameStopsTheProgram()
    {
        if (qEnvironmentVariableIsSet(wrongReadVariable)) {
            // The copy: make the wrong read asked for, then say whether the program went on.
            const bool twice = qEnvironmentVariable(wrongReadVariable) == QLatin1String("twice");
            const PgResult made = twice
                                      ? madeResult({QByteArrayLiteral("id"), QByteArrayLiteral("id")}, {"a", "b"})
                                      : madeResult({QByteArrayLiteral("id"), QByteArrayLiteral("name")}, {"a", "Ada"});
            QVERIFY(made.ok());
            QCOMPARE(made.text(0, 1), twice ? QStringLiteral("b") : QStringLiteral("Ada"));
            const QString read = made.text(0, twice ? "id" : "nmae");
            fprintf(stderr, "went on, reading \"%s\"\n", qUtf8Printable(read));
            return;
        }
        bool unknownStopped = false;
        const QString unknown = wrongRead(QStringLiteral("unknown"), &unknownStopped);
        QVERIFY2(unknown.contains(QLatin1String("no column \"nmae\" in this result (columns: id, name)")),
                 qPrintable(unknown));
        bool twiceStopped = false;
        const QString twice = wrongRead(QStringLiteral("twice"), &twiceStopped);
        QVERIFY2(twice.contains(QLatin1String("column \"id\" is in this result more than once (columns: id, id)")),
                 qPrintable(twice));
#ifdef QT_NO_DEBUG
        QVERIFY2(!unknownStopped && unknown.contains(QLatin1String("went on, reading \"\"")), qPrintable(unknown));
        QVERIFY2(!twiceStopped && twice.contains(QLatin1String("went on, reading \"\"")), qPrintable(twice));
#else
        QVERIFY2(unknownStopped && !unknown.contains(QLatin1String("went on")), qPrintable(unknown));
        QVERIFY2(twiceStopped && !twice.contains(QLatin1String("went on")), qPrintable(twice));
#endif
    }

    // Issue 15: statements are parsed and planned once per connection, not at every call.
    void aStatementIsPreparedOnceAndAnswersEveryCall()
    {
        const QString statement = QStringLiteral("SELECT $1::integer * 2 AS doubled");
        // More calls than PostgreSQL makes custom plans for (five), so the kept generic plan answers too.
        for (int n = 1; n <= 8; ++n) {
            const PgResult result = m_db->session().exec(statement, {n});
            QVERIFY2(result.ok(), qPrintable(result.error().message));
            QCOMPARE(result.integer(0, 0), n * 2);
        }
        QCOMPARE(preparedCount(statement), 1);
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT name FROM pg_prepared_statements WHERE statement = $1"), {statement})
                     .text(0, 0),
                 QString::fromLatin1(PreparedStatements::nameFor(statement.toUtf8())));
    }

    void controlStatementsAreNotPrepared()
    {
        QVERIFY(PreparedStatements::nameFor("SET application_name = 'x'").isEmpty());
        QVERIFY(PreparedStatements::nameFor("BEGIN").isEmpty());
        QVERIFY(PreparedStatements::nameFor("selection").isEmpty());
        QVERIFY(!PreparedStatements::nameFor("  WITH x AS (SELECT 1) SELECT * FROM x").isEmpty());
        QVERIFY(!PreparedStatements::nameFor("delete FROM x").isEmpty());
        QVERIFY(m_db->session().exec(QStringLiteral("SET application_name = 'prepared statements test'")).ok());
        QCOMPARE(preparedCount(QStringLiteral("SET application_name = 'prepared statements test'")), 0);
    }

    void aStatementDeallocatedBehindItsBackIsPreparedAgain()
    {
        const QString statement = QStringLiteral("SELECT $1::text || '!' AS shout");
        QCOMPARE(m_db->session().exec(statement, {QStringLiteral("a")}).text(0, 0), QStringLiteral("a!"));
        QVERIFY(m_db->session().execScript(QStringLiteral("DEALLOCATE ALL")).ok());
        QCOMPARE(preparedCount(statement), 0);
        const PgResult again = m_db->session().exec(statement, {QStringLiteral("b")});
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE(again.text(0, 0), QStringLiteral("b!"));
        QCOMPARE(preparedCount(statement), 1);
    }

    void aFailedTransactionKeepsItsOwnErrorAndTheCacheSurvives()
    {
        const QString statement = QStringLiteral("SELECT $1::integer + 1 AS next");
        QCOMPARE(m_db->session().exec(statement, {1}).integer(0, 0), 2);
        QVERIFY(m_db->session().execScript(QStringLiteral("BEGIN")).ok());
        QCOMPARE(m_db->session().exec(QStringLiteral("SELECT 1 / $1::integer"), {0}).error().sqlState,
                 QStringLiteral("22012"));
        QCOMPARE(m_db->session().exec(statement, {2}).error().sqlState, QStringLiteral("25P02"));
        // A statement first sent inside the failed transaction: the server's refusal, not a failed prepare's.
        QCOMPARE(m_db->session().exec(QStringLiteral("SELECT $1::integer - 1"), {2}).error().sqlState,
                 QStringLiteral("25P02"));
        QVERIFY(m_db->session().execScript(QStringLiteral("ROLLBACK")).ok());
        QCOMPARE(m_db->session().exec(statement, {3}).integer(0, 0), 4);
        QCOMPARE(m_db->session().exec(QStringLiteral("SELECT $1::integer - 1"), {2}).integer(0, 0), 1);
    }

    void aFaultyStatementIsReportedAsBefore()
    {
        // The error of a statement that cannot be prepared is the prepare's, with its position, and nothing is kept.
        const QString statement = QStringLiteral("SELECT no_such_column FROM organizations WHERE id = $1");
        const PgResult result = m_db->session().exec(statement, {QUuid::createUuid()});
        QCOMPARE(result.error().sqlState, QStringLiteral("42703"));
        QCOMPARE(result.error().position, 8);
        QCOMPARE(preparedCount(statement), 0);
    }

    void aConnectionKeepsAtMostItsCapacity()
    {
        const PgSession session = m_db->session();
        for (int n = 0; n < PreparedStatements::capacity + 20; ++n) {
            const PgResult result = session.exec(QStringLiteral("SELECT $1::integer + %1").arg(n), {1});
            QVERIFY2(result.ok(), qPrintable(result.error().message));
            QCOMPARE(result.integer(0, 0), n + 1);
        }
        const int kept =
            session.exec(QStringLiteral("SELECT count(*) FROM pg_prepared_statements WHERE name LIKE 'wcn\\_%'"))
                .integer(0, 0);
        QCOMPARE(kept, PreparedStatements::capacity);
        // The first ones were deallocated, the last one is kept.
        QCOMPARE(preparedCount(QStringLiteral("SELECT $1::integer + 0")), 0);
        QCOMPARE(preparedCount(QStringLiteral("SELECT $1::integer + %1").arg(PreparedStatements::capacity + 19)), 1);
    }

    void aFullCacheNeverAbortsTheCallersTransaction()
    {
        // Regression: with the cache full and the server's statements gone behind its back (DISCARD ALL, as a pooler
        // does), a new statement inside a transaction evicted with a DEALLOCATE the server refused, which aborted the
        // transaction and lost what it had written.
        const PgSession session = m_db->session();
        for (int n = 0; n < PreparedStatements::capacity; ++n)
            QCOMPARE(session.exec(QStringLiteral("SELECT $1::integer * 0 + %1").arg(n), {1}).integer(0, 0), n);
        QVERIFY(session.execScript(QStringLiteral("DISCARD ALL")).ok());
        QVERIFY(session.execScript(QStringLiteral("CREATE TEMP TABLE kept_rows (value integer)")).ok());
        QVERIFY(session.execScript(QStringLiteral("BEGIN")).ok());
        QVERIFY(session.exec(QStringLiteral("INSERT INTO kept_rows VALUES ($1::integer)"), {7}).ok());
        const PgResult fresh = session.exec(QStringLiteral("SELECT $1::integer + 1000"), {1});
        QVERIFY2(fresh.ok(), qPrintable(fresh.error().message));
        QCOMPARE(fresh.integer(0, 0), 1001);
        QVERIFY(session.exec(QStringLiteral("INSERT INTO kept_rows VALUES ($1::integer)"), {8}).ok());
        QVERIFY(session.execScript(QStringLiteral("COMMIT")).ok());
        QCOMPARE(session.exec(QStringLiteral("SELECT string_agg(value::text, ',' ORDER BY value) FROM kept_rows"))
                     .text(0, 0),
                 QStringLiteral("7,8"));
        // Once idle again, new statements are prepared as before: on the server now the two of the transaction, the
        // read of its rows, this one and the count.
        QCOMPARE(session.exec(QStringLiteral("SELECT $1::integer + 2000"), {1}).integer(0, 0), 2001);
        QVERIFY(session.execScript(QStringLiteral("DROP TABLE kept_rows")).ok());
        QCOMPARE(session.exec(QStringLiteral("SELECT count(*) FROM pg_prepared_statements WHERE name LIKE 'wcn\\_%'"))
                     .integer(0, 0),
                 5);
    }

    void aNewConnectionStartsWithNothingPrepared()
    {
        const QByteArray conninfo = m_db->settings().toConnInfo(true).toUtf8();
        const QString statement = QStringLiteral("SELECT $1::integer * 3");
        for (int round = 0; round < 3; ++round) {
            // Each round a new connection, often at the address of the one closed before it.
            PGconn *connection = PQconnectdb(conninfo.constData());
            QCOMPARE(PQstatus(connection), CONNECTION_OK);
            const PgSession session(connection);
            QCOMPARE(session.exec(statement, {round}).integer(0, 0), round * 3);
            QCOMPARE(session.exec(statement, {round + 1}).integer(0, 0), (round + 1) * 3);
            QCOMPARE(session.exec(QStringLiteral("SELECT count(*) FROM pg_prepared_statements")).integer(0, 0), 2);
            PQfinish(connection);
        }
    }

    void aClosedConnectionIsAnErrorNotACrash()
    {
        const PgSession session{QSqlDatabase()};
        QVERIFY(!session.isOpen());
        const PgResult result = session.exec(QStringLiteral("SELECT 1"));
        QVERIFY(!result.ok());
        QVERIFY(result.error().isConnectionFailure());
        QCOMPARE(session.serverVersion(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPgSession)
#include "TestPgSession.moc"
