#pragma once

#include "attention/HomeAttention.h"
#include "common/Result.h"

#include <QAbstractItemModel>
#include <QDate>

class BackgroundReader;

// The manager's home screen as a tree: each home, under it a line for each kind of thing needing attention with its
// count, under each line the records themselves (the most urgent AttentionStore::itemsPerLine, then a line saying
// how many more the list holds). Read off the window's thread; until the first answer the tree is empty and
// isReading() says so.
class AttentionModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Level
    {
        HomeLevel,
        LineLevel,
        ItemLevel,
        MoreLevel
    };
    enum Role
    {
        LevelRole = Qt::UserRole + 1,
        KindRole,       // AttentionKind, as int
        FacilityIdRole, // every level
        ResidentIdRole,
        RecordIdRole,
        DetailRole,
        UrgentRole, // an urgent record; a line or home with any
    };

    AttentionModel(const QString &connectionName, QObject *parent = nullptr);

    void setReader(BackgroundReader *reader) { m_reader = reader; }
    // Reads everything afresh (the clock's now, and today).
    void refresh();
    bool isReading() const { return m_reading; }
    const Result<> &lastRead() const { return m_lastRead; }
    const QList<HomeAttention> &homes() const { return m_homes; }
    // Shows these homes, as read at now (tests and the benchmark read them themselves).
    void setHomes(const QList<HomeAttention> &homes, const QDateTime &now);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The words of one home, line or record, as the tree shows them.
    QString homeText(const HomeAttention &home) const;
    QString lineText(const HomeAttention &home, const AttentionLine &line) const;
    QString itemText(const AttentionItem &item) const;

signals:
    // A read ended: ok, or lastRead() says why not.
    void read(bool ok);

private:
    QString m_connectionName;
    BackgroundReader *m_reader = nullptr;
    QList<HomeAttention> m_homes;
    QDate m_today;
    bool m_reading = false;
    int m_generation = 0; // an answer to a read before the last refresh is dropped
    Result<> m_lastRead = Result<>::done();
};
