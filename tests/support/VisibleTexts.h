#pragma once

#include <QStringList>

class QWidget;

// Every text a person can read in the visible widgets under root (and root's own title when it is a window): labels,
// buttons, group and tab titles, list lines, column headings, combo box choices, placeholders, menus, and what the
// first rows of tables and lists show. Accelerator ampersands removed.
QStringList visibleTexts(QWidget *root);
