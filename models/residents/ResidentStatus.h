#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The words for a resident's status and events, as people read them. Pure.
class ResidentStatus
{
    Q_DECLARE_TR_FUNCTIONS(ResidentStatus)

public:
    // admitted, in_hospital, discharged, deceased
    static QStringList all();
    static QStringList current() { return {QStringLiteral("admitted"), QStringLiteral("in_hospital")}; }
    static QString name(const QString &status);
    // admitted, room_change, facility_transfer, hospital_admission, hospital_return, discharged, died
    static QString eventName(const QString &event);
    // What the button that records an event says ("Record the move").
    static QString eventAction(const QString &event);
    // The events that fit a resident with this status, in the order a menu offers them.
    static QStringList eventsFor(const QString &status);
};
