#include "backup/RestoreRequest.h"

#include <QJsonDocument>

QJsonObject RestoreRequest::details() const
{
    QJsonObject details{{QStringLiteral("folder"), folder},
                        {QStringLiteral("requested_by"), requestedBy},
                        {QStringLiteral("requested_at"), requestedAt.toUTC().toString(Qt::ISODate)}};
    if (to)
        details.insert(QStringLiteral("restored_to"), to->target());
    if (!backup.isEmpty())
        details.insert(QStringLiteral("backup"), backup);
    if (!setAside.isEmpty())
        details.insert(QStringLiteral("set_aside"), setAside);
    return details;
}

QByteArray RestoreRequest::toFile() const
{
    QJsonObject file = details();
    file.insert(QStringLiteral("user_id"), userId);
    file.insert(QStringLiteral("station"), station);
    if (to) {
        file.insert(QStringLiteral("to_utc"), to->utc.toString(Qt::ISODate));
        file.insert(QStringLiteral("to_microseconds"), to->microseconds);
    }
    return QJsonDocument(file).toJson(QJsonDocument::Compact);
}

RestoreRequest RestoreRequest::fromFile(const QByteArray &file)
{
    const QJsonObject read = QJsonDocument::fromJson(file).object();
    RestoreRequest request;
    request.userId = read.value(QStringLiteral("user_id")).toString();
    request.requestedBy = read.value(QStringLiteral("requested_by")).toString();
    request.station = read.value(QStringLiteral("station")).toString();
    request.requestedAt = QDateTime::fromString(read.value(QStringLiteral("requested_at")).toString(), Qt::ISODate);
    request.backup = read.value(QStringLiteral("backup")).toString();
    request.folder = read.value(QStringLiteral("folder")).toString();
    request.setAside = read.value(QStringLiteral("set_aside")).toString();
    const QDateTime to = QDateTime::fromString(read.value(QStringLiteral("to_utc")).toString(), Qt::ISODate);
    if (to.isValid())
        request.to = RestoreTime{to.toUTC(), read.value(QStringLiteral("to_microseconds")).toInt()};
    return request;
}
