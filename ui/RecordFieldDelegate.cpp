#include "RecordFieldDelegate.h"

#include "NhsNumber.h"

#include <QComboBox>
#include <QDateEdit>
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
    if (auto *date = qobject_cast<QDateEdit *>(editor); date && date->property("optionalDate").toBool()) {
        const QDate shown = value.toDate().isValid() ? value.toDate() : date->minimumDate();
        if (date->date() != shown)
            date->setDate(shown);
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
    if (auto *date = qobject_cast<QDateEdit *>(editor); date && date->property("optionalDate").toBool()) {
        model->setData(index, date->date() == date->minimumDate() ? QDate() : date->date(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}
