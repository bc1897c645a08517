#pragma once

#include <QString>

// How a question of an audit was answered. Stored as the keys the database checks (audit_answers_answer_check).
enum class AuditAnswer
{
    Unanswered,
    Met,
    NotMet,
    NotApplicable
};

namespace AuditAnswers {
inline QString key(AuditAnswer answer)
{
    switch (answer) {
    case AuditAnswer::Met:
        return QStringLiteral("met");
    case AuditAnswer::NotMet:
        return QStringLiteral("not_met");
    case AuditAnswer::NotApplicable:
        return QStringLiteral("not_applicable");
    case AuditAnswer::Unanswered:
        break;
    }
    return QString();
}
inline AuditAnswer fromKey(const QString &key)
{
    if (key == QLatin1String("met"))
        return AuditAnswer::Met;
    if (key == QLatin1String("not_met"))
        return AuditAnswer::NotMet;
    if (key == QLatin1String("not_applicable"))
        return AuditAnswer::NotApplicable;
    return AuditAnswer::Unanswered;
}
} // namespace AuditAnswers
