#pragma once

#include "DailyNote.h"

#include <QAbstractListModel>
#include <QDate>

// A resident's notes, newest first, a page at a time: keyset paging on (date, time of care, id), which the
// timeline index answers in the same few index reads on the first page and the thousandth, never OFFSET. Each page
// is read with a forward-only query (streamed, not buffered whole) and to its end before anything else runs on the
// connection. A corrected note stays, struck through, with who corrected it and when.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        CorrectedRole,  // bool: the view strikes it through
        LateRole,       // bool
        CorrectionRole, // bool: this note corrects another
    };
    static constexpr int pageSize = 50;

    explicit TimelineModel(const QString &connectionName, QObject *parent = nullptr);

    // category: a CareCategories key, "observations", "narrative", "correction", "escalation", or empty for all;
    // from/to: invalid for no limit.
    void setResident(const QString &residentId, const QString &category = QString(), const QDate &from = QDate(),
                     const QDate &to = QDate());
    void reload();
    void clear();
    const QString &lastError() const { return m_lastError; }
    const DailyNote &note(int row) const { return m_notes.at(row); }
    // For tests and the benchmark: the statement and values of the last page read.
    const QString &lastStatement() const { return m_lastStatement; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QString m_connectionName;
    QString m_residentId;
    QString m_category;
    QDate m_from;
    QDate m_to;
    QList<DailyNote> m_notes;
    bool m_atEnd = true;
    QString m_lastError;
    QString m_lastStatement;
};
