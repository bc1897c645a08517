#include "shiftnotes/TimelineModel.h"

#include "clinical/ShiftPattern.h"
#include "common/Clock.h"
#include "database/BackgroundReader.h"
#include "database/DatabaseErrorMessages.h"
#include "database/PgSession.h"
#include "shiftnotes/CareCategories.h"
#include "shiftnotes/DailyNoteStore.h"

#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

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
    ++m_generation;
    m_reading = false;
    m_lastError.clear(); // the previous resident's or filter's, not this one's
    beginResetModel();
    m_notes.clear();
    m_texts.clear();
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
    return !parent.isValid() && !m_atEnd && !m_reading;
}

int TimelineModel::windowMonths(int step)
{
    return step <= 0 ? 0 : 1 << std::min(step - 1, 24);
}

QDate TimelineModel::anchorOf(const QDate &to, const DailyNote *after, const QDate &today)
{
    if (after)
        return after->date;
    return to.isValid() && to <= today ? to : today;
}

TimelineModel::Statement TimelineModel::pageStatement(const QString &residentId, const QString &category,
                                                      const QDate &from, const QDate &to, const DailyNote *after,
                                                      const QDate &today, int step, int limit)
{
    // Values travel as protocol-level parameters (PgSession), never in statement text where every session of the
    // same station login could read them in pg_stat_activity (the QPSQL driver writes bound values into the text).
    // Only the window's count of months, like the page size, is part of the text.
    Statement statement{QString(), QVariantList{residentId}};
    const auto param = [&statement](const QVariant &value) {
        statement.params.append(value);
        return QStringLiteral("$%1").arg(statement.params.size());
    };
    QStringList dates; // each with %1 for the table's alias: the notes' and their corrections' alike
    if (from.isValid())
        dates.append(QStringLiteral("%1.date >= ") + param(from) + QStringLiteral("::date"));
    QString toParam;
    if (to.isValid()) {
        toParam = param(to);
        dates.append(QStringLiteral("%1.date <= ") + toParam + QStringLiteral("::date"));
    }
    QString conditions;
    if (!category.isEmpty())
        conditions += QStringLiteral(" AND d.categories @> ARRAY[%1]::text[]").arg(param(category));
    QString anchor;
    if (after) {
        const QString date = param(after->date);
        const QString at = param(after->occurredAt);
        const QString id = param(after->id);
        conditions += QStringLiteral(" AND (d.date, d.occurred_at, d.id) < (%1::date, %2::timestamptz, %3::uuid)")
                          .arg(date, at, id);
        // The row comparison answers the index, a plain bound the partitions.
        dates.append(QStringLiteral("%1.date <= ") + date + QStringLiteral("::date"));
        anchor = date;
    } else {
        anchor = to.isValid() && to <= today ? toParam : param(today);
    }
    // Immutable arithmetic on a value, so the planner computes the bounds and leaves out the other months.
    const auto monthsBack = [&anchor](int months) {
        return QStringLiteral("(date_trunc('month', %1::date::timestamp) - interval '%2 months')::date")
            .arg(anchor)
            .arg(months);
    };
    dates.append(QStringLiteral("%1.date >= ") + monthsBack(windowMonths(step)));
    if (step > 0)
        dates.append(QStringLiteral("%1.date < ") + monthsBack(windowMonths(step - 1)));
    const QString bounds = dates.join(QStringLiteral(" AND "));
    // The page is chosen first, in the index's order, and only its notes are joined to their authors and
    // corrections: joined first, the planner hashed the organization's whole users table for a resident with many
    // notes in the window, so a page took three times as long at 20 homes as at one.
    const QString order = QStringLiteral(" ORDER BY d.date DESC, d.occurred_at DESC, d.id DESC");
    const QString page =
        // Once per statement (an initPlan): a bare call is evaluated again for every row a generic plan joins,
        // 20 ms for a page at 20 homes.
        QStringLiteral(
            "(SELECT d.* FROM public.daily_records AS d "
            "WHERE d.organization_id = (SELECT public.app_organization_id()) AND d.resident_id = $1::uuid AND ") +
        bounds.arg(QStringLiteral("d")) + conditions + order + QStringLiteral(" LIMIT %1)").arg(limit);
    statement.text = DailyNoteStore::noteSelect(bounds.arg(QStringLiteral("k")), page) + order;
    return statement;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_reading)
        return;
    const std::optional<DailyNote> after =
        m_notes.isEmpty() ? std::nullopt : std::optional<DailyNote>(m_notes.constLast());
    const QDate today = Clock::today();
    if (!m_reader) {
        showPage(readPage(QSqlDatabase::database(m_connectionName, false), m_residentId, m_category, m_from, m_to,
                          after, today));
        return;
    }
    m_reading = true;
    const int generation = m_generation;
    m_reader->post(this,
                   [this, generation, residentId = m_residentId, category = m_category, from = m_from, to = m_to, after,
                    today](const QSqlDatabase &db) -> BackgroundReader::Apply {
                       auto page = std::make_shared<Page>(readPage(db, residentId, category, from, to, after, today));
                       return [this, generation, page] {
                           if (generation != m_generation)
                               return; // read for what is no longer shown
                           m_reading = false;
                           showPage(*page);
                       };
                   });
}

TimelineModel::Page TimelineModel::readPage(const QSqlDatabase &db, const QString &residentId, const QString &category,
                                            const QDate &from, const QDate &to, const std::optional<DailyNote> &after,
                                            const QDate &today)
{
    // Nothing matches before this: the from date, or the first date a note may have.
    const QDate earliest = from.isValid() ? from : QDate(1900, 1, 1);
    const DailyNote *afterNote = after ? &*after : nullptr;
    const QDate anchor = anchorOf(to, afterNote, today);
    const QDate anchorMonth(anchor.year(), anchor.month(), 1);
    Page page;
    for (int step = 0; page.notes.size() < pageSize; ++step) {
        const Statement statement =
            pageStatement(residentId, category, from, to, afterNote, today, step, pageSize - int(page.notes.size()));
        page.statements.append(statement);
        const PgResult rows = PgSession(db).exec(statement.text, statement.params);
        if (!rows.ok()) {
            page.error = DatabaseErrorMessages::describe(rows.error());
            return page;
        }
        for (int r = 0; r < rows.rowCount(); ++r) {
            DailyNote note = DailyNoteStore::readNote(rows, r);
            note.residentId = residentId;
            page.notes.append(note);
        }
        if (anchorMonth.addMonths(-windowMonths(step)) <= earliest)
            break; // this window reached back to the earliest date: nothing older can match
    }
    return page;
}

void TimelineModel::showPage(const Page &page)
{
    m_lastPageStatements = page.statements;
    m_lastStatement = page.statements.isEmpty() ? QString() : page.statements.constLast().text;
    if (!page.error.isEmpty()) {
        m_lastError = page.error;
        m_atEnd = true;
        emit pageRead(false);
        return;
    }
    m_lastError.clear();
    m_atEnd = page.notes.size() < pageSize;
    if (!page.notes.isEmpty()) {
        beginInsertRows(QModelIndex(), int(m_notes.size()), int(m_notes.size() + page.notes.size() - 1));
        m_notes.append(page.notes);
        m_texts.resize(m_notes.size());
        endInsertRows();
    }
    emit pageRead(true);
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
        // Worked out once per note: the view asks for every row's text again whenever a page is added, and each
        // local time asks the C library to check the time zone file.
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
