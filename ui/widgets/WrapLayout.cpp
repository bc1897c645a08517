#include "widgets/WrapLayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

WrapLayout::WrapLayout(QWidget *parent) : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
}

WrapLayout::~WrapLayout()
{
    qDeleteAll(m_items);
}

void WrapLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int WrapLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *WrapLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *WrapLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations WrapLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool WrapLayout::hasHeightForWidth() const
{
    return true;
}

int WrapLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

// As narrow as the widest group: the others go below it.
QSize WrapLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            // A label that wraps can be narrower than it would like; anything else keeps the width it asks for.
            size = size.expandedTo(item->hasHeightForWidth() ? item->minimumSize()
                                                             : item->minimumSize().expandedTo(item->sizeHint()));
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

// All on one line.
QSize WrapLayout::sizeHint() const
{
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? gap() : 0) + item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void WrapLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    const int height = arrange(rect, true);
    // A parent that does not ask for the height at a width (a splitter) would give one line's height and cut the
    // second: the widget this lays out says how tall it must be at the width it has.
    if (QWidget *owner = parentWidget(); owner && owner->layout() == this && owner->minimumHeight() != height)
        owner->setMinimumHeight(height);
}

int WrapLayout::gap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *parent = parentWidget();
    return parent ? parent->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent) : 6;
}

int WrapLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    // Lines of items, each item at the width it asks for; a new line where the next would not fit.
    QList<QList<QLayoutItem *>> lines;
    int used = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int wanted = item->sizeHint().width();
        if (lines.isEmpty() || used + gap() + wanted > area.width()) {
            lines.append({item});
            used = wanted;
        } else {
            lines.last().append(item);
            used += gap() + wanted;
        }
    }
    int y = area.top();
    for (const QList<QLayoutItem *> &line : std::as_const(lines)) {
        int natural = -gap();
        for (const QLayoutItem *item : line)
            natural += gap() + item->sizeHint().width();
        // What is left goes to a first group that can use it (filters ending in a spacer, a title); a line of
        // buttons keeps to the right instead.
        const int spare = std::max(0, area.width() - natural);
        const bool firstTakesSpare = line.first()->expandingDirections() & Qt::Horizontal;
        QList<int> widths;
        const int indent = firstTakesSpare || m_left ? 0 : spare;
        int x = area.left() + indent;
        int lineHeight = 0;
        for (int i = 0; i < line.size(); ++i) {
            const QLayoutItem *item = line.at(i);
            const int width = std::max(
                0, std::min(item->sizeHint().width() + (i == 0 && firstTakesSpare ? spare : 0), area.right() + 1 - x));
            widths.append(width);
            x += width + gap();
            // A label that wraps is as tall as its words need at the width it is given.
            lineHeight = std::max(lineHeight,
                                  item->hasHeightForWidth() ? item->heightForWidth(width) : item->sizeHint().height());
        }
        if (apply) {
            x = area.left() + indent;
            for (int i = 0; i < line.size(); ++i) {
                line.at(i)->setGeometry(QRect(x, y, widths.at(i), lineHeight));
                x += widths.at(i) + gap();
            }
        }
        y += lineHeight + gap();
    }
    const QMargins margins = contentsMargins();
    return (lines.isEmpty() ? 0 : y - gap() - area.top()) + margins.top() + margins.bottom();
}
