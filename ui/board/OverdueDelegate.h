#pragma once

#include <QStyledItemDelegate>

// The shift board's assessments column: overdue ones in bold. The words say it; the weight makes it stand out in a
// full board.
class OverdueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
