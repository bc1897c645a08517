#include "clinical/AssessmentTools.h"

#include "clinical/AbbeyPainScale.h"
#include "clinical/BarthelIndex.h"
#include "clinical/FallsRiskTool.h"
#include "clinical/MustTool.h"
#include "clinical/News2Assessment.h"
#include "clinical/WaterlowTool.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace {

// Each tool's four functions, in the order of AssessmentType: the one place a tool is tied to its type.
struct Tool
{
    QString (*source)();
    QString (*version)();
    QList<AssessmentItem> (*items)();
    AssessmentResult (*score)(const QJsonObject &);
};

template <typename T>
constexpr Tool toolOf()
{
    return {&T::source, &T::version, &T::items, &T::score};
}

const Tool &tool(AssessmentType type)
{
    static const Tool tools[] = {toolOf<MustTool>(),       toolOf<WaterlowTool>(), toolOf<FallsRiskTool>(),
                                 toolOf<AbbeyPainScale>(), toolOf<BarthelIndex>(), toolOf<News2Assessment>()};
    return tools[static_cast<int>(type)];
}

} // namespace

QList<AssessmentType> AssessmentTools::types()
{
    return {AssessmentType::Must,      AssessmentType::Waterlow, AssessmentType::Falls,
            AssessmentType::AbbeyPain, AssessmentType::Barthel,  AssessmentType::News2};
}

QString AssessmentTools::key(AssessmentType type)
{
    switch (type) {
    case AssessmentType::Must:
        return QStringLiteral("must");
    case AssessmentType::Waterlow:
        return QStringLiteral("waterlow");
    case AssessmentType::Falls:
        return QStringLiteral("falls");
    case AssessmentType::AbbeyPain:
        return QStringLiteral("abbey_pain");
    case AssessmentType::Barthel:
        return QStringLiteral("barthel");
    case AssessmentType::News2:
        return QStringLiteral("news2");
    }
    return {};
}

std::optional<AssessmentType> AssessmentTools::fromKey(const QString &key)
{
    for (const AssessmentType type : types()) {
        if (AssessmentTools::key(type) == key)
            return type;
    }
    return std::nullopt;
}

QString AssessmentTools::name(AssessmentType type)
{
    switch (type) {
    case AssessmentType::Must:
        return tr("MUST (nutrition)");
    case AssessmentType::Waterlow:
        return tr("Waterlow (pressure ulcer risk)");
    case AssessmentType::Falls:
        return tr("Falls risk (FRAT)");
    case AssessmentType::AbbeyPain:
        return tr("Abbey Pain Scale");
    case AssessmentType::Barthel:
        return tr("Barthel (daily living)");
    case AssessmentType::News2:
        return tr("NEWS2");
    }
    return {};
}

QString AssessmentTools::shortName(AssessmentType type)
{
    switch (type) {
    case AssessmentType::Must:
        return tr("MUST");
    case AssessmentType::Waterlow:
        return tr("Waterlow");
    case AssessmentType::Falls:
        return tr("Falls");
    case AssessmentType::AbbeyPain:
        return tr("Abbey pain");
    case AssessmentType::Barthel:
        return tr("Barthel");
    case AssessmentType::News2:
        return tr("NEWS2");
    }
    return {};
}

QString AssessmentTools::source(AssessmentType type)
{
    return tool(type).source();
}

QString AssessmentTools::version(AssessmentType type)
{
    return tool(type).version();
}

QList<AssessmentItem> AssessmentTools::items(AssessmentType type)
{
    return tool(type).items();
}

AssessmentResult AssessmentTools::score(AssessmentType type, const QJsonObject &answers)
{
    // An impossible measurement is refused before anything is scored: a score from a typing slip is worse than none.
    for (const AssessmentItem &question : items(type)) {
        if (!isShown(question, answers) || !answers.contains(question.key))
            continue;
        const QJsonValue value = answers.value(question.key);
        bool wrong = false;
        QString problem;
        switch (question.kind) {
        case AssessmentItem::Kind::Number:
            if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < question.minimum ||
                value.toDouble() > question.maximum) {
                wrong = true;
                problem = tr("%1 must be between %2 and %3 %4: %5 is not possible. Check it and type it again.")
                              .arg(question.label, formatted(question, question.minimum),
                                   formatted(question, question.maximum), question.unit,
                                   value.isDouble() ? formatted(question, value.toDouble()) : tr("what was typed"));
            }
            break;
        case AssessmentItem::Kind::Single:
            wrong = !question.option(value.toString());
            break;
        case AssessmentItem::Kind::Multiple: {
            const QStringList chosen = choices(answers, question.key);
            wrong = !value.isArray();
            for (const QString &choice : chosen)
                wrong = wrong || !question.option(choice);
            if (!question.exclusiveOption.isEmpty() && chosen.contains(question.exclusiveOption) && chosen.size() > 1)
                problem = tr("%1: \"%2\" cannot go with other answers. Choose again.")
                              .arg(question.label, question.option(question.exclusiveOption)->label);
            break;
        }
        }
        if (wrong && problem.isEmpty())
            problem = tr("%1: the answer is not one of the tool's. Choose again.").arg(question.label);
        if (!problem.isEmpty()) {
            AssessmentResult result;
            result.problemKey = question.key;
            result.problem = problem;
            return result;
        }
    }
    return tool(type).score(answers);
}

QString AssessmentTools::carePlanType(AssessmentType type)
{
    switch (type) {
    case AssessmentType::Must:
        return QStringLiteral("eating_drinking");
    case AssessmentType::Waterlow:
        return QStringLiteral("skin_integrity");
    case AssessmentType::Falls:
        return QStringLiteral("mobility_falls");
    default:
        return {};
    }
}

QList<std::pair<QString, QString>> AssessmentTools::answerRows(AssessmentType type, const QJsonObject &answers)
{
    QList<std::pair<QString, QString>> rows;
    for (const AssessmentItem &question : items(type)) {
        if (!isShown(question, answers))
            continue;
        const QString label =
            question.unit.isEmpty() ? question.label : tr("%1 (%2)").arg(question.label, question.unit);
        QString answer;
        switch (question.kind) {
        case AssessmentItem::Kind::Number:
            if (const std::optional<double> value = number(answers, question.key))
                answer = formatted(question, *value);
            break;
        case AssessmentItem::Kind::Single:
            if (const AssessmentItem::Option *chosen = question.option(answers.value(question.key).toString()))
                answer = chosen->label;
            break;
        case AssessmentItem::Kind::Multiple: {
            QStringList labels;
            for (const QString &choice : choices(answers, question.key)) {
                if (const AssessmentItem::Option *chosen = question.option(choice))
                    labels.append(chosen->label);
            }
            answer = labels.join(tr("; "));
            break;
        }
        }
        rows.append({label, answer.isEmpty() ? tr("Not answered") : answer});
    }
    return rows;
}

bool AssessmentTools::isShown(const AssessmentItem &item, const QJsonObject &answers)
{
    return item.shownWhenKey.isEmpty() || item.shownWhenValues.contains(answers.value(item.shownWhenKey).toString());
}

bool AssessmentTools::isAnswered(const AssessmentItem &item, const QJsonObject &answers)
{
    const QJsonValue value = answers.value(item.key);
    switch (item.kind) {
    case AssessmentItem::Kind::Number:
        return value.isDouble();
    case AssessmentItem::Kind::Single:
        return value.isString() && !value.toString().isEmpty();
    case AssessmentItem::Kind::Multiple:
        return value.isArray() && !value.toArray().isEmpty();
    }
    return false;
}

Result<> AssessmentTools::checkDate(const QDate &date, const QDate &today, const QDate &born)
{
    const QString field = QStringLiteral("date");
    if (!date.isValid())
        return Result<>::refused(tr("Date of the assessment: choose the day it was done."), field);
    if (date > today)
        return Result<>::refused(tr("Date of the assessment: %1 is in the future. It can be today or an earlier day.")
                                     .arg(QLocale().toString(date, QLocale::LongFormat)),
                                 field);
    if (born.isValid() && date < born)
        return Result<>::refused(
            tr("Date of the assessment: %1 is before the resident was born (%2). Choose the day it was done.")
                .arg(QLocale().toString(date, QLocale::LongFormat), QLocale().toString(born, QLocale::LongFormat)),
            field);
    return Result<>::done();
}

QStringList AssessmentTools::missingAnswers(const QList<AssessmentItem> &items, const QJsonObject &answers)
{
    QStringList missing;
    for (const AssessmentItem &question : items) {
        if (!question.optional && isShown(question, answers) && !isAnswered(question, answers))
            missing.append(question.key);
    }
    return missing;
}

int AssessmentTools::addPoints(const QList<AssessmentItem> &items, const QStringList &keys, const QJsonObject &answers,
                               QList<AssessmentResult::Part> *parts)
{
    int total = 0;
    for (const QString &key : keys) {
        const AssessmentItem *question = item(items, key);
        if (!question || !isShown(*question, answers))
            continue;
        int points = 0;
        const QStringList chosen = question->kind == AssessmentItem::Kind::Single
                                       ? QStringList{answers.value(key).toString()}
                                       : choices(answers, key);
        for (const QString &choice : chosen) {
            if (const AssessmentItem::Option *option = question->option(choice))
                points += option->points;
        }
        total += points;
        if (parts)
            parts->append({question->label, points});
    }
    return total;
}

const AssessmentItem *AssessmentTools::item(const QList<AssessmentItem> &items, const QString &key)
{
    for (const AssessmentItem &question : items) {
        if (question.key == key)
            return &question;
    }
    return nullptr;
}

std::optional<double> AssessmentTools::number(const QJsonObject &answers, const QString &key)
{
    const QJsonValue value = answers.value(key);
    return value.isDouble() ? std::optional(value.toDouble()) : std::nullopt;
}

QStringList AssessmentTools::choices(const QJsonObject &answers, const QString &key)
{
    QStringList chosen;
    for (const QJsonValue &value : answers.value(key).toArray())
        chosen.append(value.toString());
    return chosen;
}

QString AssessmentTools::formatted(const AssessmentItem &item, double value)
{
    return QLocale().toString(value, 'f', item.decimals);
}

double AssessmentTools::oneDecimalDown(double value)
{
    // The small nudge keeps a value that is exactly a tenth (20.1, stored in binary as 20.0999...) as written.
    return std::floor(value * 10.0 + 1e-9) / 10.0;
}

double AssessmentTools::oneDecimalUp(double value)
{
    return std::ceil(value * 10.0 - 1e-9) / 10.0;
}
