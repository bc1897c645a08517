#include "ResidentSearch.h"

#include "NhsNumber.h"

#include <QRegularExpression>

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
    terms.nameWords = text.split(separators, Qt::SkipEmptyParts);
    return terms;
}
