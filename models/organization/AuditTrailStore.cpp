#include "organization/AuditTrailStore.h"

#include "common/AuditWords.h"
#include "common/CsvText.h"
#include "common/RoleName.h"
#include "database/AuditChain.h"
#include "database/DatabaseFailure.h"
#include "database/MappedRows.h"
#include "database/PgSession.h"
#include "database/ReadLater.h"

#include <QJsonArray>
#include <QJsonDocument>

Result<KeysetPage<AuditTrailRow>> AuditTrailStore::page(const QSqlDatabase &db, const AuditTrailFilter &filter,
                                                        const std::optional<AuditTrailRow> &after, int limit)
{
    // The period in local time: from the first day's midnight to the midnight after the last day.
    QVariantList params{limit + 1, QDateTime(filter.from, QTime(0, 0)).toMSecsSinceEpoch(),
                        QDateTime(filter.to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch()};
    QString conditions;
    const auto add = [&](const QString &condition, const QVariant &value) {
        params.append(value);
        conditions += QStringLiteral(" AND ") + condition.arg(params.size());
    };
    if (!filter.userId.isEmpty())
        add(QStringLiteral("a.user_id = $%1::uuid"), filter.userId);
    if (!filter.residentId.isEmpty())
        add(QStringLiteral("a.subject_id = $%1::uuid"), filter.residentId);
    if (!filter.table.isEmpty())
        add(QStringLiteral("(a.details ->> 'table') = $%1"), filter.table);
    if (!filter.events.isEmpty())
        add(QStringLiteral("a.event = ANY (string_to_array($%1, ','))"), filter.events.join(QLatin1Char(',')));
    if (after) {
        // To the microsecond, as the log keeps it: a key rounded to the millisecond would skip the entries of the
        // same millisecond that sort after the last one shown.
        params.append(after->atMicroseconds);
        params.append(after->id);
        conditions += QStringLiteral(" AND (floor(extract(epoch FROM a.occurred_at) * 1000000)::bigint, a.id) "
                                     "< ($%1::bigint, $%2::bigint)")
                          .arg(params.size() - 1)
                          .arg(params.size());
    }
    const SqlStatement statement{
        QStringLiteral(
            "SELECT a.id, floor(extract(epoch FROM a.occurred_at) * 1000000)::bigint AS at_us, a.event, a.station, "
            "coalesce(u.first_name || ' ' || u.last_name, '') AS who, coalesce(u.role, '') AS role, "
            "coalesce(r.first_name || ' ' || r.last_name, s.first_name || ' ' || s.last_name, '') AS about, "
            "a.details::text AS details FROM public.audit_log AS a "
            "LEFT JOIN public.users AS u ON u.organization_id = a.organization_id AND u.id = a.user_id "
            "LEFT JOIN public.residents AS r ON r.organization_id = a.organization_id AND r.id = a.subject_id "
            "LEFT JOIN public.users AS s ON s.organization_id = a.organization_id AND s.id = a.subject_id "
            "WHERE a.organization_id = (SELECT public.app_organization_id()) "
            "AND a.occurred_at >= to_timestamp($2::bigint / 1000.0) "
            "AND a.occurred_at < to_timestamp($3::bigint / 1000.0)%1 "
            "ORDER BY a.occurred_at DESC, a.id DESC LIMIT $1")
            .arg(conditions),
        params};
    const Result<QList<AuditTrailRow>> rows =
        mappedRows<AuditTrailRow>(PgSession(db).exec(statement.text, statement.params), [](const PgResult &r, int i) {
            AuditTrailRow row;
            row.id = r.text(i, "id").toLongLong();
            row.atMicroseconds = r.text(i, "at_us").toLongLong();
            row.at = QDateTime::fromMSecsSinceEpoch(row.atMicroseconds / 1000, Qt::UTC);
            row.event = r.text(i, "event");
            row.who = r.text(i, "who");
            row.role = r.text(i, "role");
            row.station = r.text(i, "station");
            row.about = r.text(i, "about");
            row.details = QJsonDocument::fromJson(r.text(i, "details").toUtf8()).object();
            return row;
        });
    if (!rows.ok())
        return Result<KeysetPage<AuditTrailRow>>::failedAs(rows);
    return Result<KeysetPage<AuditTrailRow>>::done(
        KeysetPage<AuditTrailRow>::ofOneMore(rows.value, limit, {statement}));
}

Result<QList<AuditTrailRow>> AuditTrailStore::all(const QSqlDatabase &db, const AuditTrailFilter &filter)
{
    QList<AuditTrailRow> rows;
    std::optional<AuditTrailRow> after;
    for (;;) {
        const Result<KeysetPage<AuditTrailRow>> read = page(db, filter, after, 1000);
        if (!read.ok())
            return Result<QList<AuditTrailRow>>::failedAs(read);
        rows.append(read.value.rows);
        if (read.value.atEnd || read.value.rows.isEmpty())
            return Result<QList<AuditTrailRow>>::done(rows);
        after = read.value.rows.constLast();
    }
}

Result<AuditTrailStore::Choices> AuditTrailStore::choices(const QSqlDatabase &db)
{
    const PgSession session(db);
    const auto read = [](const PgResult &r, int i) {
        return AuditTrailChoice{r.text(i, "id"), r.text(i, "name")};
    };
    const Result<QList<AuditTrailChoice>> users = mappedRows<AuditTrailChoice>(
        session.exec(QStringLiteral("SELECT id::text AS id, first_name || ' ' || last_name AS name FROM public.users "
                                    "WHERE organization_id = (SELECT public.app_organization_id()) "
                                    "ORDER BY last_name, first_name, id")),
        read);
    if (!users.ok())
        return Result<Choices>::failedAs(users);
    // Only the residents the reader may see (row-level security): none for an administrator of users alone.
    const Result<QList<AuditTrailChoice>> residents = mappedRows<AuditTrailChoice>(
        session.exec(
            QStringLiteral("SELECT id::text AS id, first_name || ' ' || last_name AS name "
                           "FROM public.residents WHERE organization_id = (SELECT public.app_organization_id()) "
                           "ORDER BY last_name, first_name, id")),
        read);
    if (!residents.ok())
        return Result<Choices>::failedAs(residents);
    return Result<Choices>::done({users.value, residents.value});
}

void AuditTrailStore::allLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                               const AuditTrailFilter &filter,
                               std::function<void(const Result<QList<AuditTrailRow>> &)> done)
{
    readLater<Result<QList<AuditTrailRow>>>(
        reader, connectionName, context, [filter](const QSqlDatabase &db) { return all(db, filter); }, std::move(done));
}

void AuditTrailStore::choicesLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                                   std::function<void(const Result<Choices> &)> done)
{
    readLater<Result<Choices>>(reader, connectionName, context, &AuditTrailStore::choices, std::move(done));
}

Result<AuditTrailVerification> AuditTrailStore::verify(const QSqlDatabase &db)
{
    const Result<AuditChain::Verification> verified = AuditChain::verifyOwn(db);
    if (!verified.ok())
        return Result<AuditTrailVerification>::failedAs(verified);
    AuditTrailVerification verification;
    for (const AuditChain::Finding &finding : verified.value.findings)
        verification.problems.append(AuditChain::describe(finding));
    for (const AuditChain::RowFinding &finding : verified.value.rowFindings)
        verification.problems.append(AuditChain::describe(finding));
    verification.headPosition = verified.value.headPosition;
    verification.headHash = QString::fromLatin1(verified.value.headHash);
    return Result<AuditTrailVerification>::done(verification);
}

void AuditTrailStore::verifyLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                                  std::function<void(const Result<AuditTrailVerification> &)> done)
{
    readLater<Result<AuditTrailVerification>>(reader, connectionName, context, &AuditTrailStore::verify,
                                              std::move(done));
}

QList<AuditTrailStore::EventGroup> AuditTrailStore::eventGroups()
{
    return {
        {tr("Sign-ins, sign-outs and passwords"),
         {QStringLiteral("sign_in"), QStringLiteral("sign_in_failed"), QStringLiteral("sign_in_refused_locked"),
          QStringLiteral("account_locked"), QStringLiteral("sign_out"), QStringLiteral("password_changed"),
          QStringLiteral("password_set")}},
        {tr("Records opened and medical notes read"),
         {QStringLiteral("resident_opened"), QStringLiteral("medical_notes_read"),
          QStringLiteral("medical_details_read"), QStringLiteral("record_access_read")}},
        {tr("Records added"), {QStringLiteral("row_inserted")}},
        {tr("Records changed"), {QStringLiteral("row_updated")}},
        {tr("Records removed"), {QStringLiteral("row_deleted")}},
        {tr("Users, their homes and rights"),
         {QStringLiteral("user_changed"), QStringLiteral("user_confirmed"), QStringLiteral("user_facility_added"),
          QStringLiteral("user_facility_removed")}},
        {tr("Keys and settings"),
         {QStringLiteral("keys_rotated"), QStringLiteral("organization_settings_changed"),
          QStringLiteral("shift_pattern_changed")}},
        {tr("Records exported, held and restored"),
         {QStringLiteral("subject_access_exported"), QStringLiteral("legal_hold_set"),
          QStringLiteral("legal_hold_released"), QStringLiteral("resident_archived"),
          QStringLiteral("database_restore_prepared"), QStringLiteral("database_restore_cancelled"),
          QStringLiteral("database_restored")}},
    };
}

QList<AuditTrailChoice> AuditTrailStore::tables()
{
    QList<AuditTrailChoice> tables;
    for (const QString &table : AuditChain::auditedTables())
        tables.append({table, AuditWords::tableName(table)});
    return tables;
}

QString AuditTrailStore::csv(const QList<AuditTrailRow> &rows)
{
    QString out =
        CsvText::line({tr("When"), tr("Who"), tr("Role"), tr("Station"), tr("What"), tr("About"), tr("Details")});
    for (const AuditTrailRow &row : rows) {
        const QDateTime local = row.at.toLocalTime();
        out += CsvText::line({local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate),
                              row.who.isEmpty() ? tr("Nobody signed in") : row.who, RoleName::of(row.role), row.station,
                              AuditWords::eventName(row.event), row.about,
                              QString::fromUtf8(QJsonDocument(row.details).toJson(QJsonDocument::Compact))});
    }
    return out;
}
