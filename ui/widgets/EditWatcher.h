#pragma once

#include <functional>

class QObject;
class QWidget;

// Calls back whenever the user changes a field anywhere under a page (a letter typed, a date or a choice changed, a
// box ticked, a table cell edited): a message such as "Saved." must not stay once it is no longer true.
class EditWatcher
{
public:
    // Connects every editor under root as it is now; callback runs in context's thread, while context lives.
    static void watch(QWidget *root, QObject *context, const std::function<void()> &callback);
};
