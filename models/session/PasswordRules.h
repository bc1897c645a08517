#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

// The password rules. The database decides (app_password_problem: at least 10 characters, not a common password);
// this names its answers for people, and checks the length before a round trip.
class PasswordRules
{
    Q_DECLARE_TR_FUNCTIONS(PasswordRules)

public:
    static constexpr int minimumLength = 10;

    // The database's problem code ('too_short', 'too_common', 'unchanged', 'wrong_password') as a sentence; empty for
    // no problem.
    static QString describe(const QString &problem);
    // What can be told without the database: Done, or Refused with the sentence for 'too_short' and the field
    // "password".
    static Result<> check(const QString &password);
};
