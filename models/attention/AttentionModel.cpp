#include "attention/AttentionModel.h"

#include "attention/AttentionStore.h"
#include "careplans/CarePlanRecord.h"
#include "clinical/AssessmentTools.h"
#include "clinical/ResidentAlerts.h"
#include "clinical/ShiftPattern.h"
#include "common/Clock.h"
#include "common/DateText.h"
#include "compliance/IncidentNotifications.h"
#include "database/ReadLater.h"
#include "incidents/IncidentNames.h"

namespace {

// internalId: 0 for a home; home+1 in the upper bits for a line of that home, and line+1 in the lower bits too for
// a record (or the "more" row) of that line.
constexpr quintptr lineBits = 8;
constexpr quintptr lineMask = (quintptr(1) << lineBits) - 1;

quintptr lineId(int home)
{
    return quintptr(home + 1) << lineBits;
}
quintptr itemId(int home, int line)
{
    return lineId(home) | quintptr(line + 1);
}
int homeOf(quintptr id)
{
    return int(id >> lineBits) - 1;
}
int lineOf(quintptr id)
{
    return int(id & lineMask) - 1;
}

} // namespace

AttentionModel::AttentionModel(const QString &connectionName, QObject *parent)
    : QAbstractItemModel(parent), m_connectionName(connectionName)
{}

void AttentionModel::refresh()
{
    const int generation = ++m_generation;
    const QDateTime now = Clock::nowUtc();
    m_reading = true;
    readLater<Result<QList<HomeAttention>>>(
        m_reader, m_connectionName, this, [now](const QSqlDatabase &db) { return AttentionStore::read(db, now); },
        [this, generation, now](const Result<QList<HomeAttention>> &homes) {
            if (generation != m_generation)
                return;
            m_reading = false;
            m_lastRead = homes.ok() ? Result<>::done() : Result<>::failedAs(homes);
            if (homes.ok())
                setHomes(homes.value, now);
            emit read(homes.ok());
        });
}

void AttentionModel::setHomes(const QList<HomeAttention> &homes, const QDateTime &now)
{
    beginResetModel();
    m_homes = homes;
    m_today = now.toLocalTime().date();
    endResetModel();
}

QModelIndex AttentionModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column != 0 || !hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (parent.internalId() == 0)
        return createIndex(row, column, lineId(parent.row()));
    if (lineOf(parent.internalId()) < 0)
        return createIndex(row, column, itemId(homeOf(parent.internalId()), parent.row()));
    return {};
}

QModelIndex AttentionModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const quintptr id = child.internalId();
    if (lineOf(id) < 0)
        return createIndex(homeOf(id), 0, quintptr(0));
    return createIndex(lineOf(id), 0, lineId(homeOf(id)));
}

int AttentionModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_homes.size());
    if (parent.column() != 0)
        return 0;
    if (parent.internalId() == 0)
        return int(m_homes.at(parent.row()).lines.size());
    if (lineOf(parent.internalId()) >= 0)
        return 0;
    const AttentionLine &line = m_homes.at(homeOf(parent.internalId())).lines.at(parent.row());
    // The records read, and a row for those not read.
    return int(line.items.size()) + (line.total > line.items.size() ? 1 : 0);
}

int AttentionModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant AttentionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const quintptr id = index.internalId();
    const HomeAttention &home = m_homes.at(id == 0 ? index.row() : homeOf(id));
    if (role == FacilityIdRole)
        return home.facilityId;
    if (id == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return homeText(home);
        case LevelRole:
            return HomeLevel;
        case UrgentRole:
            return home.urgent() > 0;
        default:
            return {};
        }
    }
    if (lineOf(id) < 0) {
        const AttentionLine &line = home.lines.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return lineText(home, line);
        case LevelRole:
            return LineLevel;
        case KindRole:
            return int(line.kind);
        case UrgentRole:
            return line.urgent > 0;
        default:
            return {};
        }
    }
    const AttentionLine &line = home.lines.at(lineOf(id));
    if (index.row() >= line.items.size()) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return tr("%n more: open the whole list", "", int(line.total - line.items.size()));
        case LevelRole:
            return MoreLevel;
        case KindRole:
            return int(line.kind);
        default:
            return {};
        }
    }
    const AttentionItem &item = line.items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return itemText(item);
    case LevelRole:
        return ItemLevel;
    case KindRole:
        return int(item.kind);
    case ResidentIdRole:
        return item.residentId;
    case RecordIdRole:
        return item.recordId;
    case DetailRole:
        return item.detail;
    case UrgentRole:
        return item.urgent;
    default:
        return {};
    }
}

QString AttentionModel::homeText(const HomeAttention &home) const
{
    if (home.lines.isEmpty())
        return tr("%1: nothing needs attention").arg(home.name);
    const QString urgent = home.urgent() > 0 ? tr(", %n urgent", "", home.urgent()) : QString();
    return tr("%1: %n to attend to%2", "", home.total()).arg(home.name, urgent);
}

QString AttentionModel::lineText(const HomeAttention &home, const AttentionLine &line) const
{
    switch (line.kind) {
    case AttentionKind::ReviewOverdue:
        return tr("Care plan reviews overdue: %n", "", line.total);
    case AttentionKind::AssessmentOverdue:
        return tr("Assessments overdue: %n", "", line.total);
    case AttentionKind::News2Raised:
        return tr("NEWS2 of 5 or more, or 3 in one parameter, in the last 24 hours: %n", "", line.total) +
               (line.urgent > 0 ? tr(" (%n not escalated)", "", line.urgent) : QString());
    case AttentionKind::NoNoteThisShift:
        return tr("Residents with no note this shift (%1 shift since %2): %n", "", line.total)
            .arg(ShiftPattern::shiftName(home.shift.shift),
                 home.shift.starts.toLocalTime().toString(QStringLiteral("HH:mm")));
    case AttentionKind::IncidentAwaitingReview:
        return tr("Incidents awaiting review: %n", "", line.total) +
               (line.urgent > 0 ? tr(" (%n waiting more than 24 hours)", "", line.urgent) : QString());
    case AttentionKind::NotificationNotSent:
        return tr("Notifications not sent: %n", "", line.total) +
               (line.urgent > 0 ? tr(" (%n past due)", "", line.urgent) : QString());
    case AttentionKind::ActionOverdue:
        return tr("Audit actions overdue: %n", "", line.total);
    case AttentionKind::AuditDue:
        return tr("Audits due: %n", "", line.total) +
               (line.urgent > 0 ? tr(" (%n overdue or never run)", "", line.urgent) : QString());
    }
    return {};
}

QString AttentionModel::itemText(const AttentionItem &item) const
{
    const QString who = item.room.isEmpty() ? item.resident : tr("%1 (room %2)").arg(item.resident, item.room);
    switch (item.kind) {
    case AttentionKind::ReviewOverdue:
        return tr("%1: %2 care plan, review due %3 %4")
            .arg(who, CarePlanRecord::typeName(item.detail), DateText::shortDate(item.date),
                 ResidentAlerts::dueNote(item.date, m_today));
    case AttentionKind::AssessmentOverdue: {
        const std::optional<AssessmentType> type = AssessmentTools::fromKey(item.detail);
        return tr("%1: %2 due %3 %4")
            .arg(who, type ? AssessmentTools::name(*type) : item.detail, DateText::shortDate(item.date),
                 ResidentAlerts::dueNote(item.date, m_today));
    }
    case AttentionKind::News2Raised:
        return item.urgent ? tr("%1: NEWS2 %2 at %3, no escalation recorded")
                                 .arg(who)
                                 .arg(item.number)
                                 .arg(DateText::moment(item.at))
                           : tr("%1: NEWS2 %2 at %3, escalated: %4 (told: %5)")
                                 .arg(who)
                                 .arg(item.number)
                                 .arg(DateText::moment(item.at), item.extra, item.who);
    case AttentionKind::NoNoteThisShift:
        return who;
    case AttentionKind::IncidentAwaitingReview: {
        QString text = tr("%1 on %2").arg(IncidentNames::typeName(item.detail), DateText::moment(item.at));
        if (!item.resident.isEmpty())
            text += tr(", %1").arg(who);
        if (item.extra == QLatin1String("safeguarding") && item.detail != QLatin1String("safeguarding"))
            text += tr(" (safeguarding)");
        if (item.urgent)
            text += tr(": waiting for review more than 24 hours");
        return text;
    }
    case AttentionKind::NotificationNotSent: {
        const QString about = item.resident.isEmpty()
                                  ? IncidentNames::typeName(item.extra)
                                  : tr("%1, %2").arg(IncidentNames::typeName(item.extra), item.resident);
        return item.urgent ? tr("%1 for %2: was due %3, not sent")
                                 .arg(IncidentNotifications::name(item.detail), about, DateText::moment(item.at))
                           : tr("%1 for %2: due %3")
                                 .arg(IncidentNotifications::name(item.detail), about, DateText::moment(item.at));
    }
    case AttentionKind::ActionOverdue:
        return tr("%1 audit: %2 (%3), due %4 %5")
            .arg(item.extra, item.detail, item.who.isEmpty() ? tr("nobody named") : item.who,
                 DateText::shortDate(item.date), ResidentAlerts::dueNote(item.date, m_today));
    case AttentionKind::AuditDue:
        return item.date.isValid()
                   ? tr("%1 audit: due %2 %3")
                         .arg(item.extra, DateText::shortDate(item.date), ResidentAlerts::dueNote(item.date, m_today))
                   : tr("%1 audit: never run").arg(item.extra);
    }
    return {};
}
