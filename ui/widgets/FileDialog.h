#pragma once

#include <QString>

class QWidget;

// Every file the application asks for goes through here, so that GUI tests can answer before a dialog appears
// (setNextAnswer) instead of racing a modal event loop.
class FileDialog
{
public:
    // The file to save to, or an empty string when the user cancelled.
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
                                const QString &filter);
    // For tests: the next dialog is not shown and answers this instead.
    static void setNextAnswer(const QString &path);
};
