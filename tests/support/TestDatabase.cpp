#include "TestDatabase.h"

#include "TestCluster.h"
#include "database/DatabaseRoles.h"
#include "database/ScopedConnection.h"

#include <QUuid>

namespace {

// Runs statement on the cluster's maintenance database; returns what went wrong, or an empty string.
QString runOnCluster(const ConnectionSettings &settings, const QString &statement)
{
    const ScopedConnection connection(settings, QStringLiteral("test-admin"));
    if (!connection.isOpen())
        return connection.status().message;
    const PgResult result = connection.session().exec(statement);
    return result.ok() ? QString() : result.error().message;
}

} // namespace

TestDatabase::TestDatabase(Content content)
{
    const TestCluster cluster = TestCluster::current(&m_error);
    if (!cluster.isValid())
        return;
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    m_name = QStringLiteral("test_") + id;
    m_adminSettings = cluster.settings(QStringLiteral("postgres"));
    m_settings = cluster.settings(m_name);
    const QString templateName =
        content == Content::Migrated ? QString::fromLatin1(TestCluster::templateDatabase) : QStringLiteral("template0");
    // Owned by wcn_owner, as every migrated Write Care Notes database is.
    m_error =
        runOnCluster(m_adminSettings,
                     content == Content::Migrated
                         ? QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 OWNER wcn_owner").arg(m_name, templateName)
                         : QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(m_name, templateName));
    if (!m_error.isEmpty())
        return;
    m_connection = std::make_unique<ScopedConnection>(m_settings, QStringLiteral("test"));
    m_error = m_connection->status().message;
    // A copy of a template does not copy its database-level rights and settings: set them as every migrated
    // database has them (only stations connect; nobody makes temporary objects; values kept out of the log). What is
    // inside the template (roles' grants, the guard) comes with the copy; station logins are left alone, as tests
    // running side by side set some of theirs on purpose.
    if (m_error.isEmpty() && content == Content::Migrated)
        m_error = DatabaseRoles::prepareCopy(session()).message;
}

TestDatabase::~TestDatabase()
{
    m_connection.reset(); // closed before its database is dropped
    if (!m_name.isEmpty())
        runOnCluster(m_adminSettings, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

bool TestDatabase::run(const QString &statement, const QVariantList &params) const
{
    const PgResult result = session().exec(statement, params);
    if (!result.ok())
        qWarning("Test set-up statement failed: %s\n  %s", qPrintable(result.error().message), qPrintable(statement));
    return result.ok();
}

QString TestDatabase::text(const QString &statement, const QVariantList &params) const
{
    return session().exec(statement, params).text(0, 0);
}
