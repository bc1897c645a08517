#include "residents/ResidentRecord.h"

#include "common/DateText.h"

#include "clinical/NhsNumber.h"
#include "residents/ResidentStatus.h"

#include <QJsonArray>
#include <QLocale>

namespace {

struct FieldInfo
{
    const char *name;
    ResidentRecord::Part part;
    const char *label;
};

// The form's order.
const FieldInfo fields[] = {
    {"first_name", ResidentRecord::Part::Column, QT_TRANSLATE_NOOP("ResidentRecord", "First name")},
    {"last_name", ResidentRecord::Part::Column, QT_TRANSLATE_NOOP("ResidentRecord", "Surname")},
    {"date_of_birth", ResidentRecord::Part::Column, QT_TRANSLATE_NOOP("ResidentRecord", "Date of birth")},
    {"nhs_number", ResidentRecord::Part::Column, QT_TRANSLATE_NOOP("ResidentRecord", "NHS number")},
    {"admission_date", ResidentRecord::Part::Column, QT_TRANSLATE_NOOP("ResidentRecord", "Admission date")},
    {"facility_id", ResidentRecord::Part::Fixed, QT_TRANSLATE_NOOP("ResidentRecord", "Home")},
    {"room_number", ResidentRecord::Part::Fixed, QT_TRANSLATE_NOOP("ResidentRecord", "Room")},
    {"status", ResidentRecord::Part::Fixed, QT_TRANSLATE_NOOP("ResidentRecord", "Status")},
    {"discharge_date", ResidentRecord::Part::Fixed, QT_TRANSLATE_NOOP("ResidentRecord", "Discharge date")},
    {"fluid_target_ml", ResidentRecord::Part::Column, QT_TRANSLATE_NOOP("ResidentRecord", "Daily fluid target (ml)")},
    {"preferred_name", ResidentRecord::Part::Preferences,
     QT_TRANSLATE_NOOP("ResidentRecord", "How they like to be addressed")},
    {"language", ResidentRecord::Part::Preferences, QT_TRANSLATE_NOOP("ResidentRecord", "Language")},
    {"faith", ResidentRecord::Part::Preferences, QT_TRANSLATE_NOOP("ResidentRecord", "Faith or beliefs")},
    {"communication_needs", ResidentRecord::Part::Preferences,
     QT_TRANSLATE_NOOP("ResidentRecord", "Communication needs")},
    {"likes", ResidentRecord::Part::Preferences, QT_TRANSLATE_NOOP("ResidentRecord", "Likes")},
    {"dislikes", ResidentRecord::Part::Preferences, QT_TRANSLATE_NOOP("ResidentRecord", "Dislikes")},
    {"next_of_kin.name", ResidentRecord::Part::Contact, QT_TRANSLATE_NOOP("ResidentRecord", "Next of kin")},
    {"next_of_kin.relationship", ResidentRecord::Part::Contact,
     QT_TRANSLATE_NOOP("ResidentRecord", "Next of kin's relationship")},
    {"next_of_kin.phone", ResidentRecord::Part::Contact, QT_TRANSLATE_NOOP("ResidentRecord", "Next of kin's phone")},
    {"next_of_kin.email", ResidentRecord::Part::Contact, QT_TRANSLATE_NOOP("ResidentRecord", "Next of kin's email")},
    {"next_of_kin.address", ResidentRecord::Part::Contact,
     QT_TRANSLATE_NOOP("ResidentRecord", "Next of kin's address")},
    {"gp.name", ResidentRecord::Part::Contact, QT_TRANSLATE_NOOP("ResidentRecord", "GP")},
    {"gp.practice", ResidentRecord::Part::Contact, QT_TRANSLATE_NOOP("ResidentRecord", "GP practice")},
    {"gp.phone", ResidentRecord::Part::Contact, QT_TRANSLATE_NOOP("ResidentRecord", "GP practice's phone")},
    {"allergy_status", ResidentRecord::Part::Medical, QT_TRANSLATE_NOOP("ResidentRecord", "Allergies")},
    {"allergies", ResidentRecord::Part::Medical, QT_TRANSLATE_NOOP("ResidentRecord", "Allergy list")},
    {"conditions", ResidentRecord::Part::Medical, QT_TRANSLATE_NOOP("ResidentRecord", "Conditions")},
    {"resuscitation.status", ResidentRecord::Part::Medical, QT_TRANSLATE_NOOP("ResidentRecord", "Resuscitation")},
    {"resuscitation.respect_form", ResidentRecord::Part::Medical,
     QT_TRANSLATE_NOOP("ResidentRecord", "ReSPECT form in place")},
    {"resuscitation.decided_on", ResidentRecord::Part::Medical,
     QT_TRANSLATE_NOOP("ResidentRecord", "Resuscitation decision made on")},
    {"resuscitation.notes", ResidentRecord::Part::Medical,
     QT_TRANSLATE_NOOP("ResidentRecord", "Resuscitation decision notes")},
    {"medical_notes", ResidentRecord::Part::Notes, QT_TRANSLATE_NOOP("ResidentRecord", "Medical notes")},
};

const FieldInfo *find(const QString &field)
{
    for (const FieldInfo &info : fields) {
        if (field == QLatin1String(info.name))
            return &info;
    }
    return nullptr;
}

// "next_of_kin.name" -> ("next_of_kin", "name"); "likes" -> ("", "likes").
std::pair<QString, QString> jsonPath(const QString &field)
{
    const qsizetype dot = field.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return {QString(), field};
    return {field.left(dot), field.mid(dot + 1)};
}

QJsonValue toJson(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate) {
        const QDate date = value.toDate();
        return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
    }
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().trimmed();
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// Sets (or, for an empty value, removes) one field in a copy of stored.
void put(QJsonObject &stored, const QString &field, const QJsonValue &value)
{
    const auto [group, key] = jsonPath(field);
    if (group.isEmpty()) {
        if (value.isNull() || value.isUndefined())
            stored.remove(key);
        else
            stored.insert(key, value);
        return;
    }
    QJsonObject inner = stored.value(group).toObject();
    if (value.isNull() || value.isUndefined())
        inner.remove(key);
    else
        inner.insert(key, value);
    if (inner.isEmpty())
        stored.remove(group);
    else
        stored.insert(group, inner);
}

QJsonValue get(const QJsonObject &stored, const QString &field)
{
    const auto [group, key] = jsonPath(field);
    return group.isEmpty() ? stored.value(key) : stored.value(group).toObject().value(key);
}

} // namespace

const QStringList &ResidentRecord::fieldNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (const FieldInfo &info : fields)
            list.append(QString::fromLatin1(info.name));
        return list;
    }();
    return names;
}

ResidentRecord::Part ResidentRecord::partOf(const QString &field)
{
    const FieldInfo *info = find(field);
    return info ? info->part : Part::Fixed;
}

QString ResidentRecord::label(const QString &field)
{
    const FieldInfo *info = find(field);
    return info ? tr(info->label) : field;
}

QString ResidentRecord::fieldForConstraint(const QString &constraintOrColumn)
{
    static const QList<std::pair<const char *, const char *>> known = {
        {"residents_first_name_check", "first_name"},
        {"residents_last_name_check", "last_name"},
        {"residents_nhs_number_format_check", "nhs_number"},
        {"residents_nhs_number_checksum_check", "nhs_number"},
        {"residents_nhs_number_key", "nhs_number"},
        {"residents_birth_before_admission_check", "date_of_birth"},
        {"residents_discharge_after_admission_check", "admission_date"},
        {"residents_facility_fkey", "facility_id"},
        {"residents_fluid_target_check", "fluid_target_ml"},
    };
    for (const auto &[constraint, field] : known) {
        if (constraintOrColumn == QLatin1String(constraint))
            return QString::fromLatin1(field);
    }
    return find(constraintOrColumn) ? constraintOrColumn : QString();
}

void ResidentRecord::setValue(const QString &field, const QVariant &value)
{
    if (field == QLatin1String("nhs_number")) {
        // Kept as the digits when they are a number, else as typed (so the form keeps it and says what is wrong).
        const QString digits = NhsNumber::normalized(value.toString());
        m_values.insert(field, digits.isEmpty() ? value.toString().trimmed() : digits);
        return;
    }
    m_values.insert(field, value);
}

QStringList ResidentRecord::differences(const ResidentRecord &other) const
{
    QStringList changed;
    for (const QString &field : fieldNames()) {
        if (isMedical(field) && !(medicalRead && other.medicalRead))
            continue;
        const QVariant mine = value(field);
        const QVariant theirs = other.value(field);
        const bool bothEmpty = (!mine.isValid() || mine.toString().isEmpty() || mine == QVariant(QDate())) &&
                               (!theirs.isValid() || theirs.toString().isEmpty() || theirs == QVariant(QDate()));
        if (field == QLatin1String("allergies")) {
            if (mine.toList() != theirs.toList())
                changed.append(field);
        } else if (!bothEmpty && displayValue(field) != other.displayValue(field)) {
            changed.append(field);
        }
    }
    return changed;
}

QString ResidentRecord::displayValue(const QString &field) const
{
    const QVariant v = value(field);
    if (field == QLatin1String("allergies")) {
        QStringList items;
        for (const QVariant &item : v.toList()) {
            const QVariantMap allergy = item.toMap();
            const QString reaction = allergy.value(QStringLiteral("reaction")).toString();
            items.append(reaction.isEmpty()
                             ? allergy.value(QStringLiteral("substance")).toString()
                             : tr("%1 (%2)").arg(allergy.value(QStringLiteral("substance")).toString(), reaction));
        }
        return items.join(QStringLiteral("; "));
    }
    if (field == QLatin1String("status"))
        return ResidentStatus::name(v.toString());
    if (field == QLatin1String("facility_id"))
        return facilityName;
    if (field == QLatin1String("nhs_number"))
        return NhsNumber::formatted(v.toString());
    if (field == QLatin1String("allergy_status")) {
        const QString status = v.toString();
        if (status == QLatin1String("known"))
            return tr("Allergies listed");
        if (status == QLatin1String("none_known"))
            return tr("No known allergies");
        return tr("Not recorded");
    }
    if (field == QLatin1String("resuscitation.status")) {
        const QString status = v.toString();
        if (status == QLatin1String("dnacpr"))
            return tr("DNACPR: do not attempt CPR");
        if (status == QLatin1String("for_cpr"))
            return tr("For CPR");
        return tr("Not recorded");
    }
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().isValid() ? DateText::longDate(v.toDate()) : QString();
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? tr("Yes") : tr("No");
    return v.toString();
}

QJsonObject ResidentRecord::contactDetailsJson() const
{
    QJsonObject stored = m_storedContact;
    for (const QString &field : fieldNames()) {
        if (partOf(field) == Part::Contact)
            put(stored, field, toJson(value(field)));
    }
    return stored;
}

QJsonObject ResidentRecord::preferencesJson() const
{
    QJsonObject stored = m_storedPreferences;
    for (const QString &field : fieldNames()) {
        if (partOf(field) == Part::Preferences)
            put(stored, field, toJson(value(field)));
    }
    return stored;
}

QJsonObject ResidentRecord::medicalDetailsJson() const
{
    QJsonObject stored = m_storedMedical;
    QJsonArray allergies;
    for (const QVariant &item : value(QStringLiteral("allergies")).toList()) {
        const QVariantMap allergy = item.toMap();
        const QString substance = allergy.value(QStringLiteral("substance")).toString().trimmed();
        if (substance.isEmpty())
            continue;
        QJsonObject entry{{QStringLiteral("substance"), substance}};
        const QString reaction = allergy.value(QStringLiteral("reaction")).toString().trimmed();
        if (!reaction.isEmpty())
            entry.insert(QStringLiteral("reaction"), reaction);
        allergies.append(entry);
    }
    stored.insert(QStringLiteral("allergies"), allergies);
    // With allergies listed there are known allergies, whatever the choice said.
    const QString status = value(QStringLiteral("allergy_status")).toString();
    put(stored, QStringLiteral("allergy_status"),
        allergies.isEmpty() ? toJson(status == QLatin1String("known") ? QStringLiteral("unknown") : status)
                            : QJsonValue(QStringLiteral("known")));
    QJsonArray conditions;
    for (const QString &line : value(QStringLiteral("conditions")).toString().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            conditions.append(line.trimmed());
    }
    stored.insert(QStringLiteral("conditions"), conditions);
    for (const QString &field : {QStringLiteral("resuscitation.status"), QStringLiteral("resuscitation.respect_form"),
                                 QStringLiteral("resuscitation.decided_on"), QStringLiteral("resuscitation.notes")})
        put(stored, field, toJson(value(field)));
    return stored;
}

void ResidentRecord::setStoredJson(const QJsonObject &contactDetails, const QJsonObject &preferences)
{
    m_storedContact = contactDetails;
    m_storedPreferences = preferences;
    for (const QString &field : fieldNames()) {
        if (partOf(field) == Part::Contact)
            m_values.insert(field, get(contactDetails, field).toString());
        else if (partOf(field) == Part::Preferences)
            m_values.insert(field, get(preferences, field).toString());
    }
}

void ResidentRecord::setStoredMedicalJson(const QJsonObject &medicalDetails)
{
    m_storedMedical = medicalDetails;
    QVariantList allergies;
    for (const QJsonValue &item : medicalDetails.value(QStringLiteral("allergies")).toArray()) {
        // A bare string (as older imports hold) is the substance.
        if (item.isString())
            allergies.append(
                QVariantMap{{QStringLiteral("substance"), item.toString()}, {QStringLiteral("reaction"), QString()}});
        else
            allergies.append(QVariantMap{
                {QStringLiteral("substance"), item.toObject().value(QStringLiteral("substance")).toString()},
                {QStringLiteral("reaction"), item.toObject().value(QStringLiteral("reaction")).toString()}});
    }
    m_values.insert(QStringLiteral("allergies"), allergies);
    const QString status = medicalDetails.value(QStringLiteral("allergy_status")).toString();
    m_values.insert(QStringLiteral("allergy_status"), !allergies.isEmpty()
                                                          ? QStringLiteral("known")
                                                          : (status.isEmpty() ? QStringLiteral("unknown") : status));
    QStringList conditions;
    for (const QJsonValue &item : medicalDetails.value(QStringLiteral("conditions")).toArray())
        conditions.append(item.toString());
    m_values.insert(QStringLiteral("conditions"), conditions.join(QLatin1Char('\n')));
    const QJsonObject resuscitation = medicalDetails.value(QStringLiteral("resuscitation")).toObject();
    m_values.insert(QStringLiteral("resuscitation.status"),
                    resuscitation.value(QStringLiteral("status")).toString(QStringLiteral("not_recorded")));
    m_values.insert(QStringLiteral("resuscitation.respect_form"),
                    resuscitation.value(QStringLiteral("respect_form")).toBool());
    m_values.insert(QStringLiteral("resuscitation.decided_on"),
                    QDate::fromString(resuscitation.value(QStringLiteral("decided_on")).toString(), Qt::ISODate));
    m_values.insert(QStringLiteral("resuscitation.notes"), resuscitation.value(QStringLiteral("notes")).toString());
}

ResidentRecord ResidentRecord::fromRow(const QJsonObject &row, const QHash<QString, QString> &facilityNames)
{
    ResidentRecord record;
    record.id = row.value(QStringLiteral("id")).toString();
    record.rowVersion = row.value(QStringLiteral("row_version")).toInt();
    for (const QString &field : fieldNames()) {
        const Part part = partOf(field);
        if (part != Part::Column && part != Part::Fixed)
            continue;
        const QJsonValue value = row.value(field);
        if (field.endsWith(QLatin1String("_date")) || field == QLatin1String("date_of_birth"))
            record.setValue(field, QDate::fromString(value.toString(), Qt::ISODate));
        else
            record.setValue(field, value.toString());
    }
    record.facilityName = facilityNames.value(row.value(QStringLiteral("facility_id")).toString());
    record.setStoredJson(row.value(QStringLiteral("contact_details")).toObject(),
                         row.value(QStringLiteral("preferences")).toObject());
    return record;
}

QJsonValue ResidentRecord::valueToJson(const QString &field, const QVariant &value)
{
    if (field == QLatin1String("allergies"))
        return QJsonValue::fromVariant(value.toList());
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().isValid() ? QJsonValue(value.toDate().toString(Qt::ISODate)) : QJsonValue();
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    return value.toString();
}

QVariant ResidentRecord::valueFromJson(const QString &field, const QJsonValue &value)
{
    if (field == QLatin1String("allergies"))
        return value.toArray().toVariantList();
    if (field == QLatin1String("date_of_birth") || field.endsWith(QLatin1String("_date")) ||
        field == QLatin1String("resuscitation.decided_on"))
        return QDate::fromString(value.toString(), Qt::ISODate);
    if (field == QLatin1String("resuscitation.respect_form"))
        return value.toBool();
    return value.toString();
}
