#pragma once

#include "clinical/HandoverResident.h"
#include "shiftnotes/DailyNote.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

// The handover of one shift in one home, as HTML for the screen, the printer and PDF: residents needing attention
// first, then every resident with their NEWS2 and escalations, fluids against target, what was not recorded, and
// each note of the shift with its author and times (a corrected note marked as such, a late entry said). Pure.
class HandoverReport
{
    Q_DECLARE_TR_FUNCTIONS(HandoverReport)

public:
    static QString title(const QString &facility, const QString &shift);
    // "Needs attention": one line a resident, most urgent first (HandoverPriority), each with every reason.
    static QStringList attentionLines(const QList<HandoverResident> &residents);
    // notes: the shift's notes of these residents, oldest first.
    static QString html(const QString &facility, const QString &shift, const QList<HandoverResident> &residents,
                        const QList<DailyNote> &notes, const QString &printedBy, const QDateTime &printedAt);
};
