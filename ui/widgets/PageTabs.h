#pragma once

#include <QTabWidget>

// Tabs sized by their minimum, not by the height their tallest tab's wrapped text would like for a width (QTabWidget
// asks every tab for that, shown or not): otherwise a record's History tab held every tab, and the Save button
// below them, past the bottom of a station's screen. With StackedPages::sizeByCurrentTab for the minimum size.
class PageTabs : public QTabWidget
{
    Q_OBJECT

public:
    using QTabWidget::QTabWidget;

    bool hasHeightForWidth() const override { return false; }
};
