#include "widgets/ColumnFit.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>

int ColumnFit::headingWidth(const QHeaderView *header, int column)
{
    QFont bold = header->font();
    bold.setBold(true);
    const QString heading =
        header->model() ? header->model()->headerData(column, header->orientation()).toString() : QString();
    return QFontMetrics(bold).horizontalAdvance(heading) +
           2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
}

void ColumnFit::apply(QTableView *view, const QList<int> &fittedColumns)
{
    auto *fit = new ColumnFit(view, fittedColumns);
    fit->fit();
}

ColumnFit::ColumnFit(QTableView *view, const QList<int> &fittedColumns)
    : QObject(view), m_view(view), m_fitted(fittedColumns)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(1);
    view->viewport()->installEventFilter(this);
    // A fitted column follows what it holds; the others are shared out again around it.
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (m_fitted.contains(column))
            fit();
    });
    connect(header, &QHeaderView::sectionCountChanged, this, &ColumnFit::fit);
    if (view->model())
        connect(view->model(), &QAbstractItemModel::headerDataChanged, this, &ColumnFit::fit);
}

bool ColumnFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFit::fit()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QAbstractItemModel *model = m_view->model();
    if (m_fitting || !model)
        return;
    m_fitting = true;
    int room = m_view->viewport()->width();
    QList<int> shared;
    QList<int> least;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        if (m_fitted.contains(column)) {
            header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
            room -= header->sectionSize(column);
            continue;
        }
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        shared.append(column);
        least.append(headingWidth(header, column));
    }
    // The same width for each, except that none goes below its heading: those that would are set at their heading
    // and the rest share what they leave.
    QList<int> widths = least;
    QList<bool> settled(shared.size(), false);
    int left = room;
    qsizetype open = shared.size();
    bool changed = true;
    while (changed && open > 0) {
        changed = false;
        const int each = std::max(0, left) / int(open);
        for (qsizetype i = 0; i < shared.size(); ++i) {
            if (!settled.at(i) && least.at(i) > each) {
                settled[i] = true;
                left -= least.at(i);
                --open;
                changed = true;
            }
        }
    }
    if (open > 0) {
        const int each = std::max(0, left) / int(open);
        int extra = std::max(0, left) - each * int(open); // the odd pixels, to the first columns
        for (qsizetype i = 0; i < shared.size(); ++i) {
            if (settled.at(i))
                continue;
            widths[i] = each + (extra > 0 ? 1 : 0);
            extra = std::max(0, extra - 1);
        }
    }
    for (qsizetype i = 0; i < shared.size(); ++i)
        header->resizeSection(shared.at(i), widths.at(i));
    m_fitting = false;
}
