#include "PagedModelTester.h"

PagedModelTester::PagedModelTester(QAbstractItemModel *model)
    : m_tester(this, QAbstractItemModelTester::FailureReportingMode::QtTest)
{
    setSourceModel(model);
}

bool PagedModelTester::canFetchMore(const QModelIndex &) const
{
    return false;
}

void PagedModelTester::fetchMore(const QModelIndex &) {}
