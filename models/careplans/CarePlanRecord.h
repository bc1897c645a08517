#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QVariantMap>

// One care plan as a form edits it: its type, status, start and review dates, and the structured details a care
// plan holds (needs, goals, interventions, risks), never raw JSON. Converting back keeps every key of the stored
// details this version does not know. Values: QString for text, QDate for dates (invalid when not given).
class CarePlanRecord
{
    Q_DECLARE_TR_FUNCTIONS(CarePlanRecord)

public:
    // personal_care, eating_drinking, mobility_falls, skin_integrity, continence, medication, communication,
    // mental_capacity_dols, end_of_life, social_wellbeing, other
    static const QStringList &types();
    static QString typeName(const QString &type);
    // The plan's title wherever it is shown or printed: "Care plan: Personal care — Ana Núñez" (the type's name
    // before "care plan" read "Personal care care plan").
    static QString title(const QString &typeName, const QString &residentName);
    // draft, active, under_review, archived
    static const QStringList &statuses();
    static QString statusName(const QString &status);

    // type, status, start_date, review_date, needs, goals, interventions, risks
    static const QStringList &fieldNames();
    static QString label(const QString &field);
    static bool isFixed(const QString &) { return false; }
    static bool isDetail(const QString &field);
    static QString fieldForConstraint(const QString &constraintOrColumn);
    // A stored row (the current one, or an earlier version from record_history), for the history.
    static CarePlanRecord fromRow(const QJsonObject &row);
    // A new plan of a type, starting today, to be reviewed in a month.
    static CarePlanRecord started(const QString &residentId, const QString &type, const QDate &today);

    // A field's value as JSON (a draft kept on the station) and back.
    static QJsonValue valueToJson(const QString &field, const QVariant &value);
    static QVariant valueFromJson(const QString &field, const QJsonValue &value);

    QVariant value(const QString &field) const { return m_values.value(field); }
    void setValue(const QString &field, const QVariant &value) { m_values.insert(field, value); }
    QStringList differences(const CarePlanRecord &other) const;
    QString displayValue(const QString &field) const;

    QJsonObject detailsJson() const;
    void setStoredDetails(const QJsonObject &details);

    QString id;
    QString residentId;
    int rowVersion = 0;
    QString createdBy;
    QDateTime createdAt;
    QString updatedBy;
    QDateTime updatedAt;

private:
    QVariantMap m_values;
    QJsonObject m_storedDetails;
};
