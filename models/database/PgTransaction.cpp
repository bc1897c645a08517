#include "database/PgTransaction.h"

#include "database/PgSession.h"

PgTransaction::PgTransaction(const PgSession &session) : m_session(session)
{
    m_active = m_session.exec(QStringLiteral("BEGIN")).ok();
}

PgTransaction::~PgTransaction()
{
    if (m_active)
        m_session.exec(QStringLiteral("ROLLBACK"));
}

bool PgTransaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_session.exec(QStringLiteral("COMMIT")).ok();
}
