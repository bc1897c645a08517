#pragma once

#include <QString>

#include <optional>

// NHS numbers (NHS Data Dictionary, "NHS Number"): ten digits, the last a Modulus 11 check digit. Pure functions.
class NhsNumber
{
public:
    // The digits of what was typed, with the spaces and hyphens people use dropped ("999 000 0018" -> "9990000018");
    // an empty string when anything else was typed.
    static QString normalized(const QString &typed);
    // The check digit for the first nine digits: weights 10 down to 2, the sum's remainder mod 11 taken from 11;
    // 11 gives 0, and 10 means no valid number has these nine digits (nothing returned).
    static std::optional<int> checkDigit(const QString &nineDigits);
    // Ten digits (after normalizing) whose last is the right check digit.
    static bool isValid(const QString &typed);
    // As people read it: "999 000 0018". Anything that is not ten digits comes back as typed.
    static QString formatted(const QString &typed);
};
