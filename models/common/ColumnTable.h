#pragma once

#include <QModelIndex>
#include <QStringList>
#include <QVariant>

// A table model's columns, counted and titled in one place: the headings in column order, one per column, so that a
// column added to a model's list is counted and titled together. Models keep one, made with their tr() headings, and
// answer columnCount and headerData from it.
class ColumnTable
{
public:
    explicit ColumnTable(QStringList headings) : m_headings(std::move(headings)) {}

    int count() const { return int(m_headings.size()); }
    int columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : count(); }
    // The column's heading for the horizontal header; for the vertical one, the row's number, as Qt's default.
    QVariant headerData(int section, Qt::Orientation orientation, int role) const
    {
        if (role != Qt::DisplayRole)
            return {};
        if (orientation == Qt::Vertical)
            return section + 1;
        return section >= 0 && section < count() ? QVariant(m_headings.at(section)) : QVariant();
    }

private:
    QStringList m_headings;
};
