#include "widgets/ElidedLabel.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOption>

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for a few letters either side of the ellipsis.
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(QStringLiteral("Database…name")), QLabel::minimumSizeHint().height()};
}

void ElidedLabel::paintEvent(QPaintEvent *event)
{
    const QString whole = text();
    const QString shown = fontMetrics().elidedText(whole, Qt::ElideMiddle, contentsRect().width());
    if (shown == whole) {
        QLabel::paintEvent(event);
        return;
    }
    QPainter painter(this);
    QStyleOption option;
    option.initFrom(this);
    style()->drawItemText(&painter, contentsRect(), int(alignment()), option.palette, isEnabled(), shown,
                          foregroundRole());
}
