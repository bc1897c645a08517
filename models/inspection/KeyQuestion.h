#pragma once

#include <QString>

// One of a framework's key questions ("Safe"), as the evidence pack is chosen by.
struct KeyQuestion
{
    QString framework; // its code: cqc
    QString code;      // safe
    QString title;     // Safe
};
