#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// A capability as people say it ("Write care plans"), from the database's code for it ("care_plans.write"); an
// unknown code as it is.
class RightName
{
    Q_DECLARE_TR_FUNCTIONS(RightName)

public:
    static QString of(const QString &capability);
    // Every capability a user may be given or have taken away, in the order an administrator reads them.
    static QStringList all();
};
