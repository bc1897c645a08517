#include "widgets/FocusRing.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QPointer>
#include <QRegion>

namespace {

// The ring of the moment: a child of the control it rings, so it goes when that control goes, and is made anew.
QPointer<FocusRing> &ring()
{
    static QPointer<FocusRing> current;
    return current;
}

bool following = false;

} // namespace

FocusRing::FocusRing(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoChildEventsForParent);
    setFocusPolicy(Qt::NoFocus);
}

void FocusRing::install()
{
    if (following)
        return;
    following = true;
    QObject::connect(qApp, &QApplication::focusChanged, qApp, [](QWidget *, QWidget *now) { follow(now); });
}

void FocusRing::follow(QWidget *now)
{
    // Not in a menu or a list that drops down (they show their current line themselves), nor round a whole window.
    const bool ringed = now && !now->isWindow() && now->window()->windowType() != Qt::Popup;
    if (FocusRing *old = ring()) {
        if (old->parentWidget())
            old->parentWidget()->removeEventFilter(old);
        if (!ringed) {
            old->hide();
            return;
        }
        old->setParent(now);
    } else if (ringed) {
        ring() = new FocusRing(now);
    } else {
        return;
    }
    now->installEventFilter(ring());
    ring()->fit();
    ring()->show();
    ring()->raise();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    // The control resized, or a child of it (a table's viewport) shown over the ring.
    if (watched == parentWidget() && (event->type() == QEvent::Resize || event->type() == QEvent::ChildAdded))
        fit();
    return QWidget::eventFilter(watched, event);
}

void FocusRing::fit()
{
    if (!parentWidget())
        return;
    const QRect whole = parentWidget()->rect();
    setGeometry(whole);
    setMask(QRegion(whole).subtracted(QRegion(whole.adjusted(width, width, -width, -width))));
    raise();
}

void FocusRing::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Active, QPalette::Highlight));
}
