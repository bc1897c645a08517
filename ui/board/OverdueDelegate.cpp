#include "board/OverdueDelegate.h"

#include "board/ShiftBoardModel.h"

void OverdueDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(ShiftBoardModel::AssessmentOverdueRole).toBool())
        option->font.setBold(true);
}
