#include "common/CsvText.h"

#include <QSaveFile>

QString CsvText::line(const QStringList &cells)
{
    QStringList quoted;
    for (QString text : cells) {
        if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
            text.prepend(QLatin1Char('\''));
        if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) ||
            text.contains(QLatin1Char('\r')))
            text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        quoted.append(text);
    }
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString CsvText::save(const QString &path, const QString &csv)
{
    QSaveFile file(path);
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + csv.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return QString();
}
