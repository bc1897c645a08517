#include "widgets/ObjectName.h"

QString ObjectName::fromKey(const QString &key, bool capitalFirst)
{
    QString name;
    bool upper = capitalFirst;
    for (const QChar c : key) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name;
}
