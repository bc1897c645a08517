#include "shiftnotes/TimelineModel.h"

#include "clinical/ShiftPattern.h"
#include "common/Clock.h"
#include "incidents/IncidentNames.h"

#include <QLocale>

TimelineModel::TimelineModel(const QString &connectionName, QObject *parent)
    : KeysetRowModel(connectionName, ColumnTable({tr("Notes")}), parent)
{}

void TimelineModel::setResident(const QString &residentId, const QString &category, const QDate &from, const QDate &to)
{
    m_filter = {residentId, category, from, to};
    refresh();
}

void TimelineModel::clear()
{
    m_filter.residentId.clear();
    refresh();
}

void TimelineModel::clearRows()
{
    KeysetRowModel::clearRows();
    m_texts.clear();
}

TimelineModel::PageReader TimelineModel::pageReader(const std::optional<DailyNote> &after) const
{
    return [filter = m_filter, after, today = Clock::today()](const QSqlDatabase &db) {
        return TimelineStore::page(db, filter, after, today, pageSize);
    };
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const DailyNote &note = rows().at(index.row());
    switch (role) {
    case IdRole:
        return note.id;
    case CorrectedRole:
        return note.isCorrected();
    case LateRole:
        return note.lateEntry;
    case CorrectionRole:
        return !note.correctsId.isEmpty();
    case IncidentRole:
        return note.isIncident();
    case Qt::DisplayRole: {
        // Worked out once per note: the view asks for every row's text again whenever a page is added, and each
        // local time asks the C library to check the time zone file.
        if (m_texts.size() < rows().size())
            m_texts.resize(rows().size());
        QString &text = m_texts[index.row()];
        if (text.isNull())
            text = displayText(note);
        return text;
    }
    default:
        return {};
    }
}

QString TimelineModel::displayText(const DailyNote &note)
{
    const QLocale locale;
    const QString when = locale.toString(note.occurredAt.toLocalTime(), QStringLiteral("ddd d MMM yyyy HH:mm"));
    if (note.isIncident()) {
        QStringList lines{tr("%1 - INCIDENT: %2, reported by %3 at %4")
                              .arg(when, IncidentNames::typeName(note.incidentType), note.author,
                                   locale.toString(note.recordedAt.toLocalTime(), QStringLiteral("d MMM HH:mm")))};
        lines.append(note.incidentLocation.isEmpty() ? note.narrative
                                                     : tr("%1 (%2)").arg(note.narrative, note.incidentLocation));
        if (!note.incidentInjuries.isEmpty())
            lines.append(tr("Injuries: %1").arg(note.incidentInjuries));
        return lines.join(QLatin1Char('\n'));
    }
    QString heading = tr("%1, %2 shift - %3, written %4")
                          .arg(when, ShiftPattern::shiftName(note.shift), note.author,
                               locale.toString(note.recordedAt.toLocalTime(), QStringLiteral("d MMM HH:mm")));
    if (note.createdAt.isValid() && note.recordedAt.secsTo(note.createdAt) > 5 * 60)
        heading += tr(", reached the server %1")
                       .arg(locale.toString(note.createdAt.toLocalTime(), QStringLiteral("d MMM HH:mm")));
    if (note.lateEntry)
        heading += tr(" - LATE ENTRY");
    QStringList lines{heading};
    if (!note.correctsId.isEmpty())
        lines.append(tr("CORRECTION of an earlier note. Reason: %1").arg(note.correctionReason));
    lines.append(note.summary());
    if (note.escalation.contains(QStringLiteral("action")))
        lines.append(tr("Escalated: %1 - told %2")
                         .arg(note.escalation.value(QStringLiteral("action")).toString(),
                              note.escalation.value(QStringLiteral("told")).toString()));
    if (note.isCorrected())
        lines.append(tr("CORRECTED by %1 on %2: the correction is the entry that says so.")
                         .arg(note.correctedByAuthor,
                              locale.toString(note.correctedAt.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"))));
    return lines.join(QLatin1Char('\n'));
}
