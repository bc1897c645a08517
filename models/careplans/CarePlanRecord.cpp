#include "careplans/CarePlanRecord.h"

#include "common/DateText.h"

#include <QLocale>

namespace {

struct Named
{
    const char *key;
    const char *name;
};

const Named typeNames[] = {
    {"personal_care", QT_TRANSLATE_NOOP("CarePlanRecord", "Personal care")},
    {"eating_drinking", QT_TRANSLATE_NOOP("CarePlanRecord", "Eating and drinking")},
    {"mobility_falls", QT_TRANSLATE_NOOP("CarePlanRecord", "Mobility and falls")},
    {"skin_integrity", QT_TRANSLATE_NOOP("CarePlanRecord", "Skin integrity")},
    {"continence", QT_TRANSLATE_NOOP("CarePlanRecord", "Continence")},
    {"medication", QT_TRANSLATE_NOOP("CarePlanRecord", "Medication")},
    {"communication", QT_TRANSLATE_NOOP("CarePlanRecord", "Communication")},
    {"mental_capacity_dols", QT_TRANSLATE_NOOP("CarePlanRecord", "Mental capacity and DoLS")},
    {"end_of_life", QT_TRANSLATE_NOOP("CarePlanRecord", "End of life")},
    {"social_wellbeing", QT_TRANSLATE_NOOP("CarePlanRecord", "Social and wellbeing")},
    {"other", QT_TRANSLATE_NOOP("CarePlanRecord", "Other")},
};

const Named statusNames[] = {
    {"draft", QT_TRANSLATE_NOOP("CarePlanRecord", "Draft")},
    {"active", QT_TRANSLATE_NOOP("CarePlanRecord", "Active")},
    {"under_review", QT_TRANSLATE_NOOP("CarePlanRecord", "Under review")},
    {"archived", QT_TRANSLATE_NOOP("CarePlanRecord", "Archived")},
};

const Named fieldLabels[] = {
    {"type", QT_TRANSLATE_NOOP("CarePlanRecord", "Type")},
    {"status", QT_TRANSLATE_NOOP("CarePlanRecord", "Status")},
    {"start_date", QT_TRANSLATE_NOOP("CarePlanRecord", "Start date")},
    {"review_date", QT_TRANSLATE_NOOP("CarePlanRecord", "Review date")},
    {"needs", QT_TRANSLATE_NOOP("CarePlanRecord", "Needs")},
    {"goals", QT_TRANSLATE_NOOP("CarePlanRecord", "Goals")},
    {"interventions", QT_TRANSLATE_NOOP("CarePlanRecord", "How staff help (interventions)")},
    {"risks", QT_TRANSLATE_NOOP("CarePlanRecord", "Risks")},
};

template <std::size_t N>
QStringList keysOf(const Named (&names)[N])
{
    QStringList keys;
    for (const Named &named : names)
        keys.append(QString::fromLatin1(named.key));
    return keys;
}

template <std::size_t N>
QString nameOf(const Named (&names)[N], const QString &key)
{
    for (const Named &named : names) {
        if (key == QLatin1String(named.key))
            return CarePlanRecord::tr(named.name);
    }
    return key;
}

} // namespace

const QStringList &CarePlanRecord::types()
{
    static const QStringList keys = keysOf(typeNames);
    return keys;
}

QString CarePlanRecord::typeName(const QString &type)
{
    return nameOf(typeNames, type);
}

const QStringList &CarePlanRecord::statuses()
{
    static const QStringList keys = keysOf(statusNames);
    return keys;
}

QString CarePlanRecord::statusName(const QString &status)
{
    return nameOf(statusNames, status);
}

const QStringList &CarePlanRecord::fieldNames()
{
    static const QStringList keys = keysOf(fieldLabels);
    return keys;
}

QString CarePlanRecord::label(const QString &field)
{
    return nameOf(fieldLabels, field);
}

bool CarePlanRecord::isDetail(const QString &field)
{
    return field == QLatin1String("needs") || field == QLatin1String("goals") ||
           field == QLatin1String("interventions") || field == QLatin1String("risks");
}

QString CarePlanRecord::fieldForConstraint(const QString &constraintOrColumn)
{
    if (constraintOrColumn == QLatin1String("care_plans_review_after_start_check") ||
        constraintOrColumn == QLatin1String("care_plans_review_date_required_check"))
        return QStringLiteral("review_date");
    if (constraintOrColumn == QLatin1String("care_plans_type_check"))
        return QStringLiteral("type");
    if (constraintOrColumn == QLatin1String("care_plans_status_check"))
        return QStringLiteral("status");
    return fieldNames().contains(constraintOrColumn) ? constraintOrColumn : QString();
}

CarePlanRecord CarePlanRecord::fromRow(const QJsonObject &row)
{
    CarePlanRecord record;
    record.id = row.value(QStringLiteral("id")).toString();
    record.residentId = row.value(QStringLiteral("resident_id")).toString();
    record.rowVersion = row.value(QStringLiteral("row_version")).toInt();
    record.setValue(QStringLiteral("type"), row.value(QStringLiteral("type")).toString());
    record.setValue(QStringLiteral("status"), row.value(QStringLiteral("status")).toString());
    record.setValue(QStringLiteral("start_date"),
                    QDate::fromString(row.value(QStringLiteral("start_date")).toString(), Qt::ISODate));
    record.setValue(QStringLiteral("review_date"),
                    QDate::fromString(row.value(QStringLiteral("review_date")).toString(), Qt::ISODate));
    record.setStoredDetails(row.value(QStringLiteral("details")).toObject());
    return record;
}

CarePlanRecord CarePlanRecord::started(const QString &residentId, const QString &type, const QDate &today)
{
    CarePlanRecord record;
    record.residentId = residentId;
    record.setValue(QStringLiteral("type"), type);
    record.setValue(QStringLiteral("status"), QStringLiteral("active"));
    record.setValue(QStringLiteral("start_date"), today);
    record.setValue(QStringLiteral("review_date"), today.addMonths(1));
    for (const QString &field : fieldNames()) {
        if (isDetail(field))
            record.setValue(field, QString());
    }
    return record;
}

QStringList CarePlanRecord::differences(const CarePlanRecord &other) const
{
    QStringList changed;
    for (const QString &field : fieldNames()) {
        if (displayValue(field) != other.displayValue(field))
            changed.append(field);
    }
    return changed;
}

QString CarePlanRecord::displayValue(const QString &field) const
{
    const QVariant v = value(field);
    if (field == QLatin1String("type"))
        return typeName(v.toString());
    if (field == QLatin1String("status"))
        return statusName(v.toString());
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().isValid() ? DateText::longDate(v.toDate()) : QString();
    return v.toString().trimmed();
}

QJsonObject CarePlanRecord::detailsJson() const
{
    QJsonObject stored = m_storedDetails;
    for (const QString &field : fieldNames()) {
        if (!isDetail(field))
            continue;
        const QString text = value(field).toString().trimmed();
        if (text.isEmpty())
            stored.remove(field);
        else
            stored.insert(field, text);
    }
    return stored;
}

void CarePlanRecord::setStoredDetails(const QJsonObject &details)
{
    m_storedDetails = details;
    for (const QString &field : fieldNames()) {
        if (isDetail(field))
            setValue(field, details.value(field).toString());
    }
}

QJsonValue CarePlanRecord::valueToJson(const QString &field, const QVariant &value)
{
    if (field.endsWith(QLatin1String("_date")))
        return value.toDate().isValid() ? QJsonValue(value.toDate().toString(Qt::ISODate)) : QJsonValue();
    return value.toString();
}

QVariant CarePlanRecord::valueFromJson(const QString &field, const QJsonValue &value)
{
    if (field.endsWith(QLatin1String("_date")))
        return QDate::fromString(value.toString(), Qt::ISODate);
    return value.toString();
}

QString CarePlanRecord::title(const QString &typeName, const QString &residentName)
{
    return tr("Care plan: %1 — %2").arg(typeName, residentName);
}
