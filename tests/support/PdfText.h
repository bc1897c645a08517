#pragma once

#include <QString>
#include <QStringList>

// The text of a PDF as poppler's pdftotext reads it, lines joined (a line broken where the page is full reads as one).
QString pdfText(const QString &path);
// Each page's text as pdftotext reads it (pages end in a form feed), lines joined, ligatures as their letters.
QStringList pdfPages(const QString &path);
