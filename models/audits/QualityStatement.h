#pragma once

#include <QString>

// One of an inspection framework's quality statements, as a template question names it.
struct QualityStatement
{
    QString code;
    QString framework;
    QString keyQuestion; // its title: "Safe"
    QString title;       // "Medicines optimisation"
};
