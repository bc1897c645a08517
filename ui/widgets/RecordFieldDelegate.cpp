#include "widgets/RecordFieldDelegate.h"

#include "clinical/NhsNumber.h"
#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMetaProperty>

void RecordFieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    // A widget already showing the model's value is never written to: writing sets the text again and sends the
    // cursor to the start of the box, so a timer that submits the form (the drafts, every few seconds) would
    // scramble what is being typed.
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int item = qMax(0, combo->findData(value.toString()));
        if (combo->currentIndex() != item)
            combo->setCurrentIndex(item);
        return;
    }
    if (auto *date = qobject_cast<OptionalDateEdit *>(editor)) {
        // What was typed stays as typed until it is a date; a date is shown in the form's own way only when nobody
        // is typing in the field (a timer's submit must never rewrite it under the cursor).
        if (date->date() != value.toDate() || (date->isAcceptable() && !date->hasFocus()))
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
    const QMetaProperty user = editor->metaObject()->userProperty();
    if (user.isValid() && user.read(editor) == value)
        return;
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
