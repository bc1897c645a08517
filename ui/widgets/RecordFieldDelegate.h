#pragma once

#include <QStyledItemDelegate>

// Between a record model's fields and the form's widgets (QDataWidgetMapper): a combo box stores its item's data,
// not its words; an optional date (OptionalDateEdit) is empty for no date, and text that is not a date is never
// taken as one; the NHS number shows as 3 3 4 digits.
class RecordFieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};
