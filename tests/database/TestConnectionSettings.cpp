#include "database/ConnectionSettings.h"
#include "database/DatabaseConnector.h"

#include <QSqlDatabase>
#include <QTest>

namespace {

// The settings fromConnInfo read; its sentence, if it refused them, in *error. A refusal must be Refused, with no
// settings.
ConnectionSettings parsed(const QString &conninfo, QString *error)
{
    const Result<ConnectionSettings> result = ConnectionSettings::fromConnInfo(conninfo);
    *error = result.message;
    if (!result.ok() && (result.outcome != Outcome::Refused || result.value.isValid()))
        *error = QStringLiteral("a refusal that is not Refused: ") + result.message;
    return result.value;
}

} // namespace

class TestConnectionSettings : public QObject
{
    Q_OBJECT

private slots:
    void parsesKeywordValueStrings()
    {
        QString error;
        const ConnectionSettings settings =
            parsed(QStringLiteral("host=db.example.org port=6432 dbname=carehome user=station1 sslmode=verify-full "
                                  "sslrootcert='/etc/ssl/care home.pem'"),
                   &error);
        QVERIFY2(settings.isValid(), qPrintable(error));
        QCOMPARE(settings.value(QStringLiteral("host")), QStringLiteral("db.example.org"));
        QCOMPARE(settings.value(QStringLiteral("port")), QStringLiteral("6432"));
        QCOMPARE(settings.value(QStringLiteral("dbname")), QStringLiteral("carehome"));
        QCOMPARE(settings.value(QStringLiteral("user")), QStringLiteral("station1"));
        QCOMPARE(settings.value(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
        QCOMPARE(settings.value(QStringLiteral("sslrootcert")), QStringLiteral("/etc/ssl/care home.pem"));
        QCOMPARE(settings.displayName(), QStringLiteral("db.example.org:6432, database carehome"));
    }

    void parsesUris()
    {
        QString error;
        const ConnectionSettings settings =
            parsed(QStringLiteral(
                       "postgresql://station1:s3cret@db.example.org:5433/carehome?sslmode=require&connect_timeout=5"),
                   &error);
        QVERIFY2(settings.isValid(), qPrintable(error));
        QCOMPARE(settings.value(QStringLiteral("host")), QStringLiteral("db.example.org"));
        QCOMPARE(settings.value(QStringLiteral("port")), QStringLiteral("5433"));
        QCOMPARE(settings.value(QStringLiteral("user")), QStringLiteral("station1"));
        QCOMPARE(settings.value(QStringLiteral("password")), QStringLiteral("s3cret"));
        QCOMPARE(settings.value(QStringLiteral("sslmode")), QStringLiteral("require"));
        QCOMPARE(settings.value(QStringLiteral("connect_timeout")), QStringLiteral("5"));
    }

    void appliesEveryKeywordToTheDriver()
    {
        QString error;
        const ConnectionSettings settings =
            parsed(QStringLiteral("host=db.example.org port=6432 dbname=carehome user=station1 password='it\\'s' "
                                  "sslmode=verify-full application_name=ward2"),
                   &error);
        QVERIFY2(settings.isValid(), qPrintable(error));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("apply"));
            settings.applyTo(db);
            QCOMPARE(db.hostName(), QStringLiteral("db.example.org"));
            QCOMPARE(db.databaseName(), QStringLiteral("carehome"));
            QCOMPARE(db.userName(), QStringLiteral("station1"));
            QCOMPARE(db.password(), QStringLiteral("it's"));
            QCOMPARE(db.connectOptions(), QStringLiteral("application_name='ward2';port='6432';sslmode='verify-full'"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("apply"));
    }

    void keepsServerOptions()
    {
        QString error;
        const ConnectionSettings settings = parsed(QStringLiteral("host=h options='-c statement_timeout=5s'"), &error);
        QVERIFY2(settings.isValid(), qPrintable(error));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("options"));
            settings.applyTo(db);
            QCOMPARE(db.connectOptions(), QStringLiteral("options='-c statement_timeout=5s'"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("options"));
    }

    void printableFormLeavesThePasswordOut()
    {
        QString error;
        const ConnectionSettings settings = parsed(QStringLiteral("host=h dbname=d user=u password=secret"), &error);
        QCOMPARE(settings.toConnInfo(), QStringLiteral("dbname='d' host='h' user='u'"));
        QCOMPARE(settings.toConnInfo(true), QStringLiteral("dbname='d' host='h' password='secret' user='u'"));
    }

    void refusesInvalidStrings()
    {
        QString error;
        const ConnectionSettings settings = parsed(QStringLiteral("host"), &error);
        QVERIFY(!settings.isValid());
        QCOMPARE(error, QStringLiteral("The database connection setting is not valid (missing \"=\" after \"host\" in "
                                       "connection info string): write it as keyword=value pairs such as "
                                       "\"host=db.example.org dbname=carehome\" or as a postgresql:// address."));
    }

    void refusesUnknownKeywords()
    {
        QString error;
        const ConnectionSettings settings = parsed(QStringLiteral("hots=db"), &error);
        QVERIFY(!settings.isValid());
        QVERIFY2(error.startsWith(QStringLiteral("The database connection setting is not valid (invalid connection "
                                                 "option \"hots\")")),
                 qPrintable(error));
    }

    void refusesSemicolonsTheDriverWouldMangle()
    {
        QString error;
        const ConnectionSettings settings = parsed(QStringLiteral("host=h sslrootcert='/a;b.pem'"), &error);
        QVERIFY(!settings.isValid());
        QCOMPARE(error, QStringLiteral("The database connection setting \"sslrootcert\" contains a semicolon, which "
                                       "Write Care Notes cannot pass on: remove it from the connection settings."));
    }

    void displayNames_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<QString>("display");
        QTest::newRow("tcp") << QStringLiteral("host=db dbname=care") << QStringLiteral("db, database care");
        QTest::newRow("tcp port") << QStringLiteral("host=db port=5433") << QStringLiteral("db:5433");
        QTest::newRow("socket") << QStringLiteral("host=/run/postgresql dbname=care")
                                << QStringLiteral("this computer (socket /run/postgresql), database care");
        QTest::newRow("default") << QStringLiteral("dbname=care") << QStringLiteral("this computer, database care");
        QTest::newRow("hostaddr") << QStringLiteral("hostaddr=10.0.0.5 dbname=care")
                                  << QStringLiteral("10.0.0.5, database care");
    }
    void displayNames()
    {
        QFETCH(QString, conninfo);
        QFETCH(QString, display);
        QString error;
        QCOMPARE(parsed(conninfo, &error).displayName(), display);
    }

    void connectFailuresBecomeOneSentence_data()
    {
        QTest::addColumn<QString>("libpq");
        QTest::addColumn<QString>("sentence");
        const QString where = QStringLiteral("db:5433, database care");
        QTest::newRow("refused") << QStringLiteral("connection to server at \"db\" (10.0.0.5), port 5433 failed: "
                                                   "Connection refused\n\tIs the server running on that host?")
                                 << QStringLiteral("Write Care Notes cannot reach the database server at %1: check "
                                                   "that the server is running and that this computer is connected "
                                                   "to the network, then try again.")
                                        .arg(where);
        QTest::newRow("password") << QStringLiteral("connection to server at \"db\", port 5433 failed: FATAL:  "
                                                    "password authentication failed for user \"station1\"")
                                  << QStringLiteral("The database server at %1 refused the user name or password: "
                                                    "check the connection settings, or ask whoever runs the database.")
                                         .arg(where);
        QTest::newRow("no password") << QStringLiteral("connection to server at \"db\", port 5433 failed: "
                                                       "fe_sendauth: no password supplied")
                                     << QStringLiteral("The database server at %1 asks for a password and none is set: "
                                                       "add it to the connection settings or to a .pgpass file.")
                                            .arg(where);
        QTest::newRow("no database") << QStringLiteral("FATAL:  database \"care\" does not exist")
                                     << QStringLiteral("The database named in the settings does not exist on the "
                                                       "server at %1: check the database name, or ask whoever runs the "
                                                       "database to create it.")
                                            .arg(where);
        QTest::newRow("unknown host") << QStringLiteral("could not translate host name \"db\" to address: Name or "
                                                        "service not known")
                                      << QStringLiteral("The database server name in the settings (db) cannot be "
                                                        "found: check the host name, and that this computer is "
                                                        "connected to the network.");
        QTest::newRow("timeout") << QStringLiteral("timeout expired")
                                 << QStringLiteral(
                                        "The database server at %1 did not answer in time: check the network "
                                        "connection, then try again.")
                                        .arg(where);
        QTest::newRow("full") << QStringLiteral("FATAL:  sorry, too many clients already")
                              << QStringLiteral("The database server at %1 has no free connections: close Write Care "
                                                "Notes on a station that is not in use, or ask whoever runs the "
                                                "database to allow more connections.")
                                     .arg(where);
        QTest::newRow("hba") << QStringLiteral("FATAL:  no pg_hba.conf entry for host \"10.0.0.9\", user \"x\"")
                             << QStringLiteral("The database server at %1 does not accept connections from this "
                                               "computer or user: ask whoever runs the database to allow it.")
                                    .arg(where);
        QTest::newRow("starting") << QStringLiteral("FATAL:  the database system is starting up")
                                  << QStringLiteral("The database server at %1 is starting up or shutting down: wait "
                                                    "a minute, then try again.")
                                         .arg(where);
        QTest::newRow("certificate")
            << QStringLiteral("root certificate file \"/root/.postgresql/root.crt\" does not exist")
            << QStringLiteral("The encrypted connection to the database server at %1 could not be set up (the "
                              "server's certificate is not trusted or could not be checked): check sslmode and "
                              "sslrootcert in the connection settings.")
                   .arg(where);
        QTest::newRow("unrecognised") << QStringLiteral("something new\nsecond line")
                                      << QStringLiteral("Write Care Notes could not connect to the database server at "
                                                        "%1 (something new): check the connection settings, then try "
                                                        "again.")
                                             .arg(where);
    }
    void connectFailuresBecomeOneSentence()
    {
        QFETCH(QString, libpq);
        QFETCH(QString, sentence);
        QString error;
        const ConnectionSettings settings = parsed(QStringLiteral("host=db port=5433 dbname=care"), &error);
        QCOMPARE(DatabaseConnector::connectFailureMessage(libpq, settings), sentence);
    }
};

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "TestConnectionSettings.moc"
