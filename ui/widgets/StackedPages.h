#pragma once

class QStackedWidget;
class QTabWidget;

// A stack of pages sized by the page on top. QStackedWidget asks for the largest minimum size of all its pages, so
// one tall page (the administrator's schedule, a long form) would hold every other page, and so the window, to its
// height and push the window past the bottom of a station's screen.
class StackedPages
{
public:
    // From now on only the current page's size counts; call again after adding pages.
    static void sizeByCurrentPage(QStackedWidget *stack);
    // The same for the pages of a tab widget: the tallest tab would otherwise push the buttons below the tabs off a
    // station's screen.
    static void sizeByCurrentTab(QTabWidget *tabs);
};
