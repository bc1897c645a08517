#include "database/AuditChain.h"

#include "database/DatabaseFailure.h"
#include "database/PgSession.h"
#include "database/ScopedConnection.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>

#include <algorithm>

namespace {

// The rows of wcn_verify_audit_chain / app_verify_audit_log into a verification (the last row is the head).
AuditChain::Verification verificationOf(const PgResult &rows)
{
    AuditChain::Verification verification;
    for (int row = 0; row < rows.rowCount(); ++row) {
        if (rows.text(row, "problem") == QLatin1String("head")) {
            verification.headPosition = rows.text(row, "chain_position").toLongLong();
            verification.headHash = rows.text(row, "head_hash").toLatin1();
            continue;
        }
        verification.findings.append({rows.text(row, "chain_position").toLongLong(),
                                      rows.text(row, "entry_id").toLongLong(), rows.text(row, "problem")});
    }
    return verification;
}

// A row's key ({"id": "..."}) as people read it: "id ...".
QString keyText(const QString &json)
{
    const QJsonObject key = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList parts;
    for (auto it = key.constBegin(); it != key.constEnd(); ++it)
        parts.append(it.key() + QLatin1Char(' ') + it.value().toVariant().toString());
    return parts.join(QStringLiteral(", "));
}

AuditChain::RowFinding rowFindingOf(const PgResult &rows, int row)
{
    return {rows.text(row, "table_name"), keyText(rows.text(row, "row_key")), rows.text(row, "problem")};
}

} // namespace

Result<qint64> AuditChain::seal(const QSqlDatabase &db)
{
    const PgResult sealed = PgSession(db).exec(QStringLiteral("SELECT public.wcn_seal_audit_log() AS sealed"));
    if (!sealed.ok())
        return databaseFailure<qint64>(sealed.error());
    return Result<qint64>::done(sealed.text(0, "sealed").toLongLong());
}

Result<qint64> AuditChain::sealOnce(const ConnectionSettings &settings)
{
    const ScopedConnection connection(settings, QStringLiteral("audit-seal"));
    if (!connection.isOpen())
        return Result<qint64>::failedAs(connection.status());
    return seal(connection.database());
}

Result<QList<AuditChain::Verification>> AuditChain::verifyAll(const QSqlDatabase &db, const QList<Head> &kept)
{
    // Recomputed here, from the rows as stored, not by the database's own verifier: whoever can change rows behind
    // the append-only rule (a superuser) could change that function too. Only built-in functions and casts are used,
    // and nothing else is searched for them: an operator the owner made in public (= on varchar, which pg_catalog
    // lacks) would otherwise be chosen, and run with the rights of whoever verifies.
    const PgSession session(db);
    const QString searchPath =
        session.exec(QStringLiteral("SELECT pg_catalog.current_setting('search_path') AS path")).text(0, "path");
    const PgResult pinned =
        session.exec(QStringLiteral("SELECT pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', false)"));
    if (!pinned.ok())
        return databaseFailure<QList<Verification>>(pinned.error());
    const auto restore = qScopeGuard([&session, &searchPath] {
        session.exec(QStringLiteral("SELECT pg_catalog.set_config('search_path', $1, false)"), {searchPath});
    });
    const PgResult chains = session.exec(
        QStringLiteral("SELECT c.chain::text AS chain, coalesce(o.name, '') AS name FROM (SELECT DISTINCT "
                       "coalesce(a.organization_id, '00000000-0000-0000-0000-000000000000'::uuid) AS chain "
                       "FROM public.audit_log AS a WHERE a.chain_position IS NOT NULL) AS c "
                       "LEFT JOIN public.organizations AS o ON o.id = c.chain ORDER BY o.name NULLS FIRST, c.chain"));
    if (!chains.ok())
        return databaseFailure<QList<Verification>>(chains.error());
    QList<Verification> verifications;
    for (int row = 0; row < chains.rowCount(); ++row) {
        const QString chain = chains.text(row, "chain");
        Verification verification;
        verification.name = chains.text(row, "name");
        if (!verification.name.isEmpty())
            verification.chain = chain;
        qint64 lastPosition = 0;
        qint64 lastId = 0;
        QByteArray lastHash(32, '\0');
        for (;;) {
            // A page at a time, by position: a chain may hold millions of entries.
            const PgResult page = session.exec(
                QStringLiteral(
                    "SELECT a.id, a.chain_position, pg_catalog.encode(a.previous_hash, 'hex') AS previous_hash, "
                    "pg_catalog.encode(a.entry_hash, 'hex') AS entry_hash, "
                    "pg_catalog.encode(a.redacted_hash, 'hex') AS redacted_hash, "
                    // What an entry says of an archive must hold (migration 33's wcn_archive_claim_holds, written
                    // out here: verifying asks nothing of a function the database's owner could replace).
                    "CASE WHEN a.event = 'resident_archived' THEN NOT EXISTS (SELECT 1 FROM public.residents AS r "
                    "WHERE r.organization_id = a.organization_id AND r.id = a.subject_id) "
                    "AND EXISTS (SELECT 1 FROM public.audit_log AS d WHERE d.organization_id = a.organization_id "
                    "AND d.subject_id = a.subject_id AND d.event = 'row_deleted' "
                    "AND d.transaction_id = a.transaction_id AND d.details ->> 'table' = 'residents' "
                    "AND d.details -> 'row' ->> 'id' = a.subject_id::text) "
                    "WHEN a.redacted_hash IS NOT NULL OR pg_catalog.jsonb_exists(a.details, 'redacted') THEN "
                    "NOT pg_catalog.starts_with(a.event, 'legal_hold_') AND coalesce(a.details ->> 'redacted' "
                    "OPERATOR(pg_catalog.~) '^[0-9]{1,18}$', false) "
                    "AND EXISTS (SELECT 1 FROM public.audit_log AS x "
                    "WHERE x.id = (CASE WHEN a.details ->> 'redacted' OPERATOR(pg_catalog.~) '^[0-9]{1,18}$' "
                    "THEN a.details ->> 'redacted' END)::bigint "
                    "AND x.organization_id = a.organization_id AND x.event = 'resident_archived' "
                    "AND (a.redacted_hash IS NULL OR x.id > a.id) "
                    "AND (a.subject_id = x.subject_id OR (a.details ->> 'resident_id') = x.subject_id::text "
                    "OR (pg_catalog.starts_with(a.event, 'care_plan_') "
                    "AND pg_catalog.jsonb_exists(x.details -> 'care_plans', a.subject_id::text)) "
                    "OR (pg_catalog.starts_with(a.event, 'incident_') "
                    "AND pg_catalog.jsonb_exists(x.details -> 'incidents', a.subject_id::text)))) "
                    "AND NOT EXISTS (SELECT 1 FROM pg_catalog.jsonb_object_keys(a.details) AS k "
                    "WHERE k NOT IN ('redacted', 'table', 'operation', 'row', 'previous_row', 'resident_id', "
                    "'facility_id')) ELSE true END AS covered, "
                    "pg_catalog.concat_ws(E'\\x1f', a.id::text, coalesce(a.organization_id::text, ''), "
                    "coalesce(a.user_id::text, ''), a.station, a.event, "
                    "coalesce(a.subject_id::text, ''), a.details::text, "
                    "pg_catalog.to_char(a.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US'), "
                    "a.transaction_id::text, coalesce(a.facility_ids::text, '')) AS content "
                    "FROM public.audit_log AS a "
                    "WHERE (a.organization_id = $1::uuid OR ($1::uuid = '00000000-0000-0000-0000-000000000000' "
                    "AND a.organization_id IS NULL)) AND a.chain_position IS NOT NULL "
                    "AND (a.chain_position, a.id) > ($2::bigint, $3::bigint) "
                    "ORDER BY a.chain_position, a.id LIMIT 10000"),
                {chain, lastPosition, lastId});
            if (!page.ok())
                return databaseFailure<QList<Verification>>(page.error());
            for (int r = 0; r < page.rowCount(); ++r) {
                const qint64 id = page.text(r, "id").toLongLong();
                const qint64 position = page.text(r, "chain_position").toLongLong();
                const QByteArray previous = QByteArray::fromHex(page.text(r, "previous_hash").toLatin1());
                const QByteArray stored = QByteArray::fromHex(page.text(r, "entry_hash").toLatin1());
                if (position == lastPosition)
                    verification.findings.append({position, id, QStringLiteral("duplicate")});
                else if (position > lastPosition + 1)
                    verification.findings.append(
                        {lastPosition + 1, position - lastPosition - 1, QStringLiteral("removed")});
                else if (previous != lastHash)
                    verification.findings.append({position, id, QStringLiteral("unlinked")});
                const QByteArray recomputed =
                    QCryptographicHash::hash(previous + page.text(r, "content").toUtf8(), QCryptographicHash::Sha256);
                // A redacted entry keeps its link (entry_hash) and is checked against the hash of what it holds now.
                const QByteArray redacted = QByteArray::fromHex(page.text(r, "redacted_hash").toLatin1());
                if ((redacted.isEmpty() ? recomputed != stored : recomputed != redacted) ||
                    page.text(r, "covered") != QLatin1String("t"))
                    verification.findings.append({position, id, QStringLiteral("altered")});
                for (const Head &head : kept) {
                    if (head.chain == chain && head.position == position && head.hash != stored.toHex())
                        verification.findings.append({position, id, QStringLiteral("rewritten")});
                }
                lastPosition = position;
                lastId = id;
                lastHash = stored;
            }
            if (page.rowCount() < 10000)
                break;
        }
        for (const Head &head : kept) {
            if (head.chain == chain && head.position > lastPosition)
                verification.findings.append({head.position, 0, QStringLiteral("shortened")});
        }
        verification.headPosition = lastPosition;
        verification.headHash = lastHash.toHex();
        verifications.append(verification);
    }
    // Every audited row against its latest entry (the database's own comparison: the row hash is keyed by a secret
    // only the owner reads, so it cannot be recomputed here from the entries alone). Its argument given, so that an
    // overload of the owner's taking none cannot make the call ambiguous.
    const PgResult rows = session.exec(
        QStringLiteral("SELECT v.organization_id::text AS organization_id, coalesce(o.name, '') AS name, v.table_name, "
                       "v.row_key::text AS row_key, v.problem FROM public.wcn_verify_audited_rows(NULL::uuid) AS v "
                       "LEFT JOIN public.organizations AS o ON o.id = v.organization_id"));
    if (!rows.ok())
        return databaseFailure<QList<Verification>>(rows.error());
    // A table taken out of the registry is compared no more: named, with the entries of no organization.
    const PgResult registered = session.exec(QStringLiteral("SELECT table_name FROM public.audited_tables"));
    if (!registered.ok())
        return databaseFailure<QList<Verification>>(registered.error());
    QStringList missing = auditedTables();
    for (int row = 0; row < registered.rowCount(); ++row)
        missing.removeAll(registered.text(row, "table_name"));
    if (!missing.isEmpty()) {
        auto none = std::find_if(verifications.begin(), verifications.end(),
                                 [](const Verification &v) { return v.chain.isEmpty(); });
        if (none == verifications.end())
            none = verifications.insert(verifications.begin(), Verification());
        for (const QString &table : std::as_const(missing))
            none->rowFindings.append({table, QString(), QStringLiteral("unregistered")});
    }
    for (int row = 0; row < rows.rowCount(); ++row) {
        const QString organization = rows.text(row, "organization_id");
        auto chain = std::find_if(verifications.begin(), verifications.end(),
                                  [&](const Verification &v) { return v.chain == organization; });
        if (chain == verifications.end()) {
            Verification unsealed;
            unsealed.chain = organization;
            unsealed.name = rows.text(row, "name");
            chain = verifications.insert(verifications.end(), unsealed);
        }
        chain->rowFindings.append(rowFindingOf(rows, row));
    }
    return Result<QList<Verification>>::done(verifications);
}

Result<AuditChain::Verification> AuditChain::verifyOwn(const QSqlDatabase &db)
{
    const PgResult rows =
        PgSession(db).exec(QStringLiteral("SELECT chain_position, coalesce(entry_id, 0) AS entry_id, problem, "
                                          "encode(entry_hash, 'hex') AS head_hash FROM public.app_verify_audit_log()"));
    if (!rows.ok())
        return databaseFailure<Verification>(rows.error());
    Verification verification = verificationOf(rows);
    const PgResult changed = PgSession(db).exec(
        QStringLiteral("SELECT table_name, row_key::text AS row_key, problem FROM public.app_verify_audited_rows()"));
    if (!changed.ok())
        return databaseFailure<Verification>(changed.error());
    for (int row = 0; row < changed.rowCount(); ++row)
        verification.rowFindings.append(rowFindingOf(changed, row));
    return Result<Verification>::done(verification);
}

QString AuditChain::describe(const Finding &finding)
{
    if (finding.problem == QLatin1String("altered"))
        return tr("Entry %1 (position %2) does not match its seal: it was changed after it was sealed.")
            .arg(finding.entryId)
            .arg(finding.position);
    if (finding.problem == QLatin1String("unlinked"))
        return tr("Entry %1 (position %2) is not linked to the entry before it: an entry was put in or taken out "
                  "there.")
            .arg(finding.entryId)
            .arg(finding.position);
    if (finding.problem == QLatin1String("rewritten"))
        return tr("Entry %1 (position %2) is not the one whose hash was kept: the chain was rewritten from there.")
            .arg(finding.entryId)
            .arg(finding.position);
    if (finding.problem == QLatin1String("shortened"))
        return tr("The chain no longer reaches position %1, which was kept: entries were removed from its end.")
            .arg(finding.position);
    if (finding.problem == QLatin1String("duplicate"))
        return tr("Position %1 is held twice (entry %2).").arg(finding.position).arg(finding.entryId);
    // removed: the count of missing positions is in entryId
    return tr("%n entry(s) missing from position %1.", nullptr, int(finding.entryId)).arg(finding.position);
}

QStringList AuditChain::auditedTables()
{
    return {QStringLiteral("residents"),
            QStringLiteral("resident_events"),
            QStringLiteral("care_plans"),
            QStringLiteral("care_plan_reviews"),
            QStringLiteral("assessments"),
            QStringLiteral("assessment_follow_ups"),
            QStringLiteral("daily_records"),
            QStringLiteral("incidents"),
            QStringLiteral("incident_reviews"),
            QStringLiteral("incident_notifications"),
            QStringLiteral("audits"),
            QStringLiteral("audit_answers"),
            QStringLiteral("audit_actions"),
            QStringLiteral("audit_types"),
            QStringLiteral("audit_templates"),
            QStringLiteral("audit_template_questions"),
            QStringLiteral("audit_question_statements"),
            QStringLiteral("users"),
            QStringLiteral("user_credentials"),
            QStringLiteral("user_facilities"),
            QStringLiteral("organizations"),
            QStringLiteral("organization_keys"),
            QStringLiteral("facilities"),
            QStringLiteral("shift_patterns")};
}

QString AuditChain::describe(const RowFinding &finding)
{
    if (finding.problem == QLatin1String("unregistered"))
        return tr("%1 is no longer among the audited tables: its changes are not being recorded or compared.")
            .arg(finding.table);
    if (finding.problem == QLatin1String("trigger off"))
        return tr("The audit trigger of %1 is switched off: its changes are not being recorded.").arg(finding.table);
    if (finding.problem == QLatin1String("unrecorded"))
        return tr("Row %1 of %2 has no audit entry: it was put in while the audit triggers were off.")
            .arg(finding.rowKey, finding.table);
    if (finding.problem == QLatin1String("removed"))
        return tr("Row %1 of %2 is gone without an audit entry: it was taken out while the audit triggers were off.")
            .arg(finding.rowKey, finding.table);
    return tr("Row %1 of %2 does not match its latest audit entry: it was changed while the audit triggers were off.")
        .arg(finding.rowKey, finding.table);
}
