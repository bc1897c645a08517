#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

// The text of a PDF as poppler's pdftotext reads it, lines joined (a line broken where the page is full reads as one).
QString pdfText(const QString &path);
// Each page's text as pdftotext reads it (pages end in a form feed), lines joined, ligatures as their letters.
QStringList pdfPages(const QString &path);
// The pictures of a PDF, in order, as poppler's pdfimages writes them out (PNG, into dir).
QList<QImage> pdfImages(const QString &path, const QString &dir);
