#include "backup/ClusterRestore.h"

#include "database/AuditChain.h"
#include "database/ConnectionSettings.h"
#include "database/Migrator.h"
#include "database/PgSession.h"
#include "database/ScopedConnection.h"
#include "server/PostgresBinaries.h"
#include "server/PostgresCluster.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>

#include <cstdlib>

namespace {

// A private socket folder: /tmp keeps the socket's path short (at most 107 bytes).
QString makeSocketDirectory(const ServerAccount &account)
{
    QByteArray path = "/tmp/wcn-restore-XXXXXX";
    if (!::mkdtemp(path.data()))
        return {};
    const QString directory = QString::fromLocal8Bit(path);
    if (!account.takeOwnership(directory)) {
        QDir().rmdir(directory);
        return {};
    }
    return directory;
}

// PostgreSQL refuses to replay write-ahead log with fewer connections, workers, senders, prepared transactions or
// locks than the server that wrote it had: the control file says how many that was.
QByteArray recoverySettings(const PostgresBinaries &binaries, const QString &dataDirectory,
                            const ServerAccount &account)
{
    QString program = binaries.program(QStringLiteral("pg_controldata"));
    QStringList arguments = {QStringLiteral("-D"), dataDirectory};
    account.wrapCommand(program, arguments);
    QProcess process;
    process.setWorkingDirectory(QStringLiteral("/"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.waitForFinished(60000);
    const QString control = QString::fromUtf8(process.readAllStandardOutput());
    QByteArray text = "# Written by Write Care Notes to check a restore.\n";
    const QList<std::pair<const char *, const char *>> settings = {
        {"max_connections setting:", "max_connections"},
        {"max_worker_processes setting:", "max_worker_processes"},
        {"max_wal_senders setting:", "max_wal_senders"},
        {"max_prepared_xacts setting:", "max_prepared_transactions"},
        {"max_locks_per_xact setting:", "max_locks_per_transaction"},
    };
    for (const QString &line : control.split(QLatin1Char('\n'))) {
        for (const auto &[label, name] : settings) {
            if (line.startsWith(QLatin1String(label))) {
                const int value = line.mid(int(qstrlen(label))).trimmed().toInt();
                if (value > 0)
                    text += QByteArray(name) + " = " + QByteArray::number(value) + "\n";
            }
        }
    }
    return text;
}

bool writeIfMissing(const QString &path, const QByteArray &text, const ServerAccount &account)
{
    if (ServerAccount::occupied(path))
        return false;
    account.writeFile(path, text);
    return true;
}

} // namespace

ClusterRestore::ClusterRestore(PgBackRest backRest, ServerAccount account, QString password)
    : m_backRest(std::move(backRest)), m_account(std::move(account)), m_password(std::move(password))
{}

Result<ClusterRestore::Report> ClusterRestore::restore(const QString &into, const std::optional<RestoreTime> &to,
                                                       const QString &label) const
{
    const Result<> restored = m_backRest.restore(into, to, label);
    if (!restored.ok())
        return Result<Report>::failedAs(restored);
    std::optional<RestoreRequest> record = m_record;
    if (record) {
        record->to = to;
        record->backup = label;
        record->folder = into;
    }
    return check(into, record);
}

Result<bool> ClusterRestore::record(const PgSession &session, const QString &event, const RestoreRequest &request)
{
    // Asked first: a call in the same statement fails on a database without the function whatever its WHERE says.
    const PgResult present = session.exec(QStringLiteral(
        "SELECT to_regprocedure('public.wcn_record_restore(text,uuid,text,jsonb)') IS NOT NULL AS present"));
    if (!present.ok())
        return Result<bool>::failed(present.error().message);
    if (present.text(0, "present") != QLatin1String("t"))
        return Result<bool>::done(false);
    const PgResult written =
        session.exec(QStringLiteral("SELECT public.wcn_record_restore($1, NULLIF($2, '')::uuid, $3, $4::jsonb)"),
                     {event, request.userId, request.station,
                      QString::fromUtf8(QJsonDocument(request.details()).toJson(QJsonDocument::Compact))});
    if (!written.ok())
        return Result<bool>::failed(
            tr("The restore could not be written into the audit log: %1").arg(written.error().message));
    return Result<bool>::done(true);
}

Result<ClusterRestore::Report> ClusterRestore::check(const QString &dataDirectory) const
{
    return check(dataDirectory, std::nullopt);
}

Result<ClusterRestore::Report> ClusterRestore::check(const QString &dataDirectory,
                                                     const std::optional<RestoreRequest> &record) const
{
    Report report;
    report.dataDirectory = dataDirectory;
    const Result<PostgresBinaries> binaries =
        PostgresBinaries::locate(m_binDirectory, PostgresCluster::majorVersionOf(dataDirectory));
    if (!binaries.ok())
        return Result<Report>::failedAs(binaries);

    // A Debian cluster keeps these in /etc/postgresql, outside what was backed up.
    const QString socketDirectory = makeSocketDirectory(m_account);
    if (socketDirectory.isEmpty())
        return Result<Report>::failed(tr("A private folder for the restored server's socket could not be made."));
    const QString user = m_backRest.configuration().user;
    report.configurationAdded |= writeIfMissing(QDir(dataDirectory).filePath(QStringLiteral("postgresql.conf")),
                                                recoverySettings(binaries.value, dataDirectory, m_account), m_account);
    report.configurationAdded |= writeIfMissing(QDir(dataDirectory).filePath(QStringLiteral("pg_hba.conf")),
                                                (m_password.isEmpty() ? QStringLiteral("local all all peer\n")
                                                                      : QStringLiteral("local all all scram-sha-256\n"))
                                                    .toUtf8(),
                                                m_account);
    writeIfMissing(QDir(dataDirectory).filePath(QStringLiteral("pg_ident.conf")), QByteArray(), m_account);

    PostgresCluster server(dataDirectory, binaries.value, m_account);
    const int port = m_backRest.configuration().port > 0 ? m_backRest.configuration().port : 5432;
    if (const Result<> started = server.start(socketDirectory, port); !started.ok()) {
        if (server.postmaster())
            (void)server.stop();
        QDir(socketDirectory).removeRecursively();
        return Result<Report>::failed(
            tr("The restored database in %1 did not start: %2").arg(dataDirectory, started.message));
    }

    const ConnectionSettings settings =
        ConnectionSettings::forSocket(socketDirectory, port, m_backRest.configuration().database, user, m_password);
    // Replaying the archive up to the moment asked can take long; the server is then promoted and accepts writes.
    QDeadlineTimer deadline(std::chrono::hours(6));
    QString waiting;
    bool recovered = false;
    while (!recovered && !deadline.hasExpired()) {
        if (!server.postmaster()) {
            waiting = tr("the server stopped while it recovered (its log is in %1)").arg(server.logDirectory());
            break;
        }
        {
            const ScopedConnection connection(settings, QStringLiteral("restore-check"));
            if (connection.isOpen()) {
                const PgResult state =
                    connection.session().exec(QStringLiteral("SELECT pg_is_in_recovery() AS recovering"));
                recovered = state.ok() && !state.flag(0, "recovering");
                waiting = state.ok() ? tr("it was still recovering") : state.error().message;
            } else {
                waiting = connection.status().message;
                // Only a server still starting up is worth waiting for; a refused password never gets better.
                if (waiting.contains(QLatin1String("authentication"), Qt::CaseInsensitive) ||
                    waiting.contains(QLatin1String("password"), Qt::CaseInsensitive))
                    break;
            }
        }
        if (!recovered)
            QThread::msleep(250);
    }
    if (recovered) {
        const ScopedConnection connection(settings, QStringLiteral("restore-check"));
        const QSqlDatabase db = connection.database();
        const Result<SchemaStatus> schema = Migrator().status(db);
        report.schemaVersion = schema.value.currentVersion;
        if (!schema.ok())
            report.problems << schema.message;
        const PgResult notes = connection.session().exec(
            QStringLiteral("SELECT count(*) AS notes, floor(extract(epoch FROM max(created_at)) * 1000)::bigint "
                           "AS newest FROM public.daily_records"));
        if (notes.ok()) {
            report.notes = notes.text(0, "notes").toLongLong();
            report.newestNote = notes.instant(0, "newest");
        } else {
            report.problems << notes.error().message;
        }
        const Result<QList<AuditChain::Verification>> chains = AuditChain::verifyAll(db);
        if (!chains.ok())
            report.problems << chains.message;
        for (const AuditChain::Verification &chain : chains.value) {
            ++report.chains;
            for (const AuditChain::Finding &finding : chain.findings)
                report.problems << AuditChain::describe(finding);
            for (const AuditChain::RowFinding &finding : chain.rowFindings)
                report.problems << AuditChain::describe(finding);
        }
        if (record && report.checked()) {
            const Result<bool> recorded =
                ClusterRestore::record(connection.session(), QStringLiteral("database_restored"), *record);
            if (!recorded.ok())
                report.problems << recorded.message;
            report.recorded = recorded.ok() && recorded.value;
        }
    }
    const Result<> stopped = server.stop();
    QDir(socketDirectory).removeRecursively();
    if (!recovered)
        return Result<Report>::failed(
            tr("The restored database in %1 did not finish recovering: %2.").arg(dataDirectory, waiting));
    if (!stopped.ok())
        report.problems << stopped.message;
    return Result<Report>::done(report);
}
