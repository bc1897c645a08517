#include "RecordFieldDelegate.h"

#include "NhsNumber.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>

void RecordFieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findData(value.toString())));
        return;
    }
    if (auto *date = qobject_cast<QDateEdit *>(editor); date && date->property("optionalDate").toBool()) {
        date->setDate(value.toDate().isValid() ? value.toDate() : date->minimumDate());
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
    if (auto *date = qobject_cast<QDateEdit *>(editor); date && date->property("optionalDate").toBool()) {
        model->setData(index, date->date() == date->minimumDate() ? QDate() : date->date(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}
