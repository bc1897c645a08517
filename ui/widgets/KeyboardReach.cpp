#include "widgets/KeyboardReach.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>

void KeyboardReach::install()
{
    if (qApp->findChild<KeyboardReach *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new KeyboardReach(qApp));
}

bool KeyboardReach::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish) {
        if (auto *view = qobject_cast<QAbstractItemView *>(watched))
            view->setTabKeyNavigation(false);
    }
    return QObject::eventFilter(watched, event);
}
