#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

// What an incident must be reported to, and by when. The kinds are the database's (incident_notifications.kind):
// the CQC statutory notifications of the Care Quality Commission (Registration) Regulations 2009 (regulation 16, a
// death; regulation 18(2)(a) to (g)), a safeguarding referral to the local authority, and a RIDDOR report to the HSE.
// suggested() never leaves one out where it may apply: the manager withdraws what is not needed, saying why. The due
// time is the database's (wcn_notification_due), shown here before it is stored. Pure.
class IncidentNotifications
{
    Q_DECLARE_TR_FUNCTIONS(IncidentNotifications)

public:
    // Every kind, in the order a manager meets them.
    static QStringList kinds();
    // The kinds an incident of this type (incidents.type) and severity (no_harm, low, moderate, severe, death; empty
    // while not reviewed) may need, in kinds() order.
    static QStringList suggested(const QString &type, const QString &severity, bool safeguarding, bool policeInvolved);
    // "Without delay" as 24 hours after the incident; RIDDOR within 10 days of it.
    static QDateTime dueAt(const QString &kind, const QDateTime &occurredAt);
    // "CQC: death of a resident", and the regulation it falls under.
    static QString name(const QString &kind);
    static QString regulation(const QString &kind);
    // Duty of candour (regulation 20 of the 2014 Regulated Activities Regulations): a notifiable safety incident is
    // one of moderate or severe harm or a death.
    static bool candourApplies(const QString &severity);
};
