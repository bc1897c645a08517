#pragma once

#include <QAbstractItemModelTester>
#include <QIdentityProxyModel>

// QAbstractItemModelTester (failures are Qt Test failures) on a model that reads pages on demand (canFetchMore /
// fetchMore), from before the model is filled: every reset and insertion the model makes, its own fetchMore pages
// included, is checked as it happens. The tester watches the model through this identity proxy, which leaves the
// fetching to the test: the tester calls fetchMore from its own handlers of a reset or an insertion, before it has
// noted that change, so on the model itself it fails every synchronous pager at its first reset (changeInFlight), and
// it would read pages the test then counts.
class PagedModelTester : public QIdentityProxyModel
{
public:
    explicit PagedModelTester(QAbstractItemModel *model);

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QAbstractItemModelTester m_tester;
};
