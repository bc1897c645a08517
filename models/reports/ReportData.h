#pragma once

#include "compliance/ResidentMove.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

// What the managers' reports are made from, for a set of homes and a period, as ReportStore reads it. Plain values.
struct ReportHome
{
    QString id;
    QString name;
};

struct ReportAudit
{
    QString facilityId;
    QString type;     // its code
    QString typeName; // "Medication"
    QDate date;
    QString score; // as stored ("83.33")
    bool signedOff = false;
};

struct ReportIncident
{
    QString facilityId;
    QString residentId;
    QString type; // as reviewed, else as reported
    QDateTime occurredAt;
};

struct ReportData
{
    QDate from;
    QDate to;
    QList<ReportHome> homes;
    QList<ReportAudit> audits;
    QList<ReportIncident> incidents;
    // Each resident's moves in and out of each home, by home then resident: what occupied bed days are counted from.
    QHash<QString, QHash<QString, QList<ResidentMove>>> moves;
};
