#pragma once

#include "board/ShiftBoardRow.h"
#include "clinical/HandoverResident.h"
#include "clinical/ShiftOccurrence.h"
#include "common/ColumnTable.h"
#include "common/Result.h"
#include "shiftnotes/DailyNote.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QHash>

class BackgroundReader;

// The shift board: every resident living in one facility, with what has been recorded for them on one shift, what
// is still missing, what assessments are overdue or due soon, their fluids for the day against their target and their
// latest NEWS2, as ShiftBoardStore reads them. A refresh keeps rows where they were.
class ShiftBoardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RoomColumn,
        NameColumn,
        AlertsColumn,
        AssessmentsColumn, // overdue and due-soon risk assessments, by short name
        RecordedColumn,
        MissingColumn,
        FluidColumn,
        News2Column,
        LastNoteColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        AlertFlagsRole, // as ResidentListModel's, for the same delegate; without the assessments, which have a column
        AlertWordsRole,
        NeedsAttentionRole,    // bool: a NEWS2 trigger, a new high risk result, or fluids far below the day so far
        AssessmentOverdueRole, // bool: a risk assessment is overdue
    };

    explicit ShiftBoardModel(const QString &connectionName, QObject *parent = nullptr);

    void setShift(const QString &facilityId, const ShiftOccurrence &occurrence);
    const ShiftOccurrence &shift() const { return m_shift; }
    const QString &facilityId() const { return m_facilityId; }
    // The moment fluids are judged at (FluidExpectation), normally now; until one is given, the end of the shift,
    // which expects the most.
    void setMoment(const QDateTime &moment);
    // Notes about each resident (by id) saved at this station and still waiting for the server: shown as recorded,
    // and said to be waiting, so nobody records the same care twice during an outage.
    void setWaiting(const QHash<QString, int> &waiting);
    // Re-reads the board now, on this thread: not ok when the server could not answer. For the handover, which prints
    // what the board shows at that moment, and for tests.
    Result<> refresh();
    // Reads the board on reader's thread (without one, now) and shows it when it arrives, then emits refreshed. A
    // request while one is under way is answered by one more read after it, never by a queue of them.
    void requestRefresh();
    void setReader(BackgroundReader *reader) { m_reader = reader; }
    // Reads the board and the shift's notes for the handover, on reader's thread (without one, now): the board shows
    // what was read (refreshed), then handoverRead gives the notes, or why nothing could be read.
    void requestHandover();
    bool isRefreshing() const { return m_pending != Pending::None; }
    void clear();
    // What became of the last read: its message says why the board could not be read.
    const Result<> &lastRead() const { return m_lastRead; }

    int rowFor(const QString &residentId) const;
    QString residentName(int row) const;
    // The row as the handover prints it.
    HandoverResident handoverResident(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A read finished and is shown: ok false when the server could not answer (lastRead() says why).
    void refreshed(bool ok);
    // The shift's notes for the handover the board now shows (requestHandover), or why they could not be read.
    void handoverRead(const Result<QList<DailyNote>> &notes);

private:
    const Result<> &apply(const Result<QList<ShiftBoardRow>> &read);
    void startRead();

    QStringList missing(const ShiftBoardRow &row) const;
    bool fluidsLow(const ShiftBoardRow &row) const;
    bool needsAttention(const ShiftBoardRow &row) const;

    QString m_connectionName;
    ColumnTable m_columns;
    QString m_facilityId;
    ShiftOccurrence m_shift;
    QDateTime m_moment;
    QList<ShiftBoardRow> m_rows;
    QHash<QString, int> m_waiting;
    Result<> m_lastRead = Result<>::done();
    BackgroundReader *m_reader = nullptr;
    enum class Pending
    {
        None,
        Reading,
        ReadingThenAgain, // asked again while reading: what is being read may already be out of date
    };
    Pending m_pending = Pending::None;
    int m_generation = 0; // a read of an earlier facility or shift is not shown
};
