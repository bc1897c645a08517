#pragma once

#include <QDateTime>
#include <QString>

// The answer to a sign-in: a wrong password is an answer, not an error.
struct SignInResult
{
    enum class Outcome
    {
        SignedIn,
        ChangePassword, // signed in only to change the password an administrator set
        Invalid,        // wrong email or password (never saying which)
        Locked,         // too many failures for this email, until lockedUntil
        Failed,         // the database could not be asked: message says why
    };
    Outcome outcome = Outcome::Failed;
    QString token;
    QDateTime lockedUntil;
    QString message;
};
