#pragma once

#include "database/KeysetRowModel.h"
#include "residents/RecordKind.h"
#include "residents/RecordVersion.h"

// Every version of a resident's record or of a care plan, newest first: who made it, when, and what changed from
// what to what, as ResidentHistoryStore reads them: one page, all at once.
class RecordHistoryModel : public KeysetRowModel<RecordVersion>
{
    Q_OBJECT

public:
    using Kind = RecordKind;
    enum Column
    {
        WhenColumn,
        WhoColumn,
        ChangesColumn,
        ColumnCount
    };

    explicit RecordHistoryModel(const QString &connectionName, QObject *parent = nullptr);
    // Reads the record's versions; lastRead() says what became of it.
    void setRecord(Kind kind, const QString &rowId);
    void clear() { setRecord(m_kind, QString()); }
    // Each version's changes, one line per field ("Surname: Smyth → Smith").
    QStringList changesAt(int row) const { return rows().value(row).changes; }
    int versionAt(int row) const { return rows().value(row).version; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool canRead() const override { return !m_rowId.isEmpty(); }
    PageReader pageReader(const std::optional<RecordVersion> &after) const override;

private:
    Kind m_kind = Kind::Resident;
    QString m_rowId;
};
