#include "RecordPrinter.h"

#include "FileDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace {

void render(QPrinter &printer, const QString &title, const QString &html)
{
    printer.setDocName(title);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
    QTextDocument document;
    document.setHtml(html);
    document.print(&printer);
}

} // namespace

bool RecordPrinter::print(QWidget *parent, const QString &title, const QString &html)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(title));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    render(printer, title, html);
    return true;
}

QString RecordPrinter::writePdf(const QString &path, const QString &title, const QString &html)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    render(printer, title, html);
    const QFileInfo written(path);
    if (!written.exists() || written.size() == 0)
        return tr("The PDF could not be written to %1: choose a folder you may save in.").arg(path);
    return QString();
}

QString RecordPrinter::saveAsPdf(QWidget *parent, const QString &title, const QString &fileName, const QString &html,
                                 QString *saved)
{
    saved->clear();
    QString path = FileDialog::saveFileName(parent, tr("Save %1 as PDF").arg(title), fileName, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return QString();
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    const QString problem = writePdf(path, title, html);
    if (problem.isEmpty())
        *saved = tr("Saved as PDF: %1").arg(QDir::toNativeSeparators(path));
    return problem;
}
