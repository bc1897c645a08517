#pragma once

#include "clinical/News2Result.h"
#include "clinical/ResidentAlerts.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// One resident on the shift board, as ShiftBoardStore reads them: what the model words and colours.
struct ShiftBoardRow
{
    QString id;
    QString name;
    QString room;
    ResidentAlerts::Flags alerts;
    QStringList alertWords;
    ResidentAlerts::Flags assessmentAlerts;
    QString overdueAssessments; // short names
    QString dueAssessments;
    int fluidTarget = 0; // 0: none set
    int fluidToday = 0;
    QStringList recorded; // categories recorded on this shift
    int notes = 0;
    QDateTime lastNote;
    std::optional<News2Result> news2;
    bool escalated = false;
    QStringList highRiskResults; // "MUST: high risk (score 3)", of the shift's date

    // The same on the board: a refresh that finds it so leaves the row alone.
    bool operator==(const ShiftBoardRow &other) const;
};
