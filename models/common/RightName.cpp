#include "common/RightName.h"

namespace {

struct Right
{
    const char *code;
    const char *name;
};

// The order: reading a resident's care, writing it, incidents, management, administration.
constexpr Right rights[] = {
    {"residents.read", QT_TRANSLATE_NOOP("RightName", "Read residents' records")},
    {"residents.write", QT_TRANSLATE_NOOP("RightName", "Admit residents and change their details")},
    {"medical.read", QT_TRANSLATE_NOOP("RightName", "Read medical details and notes")},
    {"medical.write", QT_TRANSLATE_NOOP("RightName", "Change medical details and notes")},
    {"care_plans.read", QT_TRANSLATE_NOOP("RightName", "Read care plans")},
    {"care_plans.write", QT_TRANSLATE_NOOP("RightName", "Write and review care plans")},
    {"assessments.read", QT_TRANSLATE_NOOP("RightName", "Read assessments")},
    {"assessments.write", QT_TRANSLATE_NOOP("RightName", "Record assessments")},
    {"daily_records.read", QT_TRANSLATE_NOOP("RightName", "Read shift notes")},
    {"daily_records.add", QT_TRANSLATE_NOOP("RightName", "Write shift notes")},
    {"incidents.add", QT_TRANSLATE_NOOP("RightName", "Report incidents")},
    {"incidents.read", QT_TRANSLATE_NOOP("RightName", "Read incidents")},
    {"incidents.review", QT_TRANSLATE_NOOP("RightName", "Review incidents")},
    {"incidents.safeguarding", QT_TRANSLATE_NOOP("RightName", "See safeguarding incidents")},
    {"audits.read", QT_TRANSLATE_NOOP("RightName", "Read audits and inspection evidence")},
    {"audits.write", QT_TRANSLATE_NOOP("RightName", "Carry out audits")},
    {"reports.read", QT_TRANSLATE_NOOP("RightName", "Read reports")},
    {"audit_log.read", QT_TRANSLATE_NOOP("RightName", "Read the audit trail")},
    {"users.confirm", QT_TRANSLATE_NOOP("RightName", "Confirm new clinical accounts")},
    {"users.manage", QT_TRANSLATE_NOOP("RightName", "Manage users")},
    {"facilities.manage", QT_TRANSLATE_NOOP("RightName", "Manage care homes")},
    {"organization.manage", QT_TRANSLATE_NOOP("RightName", "Manage the organization's details and settings")},
};

} // namespace

QString RightName::of(const QString &capability)
{
    for (const Right &right : rights) {
        if (capability == QLatin1String(right.code))
            return tr(right.name);
    }
    return capability;
}

QStringList RightName::all()
{
    QStringList codes;
    for (const Right &right : rights)
        codes.append(QString::fromLatin1(right.code));
    return codes;
}
