#include "residents/AlertsDelegate.h"

#include "residents/ResidentListModel.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

QIcon AlertsDelegate::iconFor(ResidentAlerts::Flag flag)
{
    QStyle *style = QApplication::style();
    switch (flag) {
    case ResidentAlerts::Dnacpr:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case ResidentAlerts::Allergies:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case ResidentAlerts::AllergiesUnknown:
        return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    case ResidentAlerts::ReviewOverdue:
    case ResidentAlerts::ReviewDue:
        return style->standardIcon(QStyle::SP_BrowserReload);
    case ResidentAlerts::AssessmentOverdue:
    case ResidentAlerts::AssessmentDue:
        return style->standardIcon(QStyle::SP_FileDialogDetailedView);
    }
    return {};
}

QList<ResidentAlerts::Flag> AlertsDelegate::inOrder(ResidentAlerts::Flags flags)
{
    QList<ResidentAlerts::Flag> list;
    for (const ResidentAlerts::Flag flag :
         {ResidentAlerts::Dnacpr, ResidentAlerts::Allergies, ResidentAlerts::AllergiesUnknown,
          ResidentAlerts::ReviewOverdue, ResidentAlerts::ReviewDue, ResidentAlerts::AssessmentOverdue,
          ResidentAlerts::AssessmentDue}) {
        if (flags.testFlag(flag))
            list.append(flag);
    }
    return list;
}

void AlertsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem plain = option;
    initStyleOption(&plain, index);
    plain.text.clear();
    QStyle *style = plain.widget ? plain.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &plain, painter, plain.widget);

    const QList<ResidentAlerts::Flag> flags =
        inOrder(ResidentAlerts::Flags(index.data(ResidentListModel::AlertFlagsRole).toInt()));
    const QStringList words = index.data(ResidentListModel::AlertWordsRole).toStringList();
    const int iconSize = option.fontMetrics.height();
    QRect area = option.rect.adjusted(4, 0, -4, 0);
    painter->save();
    painter->setPen(option.state & QStyle::State_Selected ? option.palette.highlightedText().color()
                                                          : option.palette.text().color());
    for (qsizetype i = 0; i < flags.size() && i < words.size() && area.width() > iconSize; ++i) {
        const QRect iconRect(area.left(), area.top() + (area.height() - iconSize) / 2, iconSize, iconSize);
        iconFor(flags.at(i)).paint(painter, iconRect);
        area.setLeft(iconRect.right() + 3);
        const QString word = option.fontMetrics.elidedText(words.at(i), Qt::ElideRight, area.width());
        painter->drawText(area, Qt::AlignVCenter | Qt::AlignLeft, word);
        area.setLeft(area.left() + option.fontMetrics.horizontalAdvance(word) + 12);
    }
    painter->restore();
}

QSize AlertsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList words = index.data(ResidentListModel::AlertWordsRole).toStringList();
    int width = 8;
    for (const QString &word : words)
        width += option.fontMetrics.height() + 3 + option.fontMetrics.horizontalAdvance(word) + 12;
    return {width, qMax(option.fontMetrics.height() + 6, QStyledItemDelegate::sizeHint(option, index).height())};
}
