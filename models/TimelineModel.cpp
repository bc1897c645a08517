#include "TimelineModel.h"

#include "CareCategories.h"
#include "DailyNoteStore.h"
#include "DatabaseErrorMessages.h"
#include "ShiftPattern.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

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
    QString statement =
        DailyNoteStore::noteSelect() +
        QStringLiteral(" WHERE d.organization_id = public.app_organization_id() AND d.resident_id = :resident");
    if (m_from.isValid())
        statement += QStringLiteral(" AND d.date >= :from");
    if (m_to.isValid())
        statement += QStringLiteral(" AND d.date <= :to");
    if (!m_category.isEmpty())
        statement += QStringLiteral(" AND d.categories @> ARRAY[:category]::text[]");
    if (!m_notes.isEmpty())
        statement += QStringLiteral(" AND (d.date, d.occurred_at, d.id) < (:lastDate, :lastAt, :lastId)");
    statement += QStringLiteral(" ORDER BY d.date DESC, d.occurred_at DESC, d.id DESC LIMIT %1").arg(pageSize);
    m_lastStatement = statement;

    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(statement);
    query.bindValue(QStringLiteral(":resident"), m_residentId);
    if (m_from.isValid())
        query.bindValue(QStringLiteral(":from"), m_from);
    if (m_to.isValid())
        query.bindValue(QStringLiteral(":to"), m_to);
    if (!m_category.isEmpty())
        query.bindValue(QStringLiteral(":category"), m_category);
    if (!m_notes.isEmpty()) {
        const DailyNote &last = m_notes.constLast();
        query.bindValue(QStringLiteral(":lastDate"), last.date);
        query.bindValue(QStringLiteral(":lastAt"), last.occurredAt);
        query.bindValue(QStringLiteral(":lastId"), last.id);
    }
    if (!query.exec()) {
        DatabaseError error;
        error.sqlState = query.lastError().nativeErrorCode();
        error.message = query.lastError().databaseText();
        m_lastError = DatabaseErrorMessages::describe(error);
        m_atEnd = true;
        return;
    }
    m_lastError.clear();
    QList<DailyNote> page;
    const auto instant = [&query](int column) {
        return query.isNull(column) ? QDateTime()
                                    : QDateTime::fromMSecsSinceEpoch(query.value(column).toLongLong(), Qt::UTC);
    };
    while (query.next()) {
        DailyNote note;
        note.id = query.value(0).toString();
        note.date = query.value(2).toDate();
        note.shift = query.value(3).toString();
        note.occurredAt = instant(4);
        note.recordedAt = instant(5);
        note.createdAt = instant(6);
        note.careDelivered = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        note.observations = QJsonDocument::fromJson(query.value(8).toString().toUtf8()).object();
        note.narrative = query.value(9).toString();
        note.correctsId = query.value(10).toString();
        note.correctionReason = query.value(11).toString();
        note.escalation = QJsonDocument::fromJson(query.value(12).toString().toUtf8()).object();
        note.lateEntry = query.value(13).toBool();
        note.author = query.value(14).toString();
        note.correctedById = query.value(15).toString();
        note.correctedByAuthor = query.value(16).toString();
        note.correctedAt = instant(17);
        note.categories = query.value(18).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
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
