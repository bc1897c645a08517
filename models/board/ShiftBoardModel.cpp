#include "board/ShiftBoardModel.h"

#include "board/ShiftBoardStore.h"
#include "shiftnotes/DailyNoteStore.h"

#include "clinical/FluidExpectation.h"
#include "clinical/HandoverPriority.h"
#include "clinical/News2.h"
#include "clinical/ShiftPattern.h"
#include "common/Clock.h"
#include "common/ColumnTable.h"
#include "database/BackgroundReader.h"
#include "residents/ResidentListModel.h"
#include "shiftnotes/CareCategories.h"

#include <QLocale>

#include <algorithm>

static_assert(int(ShiftBoardModel::AlertFlagsRole) == int(ResidentListModel::AlertFlagsRole) &&
              int(ShiftBoardModel::AlertWordsRole) == int(ResidentListModel::AlertWordsRole));

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

Result<> ShiftBoardModel::refresh()
{
    if (m_facilityId.isEmpty() || !m_shift.isValid())
        return Result<>::done();
    ++m_generation; // a background read under way is older than this one
    return apply(
        ShiftBoardStore::read(QSqlDatabase::database(m_connectionName, false), m_facilityId, m_shift, Clock::today()));
}

void ShiftBoardModel::requestRefresh()
{
    if (!m_reader) {
        emit refreshed(refresh().ok());
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
                       auto read = std::make_shared<const Result<QList<ShiftBoardRow>>>(
                           ShiftBoardStore::read(db, facilityId, shift, today));
                       return [this, generation, read] {
                           const bool again = m_pending == Pending::ReadingThenAgain;
                           m_pending = Pending::None;
                           if (generation == m_generation)
                               emit refreshed(apply(*read).ok());
                           if (again || generation != m_generation)
                               requestRefresh();
                       };
                   });
}

namespace {

// What the handover needs from the server: the board and the shift's notes, read together.
using HandoverRead = std::pair<Result<QList<ShiftBoardRow>>, Result<QList<DailyNote>>>;

HandoverRead readHandover(const QSqlDatabase &db, const QString &facilityId, const ShiftOccurrence &shift,
                          const QDate &today)
{
    HandoverRead read{ShiftBoardStore::read(db, facilityId, shift, today), Result<QList<DailyNote>>()};
    if (read.first.ok())
        read.second = DailyNoteStore::shiftNotes(db, facilityId, shift);
    return read;
}

} // namespace

void ShiftBoardModel::requestHandover()
{
    if (m_facilityId.isEmpty() || !m_shift.isValid()) {
        emit handoverRead(Result<QList<DailyNote>>::done({}));
        return;
    }
    ++m_generation; // a board read under way is older than this one, and is read again after it
    const int generation = m_generation;
    const auto show = [this, generation](const HandoverRead &read) {
        if (generation != m_generation)
            return; // another home or shift is shown now: this handover is not for it
        const Result<> &board = apply(read.first);
        emit refreshed(board.ok());
        emit handoverRead(board.ok() ? read.second : Result<QList<DailyNote>>::failedAs(board));
    };
    if (!m_reader) {
        show(readHandover(QSqlDatabase::database(m_connectionName, false), m_facilityId, m_shift, Clock::today()));
        return;
    }
    m_reader->post(this,
                   [show, facilityId = m_facilityId, shift = m_shift,
                    today = Clock::today()](const QSqlDatabase &db) -> BackgroundReader::Apply {
                       auto read = std::make_shared<const HandoverRead>(readHandover(db, facilityId, shift, today));
                       return [show, read] {
                           show(*read);
                       };
                   });
}

const Result<> &ShiftBoardModel::apply(const Result<QList<ShiftBoardRow>> &read)
{
    if (!read.ok()) {
        m_lastRead = Result<>::failedAs(read);
        return m_lastRead;
    }
    m_lastRead = Result<>::done();
    const QList<ShiftBoardRow> &rows = read.value;
    const bool sameResidents = rows.size() == m_rows.size() &&
                               std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                          [](const ShiftBoardRow &a, const ShiftBoardRow &b) { return a.id == b.id; });
    if (!sameResidents) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return m_lastRead;
    }
    for (int r = 0; r < rows.size(); ++r) {
        if (!(rows.at(r) == m_rows.at(r))) {
            m_rows[r] = rows.at(r);
            emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
        }
    }
    return m_lastRead;
}

QStringList ShiftBoardModel::missing(const ShiftBoardRow &row) const
{
    QStringList result;
    for (const QString &key : ShiftPattern::expectedCategories(m_shift.shift)) {
        if (!row.recorded.contains(key))
            result.append(key);
    }
    return result;
}

bool ShiftBoardModel::fluidsLow(const ShiftBoardRow &row) const
{
    return FluidExpectation::isLow(row.fluidToday, row.fluidTarget, m_shift.date,
                                   m_moment.isValid() ? m_moment : m_shift.ends, QTimeZone::systemTimeZone());
}

bool ShiftBoardModel::needsAttention(const ShiftBoardRow &row) const
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
    const ShiftBoardRow &at = m_rows.at(row);
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
    const ShiftBoardRow &row = m_rows.at(index.row());
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
