#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// An incident as reported, and never changed: when, where, which resident (none for an incident that involves no
// one), what happened, what was done at once, injuries and their body sites, witnesses.
struct IncidentReport
{
    QString facilityId;
    QString residentId; // empty: nobody in particular
    QString type;       // see IncidentNames::types()
    QDateTime occurredAt;
    QString location;
    QString whatHappened;
    QString immediateActions;
    QString injuries;
    QStringList injurySites; // see IncidentNames::sites()
    bool headStruck = false; // or not known: nobody saw the fall
    QString witnesses;
    bool safeguarding = false;

    // As read back.
    QString id;
    QString facility;
    QString resident;
    QString reportedBy;
    QDateTime reportedAt;
};
