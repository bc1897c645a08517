#pragma once

#include "printing/PageFooter.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

// Prints a record (HTML from RecordPrintouts) on A4, or saves it as a PDF, with the footer at the foot of every page.
class RecordPrinter
{
    Q_DECLARE_TR_FUNCTIONS(RecordPrinter)

public:
    // Asks which printer; false when the user cancelled.
    static bool print(QWidget *parent, const QString &title, const QString &html,
                      const PageFooter &footer = PageFooter());
    // Asks where (suggesting fileName) and writes the PDF; an empty string, or what went wrong. Cancelling is not
    // an error. *saved: what the page says once the PDF is written ("Saved as PDF: /home/…/plan.pdf"); empty
    // otherwise.
    static QString saveAsPdf(QWidget *parent, const QString &title, const QString &fileName, const QString &html,
                             QString *saved, const PageFooter &footer = PageFooter());
    // Writes the PDF to path without asking; an empty string, or what went wrong.
    static QString writePdf(const QString &path, const QString &title, const QString &html,
                            const PageFooter &footer = PageFooter());
};
