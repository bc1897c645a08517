// The embedded database's own backups, through the app's own code (DatabaseStartup, as the window drives it): a
// first start switches archiving on and restarts the server it brought up; the nightly backup is taken when due and
// not again; the home screen's status says where the backups are and warns while they share the database's disk; a
// restore to a moment minutes ago is checked, switched to at the next start with the old folder kept, and backed up
// as before.

#include "FirstRunPeople.h"
#include "ServerClock.h"
#include "ServerTemporaryDir.h"
#include "backup/BackupRules.h"
#include "backup/EmbeddedBackups.h"
#include "backup/RestoreRequest.h"
#include "common/Clock.h"
#include "database/PgSession.h"
#include "database/ScopedConnection.h"
#include "organization/FirstRunDetails.h"
#include "server/EmbeddedServer.h"
#include "server/ServerAccount.h"
#include "startup/DatabaseStartup.h"
#include "startup/StartupState.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <memory>

class TestEmbeddedBackups : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerTemporaryDir> m_dir;

    EmbeddedServer::Options options() const
    {
        EmbeddedServer::Options options;
        options.baseDirectory = m_dir->filePath(QStringLiteral("base"));
        options.keyDirectory = m_dir->filePath(QStringLiteral("keys"));
        return options;
    }
    QString base() const { return m_dir->filePath(QStringLiteral("base")); }

    // The restores in the audit log of the database the embedded server runs now, read as its owner (another
    // instance joining the running server): "event|organization|user|station|details" (details as compact JSON, keys
    // in order), oldest first.
    QStringList restoresRecorded() const
    {
        EmbeddedServer server(options());
        if (const Result<> started = server.start(); !started.ok())
            return {started.message};
        QStringList entries;
        {
            const ScopedConnection owner(server.connectionSettings(), QStringLiteral("restores"));
            const PgResult rows = owner.session().exec(QStringLiteral(
                "SELECT a.event || '|' || coalesce(o.name, '-') || '|' || coalesce(u.first_name, '-') || '|' || "
                "a.station || '|' || a.details::text AS entry FROM public.audit_log AS a "
                "LEFT JOIN public.organizations AS o ON o.id = a.organization_id "
                "LEFT JOIN public.users AS u ON u.organization_id = a.organization_id AND u.id = a.user_id "
                "WHERE a.event LIKE 'database\\_restore%' ORDER BY a.id"));
            if (!rows.ok())
                return {rows.error().message};
            for (int row = 0; row < rows.rowCount(); ++row) {
                const QString entry = rows.text(row, "entry");
                const qsizetype details = entry.indexOf(QLatin1Char('{'));
                entries << entry.left(details) +
                               QString::fromUtf8(
                                   QJsonDocument::fromJson(entry.mid(details).toUtf8()).toJson(QJsonDocument::Compact));
            }
        }
        server.release();
        return entries;
    }
    static QString compact(const QJsonObject &object)
    {
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    // The administrator asking for a restore at the Office PC, at 09:30 on 6 December 2026.
    RestoreRequest administratorsRequest() const
    {
        RestoreRequest request;
        request.userId = administratorId();
        request.requestedBy = QStringLiteral("Wendy Testadmin (administrator)");
        request.station = QStringLiteral("Office PC");
        request.requestedAt = QDateTime(QDate(2026, 12, 6), QTime(9, 30), QTimeZone::utc());
        return request;
    }
    QString administratorId() const
    {
        EmbeddedServer server(options());
        if (!server.start().ok())
            return {};
        QString id;
        {
            const ScopedConnection owner(server.connectionSettings(), QStringLiteral("administrator"));
            id = owner.session().exec(QStringLiteral("SELECT id::text AS id FROM public.users")).text(0, "id");
        }
        server.release();
        return id;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<ServerTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup()
    {
        Clock::reset();
        m_dir.reset();
    }

    void aCareHomesDatabaseIsBackedUpAndRestored()
    {
        QDateTime fullStopped;
        QJsonObject restoreDetails; // the restore's audit entry's details
        {
            DatabaseStartup startup(options());
            const Result<StartupState> started = startup.run();
            QVERIFY2(started.ok(), qPrintable(started.message));
            QVERIFY(started.value.needsFirstRun);

            // Archiving is on from the first start (the server was restarted for it); the backups' folder is the
            // default, beside the database, and the home screen warns of that and of there being no backup yet.
            const Result<BackupStatus> first = startup.backupStatus();
            QVERIFY2(first.ok(), qPrintable(first.message));
            QVERIFY(first.value.installed);
            QVERIFY(first.value.configured);
            QVERIFY(first.value.archiver.archiving);
            QVERIFY(!first.value.restartPending);
            QCOMPARE(first.value.repository, base() + QStringLiteral("/backups"));
            QCOMPARE(first.value.retentionFull, 4);
            QVERIFY(first.value.sameDiskAsData);
            QVERIFY(!first.value.newest);
            QVERIFY(QFile::exists(base() + QStringLiteral("/writecarenotes-pgdata-pgbackrest.conf")));
            const QStringList warnings = BackupRules::warnings(first.value, Clock::now());
            QCOMPARE(warnings.size(), 2);
            QCOMPARE(warnings.at(0), QStringLiteral("No backup of this database has been made yet."));
            QVERIFY2(warnings.at(1).startsWith(QStringLiteral("The backups are on the same disk as the database")),
                     qPrintable(warnings.at(1)));

            // The first backup is due at once, and is a full one.
            const Result<std::optional<BackupSet>> taken = startup.backUpIfDue();
            QVERIFY2(taken.ok(), qPrintable(taken.message));
            QVERIFY(taken.value.has_value());
            QCOMPARE(taken.value->type, QStringLiteral("full"));
            fullStopped = taken.value->stopped;
            // Not again the same night.
            Clock::freezeAt(fullStopped.toLocalTime());
            const Result<std::optional<BackupSet>> again = startup.backUpIfDue();
            QVERIFY2(again.ok(), qPrintable(again.message));
            QVERIFY(!again.value.has_value());

            // The next night's backup is an incremental one.
            Clock::freezeAt(BackupRules::nightStarting(fullStopped.toLocalTime()).addDays(1).addSecs(3600));
            const Result<std::optional<BackupSet>> nightly = startup.backUpIfDue();
            QVERIFY2(nightly.ok(), qPrintable(nightly.message));
            QVERIFY(nightly.value.has_value());
            QCOMPARE(nightly.value->type, QStringLiteral("incr"));
            const Result<BackupStatus> second = startup.backupStatus();
            QVERIFY2(second.ok(), qPrintable(second.message));
            QCOMPARE(second.value.newest->label, nightly.value->label);
            QCOMPARE(second.value.newestFullStopped, fullStopped);
            QCOMPARE(BackupRules::warnings(second.value, Clock::now()).size(), 1); // the same disk, still

            // T, read from the server's clock in a second after the one the last backup ended in (pgBackRest counts
            // whole seconds), before the organization is set up.
            const ScopedConnection station(started.value.settings, QStringLiteral("moment"));
            QVERIFY(station.isOpen());
            QTRY_VERIFY_WITH_TIMEOUT(ServerClock::now(station.session()).toSecsSinceEpoch() >
                                         nightly.value->stopped.toSecsSinceEpoch(),
                                     10000);
            const QString moment = ServerClock::moment(station.session());
            const Result<RestoreTime> beforeOrganization = RestoreTime::parse(moment, QTimeZone::systemTimeZone());
            QVERIFY2(beforeOrganization.ok(), qPrintable(beforeOrganization.message));

            // The organization is set up after T.
            const FirstRunDetails details = FirstRunPeople::willowCourtAdministrator();
            const Result<> organization = startup.setUpFirstOrganization(details);
            QVERIFY2(organization.ok(), qPrintable(organization.message));

            // Restored to T, minutes ago at most, in the write-ahead log after the backups (not yet archived: the
            // restore has it archived first): checked in a folder of its own, switched to at the next start.
            const RestoreRequest request = administratorsRequest();
            const Result<ClusterRestore::Report> restored =
                startup.restoreEmbedded(beforeOrganization.value, {}, request);
            QVERIFY2(restored.ok(), qPrintable(restored.message));
            QVERIFY2(restored.value.checked(), qPrintable(restored.value.problems.join(QLatin1Char('\n'))));
            QVERIFY(restored.value.dataDirectory.startsWith(base() + QStringLiteral("/pgdata.restored-")));
            QVERIFY(restored.value.schemaVersion > 0);
            QFile marker(base() + QStringLiteral("/switch-to-restored"));
            QVERIFY(marker.open(QIODevice::ReadOnly));
            QCOMPARE(base() + QLatin1Char('/') + QString::fromUtf8(marker.readAll()), restored.value.dataDirectory);
            // Until then, the current database goes on as it was, and its home page says what the next start does.
            const Result<BackupStatus> pending = startup.backupStatus();
            QVERIFY2(pending.ok(), qPrintable(pending.message));
            QCOMPARE(pending.value.pendingSwitch, restored.value.dataDirectory);
            QVERIFY(BackupRules::warnings(pending.value, Clock::now())
                        .contains(QStringLiteral("The restored database %1 replaces this one at the next start of "
                                                 "Write Care Notes: what is recorded until then stays only in the "
                                                 "folder kept beside it. If that is not wanted, cancel the switch on "
                                                 "the Backups page.")
                                      .arg(restored.value.dataDirectory)));
            // The database in use says who restored what, where, and when she asked, as she is a member of it.
            restoreDetails =
                QJsonObject{{QStringLiteral("folder"), restored.value.dataDirectory},
                            {QStringLiteral("restored_to"), beforeOrganization.value.target()},
                            {QStringLiteral("requested_at"), QStringLiteral("2026-12-06T09:30:00Z")},
                            {QStringLiteral("requested_by"), QStringLiteral("Wendy Testadmin (administrator)")}};
            QCOMPARE(restoresRecorded(),
                     QStringList({QStringLiteral("database_restore_prepared|%1|%2|Office PC|%3")
                                      .arg(details.organizationName, details.firstName, compact(restoreDetails))}));
        }
        Clock::reset();
        {
            DatabaseStartup startup(options());
            const Result<StartupState> started = startup.run();
            QVERIFY2(started.ok(), qPrintable(started.message));
            // The database as it was at T, before the organization.
            QVERIFY(started.value.needsFirstRun);
            QVERIFY(!QFile::exists(base() + QStringLiteral("/switch-to-restored")));
            const QStringList kept =
                QDir(base()).entryList({QStringLiteral("pgdata.before-restore-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
            QCOMPARE(kept.size(), 1);
            QVERIFY(QFile::exists(base() + QLatin1Char('/') + kept.first() + QStringLiteral("/PG_VERSION")));
            QVERIFY(QDir(base()).entryList({QStringLiteral("pgdata.restored-*")}, QDir::Dirs).isEmpty());
            // The restored database, of no organization yet, says so too, and where the one before is kept; nothing
            // is left to write.
            restoreDetails.insert(QStringLiteral("set_aside"), base() + QLatin1Char('/') + kept.first());
            QCOMPARE(restoresRecorded(),
                     QStringList({QStringLiteral("database_restored|-|-|Office PC|") + compact(restoreDetails)}));
            QVERIFY(!QFile::exists(base() + QStringLiteral("/switch-to-restored.request")));
            QVERIFY(!QFile::exists(base() + QStringLiteral("/restored.to-record")));
            // Archiving again, into the same folder, whose backups are all still there.
            const Result<BackupStatus> status = startup.backupStatus();
            QVERIFY2(status.ok(), qPrintable(status.message));
            QVERIFY(status.value.archiver.archiving);
            QVERIFY(!status.value.restartPending);
            QVERIFY(status.value.newest.has_value());
            QCOMPARE(status.value.newestFullStopped, fullStopped);
            QCOMPARE(status.value.switchedFrom, base() + QLatin1Char('/') + kept.first());
            QVERIFY(BackupRules::warnings(status.value, Clock::now())
                        .contains(QStringLiteral("This start switched to the restored database; the one in use before "
                                                 "is kept in %1.")
                                      .arg(status.value.switchedFrom)));
            // Its new timeline starts with a full backup, whatever the night, and its history file was archived.
            const Result<std::optional<BackupSet>> after = startup.backUpIfDue();
            QVERIFY2(after.ok(), qPrintable(after.message));
            QVERIFY(after.value.has_value());
            QCOMPARE(after.value->type, QStringLiteral("full"));
            const QStringList histories = QDir(base() + QStringLiteral("/pgdata/pg_wal/archive_status"))
                                              .entryList({QStringLiteral("*.history.done")}, QDir::Files);
            QVERIFY2(!histories.isEmpty(), "the new timeline's history file was not archived");
        }
    }

    // A restore checked, then not wanted: the database in use says it was made and called off, nothing switches; and a
    // database older than restore records is told apart from a failure.
    void aRestoreCalledOffIsSaidSo()
    {
        DatabaseStartup startup(options());
        const Result<StartupState> started = startup.run();
        QVERIFY2(started.ok(), qPrintable(started.message));
        const FirstRunDetails details = FirstRunPeople::willowCourtAdministrator();
        QVERIFY(startup.setUpFirstOrganization(details).ok());
        const Result<std::optional<BackupSet>> taken = startup.backUpIfDue();
        QVERIFY2(taken.ok() && taken.value.has_value(), qPrintable(taken.message));
        const RestoreRequest request = administratorsRequest();
        const Result<ClusterRestore::Report> restored =
            startup.restoreEmbedded(std::nullopt, taken.value->label, request);
        QVERIFY2(restored.ok(), qPrintable(restored.message));
        RestoreRequest calledOff = request;
        calledOff.requestedAt = QDateTime(QDate(2026, 12, 6), QTime(9, 45), QTimeZone::utc());
        QVERIFY(startup.cancelRestoreSwitch(calledOff).ok());
        QVERIFY(!QFile::exists(base() + QStringLiteral("/switch-to-restored")));
        QVERIFY(!QFile::exists(base() + QStringLiteral("/switch-to-restored.request")));
        // The call-off names the restore by its folder.
        const QString made = QStringLiteral("|%1|%2|Office PC|{%3\"folder\":\"%4\",\"requested_at\":"
                                            "\"2026-12-06T09:%5:00Z\",\"requested_by\":\"Wendy Testadmin "
                                            "(administrator)\"}")
                                 .arg(details.organizationName, details.firstName);
        QCOMPARE(restoresRecorded(),
                 QStringList({QStringLiteral("database_restore_prepared") +
                                  made.arg(QStringLiteral("\"backup\":\"%1\",").arg(taken.value->label),
                                           restored.value.dataDirectory, QStringLiteral("30")),
                              QStringLiteral("database_restore_cancelled") +
                                  made.arg(QString(), restored.value.dataDirectory, QStringLiteral("45"))}));

        EmbeddedServer server(options());
        QVERIFY(server.start().ok());
        {
            const ScopedConnection owner(server.connectionSettings(), QStringLiteral("older"));
            const Result<bool> written =
                ClusterRestore::record(owner.session(), QStringLiteral("database_restored"), request);
            QVERIFY(written.ok() && written.value);
            QVERIFY(owner.session()
                        .exec(QStringLiteral("DROP FUNCTION public.wcn_record_restore(text, uuid, text, jsonb)"))
                        .ok());
            const Result<bool> older =
                ClusterRestore::record(owner.session(), QStringLiteral("database_restored"), request);
            QVERIFY2(older.ok(), qPrintable(older.message));
            QVERIFY(!older.value);
        }
        server.release();
    }

    void anotherFolderIsChosen()
    {
        DatabaseStartup startup(options());
        const Result<StartupState> started = startup.run();
        QVERIFY2(started.ok(), qPrintable(started.message));
        // Inside the database's own folders: refused, naming the folder.
        const Result<> inside = startup.moveBackups(base() + QStringLiteral("/pgdata/backups"), 4);
        QCOMPARE(inside.outcome, Outcome::Refused);
        QCOMPARE(inside.field, QStringLiteral("repository"));
        const Result<> parent = startup.moveBackups(m_dir->path(), 4);
        QCOMPARE(parent.outcome, Outcome::Refused);
        const Result<> relative = startup.moveBackups(QStringLiteral("backups"), 4);
        QCOMPARE(relative.outcome, Outcome::Refused);
        QCOMPARE(startup.moveBackups(QStringLiteral("/"), 4).outcome, Outcome::Refused);

        const QString elsewhere = m_dir->filePath(QStringLiteral("usb-disk/care-home-backups"));
        // Made by whoever looks after the computer, for the account the server runs as (postgres when root).
        QVERIFY(QDir().mkpath(elsewhere));
        const Result<ServerAccount> account = ServerAccount::forCurrentProcess();
        QVERIFY(account.ok() && account.value.takeOwnership(elsewhere));
        const Result<> moved = startup.moveBackups(elsewhere, 6);
        QVERIFY2(moved.ok(), qPrintable(moved.message));
        const Result<BackupStatus> status = startup.backupStatus();
        QVERIFY2(status.ok(), qPrintable(status.message));
        QCOMPARE(status.value.repository, elsewhere);
        QCOMPARE(status.value.retentionFull, 6);
        // A full backup is there at once.
        QVERIFY(status.value.newest.has_value());
        QCOMPARE(status.value.newest->type, QStringLiteral("full"));
        // The next start keeps the folder chosen.
        startup.shutDown();
        DatabaseStartup again(options());
        QVERIFY(again.run().ok());
        const Result<BackupStatus> kept = again.backupStatus();
        QVERIFY2(kept.ok(), qPrintable(kept.message));
        QCOMPARE(kept.value.repository, elsewhere);
        QCOMPARE(kept.value.retentionFull, 6);
        // The chosen disk is not there at the next start: nothing is made in its place, and the home page says so.
        again.shutDown();
        const QString unplugged = m_dir->filePath(QStringLiteral("usb-disk-unplugged"));
        QVERIFY(QDir().rename(QFileInfo(elsewhere).absolutePath(), unplugged));
        DatabaseStartup third(options());
        QVERIFY(third.run().ok());
        QVERIFY(!QFileInfo::exists(elsewhere));
        const Result<BackupStatus> missing = third.backupStatus();
        QVERIFY2(missing.ok(), qPrintable(missing.message));
        QCOMPARE(missing.value.problem,
                 QStringLiteral("The backup folder %1 is not there (is its disk connected, or its network share "
                                "reachable?): nothing is backed up until it is.")
                     .arg(elsewhere));
        const Result<std::optional<BackupSet>> none = third.backUpIfDue();
        QVERIFY(!none.ok() || !none.value.has_value());
        QVERIFY(!QFileInfo::exists(elsewhere));
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedBackups)
#include "TestEmbeddedBackups.moc"
