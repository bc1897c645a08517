#pragma once

#include <QFontMetrics>
#include <QWidget>

// A width in the widget's own letters rather than in pixels: it grows with the text when a person sets larger text
// for the whole desktop, so a form or a column sized this way still holds its words at 150%.
inline int lettersWide(const QWidget *widget, double letters)
{
    return qRound(widget->fontMetrics().horizontalAdvance(QLatin1Char('M')) * letters);
}
