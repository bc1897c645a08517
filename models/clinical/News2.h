#pragma once

#include "clinical/News2Result.h"
#include "clinical/VitalSigns.h"

#include <QCoreApplication>

// The National Early Warning Score 2: Royal College of Physicians, "National Early Warning Score (NEWS) 2:
// Standardising the assessment of acute-illness severity in the NHS", updated report of a working party, London:
// RCP, December 2017 (chart 1, the NEWS2 scoring system; chart 2, SpO2 scale 2; table 2, clinical risk thresholds).
// Pure functions: no database, no widgets. Shift notes and assessments both score with this code.
class News2
{
    Q_DECLARE_TR_FUNCTIONS(News2)

public:
    static News2Result score(const VitalSigns &signs);

    // Points for each parameter, as the chart gives them. A temperature between two of the chart's bands (which are
    // written in tenths) takes the higher-risk band.
    static int respirationPoints(int breathsPerMinute);
    static int scale1Points(int saturation);
    static int scale2Points(int saturation, bool onOxygen);
    static int airOrOxygenPoints(bool onOxygen);
    static int systolicPoints(int mmHg);
    static int pulsePoints(int beatsPerMinute);
    static int consciousnessPoints(VitalSigns::Consciousness level);
    static int temperaturePoints(double celsius);

    static QString riskText(News2Result::Risk risk);
    // What the RCP's table says the score calls for; with parameters missing, only a trigger already reached, else
    // to take the rest (never routine advice).
    static QString responseText(const News2Result &result);
    static QString parameterName(News2Result::Parameter parameter);
    // "NEWS2 6, medium risk"; incomplete, never a band: "NEWS2 incomplete: not taken: pulse, temperature", and
    // "; already 6 from those taken: escalate" when the parameters taken already reach a trigger.
    static QString summary(const News2Result &result);
};
