#include "VisibleTexts.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTextBrowser>

#include <algorithm>

QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    if (root->isWindow())
        texts.append(root->windowTitle());
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts.append(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts.append(button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts.append(group->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts.append(tabs->tabText(i));
        } else if (auto *list = qobject_cast<QListWidget *>(widget)) {
            for (int i = 0; i < list->count(); ++i)
                texts.append(list->item(i)->text());
        } else if (auto *header = qobject_cast<QHeaderView *>(widget); header && header->model()) {
            for (int i = 0; i < header->count(); ++i)
                texts.append(header->model()->headerData(i, header->orientation()).toString());
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts.append(combo->itemText(i));
        } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            texts.append(edit->placeholderText());
        } else if (auto *menuBar = qobject_cast<QMenuBar *>(widget)) {
            for (const QAction *action : menuBar->actions()) {
                texts.append(action->text());
                if (const QMenu *menu = action->menu())
                    for (const QAction *item : menu->actions())
                        texts.append(item->text().section(QLatin1Char('\t'), 0, 0));
            }
        } else if (auto *browser = qobject_cast<QTextBrowser *>(widget)) {
            texts.append(browser->toPlainText().split(QLatin1Char('\n')));
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            // What the app writes into a table or list (a timeline entry, a status): the first screenful or so.
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < std::min(model->rowCount(view->rootIndex()), 60); ++row)
                for (int column = 0; column < model->columnCount(view->rootIndex()); ++column)
                    texts.append(model->index(row, column, view->rootIndex()).data().toString());
        }
    }
    for (QString &text : texts)
        text.remove(QLatin1Char('&'));
    texts.removeAll(QString());
    return texts;
}
