#pragma once

#include "incidents/IncidentNotification.h"
#include "incidents/IncidentReport.h"
#include "incidents/IncidentReview.h"

#include <QList>

// An incident as a manager opens it: the report, its reviews (oldest first) and its notifications.
struct IncidentRecord
{
    IncidentReport report;
    QList<IncidentReview> reviews;
    QList<IncidentNotification> notifications;

    const IncidentReview *latestReview() const { return reviews.isEmpty() ? nullptr : &reviews.constLast(); }
    // Waiting more than 24 hours for its first review.
    bool reviewOverdue(const QDateTime &now) const
    {
        return reviews.isEmpty() && report.reportedAt.isValid() && report.reportedAt.addSecs(24 * 60 * 60) < now;
    }
};
