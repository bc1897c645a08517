#include "PdfText.h"

#include <QProcess>
#include <QStandardPaths>

QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return QStringLiteral("(pdftotext is not installed: install poppler-utils)");
    QProcess pdftotext;
    pdftotext.start(tool, {path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30000))
        return QStringLiteral("(pdftotext did not finish)");
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
}
