#pragma once

#include <QString>

// One care home, as the lists for choosing a home show it.
struct FacilityRow
{
    QString id;
    QString name;
    bool closed = false; // kept for what was recorded there; offered for nothing new
};
