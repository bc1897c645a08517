#pragma once

#include "clinical/VitalSigns.h"

#include <QJsonObject>

// Observations as they are stored (a shift note's JSON, keyed "respiration_rate", "spo2", ...) read as vital signs.
// One reading for every caller, so that a shift note and a NEWS2 assessment score the same numbers the same way.
class RecordedObservations
{
public:
    // A value missing or of the wrong type is a sign that was not taken; whole-number signs are rounded as recorded.
    static VitalSigns vitalSigns(const QJsonObject &observations);
};
