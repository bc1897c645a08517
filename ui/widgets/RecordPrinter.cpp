#include "widgets/RecordPrinter.h"

#include "widgets/FileDialog.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>
#include <QUrl>

namespace {

// Page by page rather than QTextDocument::print(), which can put only a page number at the foot: the body is laid
// out for the page less the footer's height, and each page gets its own footer.
void render(QPrinter &printer, const QString &title, const QString &html, const PageFooter &footer,
            const RecordPrinter::Images &images)
{
    printer.setDocName(title);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&printer); // fonts measured as the printer prints them
    for (const auto &[name, image] : images)
        document.addResource(QTextDocument::ImageResource, QUrl(name), image);
    document.setHtml(html);
    QPainter painter;
    if (!painter.begin(&printer))
        return;
    QFont footerFont = document.defaultFont();
    footerFont.setPointSizeF(8);
    const QFontMetricsF metrics(footerFont, &printer);
    const QSizeF page = printer.pageLayout().paintRectPixels(printer.resolution()).size();
    const qreal footerHeight = metrics.height() * 3;
    const QSizeF body(page.width(), page.height() - footerHeight);
    document.setPageSize(body);
    const int pages = document.pageCount();
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            printer.newPage();
        painter.save();
        painter.translate(0, -index * body.height());
        document.drawContents(&painter, QRectF(QPointF(0, index * body.height()), body));
        painter.restore();
        painter.setFont(footerFont);
        painter.drawText(QRectF(0, body.height(), body.width(), footerHeight),
                         Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, footer.text(index + 1, pages));
    }
    painter.end();
}

} // namespace

bool RecordPrinter::print(QWidget *parent, const QString &title, const QString &html, const PageFooter &footer,
                          const Images &images)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(title));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    render(printer, title, html, footer, images);
    return true;
}

Result<> RecordPrinter::writePdf(const QString &path, const QString &title, const QString &html,
                                 const PageFooter &footer, const Images &images)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    render(printer, title, html, footer, images);
    const QFileInfo written(path);
    if (!written.exists() || written.size() == 0)
        return Result<>::failed(tr("The PDF could not be written to %1: choose a folder you may save in.").arg(path));
    return Result<>::done();
}

Result<QString> RecordPrinter::saveAsPdf(QWidget *parent, const QString &title, const QString &fileName,
                                         const QString &html, const PageFooter &footer, const Images &images)
{
    QString path = FileDialog::saveFileName(parent, tr("Save %1 as PDF").arg(title), fileName, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return Result<QString>::done();
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (const Result<> written = writePdf(path, title, html, footer, images); !written.ok())
        return Result<QString>::failedAs(written);
    return Result<QString>::done(tr("Saved as PDF: %1").arg(QDir::toNativeSeparators(path)));
}
