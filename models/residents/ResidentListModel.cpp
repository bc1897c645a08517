#include "residents/ResidentListModel.h"

#include "common/Clock.h"

#include "common/DateText.h"

#include "clinical/NhsNumber.h"
#include "clinical/PersonAge.h"
#include "residents/ResidentListStore.h"
#include "residents/ResidentSearch.h"
#include "residents/ResidentStatus.h"

#include <QLocale>
#include <QSqlDatabase>

ResidentListModel::ResidentListModel(const QString &connectionName, QObject *parent)
    : KeysetRowModel(connectionName,
                     ColumnTable({tr("Name"), tr("Room"), tr("Alerts"), tr("Status"), tr("Home"), tr("Born (age)"),
                                  tr("NHS number")}),
                     parent),
      m_today(Clock::today())
{
    m_query.statuses = ResidentStatus::current();
}

void ResidentListModel::setSearch(const QString &typed)
{
    const ResidentSearchTerms terms = ResidentSearch::parse(typed);
    m_typed = typed;
    if (terms == m_query.terms)
        return;
    m_query.terms = terms;
    refresh();
}

void ResidentListModel::setFacility(const QString &facilityId)
{
    m_query.facilityId = facilityId;
    refresh();
}

void ResidentListModel::setStatuses(const QStringList &statuses)
{
    m_query.statuses = statuses;
    refresh();
}

void ResidentListModel::setOrder(Order order)
{
    m_query.byRoom = order == Order::ByRoom;
    refresh();
}

QString ResidentListModel::residentId(int row) const
{
    return row >= 0 && row < rows().size() ? rows().at(row).id : QString();
}

int ResidentListModel::rowOf(const QString &residentId) const
{
    for (int row = 0; row < rows().size(); ++row) {
        if (rows().at(row).id == residentId)
            return row;
    }
    return -1;
}

QVariant ResidentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const ResidentListRow &row = rows().at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case AlertFlagsRole:
        return static_cast<int>(row.alerts);
    case AlertWordsRole:
        return ResidentAlerts::words(row.alerts, row.allergyNames, row.overdueAssessments, row.dueAssessments);
    case StatusRole:
        return row.status;
    case Qt::ToolTipRole:
        if (index.column() == AlertsColumn)
            return ResidentAlerts::words(row.alerts, row.allergyNames, row.overdueAssessments, row.dueAssessments)
                .join(QLatin1Char('\n'));
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return tr("%1, %2").arg(row.lastName, row.firstName);
        case RoomColumn:
            return row.room;
        case FacilityColumn:
            return row.facilityName;
        case StatusColumn:
            return ResidentStatus::name(row.status);
        case AlertsColumn:
            return ResidentAlerts::words(row.alerts, row.allergyNames, row.overdueAssessments, row.dueAssessments)
                .join(QStringLiteral(" · "));
        case BornColumn:
            return row.born.isValid()
                       ? tr("%1 (%2)").arg(DateText::shortDate(row.born)).arg(PersonAge::yearsOn(row.born, m_today))
                       : QString();
        case NhsNumberColumn:
            return NhsNumber::formatted(row.nhsNumber);
        default:
            return {};
        }
    default:
        return {};
    }
}

ResidentListModel::PageReader ResidentListModel::pageReader(const std::optional<ResidentListRow> &after) const
{
    return [query = m_query, after, today = m_today](const QSqlDatabase &db) {
        return ResidentListStore::page(db, query, after, pageSize, today);
    };
}
