#pragma once

#include <QCoreApplication>
#include <QStringList>

class PgSession;

// What the database server would still let out, whatever this program sets: settings that would put the values
// stations send (passwords, session tokens, medical text) or values inside the functions into the server's log, and
// other databases every role may enter. Read with any connection; what it cannot read it says it cannot check.
class ServerExposure
{
    Q_DECLARE_TR_FUNCTIONS(ServerExposure)

public:
    // One sentence per problem, each naming the setting and what to do; empty when nothing is found.
    static QStringList warnings(const PgSession &session);
};
