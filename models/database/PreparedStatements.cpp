#include "database/PreparedStatements.h"

#include <QCryptographicHash>

#include <libpq-events.h>
#include <libpq-fe.h>

namespace {

int preparedStatementsEvents(PGEventId event, void *info, void *)
{
    switch (event) {
    case PGEVT_REGISTER: {
        PGconn *connection = static_cast<PGEventRegister *>(info)->conn;
        return PQsetInstanceData(connection, preparedStatementsEvents, new PreparedStatements);
    }
    case PGEVT_CONNRESET: {
        // A reset connection is a new server session: nothing is prepared on it.
        PGconn *connection = static_cast<PGEventConnReset *>(info)->conn;
        if (auto *cache = static_cast<PreparedStatements *>(PQinstanceData(connection, preparedStatementsEvents)))
            cache->clear();
        return 1;
    }
    case PGEVT_CONNDESTROY: {
        PGconn *connection = static_cast<PGEventConnDestroy *>(info)->conn;
        delete static_cast<PreparedStatements *>(PQinstanceData(connection, preparedStatementsEvents));
        return 1;
    }
    default:
        return 1;
    }
}

} // namespace

PreparedStatements *PreparedStatements::of(PGconn *connection)
{
    if (!connection)
        return nullptr;
    auto *cache = static_cast<PreparedStatements *>(PQinstanceData(connection, preparedStatementsEvents));
    if (cache)
        return cache;
    static char procedureName[] = "writecarenotes prepared statements";
    if (!PQregisterEventProc(connection, preparedStatementsEvents, procedureName, nullptr))
        return nullptr;
    return static_cast<PreparedStatements *>(PQinstanceData(connection, preparedStatementsEvents));
}

QByteArray PreparedStatements::nameFor(const QByteArray &statement)
{
    // Only the statements whose plans are worth keeping; utility and transaction control statements go unprepared.
    const QByteArray head = statement.trimmed().left(7).toLower();
    static const QByteArray kinds[] = {"select", "with", "insert", "update", "delete"};
    bool query = false;
    for (const QByteArray &kind : kinds) {
        if (head.startsWith(kind) && (head.size() == kind.size() || !QChar::isLetterOrNumber(head.at(kind.size()))))
            query = true;
    }
    if (!query)
        return {};
    return "wcn_" + QCryptographicHash::hash(statement, QCryptographicHash::Sha256).toHex().left(40);
}

QByteArray PreparedStatements::evictionCandidate() const
{
    if (m_lastUse.size() < capacity)
        return {};
    QByteArray oldest;
    quint64 oldestUse = 0;
    for (auto it = m_lastUse.cbegin(); it != m_lastUse.cend(); ++it) {
        if (oldest.isEmpty() || it.value() < oldestUse) {
            oldest = it.key();
            oldestUse = it.value();
        }
    }
    return oldest;
}
