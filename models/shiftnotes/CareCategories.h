#pragma once

#include <QCoreApplication>
#include <QStringList>

// The categories of care a shift note records, with their names and the quick phrases a carer picks from. Keys are
// stored in daily_records.care_delivered and never change; names and phrases are translated.
class CareCategories
{
    Q_DECLARE_TR_FUNCTIONS(CareCategories)

public:
    // In the order the note form shows them.
    static QStringList keys();
    static QString name(const QString &key);
    static QStringList quickPhrases(const QString &key);

    // Eating: how much of the meal was eaten.
    static QStringList portions(); // none, quarter, half, three_quarters, all
    static QString portionName(const QString &portion);
    static QStringList meals(); // breakfast, lunch, tea, supper, snack
    static QString mealName(const QString &meal);
    static QStringList positions(); // left side, right side, back, sitting up ...
    static QString positionName(const QString &position);
};
