#include "TimelineModel.h"

#include "CareCategories.h"
#include "DailyNoteStore.h"
#include "DatabaseErrorMessages.h"
#include "ShiftPattern.h"

#include "PgSession.h"
#include <QJsonDocument>
#include <QLocale>

#include <QSqlDatabase>

TimelineModel::TimelineModel(const QString &connectionName, QObject *parent)
    : QAbstractListModel(parent), m_connectionName(connectionName)
{}

void TimelineModel::setResident(const QString &residentId, const QString &category, const QDate &from, const QDate &to)
{
    m_residentId = residentId;
    m_category = category;
    m_from = from;
    m_to = to;
    reload();
}

void TimelineModel::reload()
{
    beginResetModel();
    m_notes.clear();
    m_atEnd = m_residentId.isEmpty();
    endResetModel();
    if (!m_atEnd)
        fetchMore(QModelIndex());
}

void TimelineModel::clear()
{
    m_residentId.clear();
    reload();
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    // Values travel as protocol-level parameters (PgSession), never in statement text where every session of the
    // same station login could read them in pg_stat_activity (the QPSQL driver writes bound values into the text).
    QVariantList params{m_residentId};
    const auto param = [&params](const QVariant &value) {
        params.append(value);
        return QStringLiteral("$%1").arg(params.size());
    };
    QString statement =
        DailyNoteStore::noteSelect() +
        QStringLiteral(" WHERE d.organization_id = public.app_organization_id() AND d.resident_id = $1::uuid");
    if (m_from.isValid())
        statement += QStringLiteral(" AND d.date >= %1::date").arg(param(m_from));
    if (m_to.isValid())
        statement += QStringLiteral(" AND d.date <= %1::date").arg(param(m_to));
    if (!m_category.isEmpty())
        statement += QStringLiteral(" AND d.categories @> ARRAY[%1]::text[]").arg(param(m_category));
    if (!m_notes.isEmpty()) {
        const DailyNote &last = m_notes.constLast();
        const QString date = param(last.date);
        const QString at = param(last.occurredAt);
        const QString id = param(last.id);
        statement += QStringLiteral(" AND (d.date, d.occurred_at, d.id) < (%1::date, %2::timestamptz, %3::uuid)")
                         .arg(date, at, id);
    }
    statement += QStringLiteral(" ORDER BY d.date DESC, d.occurred_at DESC, d.id DESC LIMIT %1").arg(pageSize);
    m_lastStatement = statement;

    const PgResult rows = PgSession(QSqlDatabase::database(m_connectionName, false)).exec(statement, params);
    if (!rows.ok()) {
        m_lastError = DatabaseErrorMessages::describe(rows.error());
        m_atEnd = true;
        return;
    }
    m_lastError.clear();
    QList<DailyNote> page;
    for (int r = 0; r < rows.rowCount(); ++r) {
        DailyNote note = DailyNoteStore::readNote(rows, r);
        note.residentId = m_residentId;
        page.append(note);
    }
    m_atEnd = page.size() < pageSize;
    if (page.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_notes.size()), int(m_notes.size() + page.size() - 1));
    m_notes.append(page);
    endInsertRows();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_notes.size())
        return {};
    const DailyNote &note = m_notes.at(index.row());
    switch (role) {
    case IdRole:
        return note.id;
    case CorrectedRole:
        return note.isCorrected();
    case LateRole:
        return note.lateEntry;
    case CorrectionRole:
        return !note.correctsId.isEmpty();
    case Qt::DisplayRole: {
        const QLocale locale;
        const QString when = locale.toString(note.occurredAt.toLocalTime(), QStringLiteral("ddd d MMM yyyy HH:mm"));
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
    default:
        return {};
    }
}
