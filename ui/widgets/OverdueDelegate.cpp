#include "widgets/OverdueDelegate.h"

void OverdueDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(m_role).toBool())
        option->font.setBold(true);
}
