#pragma once

#include <QHash>
#include <QSize>
#include <QStyledItemDelegate>

// A timeline note: struck through once a later note corrects it, in italics when it corrects another or was written
// late. Each note's height is measured once per text, width and font and then remembered: the list view measures every
// row it holds again whenever a page of notes is added, and word-wrapping thousands of notes each time made scrolling
// a long timeline slower with every page (a five-year timeline took minutes to scroll to its end).
class TimelineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // How many notes' heights were worked out rather than remembered (for tests).
    int measurements() const { return m_measurements; }
    static constexpr int maximumRemembered = 20000;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    struct Measured
    {
        size_t check = 0; // of everything the size depends on: the text, the width, the font and its styles
        QSize size;
    };
    mutable QHash<QString, Measured> m_sizes; // by note id
    mutable int m_measurements = 0;
};
