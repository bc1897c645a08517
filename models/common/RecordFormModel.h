#pragma once

#include "common/RecordFormModelBase.h"

#include <QStringList>

// One record (a resident's, a care plan) as a one-row table for QDataWidgetMapper: one column per field of Record,
// found by name with fieldIndex("last_name"). Holds the record as read (original) and as edited; saving is the
// store's. Record provides static fieldNames(), label(field) and isFixed(field) (shown, never edited here), and
// value(), setValue(), displayValue() and differences().
template <typename Record>
class RecordFormModel : public RecordFormModelBase
{
public:
    explicit RecordFormModel(QObject *parent = nullptr) : RecordFormModelBase(parent) {}

    // The column of a field, or -1.
    int fieldIndex(const QString &field) const { return static_cast<int>(Record::fieldNames().indexOf(field)); }
    QString fieldName(int column) const { return Record::fieldNames().value(column); }

    // A record as read: what is edited from now on, and what isModified() compares with.
    void setRecord(const Record &record)
    {
        beginResetModel();
        m_original = record;
        m_edited = record;
        endResetModel();
        noteModification();
    }
    // Replaces what is edited, keeping the original (a restored draft, or changes reapplied after a reload).
    void setEdited(const Record &edited)
    {
        m_edited = edited;
        emit dataChanged(index(0, 0), index(0, columnCount() - 1));
        noteModification();
    }
    const Record &original() const { return m_original; }
    const Record &edited() const { return m_edited; }
    QStringList modifiedFields() const { return m_edited.differences(m_original); }
    bool isModified() const { return !modifiedFields().isEmpty(); }
    // Fields that the signed-in user may not change (the fixed ones never are).
    void setReadOnly(const QStringList &fields) { m_readOnly = fields; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override { return parent.isValid() ? 0 : 1; }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(Record::fieldNames().size());
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() != 0)
            return {};
        const QString field = fieldName(index.column());
        if (role == Qt::EditRole)
            return m_edited.value(field);
        if (role == Qt::DisplayRole)
            return m_edited.displayValue(field);
        return {};
    }
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override
    {
        if (!index.isValid() || index.row() != 0 || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
            return false;
        const QString field = fieldName(index.column());
        if (m_edited.value(field) == value)
            return true;
        m_edited.setValue(field, value);
        emit dataChanged(index, index);
        noteModification();
        return true;
    }
    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid())
            return Qt::NoItemFlags;
        const QString field = fieldName(index.column());
        if (Record::isFixed(field) || m_readOnly.contains(field))
            return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return Record::label(fieldName(section));
        return RecordFormModelBase::headerData(section, orientation, role);
    }

private:
    void noteModification()
    {
        const bool modified = isModified();
        if (modified != m_wasModified) {
            m_wasModified = modified;
            emit modifiedChanged(modified);
        }
    }

    Record m_original;
    Record m_edited;
    QStringList m_readOnly;
    bool m_wasModified = false;
};
