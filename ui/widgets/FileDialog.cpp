#include "widgets/FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace {

QString nextAnswer;
bool answerSet = false;

} // namespace

void FileDialog::setNextAnswer(const QString &path)
{
    nextAnswer = path;
    answerSet = true;
}

QString FileDialog::saveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
                                 const QString &filter)
{
    if (answerSet) {
        answerSet = false;
        return nextAnswer;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(suggestedName), filter);
}
