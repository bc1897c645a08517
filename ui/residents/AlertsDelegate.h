#pragma once

#include "clinical/ResidentAlerts.h"

#include <QIcon>
#include <QStyledItemDelegate>

// Draws a resident's alerts as an icon and a word each (never colour alone): a stop sign for DNACPR, a warning for
// allergies, a question for allergies not recorded, a clock for care plan reviews.
class AlertsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QIcon iconFor(ResidentAlerts::Flag flag);
    // The flags in flags, in the order ResidentAlerts::words names them.
    static QList<ResidentAlerts::Flag> inOrder(ResidentAlerts::Flags flags);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
