#include "TestDatabase.h"

#include <QDate>
#include <QDateTime>
#include <QTest>
#include <QUuid>

#include <memory>

class TestPgSession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

private slots:
    void initTestCase()
    {
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
