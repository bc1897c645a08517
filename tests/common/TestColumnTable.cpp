// ColumnTable: a table model's columns counted and titled from one list.

#include "common/ColumnTable.h"

#include <QStandardItemModel>
#include <QTest>

class TestColumnTable : public QObject
{
    Q_OBJECT

private slots:
    void countsAndTitlesItsColumns()
    {
        const ColumnTable columns({QStringLiteral("Room"), QStringLiteral("Resident")});
        QCOMPARE(columns.count(), 2);
        QCOMPARE(columns.columnCount(QModelIndex()), 2);
        QCOMPARE(columns.headerData(0, Qt::Horizontal, Qt::DisplayRole), QVariant(QStringLiteral("Room")));
        QCOMPARE(columns.headerData(1, Qt::Horizontal, Qt::DisplayRole), QVariant(QStringLiteral("Resident")));
        QCOMPARE(columns.headerData(2, Qt::Horizontal, Qt::DisplayRole), QVariant());
        QCOMPARE(columns.headerData(-1, Qt::Horizontal, Qt::DisplayRole), QVariant());
        QCOMPARE(columns.headerData(0, Qt::Horizontal, Qt::ToolTipRole), QVariant());
    }
    void answersEverythingElseAsQtDoes()
    {
        // A table's cells have no children, and rows are numbered from one, as QAbstractItemModel numbers them.
        QStandardItemModel model(3, 2);
        const ColumnTable columns({QStringLiteral("A"), QStringLiteral("B")});
        QCOMPARE(columns.columnCount(model.index(0, 0)), 0);
        for (int section = 0; section < 3; ++section)
            QCOMPARE(columns.headerData(section, Qt::Vertical, Qt::DisplayRole),
                     model.QAbstractItemModel::headerData(section, Qt::Vertical, Qt::DisplayRole));
        QCOMPARE(columns.headerData(0, Qt::Vertical, Qt::DecorationRole), QVariant());
    }
};

QTEST_GUILESS_MAIN(TestColumnTable)
#include "TestColumnTable.moc"
