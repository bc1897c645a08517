#include "residents/ResidentSearch.h"

#include "clinical/NhsNumber.h"

#include <QRegularExpression>

#include <algorithm>

ResidentSearchTerms ResidentSearch::parse(const QString &typed)
{
    ResidentSearchTerms terms;
    const QString text = typed.simplified();
    if (text.isEmpty())
        return terms;
    terms.roomPrefix = text.toLower();
    const QString digits = NhsNumber::normalized(text);
    if (!digits.isEmpty()) {
        if (digits.size() >= minimumNhsDigits && digits.size() <= 10)
            terms.nhsDigits = digits;
        return terms;
    }
    // "Testresident, Edna" and "edna testresident" alike: each word on its own.
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    // A word of apostrophes or hyphens alone would match everyone: the server takes them out of names and words.
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        if (std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            terms.nameWords.append(word);
    }
    return terms;
}
