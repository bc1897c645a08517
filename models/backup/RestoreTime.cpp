#include "backup/RestoreTime.h"

#include <QRegularExpression>

QString RestoreTime::target() const
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char('.') +
           QStringLiteral("%1").arg(microseconds, 6, 10, QLatin1Char('0')) + QStringLiteral("+00");
}

Result<RestoreTime> RestoreTime::parse(const QString &typed, const QTimeZone &zone)
{
    static const QRegularExpression shape(
        QStringLiteral(
            R"(^\s*(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?\s*(Z|UTC|[+-]\d{2}(?::?\d{2})?)?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = shape.match(typed);
    const QString example = QStringLiteral("2026-12-06 14:30");
    if (!match.hasMatch())
        return Result<RestoreTime>::refused(
            tr("\"%1\" is not a date and time: write it as %2 (seconds and an offset such as +01:00 may follow).")
                .arg(typed.trimmed(), example));
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return Result<RestoreTime>::refused(
            tr("\"%1\" is not a date and time that exists: write it as %2.").arg(typed.trimmed(), example));
    RestoreTime parsed;
    parsed.microseconds = match.captured(7).leftJustified(6, QLatin1Char('0')).toInt();

    const QString offsetText = match.captured(8).toUpper();
    const QDateTime wall(date, time, Qt::UTC); // the typed wall-clock reading, not yet placed in a zone
    if (!offsetText.isEmpty()) {
        int offsetSeconds = 0;
        if (offsetText != QLatin1String("Z") && offsetText != QLatin1String("UTC")) {
            const QString digits = QString(offsetText).remove(QLatin1Char(':'));
            const int hours = digits.mid(1, 2).toInt();
            const int minutes = digits.size() > 3 ? digits.mid(3, 2).toInt() : 0;
            if (hours > 14 || minutes > 59)
                return Result<RestoreTime>::refused(tr("\"%1\" is not an offset from UTC.").arg(offsetText));
            offsetSeconds = (hours * 3600 + minutes * 60) * (digits.startsWith(QLatin1Char('-')) ? -1 : 1);
        }
        parsed.utc = wall.addSecs(-offsetSeconds);
        return Result<RestoreTime>::done(parsed);
    }

    // Every offset the zone has within a day of that reading; each that maps back to it is one moment it names.
    QList<int> offsets;
    for (const qint64 shift : {-86400LL, -43200LL, 0LL, 43200LL, 86400LL}) {
        const int offset = zone.offsetFromUtc(wall.addSecs(shift));
        if (!offsets.contains(offset))
            offsets.append(offset);
    }
    QList<QDateTime> moments;
    for (const int offset : offsets) {
        const QDateTime candidate = wall.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset && !moments.contains(candidate))
            moments.append(candidate);
    }
    if (moments.isEmpty())
        return Result<RestoreTime>::refused(
            tr("%1 did not happen in %2: the clocks went forward over it. Give the time with its offset (for example "
               "+00:00).")
                .arg(typed.trimmed(), QString::fromUtf8(zone.id())));
    if (moments.size() > 1) {
        std::sort(moments.begin(), moments.end());
        const auto offsetOf = [&](const QDateTime &moment) {
            const int seconds = zone.offsetFromUtc(moment);
            return QStringLiteral("%1%2:%3")
                .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                .arg(qAbs(seconds) / 3600, 2, 10, QLatin1Char('0'))
                .arg(qAbs(seconds) % 3600 / 60, 2, 10, QLatin1Char('0'));
        };
        return Result<RestoreTime>::refused(
            tr("%1 happened twice in %2: the clocks went back. Add %3 for the first time or %4 for the second.")
                .arg(typed.trimmed(), QString::fromUtf8(zone.id()), offsetOf(moments.first()),
                     offsetOf(moments.last())));
    }
    parsed.utc = moments.first();
    return Result<RestoreTime>::done(parsed);
}
