#pragma once

#include "clinical/ResidentAlerts.h"
#include "common/ColumnTable.h"
#include "residents/ResidentSearch.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

class BackgroundReader;

// The residents the signed-in user may see (row-level security decides), searched and filtered on the server and
// read a page at a time as the view scrolls (canFetchMore / fetchMore): never the whole table. Pages continue from
// the last row shown (keyset paging on the sort key), never by OFFSET, so a group's 100,000 residents page as fast
// as a home's 80.
//
// The search stays on the indexes under row-level security: it compares stored, folded copies of the names and room
// (residents.search_*, collation "C") with the leakproof starts-with operator ^@, which the planner may use as an
// index condition where LIKE would not be.
class ResidentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RoomColumn,
        AlertsColumn,
        StatusColumn,
        FacilityColumn,
        BornColumn,
        NhsNumberColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        AlertFlagsRole, // ResidentAlerts::Flags as int, for the view to draw an icon beside each word
        AlertWordsRole, // QStringList
        StatusRole,     // the status as stored (admitted, in_hospital, ...)
    };
    enum class Order
    {
        ByName,
        ByRoom
    };

    static constexpr int pageSize = 50;

    explicit ResidentListModel(const QString &connectionName, QObject *parent = nullptr);

    // Each of these starts the list again from the top.
    void setSearch(const QString &typed);
    void setFacility(const QString &facilityId); // empty: every home the user may see
    void setStatuses(const QStringList &statuses);
    void setOrder(Order order);
    void refresh();

    QString searchText() const { return m_typed; }
    QStringList statuses() const { return m_statuses; }
    Order order() const { return m_order; }
    // What went wrong reading the last page, in a sentence; empty when nothing did.
    QString errorMessage() const { return m_error; }
    QString residentId(int row) const;
    int rowOf(const QString &residentId) const;
    // The statement and parameters that read the last page (for EXPLAIN in tests and the benchmark).
    QString lastStatement() const { return m_lastStatement; }
    QVariantList lastParameters() const { return m_lastParameters; }
    // The date alerts are judged against (today; tests set another).
    void setToday(const QDate &today) { m_today = today; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;

    // Pages are read on reader's thread and shown when they arrive (pageRead); without a reader, at once.
    void setReader(BackgroundReader *reader) { m_reader = reader; }
    // A page is on its way: the view says it is searching rather than that nobody matches.
    bool isReading() const { return m_reading; }

signals:
    void failed(const QString &message);
    // A page was read (and shown) or could not be (errorMessage()); rowsInserted alone says nothing of an empty page.
    void pageRead();

private:
    struct Row
    {
        QString id;
        QString firstName;
        QString lastName;
        QString room;
        QString facilityName;
        QString status;
        QDate born;
        QString nhsNumber;
        ResidentAlerts::Flags alerts;
        QString allergyNames;
        QString overdueAssessments;
        QString dueAssessments;
        // Where the next page starts: the sort key of the last row read.
        QString roomKey;
        QString lastNameKey;
        QString firstNameKey;
    };

    struct Page
    {
        QList<Row> rows;
        bool atEnd = true;
        QString error; // empty when read
    };
    void fetchPage();
    // One page, read on any thread.
    static Page readPage(const QSqlDatabase &db, const QString &statement, const QVariantList &params,
                         const QDate &today);
    void showPage(const Page &page);

    QString m_connectionName;
    ColumnTable m_columns;
    QString m_typed;
    ResidentSearchTerms m_terms;
    QString m_facilityId;
    QStringList m_statuses;
    Order m_order = Order::ByName;
    QDate m_today;
    QList<Row> m_rows;
    bool m_atEnd = false;
    QString m_error;
    BackgroundReader *m_reader = nullptr;
    bool m_reading = false;
    int m_generation = 0; // a page read for an earlier search, home, filter or order is not shown
    QString m_lastStatement;
    QVariantList m_lastParameters;
};
