#include "widgets/LabelInk.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>

#include <algorithm>

void LabelInk::install()
{
    if (qApp->findChild<LabelInk *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new LabelInk(qApp));
}

bool LabelInk::eventFilter(QObject *watched, QEvent *event)
{
    // On show, not on polish: a label in a splitter is polished before its text is set.
    if (event->type() == QEvent::Show) {
        if (auto *label = qobject_cast<QLabel *>(watched);
            label && label->font().kerning() && label->text().contains(QLatin1Char('&'))) {
            // Only kerning is set on a label that follows the application's font, so that its size still does; a
            // label given its own font (a title) keeps it, without kerning.
            QFont font = label->testAttribute(Qt::WA_SetFont) ? label->font() : QFont();
            font.setKerning(false);
            label->setFont(label->testAttribute(Qt::WA_SetFont) ? font : font.resolve(label->font()));
            // And a pixel to spare on the right: a round letter's ink can pass its rounded advance ("To").
            const QMargins margins = label->contentsMargins();
            label->setContentsMargins(margins.left(), margins.top(), std::max(margins.right(), 1), margins.bottom());
        }
    }
    return QObject::eventFilter(watched, event);
}
