#include "PdfText.h"

#include <QDir>
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

QList<QImage> pdfImages(const QString &path, const QString &dir)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdfimages"));
    if (tool.isEmpty())
        return {};
    QProcess pdfimages;
    pdfimages.start(tool, {QStringLiteral("-png"), path, QDir(dir).filePath(QStringLiteral("image"))});
    if (!pdfimages.waitForFinished(30000) || pdfimages.exitCode() != 0)
        return {};
    QList<QImage> images;
    const QStringList files = QDir(dir).entryList({QStringLiteral("image-*.png")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        images.append(QImage(QDir(dir).filePath(file)));
    return images;
}
