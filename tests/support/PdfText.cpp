#include "PdfText.h"

#include <QProcess>
#include <QStandardPaths>

namespace {

QString rawText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return QStringLiteral("(pdftotext is not installed: install poppler-utils)");
    QProcess pdftotext;
    pdftotext.start(tool, {path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30000))
        return QStringLiteral("(pdftotext did not finish)");
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace

QString pdfText(const QString &path)
{
    return rawText(path).simplified();
}

QStringList pdfPages(const QString &path)
{
    QStringList pages = rawText(path).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    // Compatibility forms too: the PDF's "ﬁ" ligature reads as "fi".
    for (QString &page : pages)
        page = page.normalized(QString::NormalizationForm_KC).simplified();
    return pages;
}
