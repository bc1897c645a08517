#pragma once

#include <optional>

// One set of vital signs as recorded at the bedside; a missing value is one that was not taken.
struct VitalSigns
{
    enum class Consciousness
    {
        Alert,
        NewConfusion,
        Voice,
        Pain,
        Unresponsive
    };

    std::optional<int> respirationRate;  // breaths per minute
    std::optional<int> oxygenSaturation; // SpO2, per cent
    int oxygenScale = 1;                 // NEWS2 SpO2 scale: 2 only for hypercapnic respiratory failure
    std::optional<bool> onOxygen;        // false: breathing air
    std::optional<int> systolicPressure; // mmHg
    std::optional<int> pulse;            // beats per minute
    std::optional<Consciousness> consciousness;
    std::optional<double> temperature; // degrees Celsius
};
