#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// One version of a resident's record or of a care plan: who made it, when, and what changed from what to what.
struct RecordVersion
{
    int version = 0;
    QDateTime when;
    QString who;
    QStringList changes; // one line per field ("Surname: Smyth → Smith")
};
