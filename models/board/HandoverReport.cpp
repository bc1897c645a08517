#include "board/HandoverReport.h"

#include "clinical/HandoverPriority.h"
#include "common/DateText.h"
#include "printing/PrintedDocument.h"

#include <QLocale>

namespace {

QString timeOf(const QDateTime &instant)
{
    return QLocale().toString(instant.toLocalTime(), QStringLiteral("HH:mm"));
}

} // namespace

QString HandoverReport::title(const QString &facility, const QString &shift)
{
    return tr("Handover: %1, %2").arg(facility, shift);
}

QStringList HandoverReport::attentionLines(const QList<HandoverResident> &residents)
{
    QStringList lines;
    for (const int index : HandoverPriority::attentionOrder(residents)) {
        const HandoverResident &resident = residents.at(index);
        QStringList reasons;
        if (resident.news2Result && resident.news2Result->total > 0)
            reasons.append(resident.news2);
        reasons.append(resident.highRiskResults);
        if (resident.fluidsLow)
            reasons.append(tr("fluids low: %1").arg(resident.fluids));
        if (!resident.missing.isEmpty())
            reasons.append(tr("not recorded: %1").arg(resident.missing));
        lines.append(
            resident.room.isEmpty()
                ? tr("%1: %2").arg(resident.name, reasons.join(QStringLiteral("; ")))
                : tr("%1 (room %2): %3").arg(resident.name, resident.room, reasons.join(QStringLiteral("; "))));
    }
    return lines;
}

QString HandoverReport::html(const QString &facility, const QString &shift, const QList<HandoverResident> &residents,
                             const QList<DailyNote> &notes, const QString &printedBy, const QDateTime &printedAt)
{
    PrintedDocument document(title(facility, shift),
                             tr("Residents: %1. Notes this shift: %2.").arg(residents.size()).arg(notes.size()));
    const QStringList attention = attentionLines(residents);
    if (!attention.isEmpty())
        document.addText(tr("Needs attention"), attention.join(QLatin1Char('\n')));

    for (const HandoverResident &resident : residents) {
        const QString heading =
            resident.room.isEmpty() ? resident.name : tr("Room %1: %2").arg(resident.room, resident.name);
        QStringList escalations;
        QList<QStringList> rows;
        for (const DailyNote &note : notes) {
            if (note.residentId != resident.id)
                continue;
            if (note.escalation.contains(QStringLiteral("action"))) {
                escalations.append(tr("%1, NEWS2 %2: %3; told %4")
                                       .arg(timeOf(note.occurredAt),
                                            note.escalation.value(QStringLiteral("news2")).toVariant().toString(),
                                            note.escalation.value(QStringLiteral("action")).toString(),
                                            note.escalation.value(QStringLiteral("told")).toString()));
            }
            QStringList marks;
            if (note.isCorrected())
                marks.append(tr("CORRECTED by %1 at %2").arg(note.correctedByAuthor, timeOf(note.correctedAt)));
            if (!note.correctsId.isEmpty())
                marks.append(tr("correction: %1").arg(note.correctionReason));
            if (note.lateEntry)
                marks.append(tr("late entry, written %1").arg(timeOf(note.recordedAt)));
            QString text = note.summary();
            if (!marks.isEmpty())
                text = QStringLiteral("[%1] %2").arg(marks.join(QStringLiteral("; ")), text);
            rows.append({timeOf(note.occurredAt), note.author, text});
        }
        document.addSection(heading, {{tr("Alerts"), resident.alerts.join(QStringLiteral(", "))},
                                      {tr("NEWS2"), resident.news2},
                                      {tr("Escalations"), escalations.join(QLatin1Char('\n'))},
                                      {tr("Fluids today"), resident.fluids},
                                      {tr("Recorded"), resident.recorded},
                                      {tr("Not recorded"), resident.missing}});
        if (rows.isEmpty())
            document.addText(tr("Notes: %1").arg(resident.name), tr("No notes this shift."));
        else
            document.addTable(tr("Notes: %1").arg(resident.name), {tr("Time"), tr("By"), tr("Note")}, rows);
    }
    return document.html(printedBy, DateText::moment(printedAt));
}
