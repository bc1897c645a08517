#pragma once

#include <QDate>
#include <QString>

#include <optional>

// An audit in the list: its latest version, with its score, whether it is signed off, and its open actions.
struct AuditListRow
{
    QString id; // the latest version's
    QString facility;
    QString typeName;
    QDate date;
    int version = 1;
    std::optional<int> score; // hundredths of a percent
    bool signedOff = false;
    QString auditor;
    int openActions = 0;
    QDate earliestDue; // of the open actions; invalid when none has a date
};
