#include "residents/ResidentListModel.h"

#include "assessments/AssessmentStore.h"
#include "common/Clock.h"

#include "common/DateText.h"

#include "clinical/NhsNumber.h"
#include "clinical/PersonAge.h"
#include "database/BackgroundReader.h"
#include "database/DatabaseErrorMessages.h"
#include "database/PgSession.h"
#include "residents/ResidentStatus.h"

#include <QLocale>
#include <QSqlDatabase>

ResidentListModel::ResidentListModel(const QString &connectionName, QObject *parent)
    : QAbstractTableModel(parent), m_connectionName(connectionName),
      m_columns({tr("Name"), tr("Room"), tr("Alerts"), tr("Status"), tr("Home"), tr("Born (age)"), tr("NHS number")}),
      m_statuses(ResidentStatus::current()), m_today(Clock::today())
{}

void ResidentListModel::setSearch(const QString &typed)
{
    const ResidentSearchTerms terms = ResidentSearch::parse(typed);
    m_typed = typed;
    if (terms == m_terms)
        return;
    m_terms = terms;
    refresh();
}

void ResidentListModel::setFacility(const QString &facilityId)
{
    m_facilityId = facilityId;
    refresh();
}

void ResidentListModel::setStatuses(const QStringList &statuses)
{
    m_statuses = statuses;
    refresh();
}

void ResidentListModel::setOrder(Order order)
{
    m_order = order;
    refresh();
}

void ResidentListModel::refresh()
{
    ++m_generation;
    m_reading = false;
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_error.clear();
    endResetModel();
    fetchPage();
}

QString ResidentListModel::residentId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int ResidentListModel::rowOf(const QString &residentId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == residentId)
            return row;
    }
    return -1;
}

int ResidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ResidentListModel::columnCount(const QModelIndex &parent) const
{
    return m_columns.columnCount(parent);
}

QVariant ResidentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case AlertFlagsRole:
        return static_cast<int>(row.alerts);
    case AlertWordsRole:
        return ResidentAlerts::words(row.alerts, row.allergyNames, row.overdueAssessments, row.dueAssessments);
    case StatusRole:
        return row.status;
    case Qt::ToolTipRole:
        if (index.column() == AlertsColumn)
            return ResidentAlerts::words(row.alerts, row.allergyNames, row.overdueAssessments, row.dueAssessments)
                .join(QLatin1Char('\n'));
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return tr("%1, %2").arg(row.lastName, row.firstName);
        case RoomColumn:
            return row.room;
        case FacilityColumn:
            return row.facilityName;
        case StatusColumn:
            return ResidentStatus::name(row.status);
        case AlertsColumn:
            return ResidentAlerts::words(row.alerts, row.allergyNames, row.overdueAssessments, row.dueAssessments)
                .join(QStringLiteral(" · "));
        case BornColumn:
            return row.born.isValid()
                       ? tr("%1 (%2)").arg(DateText::shortDate(row.born)).arg(PersonAge::yearsOn(row.born, m_today))
                       : QString();
        case NhsNumberColumn:
            return NhsNumber::formatted(row.nhsNumber);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ResidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_columns.headerData(section, orientation, role);
}

bool ResidentListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_error.isEmpty() && !m_reading;
}

void ResidentListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchPage();
}

void ResidentListModel::fetchPage()
{
    QVariantList params;
    const auto param = [&params](const QVariant &value) {
        params.append(value);
        return QStringLiteral("$%1").arg(params.size());
    };

    // Only fixed fragments and $n placeholders make up the statement: every value travels as a parameter.
    QStringList conditions;
    if (!m_facilityId.isEmpty())
        conditions.append(QStringLiteral("r.facility_id = %1::uuid").arg(param(m_facilityId)));
    conditions.append(QStringLiteral("r.status = ANY (%1::text[])")
                          .arg(param(QStringLiteral("{%1}").arg(m_statuses.join(QLatin1Char(','))))));
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
    if (!m_terms.nameWords.isEmpty()) {
        // The start of any word of either name (resident_search_words, migration 9), for every word typed.
        QStringList words;
        for (const QString &word : m_terms.nameWords)
            words.append(
                QStringLiteral("SELECT w.resident_id FROM public.resident_search_words AS w WHERE ") +
                startsWith(QStringLiteral("w.word"), QStringLiteral("public.search_word_key(%1)").arg(param(word))));
        alternatives.append(QLatin1Char('(') + words.join(QStringLiteral(" INTERSECT ")) + QLatin1Char(')'));
    }
    if (!m_terms.roomPrefix.isEmpty())
        alternatives.append(
            QStringLiteral("SELECT x.id FROM public.residents AS x WHERE ") +
            startsWith(QStringLiteral("x.search_room"), QStringLiteral("lower(%1)").arg(param(m_terms.roomPrefix))));
    if (!m_terms.nhsDigits.isEmpty())
        alternatives.append(QStringLiteral("SELECT x.id FROM public.residents AS x WHERE ") +
                            startsWith(QStringLiteral("x.nhs_number COLLATE \"C\""),
                                       QStringLiteral("%1::text").arg(param(m_terms.nhsDigits))));
    const bool searching = !alternatives.isEmpty();
    if (searching)
        conditions.append(QStringLiteral("r.id IN (%1)").arg(alternatives.join(QStringLiteral(" UNION "))));

    const bool byRoom = m_order == Order::ByRoom;
    const QString key = byRoom ? QStringLiteral("room_sort, search_last_name, search_first_name, id")
                               : QStringLiteral("search_last_name, search_first_name, id");
    if (!m_rows.isEmpty()) {
        const Row &last = m_rows.constLast();
        QStringList after;
        if (byRoom)
            after.append(param(last.roomKey));
        after.append(param(last.lastNameKey));
        after.append(param(last.firstNameKey));
        after.append(param(last.id) + QStringLiteral("::uuid"));
        QStringList columns;
        for (const QString &column : key.split(QStringLiteral(", ")))
            columns.append(QStringLiteral("r.") + column);
        conditions.append(
            QStringLiteral("(%1) > (%2)").arg(columns.join(QStringLiteral(", ")), after.join(QStringLiteral(", "))));
    }

    const QString columns =
        QStringLiteral("r.id, r.organization_id, r.facility_id, r.first_name, r.last_name, r.room_number, r.status, "
                       "r.date_of_birth, r.nhs_number, r.alert_dnacpr, r.allergy_status, r.allergy_names, r.room_sort, "
                       "r.search_last_name, r.search_first_name");
    const QString where = conditions.join(QStringLiteral(" AND "));
    const QString limit = param(pageSize + 1);
    // A search collects its matches first (through the indexes of each alternative), then orders that handful; a
    // plain list walks the sort order's own index.
    const QString page =
        searching ? QStringLiteral("WITH matches AS MATERIALIZED (SELECT %1 FROM public.residents AS r WHERE %2) "
                                   "SELECT * FROM matches AS r ORDER BY %3 LIMIT %4")
                        .arg(columns, where, key, limit)
                  : QStringLiteral("SELECT %1 FROM public.residents AS r WHERE %2 ORDER BY %3 LIMIT %4")
                        .arg(columns, where, key, limit);
    // The names of the homes and the next care plan review, for the page's rows only.
    const QString statement =
        QStringLiteral("SELECT m.id, m.first_name, m.last_name, m.room_number, f.name AS facility_name, m.status, "
                       "m.date_of_birth, m.nhs_number, m.alert_dnacpr, m.allergy_status, m.allergy_names, "
                       "(SELECT min(p.review_date) FROM public.care_plans AS p WHERE p.organization_id = "
                       "m.organization_id AND p.resident_id = m.id AND p.status IN ('active', 'under_review')) "
                       "AS next_review, m.room_sort, m.search_last_name, m.search_first_name, %3 AS assessments_due "
                       "FROM (%1) AS m LEFT JOIN public.facilities AS f ON f.organization_id = m.organization_id "
                       "AND f.id = m.facility_id ORDER BY %2")
            .arg(page, key, AssessmentStore::dueSubquery(QStringLiteral("m")));

    m_lastStatement = statement;
    m_lastParameters = params;
    if (!m_reader) {
        showPage(readPage(QSqlDatabase::database(m_connectionName, false), statement, params, m_today));
        return;
    }
    m_reading = true;
    const int generation = m_generation;
    m_reader->post(
        this,
        [this, generation, statement, params, today = m_today](const QSqlDatabase &db) -> BackgroundReader::Apply {
            auto read = std::make_shared<Page>(readPage(db, statement, params, today));
            return [this, generation, read] {
                if (generation != m_generation)
                    return; // read for a search, home or order no longer shown
                m_reading = false;
                showPage(*read);
            };
        });
}

ResidentListModel::Page ResidentListModel::readPage(const QSqlDatabase &db, const QString &statement,
                                                    const QVariantList &params, const QDate &today)
{
    Page page;
    const PgResult result = PgSession(db).exec(statement, params);
    if (!result.ok()) {
        page.error = DatabaseErrorMessages::describe(result.error());
        return page;
    }
    const int count = qMin(result.rowCount(), pageSize);
    page.atEnd = result.rowCount() <= pageSize;
    for (int r = 0; r < count; ++r) {
        Row row;
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
        page.rows.append(row);
    }
    return page;
}

void ResidentListModel::showPage(const Page &page)
{
    if (!page.error.isEmpty()) {
        m_error = page.error;
        emit failed(m_error);
        emit pageRead();
        return;
    }
    m_atEnd = page.atEnd;
    if (!page.rows.isEmpty()) {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
        m_rows.append(page.rows);
        endInsertRows();
    }
    emit pageRead();
}
