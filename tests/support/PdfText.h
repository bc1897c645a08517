#pragma once

#include <QString>

// The text of a PDF as poppler's pdftotext reads it, lines joined (a line broken where the page is full reads as one).
QString pdfText(const QString &path);
