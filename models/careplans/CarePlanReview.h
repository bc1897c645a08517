#pragma once

#include <QDate>
#include <QString>

// One review of a care plan, as recorded.
struct CarePlanReview
{
    QDate reviewedOn;
    QString reviewedBy;
    QString changes;
    QDate nextReview;
};
