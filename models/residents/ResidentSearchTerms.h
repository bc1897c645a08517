#pragma once

#include <QString>
#include <QStringList>

// What the resident search looks for, as ResidentSearch::parse reads what was typed.
struct ResidentSearchTerms
{
    QStringList nameWords; // each begins a word of the surname or the first name
    QString roomPrefix;    // begins the room, lower case
    QString nhsDigits;     // begins the NHS number: at least three digits, so "1" does not match half the numbers

    bool isEmpty() const { return nameWords.isEmpty() && roomPrefix.isEmpty() && nhsDigits.isEmpty(); }
    bool operator==(const ResidentSearchTerms &other) const = default;
};
