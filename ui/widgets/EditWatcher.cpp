#include "widgets/EditWatcher.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextEdit>

void EditWatcher::watch(QWidget *root, QObject *context, const std::function<void()> &callback)
{
    // The user's own signals where the widget has one (textEdited, activated, clicked); the others also fire when
    // the page fills a field itself, which it does before it shows a message, never after.
    for (auto *edit : root->findChildren<QLineEdit *>()) {
        if (!qobject_cast<QAbstractSpinBox *>(edit->parentWidget()) && !qobject_cast<QComboBox *>(edit->parentWidget()))
            QObject::connect(edit, &QLineEdit::textEdited, context, callback);
    }
    for (auto *text : root->findChildren<QPlainTextEdit *>())
        QObject::connect(text, &QPlainTextEdit::textChanged, context, callback);
    for (auto *text : root->findChildren<QTextEdit *>())
        QObject::connect(text, &QTextEdit::textChanged, context, callback);
    for (auto *combo : root->findChildren<QComboBox *>()) {
        QObject::connect(combo, &QComboBox::activated, context, callback);
        if (combo->isEditable())
            QObject::connect(combo, &QComboBox::editTextChanged, context, callback);
    }
    for (auto *date : root->findChildren<QDateTimeEdit *>())
        QObject::connect(date, &QDateTimeEdit::dateTimeChanged, context, callback);
    for (auto *spin : root->findChildren<QSpinBox *>())
        QObject::connect(spin, &QSpinBox::valueChanged, context, callback);
    for (auto *spin : root->findChildren<QDoubleSpinBox *>())
        QObject::connect(spin, &QDoubleSpinBox::valueChanged, context, callback);
    for (auto *button : root->findChildren<QAbstractButton *>()) {
        if (button->isCheckable())
            QObject::connect(button, &QAbstractButton::clicked, context, callback);
    }
    for (auto *table : root->findChildren<QTableWidget *>())
        QObject::connect(table, &QTableWidget::itemChanged, context, callback);
}
