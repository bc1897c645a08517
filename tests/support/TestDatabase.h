#pragma once

#include "database/ConnectionSettings.h"
#include "database/PgSession.h"
#include "database/ScopedConnection.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

// A database of its own for one test: created from the migrated template (or empty), dropped afterwards.
class TestDatabase
{
public:
    enum class Content
    {
        Migrated,
        Empty
    };

    explicit TestDatabase(Content content = Content::Migrated);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isValid() const { return m_connection && m_connection->isOpen(); }
    QString errorString() const { return m_error; }
    QString name() const { return m_name; }
    ConnectionSettings settings() const { return m_settings; }
    // Connected as the cluster's superuser, opened in the constructor's thread.
    QSqlDatabase connection() const { return m_connection ? m_connection->database() : QSqlDatabase(); }
    PgSession session() const { return PgSession(connection()); }
    // Runs one statement and fails loudly (returns false and logs) when it does not succeed; for test set-up.
    bool run(const QString &statement, const QVariantList &params = {}) const;
    // The first value of a statement's answer as text, as the superuser reads it; for checking what was stored.
    QString text(const QString &statement, const QVariantList &params = {}) const;

private:
    QString m_name;
    QString m_error;
    ConnectionSettings m_settings;
    ConnectionSettings m_adminSettings;
    std::unique_ptr<ScopedConnection> m_connection;
};
