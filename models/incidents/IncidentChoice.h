#pragma once

#include <QString>

// A resident a report can name, as the list offers them.
struct IncidentChoice
{
    QString id;
    QString name;
};
