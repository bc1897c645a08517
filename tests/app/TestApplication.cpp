// The writecarenotes executable itself, as the quick start runs it: on its embedded database, then closed by SIGTERM
// (what a desktop logout sends).

#include "EmbeddedSuperuser.h"
#include "ServerTemporaryDir.h"
#include "database/ScopedConnection.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <csignal>

namespace {

// How many connections the application has open to its embedded database, read with the database's own password;
// -1 while the server is not up.
int applicationConnections(const QString &baseDirectory)
{
    const std::optional<ConnectionSettings> settings = EmbeddedSuperuser::of(baseDirectory);
    if (!settings)
        return -1;
    const ScopedConnection connection(*settings, QStringLiteral("probe"));
    if (!connection.isOpen())
        return -1;
    return connection.session()
        .exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'writecarenotes'"))
        .integer(0, 0);
}

} // namespace

class TestApplication : public QObject
{
    Q_OBJECT

private slots:
    void startsOnItsEmbeddedDatabaseAndStopsItOnLogout()
    {
        ServerTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString base = dir.filePath(QStringLiteral("database"));

        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedChannels);
        app.start(QStringLiteral(WCN_APP_EXECUTABLE), {QStringLiteral("--data-dir"), base});
        QVERIFY(app.waitForStarted());
        // The main window's own connection is open once start-up has succeeded.
        QTRY_VERIFY_WITH_TIMEOUT(applicationConnections(base) >= 1, 60000);
        QCOMPARE(QDir(base).entryList({QStringLiteral("pgdata")}, QDir::Dirs).size(), 1);

        QCOMPARE(::kill(static_cast<pid_t>(app.processId()), SIGTERM), 0);
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(!QFile::exists(base + QStringLiteral("/pgdata/postmaster.pid"))); // the server was stopped
        QCOMPARE(applicationConnections(base), -1);
    }
};

QTEST_GUILESS_MAIN(TestApplication)
#include "TestApplication.moc"
