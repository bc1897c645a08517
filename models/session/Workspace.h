#pragma once

#include "session/Capability.h"
#include "session/SessionInfo.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class BackgroundReader;

// Where the signed-in user works: the connection their session is attached to, who they are and what they may do.
// The window makes one at sign-in and hands it to every page, which passes it on to the stores and models it uses;
// no page names a connection itself (ui/ has no QtSql at all), and every read and write goes through the session's
// row-level security.
class Workspace
{
public:
    // reader: reads off the window's thread, with the same session attached; may be null (everything read at once).
    Workspace(const QString &connectionName, const SessionInfo &session, std::shared_ptr<BackgroundReader> reader);

    // The signed-in connection, for the stores. Qt's connections belong to the thread that opened them: this one is
    // the window's.
    QSqlDatabase database() const;
    // For the item models, which look their connection up when they read.
    const QString &connectionName() const { return m_connectionName; }
    const SessionInfo &session() const { return m_session; }
    bool can(QLatin1String capability) const { return m_session.can(capability); }
    // For the reads that may take more than a few milliseconds: the board, the timeline's pages.
    BackgroundReader *reader() const { return m_reader.get(); }

private:
    QString m_connectionName;
    SessionInfo m_session;
    std::shared_ptr<BackgroundReader> m_reader;
};
