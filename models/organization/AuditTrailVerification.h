#pragma once

#include <QString>
#include <QStringList>

// What Verify found in the organization's audit trail, as sentences: entries changed, put in or taken out since they
// were sealed, and audited records changed, put in or taken out without an entry; and the chain's head, to be kept
// elsewhere.
struct AuditTrailVerification
{
    QStringList problems;
    qint64 headPosition = 0; // 0: nothing sealed yet
    QString headHash;
    bool intact() const { return problems.isEmpty(); }
};
