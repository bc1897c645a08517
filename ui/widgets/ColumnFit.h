#pragma once

#include <QList>
#include <QObject>

class QHeaderView;
class QTableView;

// A table's columns fill its width and none is narrower than its heading, whatever the size of the text: the fitted
// columns (a room, a time) are as wide as what they hold; the others share what is left, the narrowest brought up
// first. Only when even the headings cannot fit side by side does the table scroll sideways. Keeps doing so as the
// table is resized, its rows change or its model's headings change (the model is the one the view has when applied).
class ColumnFit : public QObject
{
    Q_OBJECT

public:
    static void apply(QTableView *view, const QList<int> &fittedColumns);
    // The width a column's heading needs, drawn in bold as the headings of a selected row are.
    static int headingWidth(const QHeaderView *header, int column);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ColumnFit(QTableView *view, const QList<int> &fittedColumns);
    void fit();

    QTableView *m_view;
    QList<int> m_fitted;
    bool m_fitting = false;
};
