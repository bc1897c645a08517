#include "reports/ReportStore.h"

#include "database/DatabaseFailure.h"
#include "database/PgSession.h"
#include "database/PgTransaction.h"
#include "database/ReadLater.h"

#include <QCoreApplication>
#include <QSet>
#include <QTime>

namespace {

qint64 startOf(const QDate &date)
{
    return QDateTime(date, QTime(0, 0)).toMSecsSinceEpoch();
}

} // namespace

void ReportStore::readLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                            const QStringList &facilityIds, const QDate &from, const QDate &to,
                            std::function<void(const Result<ReportData> &)> done)
{
    ::readLater<Result<ReportData>>(
        reader, connectionName, context,
        [facilityIds, from, to](const QSqlDatabase &db) { return read(db, facilityIds, from, to); }, std::move(done));
}

Result<ReportData> ReportStore::read(const QSqlDatabase &db, const QStringList &facilityIds, const QDate &from,
                                     const QDate &to)
{
    if (facilityIds.isEmpty() || !from.isValid() || !to.isValid() || to < from)
        return Result<ReportData>::refused(QCoreApplication::translate(
            "ReportStore", "Choose at least one home, and a period that ends after it starts."));
    const PgSession session(db);
    PgTransaction transaction(session);
    const PgResult snapshot = session.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
    if (!snapshot.ok())
        return databaseFailure<ReportData>(snapshot.error());
    // The homes as one parameter: their ids (hexadecimal and dashes only) joined by commas.
    const QString homes = facilityIds.join(QLatin1Char(','));

    const PgResult homeRows = session.exec(
        QStringLiteral(
            "SELECT f.id, f.name FROM public.facilities AS f "
            "WHERE f.id = ANY (string_to_array($1, ',')::uuid[]) "
            "AND ((SELECT public.app_all_facilities()) OR f.id = ANY ((SELECT public.app_facility_ids())::uuid[])) "
            "ORDER BY f.name, f.id"),
        {homes});
    // The latest scored version of each audit of the period: one being revised keeps its score until the new version
    // has its own.
    const PgResult audits = session.exec(
        QStringLiteral("SELECT a.facility_id, a.type, coalesce(t.name, a.type) AS type_name, a.date, "
                       "a.score::text AS score, a.signed_off_at IS NOT NULL AS signed_off FROM public.audits AS a "
                       "LEFT JOIN public.audit_types AS t ON t.organization_id = a.organization_id AND t.code = a.type "
                       "WHERE a.facility_id = ANY (string_to_array($1, ',')::uuid[]) "
                       "AND a.date BETWEEN $2::date AND $3::date AND a.score IS NOT NULL "
                       "AND NOT EXISTS (SELECT 1 FROM public.audits AS l WHERE l.organization_id = a.organization_id "
                       "AND l.series_id = a.series_id AND l.version > a.version AND l.score IS NOT NULL) "
                       "ORDER BY a.facility_id, type_name, a.date, a.id"),
        {homes, from, to});
    const PgResult incidents = session.exec(
        QStringLiteral("SELECT i.facility_id, coalesce(i.resident_id::text, '') AS resident_id, "
                       "coalesce(v.type, i.type) AS type, floor(extract(epoch FROM i.date) * 1000)::bigint AS "
                       "occurred_ms FROM public.incidents AS i "
                       "LEFT JOIN LATERAL (SELECT x.type FROM public.incident_reviews AS x "
                       "WHERE x.organization_id = i.organization_id AND x.incident_id = i.id "
                       "ORDER BY x.version DESC LIMIT 1) AS v ON true "
                       "WHERE i.facility_id = ANY (string_to_array($1, ',')::uuid[]) "
                       "AND i.date >= to_timestamp($2::bigint / 1000.0) AND i.date < to_timestamp($3::bigint / 1000.0) "
                       "ORDER BY i.date, i.id"),
        {homes, startOf(from), startOf(to.addDays(1))});
    // Every move in or out of the homes up to the period's end: a stay may have begun years before it.
    const PgResult moves = session.exec(
        QStringLiteral("SELECT e.resident_id, e.event, e.event_date, coalesce(e.from_facility::text, '') AS from_id, "
                       "coalesce(e.to_facility::text, '') AS to_id FROM public.resident_events AS e "
                       "WHERE (e.from_facility = ANY (string_to_array($1, ',')::uuid[]) "
                       "OR e.to_facility = ANY (string_to_array($1, ',')::uuid[])) "
                       "AND e.event <> 'room_change' AND e.event_date <= $2::date "
                       "ORDER BY e.resident_id, e.event_date, e.recorded_at, e.id"),
        {homes, to});
    for (const PgResult *read : {&homeRows, &audits, &incidents, &moves}) {
        if (!read->ok())
            return databaseFailure<ReportData>(read->error());
    }

    ReportData data;
    data.from = from;
    data.to = to;
    for (int r = 0; r < homeRows.rowCount(); ++r)
        data.homes.append({homeRows.text(r, "id"), homeRows.text(r, "name")});
    for (int r = 0; r < audits.rowCount(); ++r) {
        data.audits.append({audits.text(r, "facility_id"), audits.text(r, "type"), audits.text(r, "type_name"),
                            audits.date(r, "date"), audits.text(r, "score"), audits.flag(r, "signed_off")});
    }
    for (int r = 0; r < incidents.rowCount(); ++r) {
        data.incidents.append({incidents.text(r, "facility_id"), incidents.text(r, "resident_id"),
                               incidents.text(r, "type"), incidents.instant(r, "occurred_ms")});
    }
    // Each event as a move of the home it concerns: an admission names the home arrived at (a re-admission only the
    // home it was to, as from_facility), a transfer both, the rest the home the resident was at. A resident
    // transferred while in hospital arrives at the new home when they come back from hospital, not before.
    QSet<QString> allowed;
    for (const ReportHome &home : data.homes)
        allowed.insert(home.id);
    QString resident;
    bool inHospital = false;
    for (int r = 0; r < moves.rowCount(); ++r) {
        if (moves.text(r, "resident_id") != resident) {
            resident = moves.text(r, "resident_id");
            inHospital = false;
        }
        const QString event = moves.text(r, "event");
        const QDate date = moves.date(r, "event_date");
        const QString fromId = moves.text(r, "from_id");
        const QString toId = moves.text(r, "to_id");
        const auto add = [&](const QString &facilityId, ResidentMove::Kind kind) {
            // Only the homes the user works in: a resident they may read may have moved to one they may not.
            if (!facilityId.isEmpty() && allowed.contains(facilityId))
                data.moves[facilityId][resident].append({kind, date});
        };
        if (event == QLatin1String("admitted")) {
            add(toId.isEmpty() ? fromId : toId, ResidentMove::Admitted);
            inHospital = false;
        } else if (event == QLatin1String("facility_transfer")) {
            add(fromId, ResidentMove::TransferredOut);
            if (!inHospital)
                add(toId, ResidentMove::TransferredIn);
        } else if (event == QLatin1String("hospital_admission")) {
            add(fromId, ResidentMove::HospitalAdmission);
            inHospital = true;
        } else if (event == QLatin1String("hospital_return")) {
            add(fromId, ResidentMove::HospitalReturn);
            inHospital = false;
        } else if (event == QLatin1String("discharged") || event == QLatin1String("died")) {
            add(fromId, ResidentMove::Left);
            inHospital = false;
        }
    }
    return Result<ReportData>::done(data);
}
