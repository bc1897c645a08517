#pragma once

#include "residents/ResidentSearchTerms.h"

#include <QString>

// What someone typed in the resident search, as the search understands it. Pure: no database, no widgets.
//
// Digits (with or without spaces or hyphens) look for a room and an NHS number that begin with them; anything else
// looks for residents with a word of their surname or first name beginning with each word typed (the server folds
// case and accents and takes out apostrophes and hyphens, so "nunez" finds O'Connor-Núñez and "oconnor" and "connor"
// find O'Connor) and for a room that begins with what was typed ("B1" finds B12).
class ResidentSearch
{
public:
    static constexpr int minimumNhsDigits = 3;
    static ResidentSearchTerms parse(const QString &typed);
};
