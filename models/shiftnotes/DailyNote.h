#pragma once

#include "clinical/VitalSigns.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One shift note: the care delivered (by category, see CareCategories), observations, a narrative, and when the care
// happened. Written once, never changed: a correction is another note naming this one. Care delivered, one object
// per category: {"text": phrase or words} plus, for eating, "meal" and "portion"; for drinking, "ml"; for
// repositioning, "position" and "time". Observations: temperature, pulse, respiration_rate, systolic, diastolic,
// spo2, spo2_scale, oxygen (bool), consciousness (A, C, V, P or U), weight_kg, blood_glucose, bowels_bristol.
struct DailyNote
{
    Q_DECLARE_TR_FUNCTIONS(DailyNote)

public:
    QString id; // chosen by the station, so that a queued note is written exactly once
    QString residentId;
    QDate date; // the date its shift started on
    QString shift;
    QDateTime occurredAt;
    QDateTime recordedAt;
    QJsonObject careDelivered;
    QJsonObject observations;
    QString narrative;
    QString correctsId;
    QString correctionReason;
    QJsonObject escalation; // {"news2", "action", "told", "at"} when the score asked for one

    // As read back from the database.
    QString author;
    QDateTime createdAt;
    bool lateEntry = false;
    QStringList categories;
    QString correctedById; // the note that corrects this one, if any
    QString correctedByAuthor;
    QDateTime correctedAt;
    // Set when this entry of a timeline is an incident reported about the resident, not a note: its type, where it
    // happened and the injuries (narrative holds what happened, author who reported it, recordedAt when).
    QString incidentType;
    QString incidentLocation;
    QString incidentInjuries;
    bool isIncident() const { return !incidentType.isEmpty(); }

    static QString newId();
    bool isEmpty() const;
    bool isCorrected() const { return !correctedById.isEmpty(); }
    int fluidMillilitres() const;
    VitalSigns vitalSigns() const;
    // The observations keys that are vital signs (NEWS2 parameters).
    static QStringList vitalSignKeys();
    bool hasVitalSigns() const;
    // One line: "Personal care: Assisted with wash. Eating: lunch, three quarters. Drinking: 200 ml tea. ..."
    QString summary() const;

    // The note as typed, for drafts and for the station's queue (never the read-back fields).
    QJsonObject toJson() const;
    static DailyNote fromJson(const QJsonObject &json);

    // Done, or Refused with what cannot be saved in a sentence naming the accepted range, and the field: the
    // care_delivered or observations key, or "narrative", "occurred_at", "correction_reason".
    static Result<> check(const DailyNote &note, const QDateTime &now);
};
