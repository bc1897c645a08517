#pragma once

#include "database/KeysetPage.h"
#include "database/KeysetTableModel.h"

#include <memory>
#include <optional>

// A KeysetTableModel that keeps the rows a store returned, of one kind: the subclass says which store reads the next
// page, and presents the rows (data()).
template <typename Row>
class KeysetRowModel : public KeysetTableModel
{
public:
    const QList<Row> &rows() const { return m_rows; }

protected:
    using PageResult = Result<KeysetPage<Row>>;
    // Runs on any thread: whatever it needs is captured by value.
    using PageReader = std::function<PageResult(const QSqlDatabase &db)>;

    using KeysetTableModel::KeysetTableModel;
    // How to read the page after after (the last row kept; none for the first page).
    virtual PageReader pageReader(const std::optional<Row> &after) const = 0;

    void clearRows() override { m_rows.clear(); }
    int keptRows() const override { return static_cast<int>(m_rows.size()); }

private:
    PageRead nextPage() override
    {
        const PageReader read = pageReader(m_rows.isEmpty() ? std::nullopt : std::optional<Row>(m_rows.constLast()));
        return [this, read](const QSqlDatabase &db) -> Show {
            auto page = std::make_shared<const PageResult>(read(db));
            return [this, page] {
                show(*page);
            };
        };
    }
    void show(const PageResult &page)
    {
        pageArrived(page.ok() ? Result<>::done() : Result<>::failedAs(page), page.value.atEnd, page.value.statements);
        if (page.ok() && !page.value.rows.isEmpty()) {
            beginInsertRows(QModelIndex(), keptRows(), keptRows() + static_cast<int>(page.value.rows.size()) - 1);
            m_rows.append(page.value.rows);
            endInsertRows();
        }
        pageShown();
    }

    QList<Row> m_rows;
};
