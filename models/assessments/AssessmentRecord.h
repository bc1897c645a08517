#pragma once

#include "clinical/AssessmentResult.h"
#include "clinical/AssessmentType.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One assessment as written: the answers (findings), what the tool made of them (score, band, risk level and the
// recommendations shown), who wrote it and when, and what corrects what. Never changed once written.
struct AssessmentRecord
{
    QString id; // empty until written
    QString residentId;
    AssessmentType type = AssessmentType::Must;
    QDate date;
    QJsonObject answers;
    QJsonObject
        recommendations; // {"band_name", "guidance": [...], "parts": [{"label", "points"}], "derived", "source"}
    QString toolVersion;
    int score = 0;
    QString band;
    int riskLevel = 0;
    QDate nextDue; // set by the server from the organization's schedule
    QString correctsId;
    QString correctionReason;
    QString author;
    QDateTime createdAt;
    QString correctedById; // the entry that corrects this one, if any
    QString followUp;      // what was chosen for the care plan after a high result, in words

    // The record of a scored result (the result must be complete).
    static AssessmentRecord scored(const QString &residentId, AssessmentType type, const QDate &date,
                                   const QJsonObject &answers, const AssessmentResult &result);
    QString bandName() const { return recommendations.value(QStringLiteral("band_name")).toString(); }
    double derived(const QString &key) const;
};
