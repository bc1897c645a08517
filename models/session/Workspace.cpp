#include "session/Workspace.h"

#include "database/BackgroundReader.h"

Workspace::Workspace(const QString &connectionName, const SessionInfo &session,
                     std::shared_ptr<BackgroundReader> reader)
    : m_connectionName(connectionName), m_session(session), m_reader(std::move(reader))
{}

QSqlDatabase Workspace::database() const
{
    // Never opens it: a connection that is closed stays closed, and the store reports the server as away.
    return QSqlDatabase::database(m_connectionName, false);
}
