#pragma once

#include <QString>

// A United Kingdom postcode as typed ("sw1a1aa", " SW1A  1AA") made into its one written form ("SW1A 1AA"): an
// outward code (area letters, district digit, then a digit or letter) and an inward code (a digit, two letters).
// Royal Mail's shapes: A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA.
class UkPostcode
{
public:
    // The written form, or empty when what was typed is no postcode (empty typed gives empty too: see isEmpty()).
    static QString normalized(const QString &typed);
    // Nothing typed but spaces: no postcode given, which is allowed.
    static bool isEmpty(const QString &typed) { return typed.trimmed().isEmpty(); }
};
