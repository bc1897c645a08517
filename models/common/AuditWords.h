#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// The database's records and audit entries in the words of a care home: what a table, an event and a field are
// called, a stored value as text ("2 April 1938", "Personal care: assisted with wash"), and a row's change as a
// sentence. The audit trail viewer and the subject access printout read alike through it. Pure.
class AuditWords
{
    Q_DECLARE_TR_FUNCTIONS(AuditWords)

public:
    // "care_plans" -> "Care plan"; an unknown table by its own name.
    static QString tableName(const QString &table);
    // "medical_notes_read" -> "Read the medical notes"; an unknown event by its own name.
    static QString eventName(const QString &event);
    // "review_date" -> "Review date", "nhs_number" -> "NHS number".
    static QString fieldName(const QString &column);
    // Whether a field means anything to a person: not the database's keys (ids, another row's id, uuids), nor
    // bookkeeping (row versions, key versions, search columns). The JSON export keeps them.
    static bool forPeople(const QString &key, const QJsonValue &value);
    // A value as a person reads it: moments in local time, dates written out, codes as words, nested records as
    // "Field: value" lines (the database's keys left out), lists joined; empty for null.
    static QString value(const QJsonValue &value);
    // A field's value: as value(), and a code ("fall", "mobility_falls") or a list of fields as words.
    static QString fieldValue(const QString &key, const QJsonValue &value);
    // A row's change (an entry of row_inserted/updated/deleted/recorded with its details) as "Care plan: Review date
    // 1 May 2026 → 1 June 2026"; the table alone when nothing changed is shown; empty for any other entry. Values
    // kept out of the log (medical notes) and keys are named without their values.
    static QString change(const QString &event, const QJsonObject &details);
};
