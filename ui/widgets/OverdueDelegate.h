#pragma once

#include <QStyledItemDelegate>

// Rows or cells whose model says they are overdue (a bool under `role`) in bold: the words say it, the weight makes
// it stand out in a full list.
class OverdueDelegate : public QStyledItemDelegate
{
public:
    OverdueDelegate(int role, QObject *parent) : QStyledItemDelegate(parent), m_role(role) {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_role;
};
