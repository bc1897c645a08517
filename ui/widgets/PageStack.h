#pragma once

#include <QStackedWidget>

// A stack of pages sized by the minimum of the page on top (with StackedPages), never by the height its wrapped
// text would like for a width. QStackedWidget answers that with the tallest of all its pages, shown or not, and a
// box layout answers it with every item's preferred height: either way a scroll area around the window's pages
// took it as the least height the page needs, and the residents' list and a record scrolled, their buttons below
// the bottom of a station's screen.
class PageStack : public QStackedWidget
{
    Q_OBJECT

public:
    using QStackedWidget::QStackedWidget;

    bool hasHeightForWidth() const override { return false; }
    // A scroll area asks the widget itself once the stack's layout says a page has a height for its width, and
    // QStackedLayout answers with the tallest of all the pages: the page on top answers here (the Backups and Health
    // pages scrolled by the height of the Homes page behind them).
    int heightForWidth(int width) const override
    {
        const QWidget *page = currentWidget();
        return page && page->hasHeightForWidth() ? page->heightForWidth(width) : -1;
    }
};
