#pragma once

#include <QString>

// Something a report can name, as a list offers it: a resident of the home, or the home itself.
struct IncidentChoice
{
    QString id;
    QString name;
};
