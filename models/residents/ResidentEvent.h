#pragma once

#include <QDate>
#include <QString>

// An admission, a move of room or home, a hospital stay's start or end, a discharge or a death, as recorded.
struct ResidentEvent
{
    QString event; // admitted, room_change, facility_transfer, hospital_admission, hospital_return, discharged, died
    QDate date;
    QString toFacilityId; // facility_transfer
    QString toRoom;       // room_change, facility_transfer
    QString note;
};
