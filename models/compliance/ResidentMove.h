#pragma once

#include <QDate>
#include <QList>
#include <QString>

// What a resident's movements (resident_events) say about where they slept: each event with its date and, for an
// arrival or a transfer, the home. Ordered by date, then as recorded.
struct ResidentMove
{
    enum Kind
    {
        Admitted,
        TransferredOut,
        TransferredIn,
        HospitalAdmission,
        HospitalReturn,
        Left
    };
    Kind kind = Admitted;
    QDate date;
};
