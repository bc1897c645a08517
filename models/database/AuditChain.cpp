#include "database/AuditChain.h"

#include "database/DatabaseFailure.h"
#include "database/PgSession.h"
#include "database/ScopedConnection.h"

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

Result<QList<AuditChain::Verification>> AuditChain::verifyAll(const QSqlDatabase &db)
{
    const PgSession session(db);
    const PgResult chains = session.exec(QStringLiteral(
        "SELECT c.chain::text AS chain, coalesce(o.name, '') AS name FROM (SELECT DISTINCT coalesce(a.organization_id, "
        "'00000000-0000-0000-0000-000000000000'::uuid) AS chain FROM public.audit_log AS a) AS c "
        "LEFT JOIN public.organizations AS o ON o.id = c.chain ORDER BY o.name NULLS FIRST, c.chain"));
    if (!chains.ok())
        return databaseFailure<QList<Verification>>(chains.error());
    QList<Verification> verifications;
    for (int row = 0; row < chains.rowCount(); ++row) {
        const PgResult rows =
            session.exec(QStringLiteral("SELECT chain_position, coalesce(entry_id, 0) AS entry_id, problem, "
                                        "encode(entry_hash, 'hex') AS head_hash "
                                        "FROM public.wcn_verify_audit_chain($1::uuid)"),
                         {chains.text(row, "chain")});
        if (!rows.ok())
            return databaseFailure<QList<Verification>>(rows.error());
        Verification verification = verificationOf(rows);
        verification.name = chains.text(row, "name");
        if (!verification.name.isEmpty())
            verification.chain = chains.text(row, "chain");
        verifications.append(verification);
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
    return Result<Verification>::done(verificationOf(rows));
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
    if (finding.problem == QLatin1String("duplicate"))
        return tr("Position %1 is held twice (entry %2).").arg(finding.position).arg(finding.entryId);
    // removed: the count of missing positions is in entryId
    return tr("%n entry(s) missing from position %1.", nullptr, int(finding.entryId)).arg(finding.position);
}
