#include "shiftnotes/TimelineDelegate.h"

#include "shiftnotes/TimelineModel.h"
#include "widgets/StationColours.h"

void TimelineDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(TimelineModel::CorrectedRole).toBool())
        option->font.setStrikeOut(true);
    if (index.data(TimelineModel::CorrectionRole).toBool() || index.data(TimelineModel::LateRole).toBool())
        option->font.setItalic(true);
    // An incident stands out among the notes.
    if (index.data(TimelineModel::IncidentRole).toBool()) {
        option->font.setBold(true);
        option->backgroundBrush = StationColours::noticeBackground();
        option->palette.setColor(QPalette::Text, StationColours::noticeText());
    }
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString id = index.data(TimelineModel::IdRole).toString();
    if (id.isEmpty())
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem styled = option;
    initStyleOption(&styled, index);
    const size_t check =
        qHashMulti(0, styled.text, styled.rect.width(), styled.font.key(), styled.decorationSize, int(styled.features));
    const auto known = m_sizes.constFind(id);
    if (known != m_sizes.constEnd() && known->check == check)
        return known->size;
    ++m_measurements;
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Bounded, for a station left on the timeline all week: a few MB at most, then measured afresh.
    if (m_sizes.size() >= maximumRemembered)
        m_sizes.clear();
    m_sizes.insert(id, Measured{check, size});
    return size;
}
