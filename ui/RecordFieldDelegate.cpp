#include "RecordFieldDelegate.h"

#include "NhsNumber.h"
#include "OptionalDateEdit.h"

#include <QComboBox>
#include <QLineEdit>

void RecordFieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findData(value.toString())));
        return;
    }
    if (auto *date = qobject_cast<OptionalDateEdit *>(editor)) {
        // What was typed stays as typed until it is a date.
        if (date->date() != value.toDate() || date->isAcceptable())
            date->setDate(value.toDate());
        return;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor);
        line && line->objectName() == QLatin1String("nhsNumberLineEdit")) {
        // What was typed stays as typed until it is a number.
        const QString shown = NhsNumber::formatted(value.toString());
        if (NhsNumber::normalized(line->text()) != NhsNumber::normalized(shown) || line->text().isEmpty())
            line->setText(shown);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RecordFieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto *date = qobject_cast<OptionalDateEdit *>(editor)) {
        // Text that is not a date leaves the field as it was: the form refuses to save it (never "not recorded").
        if (date->isAcceptable())
            model->setData(index, date->date(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}
