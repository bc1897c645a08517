#pragma once

#include "inspection/EvidenceData.h"
#include "printing/PrintedDocument.h"

#include <QCoreApplication>

// A home's evidence pack for one key question, as printed for an inspection: for each quality statement, the answers
// its audits gave to the questions tagged with it, the actions they raised, and the incidents, notifications,
// reviews and assessments the database names for it. Residents are never named: the pack may be handed over. Pure.
class EvidencePack
{
    Q_DECLARE_TR_FUNCTIONS(EvidencePack)

public:
    // "Evidence for Safe: Birch House, 1 Sep 2026 to 30 Nov 2026".
    static QString title(const EvidenceData &data);
    // incidentsSeen: whether the reader reads incidents with their reviews and notifications; safeguardingSeen:
    // whether safeguarding ones too. What they may not see, the pack says is left out, wherever it would be.
    static PrintedDocument document(const EvidenceData &data, const QDate &today, bool incidentsSeen,
                                    bool safeguardingSeen);

    static QString answerName(const QString &answer);
    static QString actionStatusName(const QString &status);
};
