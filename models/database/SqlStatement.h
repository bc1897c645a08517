#pragma once

#include <QString>
#include <QVariantList>

// One statement as sent: its text with $1, $2 ... and the values that travel as parameters, in that order. Kept
// for tests and the benchmark, which EXPLAIN what a list really ran.
struct SqlStatement
{
    QString text;
    QVariantList params;
};
