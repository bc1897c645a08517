#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

// What every member of staff must see about a resident at a glance, shown as an icon and a word each (never colour
// alone). Pure.
class ResidentAlerts
{
    Q_DECLARE_TR_FUNCTIONS(ResidentAlerts)

public:
    enum Flag
    {
        Dnacpr = 0x1,             // do not attempt cardiopulmonary resuscitation
        Allergies = 0x2,          // allergies recorded
        AllergiesUnknown = 0x4,   // nobody has recorded whether there are any
        ReviewOverdue = 0x8,      // a care plan's review date has passed
        ReviewDue = 0x10,         // a care plan is due for review within reviewDueDays
        AssessmentOverdue = 0x20, // a risk assessment's due date has passed (or it was never done on admission)
        AssessmentDue = 0x40,     // a risk assessment is due within assessmentDueDays
    };
    Q_DECLARE_FLAGS(Flags, Flag)

    static constexpr int reviewDueDays = 7;
    static constexpr int assessmentDueDays = 3;

    // allergyStatus: known, none_known or unknown; nextReview: the earliest review date of the live care plans (an
    // invalid date when there is none).
    static Flags flags(bool dnacpr, const QString &allergyStatus, const QDate &nextReview, const QDate &today);
    // Whether a care plan reviewed on reviewDate is overdue, due soon, or neither, on today.
    static Flags reviewFlags(const QDate &reviewDate, const QDate &today);
    // One word or phrase per alert, in the order of the flags: "DNACPR", "Allergies: penicillin, latex",
    // "Allergies not recorded", "Care plan review overdue", "Care plan review due", "Overdue: MUST (nutrition)",
    // "Due today: Waterlow (pressure ulcer risk)" (dueAssessments as assessmentFlags words it).
    static QStringList words(Flags flags, const QString &allergyNames, const QString &overdueAssessments = QString(),
                             const QString &dueAssessments = QString());
    // The assessment alerts from what is due as the lists read it ("must=2026-11-01,waterlow=2026-11-28"), with the
    // names of the tools overdue ("MUST, Waterlow") and those due soon grouped by when ("Due today: MUST; Due in 3
    // days: Waterlow"), in short names when shortNames.
    static Flags assessmentFlags(const QString &due, const QDate &today, QString *overdueNames, QString *dueNames,
                                 bool shortNames = false);
    // When something due on dueDate is due, seen on today: "Overdue", "Due today", "Due tomorrow", "Due in 3 days".
    static QString dueWhen(const QDate &dueDate, const QDate &today);
    // The same after a date in a list: "(overdue)", "(due today)", "(due tomorrow)", "(due in 3 days)".
    static QString dueNote(const QDate &dueDate, const QDate &today);
    // Things due, grouped by dueWhen in date order: "Due today: MUST, Waterlow; Due in 2 days: Barthel".
    static QString dueGroups(QList<std::pair<QDate, QString>> items, const QDate &today);
};
Q_DECLARE_OPERATORS_FOR_FLAGS(ResidentAlerts::Flags)
