#pragma once

#include <QString>
#include <QStringList>

// A CSV line as RFC 4180 has it (quoted where needed, CRLF at the end), for a spreadsheet: a cell that a spreadsheet
// would take for a formula (=, +, -, @, a tab or a carriage return first) is kept as text with a leading apostrophe.
class CsvText
{
public:
    static QString line(const QStringList &cells);
    // Writes csv to path as UTF-8 with its byte order mark (so that a spreadsheet reads Welsh names right), whole or
    // not at all; empty when done, else what went wrong.
    static QString save(const QString &path, const QString &csv);
};
