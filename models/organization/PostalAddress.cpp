#include "organization/PostalAddress.h"

#include <QStringList>

namespace {

constexpr const char *keys[] = {"line1", "line2", "town", "county", "postcode"};

} // namespace

QJsonObject PostalAddress::toJson() const
{
    QJsonObject json;
    const QString values[] = {line1, line2, town, county, postcode};
    for (int i = 0; i < 5; ++i) {
        if (!values[i].trimmed().isEmpty())
            json.insert(QLatin1String(keys[i]), values[i].trimmed());
    }
    return json;
}

PostalAddress PostalAddress::fromJson(const QJsonObject &json)
{
    PostalAddress address;
    QString *fields[] = {&address.line1, &address.line2, &address.town, &address.county, &address.postcode};
    for (int i = 0; i < 5; ++i)
        *fields[i] = json.value(QLatin1String(keys[i])).toString();
    return address;
}

QString PostalAddress::oneLine() const
{
    QStringList lines;
    for (const QString &line : {line1, line2, town, county, postcode}) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines.join(QStringLiteral(", "));
}
