#pragma once

#include <QByteArray>
#include <QHash>

struct pg_conn;

// The statements a libpq connection has prepared on its server, so that PgSession parses and plans a statement once
// per connection rather than at every call (a list statement under row-level security planned in 1-4 ms and ran in
// less). Lives in the connection itself (libpq instance data): it is forgotten when the connection is reset and freed
// when it is closed, so a new connection at the same address never inherits it.
//
// Names come from a hash of the statement text, so a name on the server always means the same text. Values never
// enter the text, so nothing secret is kept.
class PreparedStatements
{
public:
    // The connection's cache, registered with it at the first call.
    static PreparedStatements *of(pg_conn *connection);

    // The name for statement, or empty when it should be sent unprepared (not a query a plan can be kept for).
    static QByteArray nameFor(const QByteArray &statement);

    bool contains(const QByteArray &name) const { return m_lastUse.contains(name); }
    void touch(const QByteArray &name) { m_lastUse.insert(name, ++m_clock); }
    void forget(const QByteArray &name) { m_lastUse.remove(name); }
    void clear() { m_lastUse.clear(); }
    int size() const { return static_cast<int>(m_lastUse.size()); }
    // The least recently used name once the cache is full (to be deallocated before a new one is prepared), else empty.
    QByteArray evictionCandidate() const;

    // Statements kept per connection: every statement shape of the app fits many times over; a bound on the server's
    // memory when a caller builds statements from varying text.
    static constexpr int capacity = 256;

private:
    QHash<QByteArray, quint64> m_lastUse;
    quint64 m_clock = 0;
};
