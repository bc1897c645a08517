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
    // safeguardingSeen: whether the reader may see safeguarding incidents (else the pack says they are left out).
    static PrintedDocument document(const EvidenceData &data, const QDate &today, bool safeguardingSeen);

    static QString answerName(const QString &answer);
    static QString actionStatusName(const QString &status);
};
