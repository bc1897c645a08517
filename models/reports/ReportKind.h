#pragma once

// The reports a manager chooses between.
enum class ReportKind
{
    AuditScores,
    Falls,
    IncidentsByType,
    PressureUlcers
};
