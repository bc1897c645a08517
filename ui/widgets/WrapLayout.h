#pragma once

#include <QLayout>
#include <QList>

// A row of groups (a page's filters, its buttons) that goes on to a second line when the width is too small for
// all of them side by side, as with large text or a long Welsh label, instead of squeezing what they show until it
// is cut. On each line the first group takes what width is left over, so what follows it keeps to the right.
class WrapLayout : public QLayout
{
public:
    explicit WrapLayout(QWidget *parent = nullptr);
    ~WrapLayout() override;
    WrapLayout(const WrapLayout &) = delete;
    WrapLayout &operator=(const WrapLayout &) = delete;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;
    // A line whose first group does not take the spare width keeps to the right (buttons); to the left with this
    // (filters).
    void setLinesToTheLeft(bool left) { m_left = left; }

private:
    // Lays the items out in rect (when apply) and returns the height they take.
    int arrange(const QRect &rect, bool apply) const;
    int gap() const;

    QList<QLayoutItem *> m_items;
    bool m_left = false;
};
