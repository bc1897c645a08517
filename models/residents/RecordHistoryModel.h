#pragma once

#include "common/ColumnTable.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

// Every version of a resident's record or of a care plan, newest first: who made it, when, and what changed from
// what to what (medical details and notes only as "changed": their values are for medical.read alone). Read from
// record_history, where the database keeps each replaced version.
class RecordHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Resident,
        CarePlan
    };
    enum Column
    {
        WhenColumn,
        WhoColumn,
        ChangesColumn,
        ColumnCount
    };

    explicit RecordHistoryModel(const QString &connectionName, QObject *parent = nullptr);
    // An empty string, or what went wrong.
    QString refresh(Kind kind, const QString &rowId);
    void clear();
    // Each version's changes, one line per field ("Surname: Smyth → Smith").
    QStringList changesAt(int row) const { return m_rows.value(row).changes; }
    int versionAt(int row) const { return m_rows.value(row).version; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int version = 0;
        QDateTime when;
        QString who;
        QStringList changes;
    };
    QString m_connectionName;
    ColumnTable m_columns;
    QList<Row> m_rows;
};
