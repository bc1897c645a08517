#pragma once

#include "common/Result.h"
#include "printing/PageFooter.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <utility>

class QWidget;

// Prints a record (HTML from RecordPrintouts) on A4, or saves it as a PDF, with the footer at the foot of every page.
class RecordPrinter
{
    Q_DECLARE_TR_FUNCTIONS(RecordPrinter)

public:
    // The pictures the HTML names in its img elements (PrintedDocument::addImage), by name.
    using Images = QList<std::pair<QString, QImage>>;

    // Asks which printer; false when the user cancelled.
    static bool print(QWidget *parent, const QString &title, const QString &html,
                      const PageFooter &footer = PageFooter(), const Images &images = {});
    // Asks where (suggesting fileName) and writes the PDF. Done with what the page says once the PDF is written
    // ("Saved as PDF: /home/…/plan.pdf") as the value, or with an empty value when the user cancelled (not an
    // error); Failed with what went wrong.
    static Result<QString> saveAsPdf(QWidget *parent, const QString &title, const QString &fileName,
                                     const QString &html, const PageFooter &footer = PageFooter(),
                                     const Images &images = {});
    // Writes the PDF to path without asking: Done, or Failed with what went wrong.
    static Result<> writePdf(const QString &path, const QString &title, const QString &html,
                             const PageFooter &footer = PageFooter(), const Images &images = {});
};
