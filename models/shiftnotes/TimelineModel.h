#pragma once

#include "shiftnotes/DailyNote.h"

#include <QAbstractListModel>
#include <QDate>
#include <QSqlDatabase>

#include <optional>

class BackgroundReader;

// A resident's notes, newest first, a page at a time: keyset paging on (date, time of care, id), which the
// timeline index answers in the same few index reads on the first page and the thousandth, never OFFSET. Each page
// is read with a forward-only query (streamed, not buffered whole) and to its end before anything else runs on the
// connection. A corrected note stays, struck through, with who corrected it and when.
// The notes are partitioned by month of their date, and every statement of a page bounds the date, so that it is
// planned and run on the months it needs and not on every month since the first: a page is read newest month first,
// in windows of months further back (one month, then one more, two, four ...) until it is full or nothing older can
// match. The windows do not overlap and are read in the order of the page, so the page is the same as that of one
// unbounded statement.
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
    // One statement as sent, with its values in the order of $1, $2 ...
    struct Statement
    {
        QString text;
        QVariantList params;
    };
    // Window step of a page (0 is the anchor's month and anything newer the other conditions allow; step n >= 1 the
    // months from windowMonths(n) back to windowMonths(n - 1) back, the older excluded).
    static int windowMonths(int step);
    // The statement of one step of a page: the resident's notes (of a category, from/to when valid) older than after
    // when given, in the step's window of months before the anchor's month, newest first, at most limit. The anchor
    // is after's date, or today (to when that is earlier).
    static Statement pageStatement(const QString &residentId, const QString &category, const QDate &from,
                                   const QDate &to, const DailyNote *after, const QDate &today, int step, int limit);
    // The month the windows count back from, as pageStatement chooses it.
    static QDate anchorOf(const QDate &to, const DailyNote *after, const QDate &today);
    // The dates a resident's timeline shows until the user changes them: a year back to tomorrow, as the shift board
    // has always started. The board starts with them, and the bench measures them.
    static QDate defaultFrom(const QDate &today) { return today.addYears(-1); }
    static QDate defaultTo(const QDate &today) { return today.addDays(1); }

    explicit TimelineModel(const QString &connectionName, QObject *parent = nullptr);

    // category: a CareCategories key, "observations", "narrative", "correction", "escalation", or empty for all;
    // from/to: invalid for no limit.
    void setResident(const QString &residentId, const QString &category = QString(), const QDate &from = QDate(),
                     const QDate &to = QDate());
    void reload();
    void clear();
    // Pages are read on reader's thread and shown when they arrive (pageRead); without a reader, at once.
    void setReader(BackgroundReader *reader) { m_reader = reader; }
    // A page is being read: the view shows that the notes are on their way.
    bool isReading() const { return m_reading; }
    const QString &lastError() const { return m_lastError; }
    const DailyNote &note(int row) const { return m_notes.at(row); }
    // For tests and the benchmark: the statement and values of the last page read.
    const QString &lastStatement() const { return m_lastStatement; }
    // For tests and the benchmark: every statement the last page read sent, with its values.
    const QList<Statement> &lastPageStatements() const { return m_lastPageStatements; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // A page was read and is shown (ok), or could not be read (lastError() says why).
    void pageRead(bool ok);

private:
    struct Page
    {
        QList<DailyNote> notes;
        QString error; // empty when read
        QList<Statement> statements;
    };
    // One page, read on any thread: the resident's notes after after (none: from the newest), as pageStatement
    // words them, window by window until the page is full or nothing older can match.
    static Page readPage(const QSqlDatabase &db, const QString &residentId, const QString &category, const QDate &from,
                         const QDate &to, const std::optional<DailyNote> &after, const QDate &today);
    void showPage(const Page &page);
    static QString displayText(const DailyNote &note);
    QString m_connectionName;
    QString m_residentId;
    QString m_category;
    QDate m_from;
    QDate m_to;
    QList<DailyNote> m_notes;
    mutable QList<QString> m_texts; // each note's text once shown, else null
    bool m_atEnd = true;
    QString m_lastError;
    QString m_lastStatement;
    QList<Statement> m_lastPageStatements;
    BackgroundReader *m_reader = nullptr;
    bool m_reading = false;
    int m_generation = 0; // a page read for an earlier resident, filter or reload is not shown
};
