// The Health page's reading (issue 19, point 5) against the real server. The administrator of the only organization
// on a database reads its size, schema version, every table and partition, the connections and the oldest open
// transaction, each as a superuser reads it; what the functions answer is counts, names and times, never a
// statement's text; a carer, a station nobody signed in to, and any administrator on a server that holds two
// organizations are refused. The page itself judges only what it has read.

#include "SignedInConnection.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "common/Clock.h"
#include "common/DateText.h"
#include "database/DatabaseRoles.h"
#include "database/Migrator.h"
#include "database/PgSession.h"
#include "database/ScopedConnection.h"
#include "health/HealthPage.h"
#include "health/HealthStore.h"
#include "organization/NewUser.h"
#include "organization/OrganizationSetup.h"
#include "session/SessionInfo.h"
#include "session/Workspace.h"

#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {

const char marker[] = "statement-text-nobody-may-read";

} // namespace

class TestHealthStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_single; // Willow Court Care Ltd alone
    ConnectionSettings m_station;
    std::unique_ptr<TestDatabase> m_shared; // the two organizations of TenantFixture
    TenantFixture m_fixture;

    QString addUser(const QString &organization, const QString &facility, const char *email, const char *role)
    {
        NewUser user;
        user.organizationId = organization;
        user.email = QString::fromLatin1(email);
        user.firstName = QStringLiteral("Ada");
        user.lastName = QStringLiteral("Testperson");
        user.role = QString::fromLatin1(role);
        user.facilityIds = {facility};
        const Result<QString> made = OrganizationSetup::createUser(m_single->session(), user,
                                                                   QString::fromLatin1(TenantFixture::password), false);
        return made.ok() ? QString() : made.message;
    }

    static Result<ServerHealth> readAs(const ConnectionSettings &station, const char *email)
    {
        const SignedInConnection signedIn(station, QString::fromLatin1(email),
                                          QString::fromLatin1(TenantFixture::password));
        if (!signedIn.isValid())
            return Result<ServerHealth>::failed(QStringLiteral("not signed in: ") + signedIn.errorMessage());
        return HealthStore::read(signedIn.database());
    }

private slots:
    void initTestCase()
    {
        m_single = std::make_unique<TestDatabase>();
        QVERIFY2(m_single->isValid(), qPrintable(m_single->errorString()));
        const PgSession owner = m_single->session();
        const Result<QString> organization = OrganizationSetup::createOrganization(owner, QStringLiteral("Willow "
                                                                                                         "Court Care "
                                                                                                         "Ltd"));
        QVERIFY2(organization.ok(), qPrintable(organization.message));
        const Result<QString> facility =
            OrganizationSetup::createFacility(owner, organization.value, QStringLiteral("Willow Court"));
        QVERIFY2(facility.ok(), qPrintable(facility.message));
        QCOMPARE(addUser(organization.value, facility.value, "ada.admin@willowcourt.example", "admin"), QString());
        QCOMPARE(addUser(organization.value, facility.value, "ada.carer@willowcourt.example", "carer"), QString());
        const QString login = QStringLiteral("station_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        const QString password = QUuid::createUuid().toString(QUuid::Id128);
        const Result<> station = DatabaseRoles::createStationLogin(owner, login, password);
        QVERIFY2(station.ok(), qPrintable(station.message));
        m_station = m_single->settings();
        m_station.setValue(QStringLiteral("user"), login);
        m_station.setValue(QStringLiteral("password"), password);

        m_shared = std::make_unique<TestDatabase>();
        QVERIFY2(m_shared->isValid(), qPrintable(m_shared->errorString()));
        QCOMPARE(m_fixture.create(*m_shared), QString());
    }
    void cleanupTestCase()
    {
        m_single.reset();
        m_shared.reset();
    }

    void theAdministratorOfTheOnlyOrganizationReadsWhatASuperuserReads()
    {
        // Someone else's transaction, left open after a statement whose text must not come out.
        const ScopedConnection other(m_single->settings(), QStringLiteral("health-open-transaction"));
        QVERIFY(other.isOpen());
        const PgSession otherSession(other.database());
        QVERIFY(otherSession.exec(QStringLiteral("BEGIN")).ok());
        const PgResult began = otherSession.exec(
            QStringLiteral("SELECT floor(extract(epoch FROM now()) * 1000)::bigint AS began, current_user AS login, "
                           "$1::text AS marker"),
            {QString::fromLatin1(marker)});
        QVERIFY2(began.ok(), qPrintable(began.error().message));

        const SignedInConnection admin(m_station, QStringLiteral("ada.admin@willowcourt.example"),
                                       QString::fromLatin1(TenantFixture::password));
        QVERIFY2(admin.isValid(), qPrintable(admin.errorMessage()));
        const qint64 sizeBefore =
            m_single->text(QStringLiteral("SELECT pg_database_size(current_database())")).toLongLong();
        const Result<ServerHealth> read = HealthStore::read(admin.database());
        const qint64 sizeAfter =
            m_single->text(QStringLiteral("SELECT pg_database_size(current_database())")).toLongLong();
        QVERIFY2(read.ok(), qPrintable(read.message));
        const ServerHealth &health = read.value;

        QCOMPARE(health.schemaVersion, Migrator().latestVersion());
        QCOMPARE(health.latestKnown, Migrator().latestVersion());
        QVERIFY2(health.databaseBytes >= sizeBefore && health.databaseBytes <= sizeAfter,
                 qPrintable(QString::number(health.databaseBytes)));
        QVERIFY(!health.inRecovery);
        QVERIFY(health.allSessionsVisible);
        QVERIFY(health.backupsOutOfSight);
        QCOMPARE(health.oldestTransactionLogin, began.text(0, "login"));
        QCOMPARE(health.oldestTransactionStart, began.instant(0, "began"));
        QVERIFY(health.archiver.has_value());
        QCOMPARE(health.archiver->archiving,
                 m_single->text(QStringLiteral("SHOW archive_mode")) != QLatin1String("off"));

        // Every table and partition of the schema, as performance_metrics names them, each with its size.
        QStringList names;
        for (const TableMetrics &table : health.tables)
            names << table.table;
        QCOMPARE(names.join(QLatin1Char(',')),
                 m_single->text(QStringLiteral("SELECT string_agg(relname::text, ',' ORDER BY relname) FROM "
                                               "performance_metrics WHERE schemaname = 'public'")));
        const QDate today = QDate::fromString(m_single->text(QStringLiteral("SELECT current_date::text")), Qt::ISODate);
        const QString thisMonth =
            QStringLiteral("daily_records_y%1m%2").arg(today.year()).arg(today.month(), 2, 10, QLatin1Char('0'));
        QVERIFY2(names.contains(thisMonth), qPrintable(names.join(QLatin1Char(','))));
        for (const TableMetrics &table : health.tables) {
            if (table.table == QLatin1String("residents"))
                QCOMPARE(
                    table.bytes,
                    m_single->text(QStringLiteral("SELECT pg_total_relation_size('public.residents')")).toLongLong());
        }
        QCOMPARE(health.partitionsUpTo,
                 QDate::fromString(m_single->text(QStringLiteral(
                                       "SELECT max(to_date(substr(c.relname, 15), '\"y\"YYYY\"m\"MM'))::text FROM "
                                       "pg_inherits AS i JOIN pg_class AS c ON c.oid = i.inhrelid WHERE i.inhparent = "
                                       "'public.daily_records'::regclass AND c.relname ~ '^daily_records_y'")),
                                   Qt::ISODate));
        QCOMPARE(health.notesWaitingForPartition, qint64(0));

        // The connections: the station's and the superuser's, by login, as pg_stat_activity counts them.
        QStringList connections;
        for (const ConnectionCount &connection : health.connections)
            connections << QStringLiteral("%1:%2").arg(connection.login).arg(connection.sessions);
        QCOMPARE(connections.join(QLatin1Char(',')),
                 m_single->text(QStringLiteral(
                     "SELECT string_agg(l, ',' ORDER BY n DESC, l) FROM (SELECT usename || ':' || count(*) AS l, "
                     "count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND backend_type = "
                     "'client backend' GROUP BY usename, application_name, client_addr) AS s")));
        QVERIFY(
            connections.join(QLatin1Char(',')).contains(m_station.value(QStringLiteral("user")) + QLatin1Char(':')));

        // What the functions answer, cell by cell: the statement's text nowhere, and no column that could hold it.
        const PgSession adminSession(admin.database());
        const QStringList functions{QStringLiteral("app_server_health"), QStringLiteral("app_table_health"),
                                    QStringLiteral("app_connection_health"), QStringLiteral("app_standby_health")};
        for (const QString &function : functions) {
            const PgResult rows = adminSession.exec(QStringLiteral("SELECT * FROM public.%1()").arg(function));
            QVERIFY2(rows.ok(), qPrintable(function + QLatin1Char(' ') + rows.error().message));
            const PgResult columns = adminSession.exec(
                QStringLiteral("SELECT array_to_string(proargnames[pronargs + 1:], ',') AS names FROM pg_proc WHERE "
                               "oid = $1::regprocedure"),
                {QStringLiteral("public.%1()").arg(function)});
            QVERIFY2(!columns.text(0, "names").contains(QLatin1String("query")), qPrintable(columns.text(0, "names")));
            for (int row = 0; row < rows.rowCount(); ++row) {
                for (const QString &column : columns.text(0, "names").split(QLatin1Char(',')))
                    QVERIFY2(!rows.text(row, column).contains(QLatin1String(marker)), qPrintable(function));
            }
        }
        QCOMPARE(adminSession
                     .exec(QStringLiteral("SELECT array_to_string(proargnames, ',') AS names FROM pg_proc WHERE oid = "
                                          "'public.app_server_health()'::regprocedure"))
                     .text(0, "names"),
                 QStringLiteral("schema_version,database_bytes,in_recovery,all_sessions_visible,oldest_transaction_ms,"
                                "oldest_transaction_login,archive_mode,archived_count,last_archived_wal,"
                                "last_archived_ms,failed_count,last_failed_wal,last_failed_ms,partitions_up_to,"
                                "notes_waiting"));
        QVERIFY(otherSession.exec(QStringLiteral("ROLLBACK")).ok());
    }

    // The page as the embedded database's administrator meets it: nothing said to be fine before the backups are
    // read; the time it says it read is the read's, not the backups'; and a long list of what needs attention is cut
    // short so that the lists stay on a station's screen.
    void thePageJudgesOnlyWhatWasRead()
    {
        const SignedInConnection admin(m_station, QStringLiteral("ada.admin@willowcourt.example"),
                                       QString::fromLatin1(TenantFixture::password));
        QVERIFY2(admin.isValid(), qPrintable(admin.errorMessage()));
        const auto workspace = std::make_shared<const Workspace>(admin.name(), SessionInfo(), nullptr);
        const auto unfreeze = qScopeGuard([] { Clock::reset(); });
        Clock::freezeAt(QDateTime(QDate(2026, 12, 6), QTime(3, 10), Qt::UTC));
        HealthPage page(workspace, true);
        page.refresh(); // without a reader, read at once
        auto *attention = page.findChild<QLabel *>(QStringLiteral("healthAttentionLabel"));
        auto *readAt = page.findChild<QLabel *>(QStringLiteral("healthReadAtLabel"));
        auto *facts = page.findChild<QLabel *>(QStringLiteral("healthFactsLabel"));
        QCOMPARE(attention->text(), QStringLiteral("Reading the backups…"));
        QVERIFY2(facts->text().contains(QStringLiteral("Backups:</td><td>being read…")), qPrintable(facts->text()));
        const QString whenRead = readAt->text();
        QCOMPARE(whenRead, QStringLiteral("Read at %1").arg(DateText::moment(Clock::now())));

        Clock::freezeAt(QDateTime(QDate(2026, 12, 6), QTime(4, 40), Qt::UTC));
        page.setBackups(QStringLiteral("Last backup: last night."), {});
        QCOMPARE(attention->text(), QStringLiteral("<b style=\"color:#006400\">Nothing needs attention.</b>"));
        QVERIFY2(facts->text().contains(QStringLiteral("Backups:</td><td>Last backup: last night.")),
                 qPrintable(facts->text()));
        QCOMPARE(readAt->text(), whenRead);
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("refreshHealthPushButton"))->isEnabled());

        QStringList warnings;
        for (int i = 1; i <= 8; ++i)
            warnings << QStringLiteral("Warning %1").arg(i);
        page.setBackups(QString(), warnings);
        QVERIFY2(
            attention->text().contains(QStringLiteral("Warning 6")) &&
                !attention->text().contains(QStringLiteral("Warning 7")) &&
                attention->text().endsWith(QStringLiteral("…and 2 more: see the tables and partitions below.</b>")),
            qPrintable(attention->text()));
        QVERIFY2(facts->text().contains(QStringLiteral("Backups:</td><td>not known: see what needs attention above")),
                 qPrintable(facts->text()));
    }

    void nobodyElseReadsIt()
    {
        const QString refused = QStringLiteral(
            "The server's health is shown only to an administrator, and only on a server that holds no other "
            "organization: ask whoever runs the server (writecarenotes-admin status).");
        // A carer of the same home.
        Result<ServerHealth> read = readAs(m_station, "ada.carer@willowcourt.example");
        QVERIFY(!read.ok());
        QCOMPARE(read.message, refused);
        // The station's login with nobody signed in, calling the functions itself.
        const ScopedConnection station(m_station, QStringLiteral("health-unsigned"));
        QVERIFY(station.isOpen());
        for (const char *function :
             {"app_server_health", "app_table_health", "app_connection_health", "app_standby_health"}) {
            const PgResult rows = PgSession(station.database())
                                      .exec(QStringLiteral("SELECT * FROM public.%1()").arg(QLatin1String(function)));
            QVERIFY(!rows.ok());
            QCOMPARE(rows.error().sqlState, QStringLiteral("42501"));
        }
        // The owner's check itself is no station's to call.
        QCOMPARE(PgSession(station.database())
                     .exec(QStringLiteral("SELECT public.wcn_require_server_health()"))
                     .error()
                     .sqlState,
                 QStringLiteral("42501"));
        // On a server holding two organizations, not even an administrator of one of them.
        read = readAs(m_fixture.stationSettings(*m_shared), m_fixture.email("adminA").toLatin1().constData());
        QVERIFY(!read.ok());
        QCOMPARE(read.message, refused);
    }
};

QTEST_MAIN(TestHealthStore)
#include "TestHealthStore.moc"
