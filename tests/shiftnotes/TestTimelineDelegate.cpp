// The timeline's delegate remembers each note's height (issue 15: scrolling a five-year timeline took minutes, the
// list view measuring every note it held again after each page), and never shows a stale one: a new text, width, or
// style is measured again, and what it remembers is what a fresh measurement gives.

#include "shiftnotes/TimelineDelegate.h"
#include "shiftnotes/TimelineModel.h"

#include <QListView>
#include <QStandardItemModel>
#include <QTest>

class TestTimelineDelegate : public QObject
{
    Q_OBJECT

private:
    static QStandardItem *note(int n, const QString &text)
    {
        auto *item = new QStandardItem(text);
        item->setData(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')),
                      TimelineModel::IdRole);
        return item;
    }
    static QString longText(int n)
    {
        return QStringLiteral("Note %1: repositioned every two hours overnight, skin intact, drank 200 ml of water at "
                              "02:00 and settled; asked for the window to be left open a little.")
            .arg(n);
    }
    static QStyleOptionViewItem optionOfWidth(int width)
    {
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, width, 20);
        option.features = QStyleOptionViewItem::WrapText;
        return option;
    }

private slots:
    void eachNoteIsMeasuredOnceWhilePagesAreAdded()
    {
        QStandardItemModel model;
        QListView view;
        view.setWordWrap(true);
        view.setUniformItemSizes(false);
        // The width stays the same throughout (a scroll bar appearing would change it and ask for every height again).
        view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        view.resize(400, 300);
        auto *delegate = new TimelineDelegate(&view);
        view.setItemDelegate(delegate);
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Ten pages of fifty, laid out after each, as the timeline fetches them.
        for (int page = 0; page < 10; ++page) {
            for (int n = 0; n < 50; ++n)
                model.appendRow(note(page * 50 + n, longText(page * 50 + n)));
            view.doItemsLayout();
        }
        QCOMPARE(model.rowCount(), 500);
        // Each note once, and the rows on screen once more at the width they are painted at: without remembering,
        // every page measured every note again (50 + 100 + ... + 500 = 2,750, and more for the painted ones).
        const int shown = view.viewport()->height() / view.fontMetrics().height() + 1;
        QVERIFY2(delegate->measurements() >= 500 && delegate->measurements() <= 500 + shown,
                 qPrintable(QString::number(delegate->measurements())));
        QVERIFY(view.visualRect(model.index(499, 0)).height() > view.fontMetrics().height());
    }

    void aRememberedHeightIsWhatAFreshMeasurementGives()
    {
        QStandardItemModel model;
        model.appendRow(note(1, longText(1)));
        const QModelIndex index = model.index(0, 0);
        TimelineDelegate remembering;
        const QSize first = remembering.sizeHint(optionOfWidth(300), index);
        QCOMPARE(remembering.sizeHint(optionOfWidth(300), index), first);
        QCOMPARE(remembering.measurements(), 1);
        QCOMPARE(TimelineDelegate().sizeHint(optionOfWidth(300), index), first);

        // Narrower: measured again, and taller.
        const QSize narrow = remembering.sizeHint(optionOfWidth(150), index);
        QCOMPARE(remembering.measurements(), 2);
        QVERIFY(narrow.height() > first.height());
        QCOMPARE(TimelineDelegate().sizeHint(optionOfWidth(150), index), narrow);

        // A longer text (the same note, as a correction's arrival changes it): measured again.
        model.item(0)->setText(longText(1) + QLatin1Char(' ') + longText(2));
        const QSize longer = remembering.sizeHint(optionOfWidth(300), index);
        QCOMPARE(remembering.measurements(), 3);
        QVERIFY(longer.height() > first.height());
        QCOMPARE(TimelineDelegate().sizeHint(optionOfWidth(300), index), longer);

        // Struck through once corrected: the font changes, so it is measured again.
        model.item(0)->setData(true, TimelineModel::CorrectedRole);
        QCOMPARE(remembering.sizeHint(optionOfWidth(300), index),
                 TimelineDelegate().sizeHint(optionOfWidth(300), index));
        QCOMPARE(remembering.measurements(), 4);
    }
};

QTEST_MAIN(TestTimelineDelegate)
#include "TestTimelineDelegate.moc"
