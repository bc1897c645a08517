#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One question of an assessment tool, as the tool prints it: a choice of one answer, a set of answers that add up,
// or a measurement with the range a living adult can have. The form is built from these; the score reads the
// points from the same definition, so a point value is written once.
struct AssessmentItem
{
    enum class Kind
    {
        Single,   // one answer; stored as the option's key
        Multiple, // any of the answers; stored as an array of keys (the exclusive option says "none of these")
        Number    // a measurement; stored as a number
    };
    struct Option
    {
        QString key{}; // stored in findings, never changes
        QString label{};
        int points = 0;
    };

    QString key{};
    QString label{};
    Kind kind = Kind::Single;
    QList<Option> options{};
    QString exclusiveOption{}; // Multiple: the answer that rules out the others ("healthy", "none")
    double minimum = 0;
    double maximum = 0;
    int decimals = 0;
    QString unit{};
    QString help{};
    // Asked only when another answer is one of these values (empty: always asked).
    QString shownWhenKey{};
    QStringList shownWhenValues{};
    // Not needed for a score (the tool may still ask for it in some cases: the tool says which).
    bool optional = false;

    const Option *option(const QString &optionKey) const
    {
        for (const Option &candidate : options) {
            if (candidate.key == optionKey)
                return &candidate;
        }
        return nullptr;
    }
};
