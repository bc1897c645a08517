#include "reports/ReportTables.h"

#include "common/CsvText.h"

#include "common/DateText.h"
#include "compliance/OccupiedBedDays.h"
#include "incidents/IncidentNames.h"

#include <QMap>

#include <algorithm>

namespace {

// "2026-11": the same on screen, printed and in the CSV, and sorted as text in date order.
QString monthName(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

// A month's first and last days, cut to the period.
QPair<QDate, QDate> within(const QDate &month, const ReportData &data)
{
    return {std::max(month, data.from), std::min(month.addMonths(1).addDays(-1), data.to)};
}

QDate monthOf(const QDateTime &instant)
{
    const QDate local = instant.toLocalTime().date();
    return QDate(local.year(), local.month(), 1);
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

// The last arrival of the resident at the home at or before the day found, as the start of that day: the earliest
// it can have been, so that no ulcer is put down to before the resident came.
QDateTime lastArrival(const QList<ResidentMove> &moves, const QDateTime &foundAt)
{
    QDateTime arrival;
    const QDate found = foundAt.toLocalTime().date();
    for (const ResidentMove &move : moves) {
        const bool arrives = move.kind == ResidentMove::Admitted || move.kind == ResidentMove::TransferredIn ||
                             move.kind == ResidentMove::HospitalReturn;
        if (arrives && move.date <= found)
            arrival = QDateTime(move.date, QTime(0, 0));
    }
    return arrival;
}

} // namespace

QList<QDate> ReportTables::months(const QDate &from, const QDate &to)
{
    QList<QDate> list;
    if (!from.isValid() || !to.isValid() || to < from)
        return list;
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1))
        list.append(month);
    return list;
}

QString ReportTables::kindName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::AuditScores:
        return tr("Audit scores");
    case ReportKind::Falls:
        return tr("Falls per 1,000 occupied bed days");
    case ReportKind::IncidentsByType:
        return tr("Incidents by type and month");
    case ReportKind::PressureUlcers:
        return tr("Pressure ulcers acquired in the home");
    }
    return {};
}

ReportTable ReportTables::make(ReportKind kind, const ReportData &data)
{
    ReportTable table;
    QStringList names;
    for (const ReportHome &home : data.homes)
        names.append(home.name);
    // A group's many homes are named in the rows, not the title.
    const QString homes = names.size() > 3 ? tr("%n homes", "", int(names.size())) : names.join(QStringLiteral(", "));
    table.title =
        tr("%1: %2, %3 to %4").arg(kindName(kind), homes, DateText::shortDate(data.from), DateText::shortDate(data.to));
    const QList<QDate> periodMonths = months(data.from, data.to);

    switch (kind) {
    case ReportKind::AuditScores: {
        table.columns = {tr("Home"), tr("Audit"), tr("Date"), tr("Score (%)"), tr("Signed off")};
        table.valueName = tr("Audit score (%)");
        for (const ReportHome &home : data.homes) {
            QMap<QString, ReportSeries> byType;
            for (const ReportAudit &audit : data.audits) {
                if (audit.facilityId != home.id)
                    continue;
                table.rows.append({home.name, audit.typeName, audit.date.toString(Qt::ISODate), audit.score,
                                   audit.signedOff ? tr("Yes") : tr("No")});
                ReportSeries &series = byType[audit.typeName];
                series.name = tr("%1: %2").arg(home.name, audit.typeName);
                series.points.append({audit.date, audit.score.toDouble()});
            }
            for (const ReportSeries &series : std::as_const(byType))
                table.series.append(series);
        }
        break;
    }
    case ReportKind::Falls: {
        table.columns = {tr("Home"), tr("Month"), tr("Falls"), tr("Occupied bed days"),
                         tr("Falls per 1,000 occupied bed days")};
        table.valueName = tr("Falls per 1,000 occupied bed days");
        for (const ReportHome &home : data.homes) {
            ReportSeries series{home.name, {}};
            const QHash<QString, QList<ResidentMove>> residents = data.moves.value(home.id);
            for (const QDate &month : periodMonths) {
                const auto [first, last] = within(month, data);
                int bedDays = 0;
                for (const QList<ResidentMove> &moves : residents)
                    bedDays += OccupiedBedDays::count(moves, first, last);
                int falls = 0;
                for (const ReportIncident &incident : data.incidents) {
                    const QDate day = incident.occurredAt.toLocalTime().date();
                    // A resident's falls: a visitor's or a member of staff's occupies no bed.
                    falls += incident.facilityId == home.id && incident.type == QLatin1String("fall") &&
                                     !incident.residentId.isEmpty() && day >= first && day <= last
                                 ? 1
                                 : 0;
                }
                const std::optional<double> rate = OccupiedBedDays::ratePerThousand(falls, bedDays);
                table.rows.append({home.name, monthName(month), QString::number(falls), QString::number(bedDays),
                                   rate ? number(*rate) : tr("no bed occupied")});
                if (rate)
                    series.points.append({month, *rate});
            }
            table.series.append(series);
        }
        break;
    }
    case ReportKind::IncidentsByType: {
        table.columns = {tr("Home"), tr("Month"), tr("Type"), tr("Incidents")};
        table.valueName = tr("Incidents a month");
        for (const ReportHome &home : data.homes) {
            ReportSeries series{home.name, {}};
            for (const QDate &month : periodMonths) {
                QMap<QString, int> byType;
                int total = 0;
                for (const ReportIncident &incident : data.incidents) {
                    if (incident.facilityId == home.id && monthOf(incident.occurredAt) == month) {
                        ++byType[IncidentNames::typeName(incident.type)];
                        ++total;
                    }
                }
                for (auto it = byType.cbegin(); it != byType.cend(); ++it)
                    table.rows.append({home.name, monthName(month), it.key(), QString::number(it.value())});
                series.points.append({month, double(total)});
            }
            table.series.append(series);
        }
        break;
    }
    case ReportKind::PressureUlcers: {
        table.columns = {tr("Home"), tr("Month"), tr("Acquired in the home"), tr("Present on arrival")};
        table.valueName = tr("Pressure ulcers acquired in the home, a month");
        for (const ReportHome &home : data.homes) {
            ReportSeries series{home.name, {}};
            const QHash<QString, QList<ResidentMove>> residents = data.moves.value(home.id);
            for (const QDate &month : periodMonths) {
                int acquired = 0;
                int present = 0;
                for (const ReportIncident &incident : data.incidents) {
                    if (incident.facilityId != home.id || incident.type != QLatin1String("pressure_ulcer") ||
                        monthOf(incident.occurredAt) != month)
                        continue;
                    const QDateTime arrival = lastArrival(residents.value(incident.residentId), incident.occurredAt);
                    (OccupiedBedDays::acquiredInHome(incident.occurredAt, arrival) ? acquired : present) += 1;
                }
                table.rows.append({home.name, monthName(month), QString::number(acquired), QString::number(present)});
                series.points.append({month, double(acquired)});
            }
            table.series.append(series);
        }
        break;
    }
    }
    return table;
}

QString ReportTables::safeguardingLeftOut()
{
    return tr("Safeguarding incidents are not counted here: you may not see them.");
}

QString ReportTables::csv(const ReportTable &table)
{
    QString out = CsvText::line(table.columns);
    for (const QStringList &row : table.rows)
        out += CsvText::line(row);
    return out;
}

PrintedDocument ReportTables::document(const ReportTable &table, const ReportData &data, bool safeguardingSeen,
                                       const QString &chart)
{
    PrintedDocument document(table.title,
                             tr("From %1 to %2").arg(DateText::longDate(data.from), DateText::longDate(data.to)));
    if (!safeguardingSeen)
        document.addText(QString(), safeguardingLeftOut());
    if (table.rows.isEmpty())
        document.addText(QString(), tr("Nothing to report in the period."));
    else if (!chart.isEmpty())
        document.addImage(QString(), chart, chartWidthPixels);
    document.addTable(QString(), table.columns, table.rows);
    return document;
}
