#include "shiftnotes/CareCategories.h"

QStringList CareCategories::keys()
{
    return {QStringLiteral("personal_care"), QStringLiteral("eating"),        QStringLiteral("drinking"),
            QStringLiteral("continence"),    QStringLiteral("repositioning"), QStringLiteral("mobility"),
            QStringLiteral("sleep"),         QStringLiteral("mood"),          QStringLiteral("activities"),
            QStringLiteral("visitors")};
}

QString CareCategories::name(const QString &key)
{
    if (key == QLatin1String("personal_care"))
        return tr("Personal care");
    if (key == QLatin1String("eating"))
        return tr("Eating");
    if (key == QLatin1String("drinking"))
        return tr("Drinking");
    if (key == QLatin1String("continence"))
        return tr("Continence");
    if (key == QLatin1String("repositioning"))
        return tr("Repositioning");
    if (key == QLatin1String("mobility"))
        return tr("Mobility");
    if (key == QLatin1String("sleep"))
        return tr("Sleep");
    if (key == QLatin1String("mood"))
        return tr("Mood and behaviour");
    if (key == QLatin1String("activities"))
        return tr("Activities");
    if (key == QLatin1String("visitors"))
        return tr("Visitors");
    if (key == QLatin1String("observations"))
        return tr("Observations");
    if (key == QLatin1String("narrative"))
        return tr("Narrative");
    if (key == QLatin1String("correction"))
        return tr("Correction");
    if (key == QLatin1String("escalation"))
        return tr("Escalation");
    return key;
}

QStringList CareCategories::quickPhrases(const QString &key)
{
    if (key == QLatin1String("personal_care"))
        return {tr("Assisted with wash"),     tr("Assisted with shower"),    tr("Assisted with bath"),
                tr("Washed independently"),   tr("Assisted with oral care"), tr("Assisted with shave"),
                tr("Assisted with dressing"), tr("Hair care given"),         tr("Declined personal care")};
    if (key == QLatin1String("eating"))
        return {tr("Ate independently"), tr("Needed encouragement"), tr("Assisted to eat"),
                tr("Declined meal"),     tr("Fortified diet given"), tr("Modified texture diet given")};
    if (key == QLatin1String("drinking"))
        return {tr("tea"),    tr("coffee"),           tr("water"),          tr("juice"), tr("milk"),
                tr("squash"), tr("supplement drink"), tr("thickened fluid")};
    if (key == QLatin1String("continence"))
        return {tr("Continent"),
                tr("Assisted to toilet"),
                tr("Pad changed, dry"),
                tr("Pad changed, wet"),
                tr("Pad changed, soiled"),
                tr("Catheter bag emptied"),
                tr("Incontinent of urine"),
                tr("Incontinent of faeces")};
    if (key == QLatin1String("repositioning"))
        return {tr("Repositioned, skin intact"), tr("Repositioned, redness noted"), tr("Declined repositioning")};
    if (key == QLatin1String("mobility"))
        return {tr("Walked independently"),           tr("Walked with frame"), tr("Walked with assistance of one"),
                tr("Hoisted with assistance of two"), tr("Wheelchair"),        tr("Stayed in bed")};
    if (key == QLatin1String("sleep"))
        return {tr("Slept well"), tr("Slept well, checked hourly"), tr("Restless night"), tr("Awake for long periods"),
                tr("Up in the night, settled with reassurance")};
    if (key == QLatin1String("mood"))
        return {tr("Settled and content"),
                tr("Cheerful"),
                tr("Low in mood"),
                tr("Anxious"),
                tr("Confused"),
                tr("Agitated, settled with reassurance"),
                tr("Distressed")};
    if (key == QLatin1String("activities"))
        return {tr("Joined group activity"),    tr("Music session"),
                tr("Read newspaper"),           tr("Watched television"),
                tr("Went out into the garden"), tr("Declined activities")};
    if (key == QLatin1String("visitors"))
        return {tr("Family visited"), tr("Friend visited"), tr("GP visited"), tr("District nurse visited"),
                tr("Phone call with family")};
    return {};
}

QStringList CareCategories::portions()
{
    return {QStringLiteral("none"), QStringLiteral("quarter"), QStringLiteral("half"), QStringLiteral("three_quarters"),
            QStringLiteral("all")};
}

QString CareCategories::portionName(const QString &portion)
{
    if (portion == QLatin1String("none"))
        return tr("none");
    if (portion == QLatin1String("quarter"))
        return tr("a quarter");
    if (portion == QLatin1String("half"))
        return tr("half");
    if (portion == QLatin1String("three_quarters"))
        return tr("three quarters");
    if (portion == QLatin1String("all"))
        return tr("all");
    return portion;
}

QStringList CareCategories::meals()
{
    return {QStringLiteral("breakfast"), QStringLiteral("lunch"), QStringLiteral("tea"), QStringLiteral("supper"),
            QStringLiteral("snack")};
}

QString CareCategories::mealName(const QString &meal)
{
    if (meal == QLatin1String("breakfast"))
        return tr("breakfast");
    if (meal == QLatin1String("lunch"))
        return tr("lunch");
    if (meal == QLatin1String("tea"))
        return tr("tea (meal)");
    if (meal == QLatin1String("supper"))
        return tr("supper");
    if (meal == QLatin1String("snack"))
        return tr("snack");
    return meal;
}

QStringList CareCategories::positions()
{
    return {QStringLiteral("left"), QStringLiteral("right"), QStringLiteral("back"), QStringLiteral("sitting"),
            QStringLiteral("chair")};
}

QString CareCategories::positionName(const QString &position)
{
    if (position == QLatin1String("left"))
        return tr("left side");
    if (position == QLatin1String("right"))
        return tr("right side");
    if (position == QLatin1String("back"))
        return tr("on back");
    if (position == QLatin1String("sitting"))
        return tr("sitting up in bed");
    if (position == QLatin1String("chair"))
        return tr("in chair");
    return position;
}
