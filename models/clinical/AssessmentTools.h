#pragma once

#include "clinical/AssessmentItem.h"
#include "clinical/AssessmentResult.h"
#include "clinical/AssessmentType.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

#include <optional>

// Every assessment tool behind one door: the questions, the score, the source and version, and what the tools share
// (reading answers, checking measurements against their ranges, the date an assessment may carry). Pure functions:
// no database, no widgets.
class AssessmentTools
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentTools)

public:
    static QList<AssessmentType> types();
    static QString key(AssessmentType type); // "must", "waterlow", "falls", "abbey_pain", "barthel", "news2"
    static std::optional<AssessmentType> fromKey(const QString &key);
    static QString name(AssessmentType type);
    // The name alone ("MUST", "Waterlow"), where a column has room for a word.
    static QString shortName(AssessmentType type);
    // The published tool the code follows, and its version, as shown on the form and stored with each assessment.
    static QString source(AssessmentType type);
    static QString version(AssessmentType type);
    static QList<AssessmentItem> items(AssessmentType type);
    // Checks every measurement against its range, then scores with the tool.
    static AssessmentResult score(AssessmentType type, const QJsonObject &answers);
    // The care plan a high result asks to review (care_plans.type), or empty.
    static QString carePlanType(AssessmentType type);

    // The questions asked and their answers in words, in the tool's order, as a saved assessment is read and
    // printed: ("Weight (kg)", "61.5"), ("Skin type", "Tissue paper; Broken"); "Not answered" for an optional one
    // left empty.
    static QList<std::pair<QString, QString>> answerRows(AssessmentType type, const QJsonObject &answers);
    // Whether a question is asked, given the other answers.
    static bool isShown(const AssessmentItem &item, const QJsonObject &answers);
    // Whether a question has an answer (a Multiple needs at least one, its exclusive option included).
    static bool isAnswered(const AssessmentItem &item, const QJsonObject &answers);
    // The date an assessment may carry: not after today, not before birth. Done, or Refused with a sentence naming
    // the field, and "date" (the assessment's date field) as field.
    static Result<> checkDate(const QDate &date, const QDate &today, const QDate &born);

    // For the tools: the questions shown and not optional that have no answer, in the order asked.
    static QStringList missingAnswers(const QList<AssessmentItem> &items, const QJsonObject &answers);
    // The sum of the points of the answers given to these questions, each added to parts.
    static int addPoints(const QList<AssessmentItem> &items, const QStringList &keys, const QJsonObject &answers,
                         QList<AssessmentResult::Part> *parts);
    static const AssessmentItem *item(const QList<AssessmentItem> &items, const QString &key);
    static std::optional<double> number(const QJsonObject &answers, const QString &key);
    static QStringList choices(const QJsonObject &answers, const QString &key);
    // A measurement as shown on the form (to its item's decimals), for messages.
    static QString formatted(const AssessmentItem &item, double value);
    // A value shown to one decimal place, rounded toward the higher risk so that the number a nurse reads off the
    // form lies in the band the score uses: down for a BMI (lower is riskier), up for a weight loss. Scores always
    // come from the unrounded value; these are for showing and storing it.
    static double oneDecimalDown(double value);
    static double oneDecimalUp(double value);
};
