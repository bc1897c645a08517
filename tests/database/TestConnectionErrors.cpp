#include "TestCluster.h"
#include "TestDatabase.h"
#include "database/ScopedConnection.h"

#include <QTest>

namespace {

// Opens and closes a connection; returns the failure sentence, or an empty string when it connected.
QString tryConnect(const ConnectionSettings &settings)
{
    return ScopedConnection(settings, QStringLiteral("attempt")).status().message;
}

} // namespace

class TestConnectionErrors : public QObject
{
    Q_OBJECT

private:
    TestCluster m_cluster;

private slots:
    void initTestCase()
    {
        QString error;
        m_cluster = TestCluster::current(&error);
        QVERIFY2(m_cluster.isValid(), qPrintable(error));
    }

    void connectsWithTheRightPassword()
    {
        QCOMPARE(tryConnect(m_cluster.settings(QStringLiteral("postgres"))), QString());
    }

    void wrongPassword()
    {
        ConnectionSettings settings = m_cluster.settings(QStringLiteral("postgres"));
        settings.setValue(QStringLiteral("password"), QStringLiteral("wrong"));
        QCOMPARE(tryConnect(settings),
                 QStringLiteral("The database server at %1 refused the user name or password: check the connection "
                                "settings, or ask whoever runs the database.")
                     .arg(settings.displayName()));
    }

    void unknownUserLooksLikeAWrongPassword()
    {
        // The server does not say whether a user exists; neither do we.
        ConnectionSettings settings = m_cluster.settings(QStringLiteral("postgres"));
        settings.setValue(QStringLiteral("user"), QStringLiteral("nobody_here"));
        QCOMPARE(tryConnect(settings),
                 QStringLiteral("The database server at %1 refused the user name or password: check the connection "
                                "settings, or ask whoever runs the database.")
                     .arg(settings.displayName()));
    }

    void noPasswordGiven()
    {
        ConnectionSettings settings = m_cluster.settings(QStringLiteral("postgres"));
        settings.setValue(QStringLiteral("password"), QString());
        settings.setValue(QStringLiteral("passfile"), QStringLiteral("/nonexistent/pgpass")); // not ~/.pgpass
        if (qEnvironmentVariableIsSet("PGPASSWORD"))
            QSKIP("PGPASSWORD is set in this environment, so libpq always has a password.");
        QCOMPARE(tryConnect(settings),
                 QStringLiteral("The database server at %1 asks for a password and none is set: add it to the "
                                "connection settings or to a .pgpass file.")
                     .arg(settings.displayName()));
    }

    void serverNotRunning()
    {
        const ConnectionSettings settings =
            ConnectionSettings::forSocket(QStringLiteral("/tmp/wcn-no-such-server"), 5432, QStringLiteral("carehome"),
                                          QStringLiteral("station"), QStringLiteral("x"));
        QCOMPARE(tryConnect(settings),
                 QStringLiteral("Write Care Notes cannot reach the database server at this computer (socket "
                                "/tmp/wcn-no-such-server), database carehome: check that the server is running and "
                                "that this computer is connected to the network, then try again."));
    }

    void nothingListeningOnTheTcpPort()
    {
        const ConnectionSettings settings =
            ConnectionSettings::fromConnInfo(QStringLiteral("host=127.0.0.1 port=1 dbname=carehome user=station "
                                                            "password=x connect_timeout=5"))
                .value;
        QCOMPARE(tryConnect(settings),
                 QStringLiteral("Write Care Notes cannot reach the database server at 127.0.0.1:1, database carehome: "
                                "check that the server is running and that this computer is connected to the network, "
                                "then try again."));
    }

    void databaseDoesNotExist()
    {
        const ConnectionSettings settings = m_cluster.settings(QStringLiteral("no_such_database"));
        QCOMPARE(tryConnect(settings),
                 QStringLiteral("The database named in the settings does not exist on the server at %1: check the "
                                "database name, or ask whoever runs the database to create it.")
                     .arg(settings.displayName()));
    }

    void sslModeIsHonoured()
    {
        // The test server offers no SSL: sslmode=require must refuse it, sslmode=disable must connect.
        ConnectionSettings required = m_cluster.tcpSettings(QStringLiteral("postgres"));
        required.setValue(QStringLiteral("sslmode"), QStringLiteral("require"));
        QCOMPARE(tryConnect(required),
                 QStringLiteral("The database server at %1 does not accept encrypted connections, but the settings "
                                "require one (sslmode=require): ask whoever runs the database to turn on SSL, or "
                                "change sslmode.")
                     .arg(required.displayName()));
        ConnectionSettings disabled = m_cluster.tcpSettings(QStringLiteral("postgres"));
        disabled.setValue(QStringLiteral("sslmode"), QStringLiteral("disable"));
        QCOMPARE(tryConnect(disabled), QString());
    }

    void sessionsRunInUtcWithOurApplicationName()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        const PgResult settings = db.session().exec(
            QStringLiteral("SELECT current_setting('TimeZone'), current_setting('application_name')"));
        QCOMPARE(settings.text(0, 0), QStringLiteral("UTC"));
        QCOMPARE(settings.text(0, 1), QStringLiteral("TestConnectionErrors"));
    }

    void passwordsNeverBecomeStatementText()
    {
        // PgSession sends values as protocol-level parameters: another session sees only the placeholders.
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        const PgResult own = db.session().exec(
            QStringLiteral("SELECT query FROM pg_stat_activity WHERE pid = pg_backend_pid() AND $1::text IS NOT NULL"),
            {QStringLiteral("a secret value")});
        QCOMPARE(own.text(0, 0), QStringLiteral("SELECT query FROM pg_stat_activity WHERE pid = pg_backend_pid() AND "
                                                "$1::text IS NOT NULL"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionErrors)
#include "TestConnectionErrors.moc"
