#include "residents/ResidentListStore.h"

#include "assessments/AssessmentStore.h"
#include "database/DatabaseFailure.h"
#include "database/PgSession.h"

SqlStatement ResidentListStore::pageStatement(const ResidentListQuery &query,
                                              const std::optional<ResidentListRow> &after, int limit)
{
    QVariantList params;
    const auto param = [&params](const QVariant &value) {
        params.append(value);
        return QStringLiteral("$%1").arg(params.size());
    };

    // Only fixed fragments and $n placeholders make up the statement: every value travels as a parameter.
    QStringList conditions;
    if (!query.facilityId.isEmpty())
        conditions.append(QStringLiteral("r.facility_id = %1::uuid").arg(param(query.facilityId)));
    conditions.append(QStringLiteral("r.status = ANY (%1::text[])")
                          .arg(param(QStringLiteral("{%1}").arg(query.statuses.join(QLatin1Char(','))))));
    // Each alternative names the residents it finds, on an index of its own; the page is read from their union, so
    // that no alternative makes the others scan the organization's residents.
    QStringList alternatives;
    // Each prefix is also a range on its index: the planner derives that range from a constant only, so a kept
    // (generic) plan of "starts with $n" read the whole table, 15 ms at 20 homes, and PostgreSQL planned every search
    // afresh instead (1.2-1.6 ms each). The starts-with test stays and decides; the range only bounds the scan. In
    // the "C" order every word with the prefix sorts before the prefix followed by U+10FFFF, a code point Unicode
    // keeps as a noncharacter, which no name, room or NHS number holds.
    const auto startsWith = [](const QString &column, const QString &prefix) {
        return QStringLiteral("%1 ^@ %2 AND %1 >= %2 AND %1 < (%2 || chr(1114111))").arg(column, prefix);
    };
    if (!query.terms.nameWords.isEmpty()) {
        // The start of any word of either name (resident_search_words, migration 9), for every word typed.
        QStringList words;
        for (const QString &word : query.terms.nameWords)
            words.append(
                QStringLiteral("SELECT w.resident_id FROM public.resident_search_words AS w WHERE ") +
                startsWith(QStringLiteral("w.word"), QStringLiteral("public.search_word_key(%1)").arg(param(word))));
        alternatives.append(QLatin1Char('(') + words.join(QStringLiteral(" INTERSECT ")) + QLatin1Char(')'));
    }
    if (!query.terms.roomPrefix.isEmpty())
        alternatives.append(QStringLiteral("SELECT x.id FROM public.residents AS x WHERE ") +
                            startsWith(QStringLiteral("x.search_room"),
                                       QStringLiteral("lower(%1)").arg(param(query.terms.roomPrefix))));
    if (!query.terms.nhsDigits.isEmpty())
        alternatives.append(QStringLiteral("SELECT x.id FROM public.residents AS x WHERE ") +
                            startsWith(QStringLiteral("x.nhs_number COLLATE \"C\""),
                                       QStringLiteral("%1::text").arg(param(query.terms.nhsDigits))));
    const bool searching = !alternatives.isEmpty();
    if (searching)
        conditions.append(QStringLiteral("r.id IN (%1)").arg(alternatives.join(QStringLiteral(" UNION "))));

    const bool byRoom = query.byRoom;
    const QString key = byRoom ? QStringLiteral("room_sort, search_last_name, search_first_name, id")
                               : QStringLiteral("search_last_name, search_first_name, id");
    if (after) {
        const ResidentListRow &last = *after;
        QStringList lastKey;
        if (byRoom)
            lastKey.append(param(last.roomKey));
        lastKey.append(param(last.lastNameKey));
        lastKey.append(param(last.firstNameKey));
        lastKey.append(param(last.id) + QStringLiteral("::uuid"));
        QStringList columns;
        for (const QString &column : key.split(QStringLiteral(", ")))
            columns.append(QStringLiteral("r.") + column);
        conditions.append(
            QStringLiteral("(%1) > (%2)").arg(columns.join(QStringLiteral(", ")), lastKey.join(QStringLiteral(", "))));
    }

    const QString columns =
        QStringLiteral("r.id, r.organization_id, r.facility_id, r.first_name, r.last_name, r.room_number, r.status, "
                       "r.date_of_birth, r.nhs_number, r.alert_dnacpr, r.allergy_status, r.allergy_names, r.room_sort, "
                       "r.search_last_name, r.search_first_name");
    const QString where = conditions.join(QStringLiteral(" AND "));
    const QString limitParam = param(limit);
    // A search collects its matches first (through the indexes of each alternative), then orders that handful; a
    // plain list walks the sort order's own index.
    const QString page =
        searching ? QStringLiteral("WITH matches AS MATERIALIZED (SELECT %1 FROM public.residents AS r WHERE %2) "
                                   "SELECT * FROM matches AS r ORDER BY %3 LIMIT %4")
                        .arg(columns, where, key, limitParam)
                  : QStringLiteral("SELECT %1 FROM public.residents AS r WHERE %2 ORDER BY %3 LIMIT %4")
                        .arg(columns, where, key, limitParam);
    // The names of the homes and the next care plan review, for the page's rows only.
    const QString text =
        QStringLiteral("SELECT m.id, m.first_name, m.last_name, m.room_number, f.name AS facility_name, m.status, "
                       "m.date_of_birth, m.nhs_number, m.alert_dnacpr, m.allergy_status, m.allergy_names, "
                       "(SELECT min(p.review_date) FROM public.care_plans AS p WHERE p.organization_id = "
                       "m.organization_id AND p.resident_id = m.id AND p.status IN ('active', 'under_review')) "
                       "AS next_review, m.room_sort, m.search_last_name, m.search_first_name, %3 AS assessments_due "
                       "FROM (%1) AS m LEFT JOIN public.facilities AS f ON f.organization_id = m.organization_id "
                       "AND f.id = m.facility_id ORDER BY %2")
            .arg(page, key, AssessmentStore::dueSubquery(QStringLiteral("m")));

    return {text, params};
}

Result<KeysetPage<ResidentListRow>> ResidentListStore::page(const QSqlDatabase &db, const ResidentListQuery &query,
                                                            const std::optional<ResidentListRow> &after, int limit,
                                                            const QDate &today)
{
    // One row more than the page says whether another follows.
    const SqlStatement statement = pageStatement(query, after, limit + 1);
    const PgResult result = PgSession(db).exec(statement.text, statement.params);
    if (!result.ok())
        return databaseFailure<KeysetPage<ResidentListRow>>(result.error());
    QList<ResidentListRow> rows;
    for (int r = 0; r < result.rowCount(); ++r) {
        ResidentListRow row;
        row.id = result.text(r, "id");
        row.firstName = result.text(r, "first_name");
        row.lastName = result.text(r, "last_name");
        row.room = result.text(r, "room_number");
        row.facilityName = result.text(r, "facility_name");
        row.status = result.text(r, "status");
        row.born = QDate::fromString(result.text(r, "date_of_birth"), Qt::ISODate);
        row.nhsNumber = result.text(r, "nhs_number");
        row.allergyNames = result.text(r, "allergy_names");
        row.alerts = ResidentAlerts::flags(result.text(r, "alert_dnacpr") == QLatin1String("t"),
                                           result.text(r, "allergy_status"),
                                           QDate::fromString(result.text(r, "next_review"), Qt::ISODate), today);
        row.roomKey = result.text(r, "room_sort");
        row.lastNameKey = result.text(r, "search_last_name");
        row.firstNameKey = result.text(r, "search_first_name");
        row.alerts |= ResidentAlerts::assessmentFlags(result.text(r, "assessments_due"), today, &row.overdueAssessments,
                                                      &row.dueAssessments);
        rows.append(row);
    }
    return Result<KeysetPage<ResidentListRow>>::done(KeysetPage<ResidentListRow>::ofOneMore(rows, limit, {statement}));
}
