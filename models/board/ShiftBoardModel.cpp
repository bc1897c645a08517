#include "board/ShiftBoardModel.h"

#include "assessments/AssessmentStore.h"
#include "clinical/AssessmentTools.h"
#include "clinical/FluidExpectation.h"
#include "clinical/HandoverPriority.h"
#include "clinical/News2.h"
#include "clinical/ShiftPattern.h"
#include "common/Clock.h"
#include "common/ColumnTable.h"
#include "database/BackgroundReader.h"
#include "database/DatabaseErrorMessages.h"
#include "database/PgSession.h"
#include "residents/ResidentListModel.h"
#include "shiftnotes/CareCategories.h"
#include "shiftnotes/DailyNote.h"

#include <QHash>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

static_assert(int(ShiftBoardModel::AlertFlagsRole) == int(ResidentListModel::AlertFlagsRole) &&
              int(ShiftBoardModel::AlertWordsRole) == int(ResidentListModel::AlertWordsRole));

bool ShiftBoardModel::Row::operator==(const Row &other) const
{
    return id == other.id && name == other.name && room == other.room && alerts == other.alerts &&
           alertWords == other.alertWords && fluidTarget == other.fluidTarget && fluidToday == other.fluidToday &&
           recorded == other.recorded && notes == other.notes && lastNote == other.lastNote &&
           escalated == other.escalated && assessmentAlerts == other.assessmentAlerts &&
           overdueAssessments == other.overdueAssessments && dueAssessments == other.dueAssessments &&
           highRiskResults == other.highRiskResults && news2.has_value() == other.news2.has_value() &&
           (!news2 || news2->total == other.news2->total);
}

ShiftBoardModel::ShiftBoardModel(const QString &connectionName, QObject *parent)
    : QAbstractTableModel(parent), m_connectionName(connectionName),
      m_columns({tr("Room"), tr("Resident"), tr("Alerts"), tr("Assessments"), tr("Recorded"), tr("To record"),
                 tr("Fluids today"), tr("NEWS2"), tr("Last note")})
{
    Q_ASSERT(m_columns.count() == ColumnCount);
}

void ShiftBoardModel::setShift(const QString &facilityId, const ShiftOccurrence &occurrence)
{
    m_facilityId = facilityId;
    m_shift = occurrence;
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    requestRefresh();
}

void ShiftBoardModel::setMoment(const QDateTime &moment)
{
    if (moment == m_moment)
        return;
    m_moment = moment;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void ShiftBoardModel::clear()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_facilityId.clear();
    m_shift = {};
    endResetModel();
}

bool ShiftBoardModel::refresh()
{
    if (m_facilityId.isEmpty() || !m_shift.isValid())
        return true;
    ++m_generation; // a background read under way is older than this one
    QList<Row> rows;
    QString error;
    const bool ok =
        read(QSqlDatabase::database(m_connectionName, false), m_facilityId, m_shift, Clock::today(), &rows, &error);
    return apply(ok, rows, error);
}

void ShiftBoardModel::requestRefresh()
{
    if (!m_reader) {
        emit refreshed(refresh());
        return;
    }
    if (m_pending != Pending::None) {
        m_pending = Pending::ReadingThenAgain;
        return;
    }
    startRead();
}

void ShiftBoardModel::startRead()
{
    if (m_facilityId.isEmpty() || !m_shift.isValid()) {
        m_pending = Pending::None;
        return;
    }
    m_pending = Pending::Reading;
    const int generation = m_generation;
    m_reader->post(this,
                   [this, generation, facilityId = m_facilityId, shift = m_shift,
                    today = Clock::today()](const QSqlDatabase &db) -> BackgroundReader::Apply {
                       auto rows = std::make_shared<QList<Row>>();
                       auto error = std::make_shared<QString>();
                       const bool ok = read(db, facilityId, shift, today, rows.get(), error.get());
                       return [this, generation, ok, rows, error] {
                           const bool again = m_pending == Pending::ReadingThenAgain;
                           m_pending = Pending::None;
                           if (generation == m_generation)
                               emit refreshed(apply(ok, *rows, *error));
                           if (again || generation != m_generation)
                               requestRefresh();
                       };
                   });
}

bool ShiftBoardModel::read(const QSqlDatabase &db, const QString &facilityId, const ShiftOccurrence &shift,
                           const QDate &today, QList<Row> *result, QString *error)
{
    const PgSession session(db);
    const PgResult residents = session.exec(
        QStringLiteral("SELECT r.id, r.first_name || ' ' || r.last_name AS name, coalesce(r.room_number, '') AS room, "
                       "r.alert_dnacpr, r.allergy_status, coalesce(r.allergy_names, '') AS allergy_names, "
                       "coalesce(r.fluid_target_ml, 0) AS fluid_target_ml, %1 AS due "
                       "FROM public.residents AS r WHERE r.facility_id = $1::uuid AND r.status = 'admitted' "
                       "ORDER BY r.room_sort, r.search_last_name, r.search_first_name, r.id")
            .arg(AssessmentStore::dueSubquery(QStringLiteral("r"))),
        {facilityId});
    // The day's notes of the facility's residents, without those a correction has replaced.
    const PgResult notes = session.exec(
        QStringLiteral(
            "SELECT d.resident_id, d.shift, array_to_string(d.categories, ',') AS categories, d.care_delivered, "
            "d.observations, (extract(epoch FROM d.occurred_at) * 1000)::bigint AS occurred_ms, "
            "d.escalation ? 'action' AS escalated "
            "FROM public.residents AS r JOIN public.daily_records AS d "
            "ON d.organization_id = r.organization_id AND d.resident_id = r.id AND d.date = $2::date "
            "WHERE r.facility_id = $1::uuid AND r.status = 'admitted' AND NOT EXISTS "
            "(SELECT 1 FROM public.daily_records AS c WHERE c.organization_id = d.organization_id "
            "AND c.corrects_id = d.id AND c.date = d.date AND c.corrects_id IS NOT NULL) "
            "ORDER BY d.occurred_at, d.id"),
        {facilityId, shift.date});
    // High risk results of the screening tools dated on the shift's date, not since corrected: new risks to hand over.
    const PgResult risks = session.exec(
        QStringLiteral("SELECT a.resident_id, a.type, a.score, coalesce(a.band, '') AS band "
                       "FROM public.residents AS r JOIN public.assessments AS a "
                       "ON a.organization_id = r.organization_id AND a.resident_id = r.id AND a.date = $2::date "
                       "WHERE r.facility_id = $1::uuid AND r.status = 'admitted' "
                       "AND a.type IN ('must', 'waterlow', 'falls') AND a.risk_level >= 2 AND NOT EXISTS "
                       "(SELECT 1 FROM public.assessments AS c WHERE c.organization_id = a.organization_id "
                       "AND c.corrects_id = a.id) "
                       "ORDER BY a.created_at, a.id"),
        {facilityId, shift.date});
    if (!residents.ok() || !notes.ok() || !risks.ok()) {
        *error = DatabaseErrorMessages::describe(!residents.ok() ? residents.error()
                                                 : !notes.ok()   ? notes.error()
                                                                 : risks.error());
        return false;
    }
    error->clear();

    QList<Row> rows;
    QHash<QString, int> positions;
    for (int r = 0; r < residents.rowCount(); ++r) {
        Row row;
        row.id = residents.text(r, "id");
        row.name = residents.text(r, "name");
        row.room = residents.text(r, "room");
        row.alerts = ResidentAlerts::flags(residents.text(r, "alert_dnacpr") == QLatin1String("t"),
                                           residents.text(r, "allergy_status"), QDate(), shift.date);
        row.alertWords = ResidentAlerts::words(row.alerts, residents.text(r, "allergy_names"));
        // What is due is measured against today: a night shift's date is the evening it began.
        row.assessmentAlerts = ResidentAlerts::assessmentFlags(residents.text(r, "due"), today, &row.overdueAssessments,
                                                               &row.dueAssessments, true);
        row.fluidTarget = residents.integer(r, "fluid_target_ml");
        positions.insert(row.id, int(rows.size()));
        rows.append(row);
    }
    for (int r = 0; r < notes.rowCount(); ++r) {
        const int at = positions.value(notes.text(r, "resident_id"), -1);
        if (at < 0)
            continue;
        Row &row = rows[at];
        DailyNote note;
        note.careDelivered = QJsonDocument::fromJson(notes.text(r, "care_delivered").toUtf8()).object();
        note.observations = QJsonDocument::fromJson(notes.text(r, "observations").toUtf8()).object();
        row.fluidToday += note.fluidMillilitres();
        if (notes.text(r, "shift") != shift.shift)
            continue;
        ++row.notes;
        row.lastNote = QDateTime::fromMSecsSinceEpoch(notes.text(r, "occurred_ms").toLongLong(), Qt::UTC);
        for (const QString &category : notes.text(r, "categories").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!row.recorded.contains(category))
                row.recorded.append(category);
        }
        if (note.hasVitalSigns()) {
            row.news2 = News2::score(note.vitalSigns());
            row.escalated = notes.text(r, "escalated") == QLatin1String("t");
        }
    }

    for (int r = 0; r < risks.rowCount(); ++r) {
        const int at = positions.value(risks.text(r, "resident_id"), -1);
        const std::optional<AssessmentType> type = AssessmentTools::fromKey(risks.text(r, "type"));
        if (at < 0 || !type)
            continue;
        rows[at].highRiskResults.append(
            tr("%1: %2 (score %3)")
                .arg(AssessmentTools::shortName(*type), risks.text(r, "band"), risks.text(r, "score")));
    }

    *result = rows;
    return true;
}

bool ShiftBoardModel::apply(bool ok, const QList<Row> &rows, const QString &error)
{
    if (!ok) {
        m_lastError = error;
        return false;
    }
    m_lastError.clear();
    const bool sameResidents =
        rows.size() == m_rows.size() && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                                   [](const Row &a, const Row &b) { return a.id == b.id; });
    if (!sameResidents) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return true;
    }
    for (int r = 0; r < rows.size(); ++r) {
        if (!(rows.at(r) == m_rows.at(r))) {
            m_rows[r] = rows.at(r);
            emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
        }
    }
    return true;
}

QStringList ShiftBoardModel::missing(const Row &row) const
{
    QStringList result;
    for (const QString &key : ShiftPattern::expectedCategories(m_shift.shift)) {
        if (!row.recorded.contains(key))
            result.append(key);
    }
    return result;
}

bool ShiftBoardModel::fluidsLow(const Row &row) const
{
    return FluidExpectation::isLow(row.fluidToday, row.fluidTarget, m_shift.date,
                                   m_moment.isValid() ? m_moment : m_shift.ends, QTimeZone::systemTimeZone());
}

bool ShiftBoardModel::needsAttention(const Row &row) const
{
    return (row.news2 && row.news2->needsEscalation()) || !row.highRiskResults.isEmpty() || fluidsLow(row);
}

int ShiftBoardModel::rowFor(const QString &residentId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == residentId)
            return r;
    }
    return -1;
}

QString ShiftBoardModel::residentName(int row) const
{
    return m_rows.value(row).name;
}

void ShiftBoardModel::setWaiting(const QHash<QString, int> &waiting)
{
    if (waiting == m_waiting)
        return;
    m_waiting = waiting;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, RecordedColumn), index(int(m_rows.size()) - 1, RecordedColumn));
}

HandoverResident ShiftBoardModel::handoverResident(int row) const
{
    const auto text = [this, row](int column) {
        return index(row, column).data().toString();
    };
    const Row &at = m_rows.at(row);
    HandoverResident resident;
    resident.id = at.id;
    resident.name = at.name;
    resident.room = at.room;
    resident.alerts =
        at.alertWords + ResidentAlerts::words(at.assessmentAlerts, {}, at.overdueAssessments, at.dueAssessments);
    resident.recorded = text(RecordedColumn);
    resident.missing = missing(at).isEmpty() ? QString() : text(MissingColumn);
    resident.fluids = text(FluidColumn);
    resident.news2 = text(News2Column);
    resident.needsAttention = needsAttention(at);
    resident.news2Result = at.news2;
    resident.escalated = at.escalated;
    resident.highRiskResults = at.highRiskResults;
    resident.fluidsLow = fluidsLow(at);
    return resident;
}

int ShiftBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ShiftBoardModel::columnCount(const QModelIndex &parent) const
{
    return m_columns.columnCount(parent);
}

QVariant ShiftBoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case AlertFlagsRole:
        return int(row.alerts);
    case AlertWordsRole:
        return row.alertWords;
    case NeedsAttentionRole:
        return needsAttention(row);
    case AssessmentOverdueRole:
        return row.assessmentAlerts.testFlag(ResidentAlerts::AssessmentOverdue);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    const auto names = [](const QStringList &keys) {
        QStringList words;
        for (const QString &key : keys)
            words.append(CareCategories::name(key));
        return words.join(QStringLiteral(", "));
    };
    switch (index.column()) {
    case RoomColumn:
        return row.room;
    case NameColumn:
        return row.name;
    case AlertsColumn:
        return row.alertWords.join(QStringLiteral("; "));
    case AssessmentsColumn: {
        QStringList parts;
        if (row.assessmentAlerts.testFlag(ResidentAlerts::AssessmentOverdue))
            parts.append(tr("Overdue: %1").arg(row.overdueAssessments));
        if (row.assessmentAlerts.testFlag(ResidentAlerts::AssessmentDue))
            parts.append(row.dueAssessments); // "Due today: MUST; Due in 2 days: Waterlow"
        return parts.join(QStringLiteral("; "));
    }
    case RecordedColumn: {
        const QString recorded =
            row.notes == 0 ? tr("Nothing yet") : tr("%n note(s): %1", "", row.notes).arg(names(row.recorded));
        const int waiting = m_waiting.value(row.id);
        return waiting == 0 ? recorded : tr("%1; waiting to be sent: %2").arg(recorded).arg(waiting);
    }
    case MissingColumn: {
        const QStringList still = missing(row);
        return still.isEmpty() ? tr("Nothing missing") : names(still);
    }
    case FluidColumn:
        if (row.fluidTarget > 0)
            return tr("%1 of %2 ml").arg(row.fluidToday).arg(row.fluidTarget);
        return tr("%1 ml (no target)").arg(row.fluidToday);
    case News2Column:
        if (!row.news2)
            return QString();
        if (row.news2->needsEscalation())
            return row.escalated ? tr("%1 - escalated").arg(News2::summary(*row.news2))
                                 : tr("%1 - NOT ESCALATED").arg(News2::summary(*row.news2));
        return News2::summary(*row.news2);
    case LastNoteColumn:
        return row.lastNote.isValid() ? QLocale().toString(row.lastNote.toLocalTime().time(), QStringLiteral("HH:mm"))
                                      : QString();
    default:
        return {};
    }
}

QVariant ShiftBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_columns.headerData(section, orientation, role);
}
