#pragma once

#include "residents/ResidentSearchTerms.h"

#include <QString>
#include <QStringList>

// Which residents the list asks for, and in what order.
struct ResidentListQuery
{
    ResidentSearchTerms terms;
    QString facilityId; // empty: every home the user may see
    QStringList statuses;
    bool byRoom = false; // else by name
};
