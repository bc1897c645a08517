#include "widgets/MessageBox.h"

#include <QPushButton>

namespace {

QMessageBox::StandardButton nextAnswer = QMessageBox::NoButton;
QString lastShownText;

} // namespace

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return lastShownText;
}

QMessageBox::StandardButton MessageBox::takeNextAnswer()
{
    const QMessageBox::StandardButton answer = nextAnswer;
    nextAnswer = QMessageBox::NoButton;
    return answer;
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    lastShownText = text;
    if (const QMessageBox::StandardButton answer = takeNextAnswer(); answer != QMessageBox::NoButton)
        return answer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 const QList<std::pair<QMessageBox::StandardButton, QString>> &buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    lastShownText = text;
    if (const QMessageBox::StandardButton answer = takeNextAnswer(); answer != QMessageBox::NoButton)
        return answer;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    for (const auto &[button, words] : buttons)
        box.addButton(button)->setText(words);
    box.setDefaultButton(defaultButton);
    box.exec();
    const QMessageBox::StandardButton answer = box.standardButton(box.clickedButton());
    return answer == QMessageBox::NoButton ? QMessageBox::Cancel : answer;
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    lastShownText = text;
    if (takeNextAnswer() != QMessageBox::NoButton)
        return;
    QMessageBox::warning(parent, title, text);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    lastShownText = text;
    if (takeNextAnswer() != QMessageBox::NoButton)
        return;
    QMessageBox::information(parent, title, text);
}
