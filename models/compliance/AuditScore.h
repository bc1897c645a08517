#pragma once

#include <QString>

#include <optional>

// An audit's score: the percentage of its applicable questions met (questions answered not applicable count for
// nothing), in hundredths of a percent, rounded down: 2 of 3 met is 66.66%, never 66.67%, so a score never looks
// better than the answers. The database computes the stored score the same way (wcn_audit_score); this shows it while
// an audit is answered. Pure.
class AuditScore
{
public:
    // Hundredths of a percent (6666 for 66.66%); none while no question applies.
    static std::optional<int> hundredths(int met, int applicable);
    // The database's numeric(5,2) as it reads it ("66.66", "100.00", "7.5"); none for NULL or anything else.
    static std::optional<int> fromStored(const QString &stored);
    // "66.66", "100", "7.50": two decimals unless the score is whole. Empty for none.
    static QString text(std::optional<int> hundredths);
};
