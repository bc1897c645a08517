#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QVariantMap>

// One resident's record as a form edits it: named fields, the version it was read at, and who last changed it.
//
// Fields are the residents table's columns (first_name, last_name, ...) and, for the JSONB columns, the structured
// fields a care home fills in ("next_of_kin.name", "gp.phone", "likes", "allergies", "resuscitation.status" ...),
// never raw JSON. Converting back keeps every key of the stored JSON this version of Write Care Notes does not know,
// so nothing another version wrote is lost.
//
// Values: QString for text (empty when not given), QDate for dates (invalid when not given), bool, and for
// "allergies" a QVariantList of QVariantMaps {substance, reaction}.
class ResidentRecord
{
    Q_DECLARE_TR_FUNCTIONS(ResidentRecord)

public:
    enum class Part
    {
        Column,      // a column of its own
        Contact,     // in contact_details
        Preferences, // in preferences
        Medical,     // in medical_details (medical.read and medical.write only)
        Notes,       // the encrypted medical notes (medical.read and medical.write only)
        Fixed,       // shown, changed only by admission, moves and discharge (see ResidentStore::recordEvent)
    };

    // Every field, in the order a form shows them.
    static const QStringList &fieldNames();
    static Part partOf(const QString &field);
    static bool isMedical(const QString &field)
    {
        return partOf(field) == Part::Medical || partOf(field) == Part::Notes;
    }
    static bool isFixed(const QString &field) { return partOf(field) == Part::Fixed; }
    // A stored row (the current one, or an earlier version from record_history) with the names of the homes, for
    // the history: the medical columns are never in it.
    static ResidentRecord fromRow(const QJsonObject &row, const QHash<QString, QString> &facilityNames);
    // The field's name as the form labels it ("Surname", "Next of kin's phone").
    static QString label(const QString &field);
    // The field a database constraint or column is about, for putting the cursor there; empty when none is.
    static QString fieldForConstraint(const QString &constraintOrColumn);

    // A field's value as JSON (a draft kept on the station) and back.
    static QJsonValue valueToJson(const QString &field, const QVariant &value);
    static QVariant valueFromJson(const QString &field, const QJsonValue &value);

    QVariant value(const QString &field) const { return m_values.value(field); }
    void setValue(const QString &field, const QVariant &value);
    // Fields whose values differ from other's (medical ones only when both have read them).
    QStringList differences(const ResidentRecord &other) const;
    // A value as a person reads it ("3 March 1941", "Yes", "penicillin (rash); latex").
    QString displayValue(const QString &field) const;

    // The JSONB columns: what was stored, with this record's known fields set.
    QJsonObject contactDetailsJson() const;
    QJsonObject preferencesJson() const;
    QJsonObject medicalDetailsJson() const;
    void setStoredJson(const QJsonObject &contactDetails, const QJsonObject &preferences);
    void setStoredMedicalJson(const QJsonObject &medicalDetails);

    QString id;
    int rowVersion = 0;
    QString organizationId;
    QString facilityName;
    QString createdBy;
    QDateTime createdAt;
    QString updatedBy; // a name, as the record shows it
    QDateTime updatedAt;
    // What every role sees at a glance (kept by the database from the medical details).
    bool dnacprAlert = false;
    QString allergyStatus = QStringLiteral("unknown");
    QString allergyNames;
    // Whether the medical details and notes were read (only for medical.read).
    bool medicalRead = false;

private:
    QVariantMap m_values;
    QJsonObject m_storedContact;
    QJsonObject m_storedPreferences;
    QJsonObject m_storedMedical;
};
