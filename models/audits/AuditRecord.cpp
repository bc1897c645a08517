#include "audits/AuditRecord.h"

AuditAnswerRow AuditRecord::answerTo(int position) const
{
    for (const AuditAnswerRow &answer : answers) {
        if (answer.position == position)
            return answer;
    }
    AuditAnswerRow none;
    none.position = position;
    return none;
}

int AuditRecord::unansweredCount() const
{
    int count = 0;
    for (const AuditQuestion &question : questions)
        count += answerTo(question.position).answer == AuditAnswer::Unanswered ? 1 : 0;
    return count;
}

AuditAction AuditRecord::actionFor(int position) const
{
    for (const AuditAction &action : actions) {
        if (action.position == position)
            return action;
    }
    return AuditAction{};
}
