#include "assessments/AssessmentTrend.h"

#include "clinical/News2.h"
#include "database/DatabaseFailure.h"
#include "database/PgSession.h"
#include "database/ReadLater.h"
#include "shiftnotes/DailyNoteStore.h"

#include <QLocale>

#include <algorithm>

QList<AssessmentTrend::Measure> AssessmentTrend::measures()
{
    return {Measure::Weight, Measure::Bmi, Measure::Must, Measure::Waterlow, Measure::News2};
}

std::optional<AssessmentTrend::Measure> AssessmentTrend::openingMeasure(Measure preferred,
                                                                        const std::function<bool(Measure)> &hasValues)
{
    if (hasValues(preferred))
        return preferred;
    for (const Measure measure : measures()) {
        if (measure != preferred && hasValues(measure))
            return measure;
    }
    return std::nullopt;
}

QString AssessmentTrend::name(Measure measure)
{
    switch (measure) {
    case Measure::Weight:
        return tr("Weight");
    case Measure::Bmi:
        return tr("BMI");
    case Measure::Must:
        return tr("MUST score");
    case Measure::Waterlow:
        return tr("Waterlow score");
    case Measure::News2:
        return tr("NEWS2 score");
    }
    return {};
}

QString AssessmentTrend::unit(Measure measure)
{
    switch (measure) {
    case Measure::Weight:
        return QStringLiteral("kg");
    case Measure::Bmi:
        return QStringLiteral("kg/m²");
    default:
        return {};
    }
}

QList<AssessmentTrend::Band> AssessmentTrend::bands(Measure measure)
{
    switch (measure) {
    case Measure::Weight:
        return {};
    case Measure::Bmi:
        // MUST step 1: under 18.5 scores 2, 18.5-20 scores 1, over 20 (from 20.1: see MustTool) scores 0; over 30
        // obese.
        return {{0, 18.5, tr("MUST 2"), 2},
                {18.5, 20.1, tr("MUST 1"), 1},
                {20.1, 30.05, tr("MUST 0"), 0},
                {30.05, 60, tr("Obese"), 1}};
    case Measure::Must:
        return {{0, 0.5, tr("Low"), 0}, {0.5, 1.5, tr("Medium"), 1}, {1.5, 7, tr("High"), 2}};
    case Measure::Waterlow:
        return {{0, 9.5, tr("Not at risk"), 0},
                {9.5, 14.5, tr("At risk"), 1},
                {14.5, 19.5, tr("High risk"), 2},
                {19.5, 60, tr("Very high risk"), 3}};
    case Measure::News2:
        return {{0, 4.5, tr("Low"), 0}, {4.5, 6.5, tr("Medium"), 2}, {6.5, 20, tr("High"), 3}};
    }
    return {};
}

Result<AssessmentTrend::Series> AssessmentTrend::series(const QSqlDatabase &db, const QString &residentId,
                                                        Measure measure)
{
    QString type;
    QString value;
    switch (measure) {
    case Measure::Weight:
        type = QStringLiteral("must");
        value = QStringLiteral("(a.recommendations -> 'derived' ->> 'weight_kg')::numeric");
        break;
    case Measure::Bmi:
        type = QStringLiteral("must");
        value = QStringLiteral("(a.recommendations -> 'derived' ->> 'bmi')::numeric");
        break;
    case Measure::Must:
        type = QStringLiteral("must");
        value = QStringLiteral("a.score");
        break;
    case Measure::Waterlow:
        type = QStringLiteral("waterlow");
        value = QStringLiteral("a.score");
        break;
    case Measure::News2:
        type = QStringLiteral("news2");
        value = QStringLiteral("a.score");
        break;
    }
    Series series;
    QList<Point> &points = series.points;
    const PgResult result = PgSession(db).exec(
        QStringLiteral(
            "SELECT * FROM (SELECT a.date, %1 AS measure, a.id, a.created_at, "
            "floor(extract(epoch FROM a.created_at) * 1000)::bigint AS created_ms FROM public.assessments AS a "
            "WHERE a.resident_id = $1::uuid AND a.type = $2 AND %1 IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM public.assessments AS c WHERE c.organization_id = "
            "a.organization_id AND c.corrects_id = a.id) "
            "ORDER BY a.date DESC, a.created_at DESC LIMIT $3) AS newest ORDER BY date, created_at")
            .arg(value),
        {residentId, type, maximumPoints});
    if (!result.ok())
        return databaseFailure<Series>(result.error());
    for (int r = 0; r < result.rowCount(); ++r) {
        Point point;
        point.date = QDate::fromString(result.text(r, "date"), Qt::ISODate);
        // At the time it was written when that was the same day, so it sits among that day's notes.
        const QDateTime written =
            QDateTime::fromMSecsSinceEpoch(result.text(r, "created_ms").toLongLong()).toLocalTime();
        point.at = written.date() == point.date ? written : point.date.startOfDay();
        point.value = result.value(r, "measure").toDouble();
        point.assessmentId = result.text(r, "id");

        points.append(point);
    }
    // In the order they are drawn: a back-dated assessment sits at the start of its day, before one written that day.
    const auto byTime = [](const Point &a, const Point &b) {
        return a.at < b.at;
    };
    if (measure != Measure::News2) {
        std::stable_sort(points.begin(), points.end(), byTime);
        return Result<Series>::done(series);
    }

    // Without the notes the assessments are still charted, and the message says what is missing.
    const Result<QList<DailyNote>> notes = DailyNoteStore::observationNotes(db, residentId, maximumPoints);
    series.notesProblem = notes.message;
    for (const DailyNote &note : notes.value) {
        const News2Result score = News2::score(note.vitalSigns());
        if (!score.complete()) {
            ++series.incomplete;
            continue;
        }
        Point point;
        point.date = note.date;
        point.at = note.occurredAt.toLocalTime();
        point.value = score.total;
        point.noteId = note.id;
        point.source = tr("Shift note by %1, %2: %3")
                           .arg(note.author, QLocale().toString(point.at, QStringLiteral("d MMM yyyy HH:mm")),
                                News2::summary(score));
        points.append(point);
    }
    std::stable_sort(points.begin(), points.end(), byTime);
    if (points.size() > maximumPoints)
        points.remove(0, points.size() - maximumPoints);
    return Result<Series>::done(series);
}

void AssessmentTrend::readAll(BackgroundReader *reader, const QString &connectionName, QObject *context,
                              const QString &residentId, const std::function<void(const AllSeries &)> &done)
{
    readLater<AllSeries>(
        reader, connectionName, context,
        [residentId](const QSqlDatabase &db) {
            AllSeries all;
            for (const Measure measure : measures())
                all.insert(int(measure), series(db, residentId, measure));
            return all;
        },
        done);
}
