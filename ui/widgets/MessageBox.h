#pragma once

#include <QMessageBox>

// Every question and warning the application asks goes through here, so that GUI tests can answer a dialog before
// it appears (setNextAnswer) instead of racing a modal event loop.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    // The same, with the buttons' words chosen ("Quit anyway" rather than "Yes").
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                const QList<std::pair<QMessageBox::StandardButton, QString>> &buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // For tests: the next dialog is not shown and answers this instead.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // For tests: the text of the last dialog shown (or answered through setNextAnswer).
    static QString lastText();

private:
    static QMessageBox::StandardButton takeNextAnswer();
};
