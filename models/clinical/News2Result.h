#pragma once

#include <QList>
#include <QString>

// A NEWS2 score for one set of vital signs. With parameters missing the total is only the sum of those taken: it
// can only rise when the rest are taken, so a partial score already at a trigger still asks for escalation.
struct News2Result
{
    enum class Risk
    {
        Low,
        LowMedium,
        Medium,
        High
    };
    enum class Parameter
    {
        RespirationRate,
        OxygenSaturation,
        AirOrOxygen,
        SystolicPressure,
        Pulse,
        Consciousness,
        Temperature
    };

    struct Part
    {
        Parameter parameter;
        int points = 0;
    };

    QList<Part> parts;        // the parameters taken, with their points
    QList<Parameter> missing; // the parameters not taken
    int total = 0;
    bool complete() const { return missing.isEmpty(); }
    bool anySingleThree() const;
    Risk risk() const;
    // Aggregate 5 or more, or 3 in any one parameter: the RCP's trigger for an urgent clinical response.
    bool needsEscalation() const;
};
