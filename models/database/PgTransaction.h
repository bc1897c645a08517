#pragma once

class PgSession;

// A transaction on a PgSession: begun on construction, rolled back on destruction unless committed.
class PgTransaction
{
public:
    explicit PgTransaction(const PgSession &session);
    ~PgTransaction();
    PgTransaction(const PgTransaction &) = delete;
    PgTransaction &operator=(const PgTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    const PgSession &m_session;
    bool m_active = false;
};
