#include "TestDatabase.h"

#include "DatabaseConnector.h"
#include "TestCluster.h"

#include <QUuid>

namespace {

// Runs statement on the cluster's maintenance database.
QString runOnCluster(const ConnectionSettings &settings, const QString &statement)
{
    const QString connectionName = QStringLiteral("wcn-test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    {
        const QSqlDatabase db = DatabaseConnector::open(settings, connectionName, &error);
        if (db.isValid()) {
            const PgResult result = PgSession(db).exec(statement);
            if (!result.ok())
                error = result.error().message;
        }
    }
    DatabaseConnector::close(connectionName);
    return error;
}

} // namespace

TestDatabase::TestDatabase(Content content)
{
    const TestCluster cluster = TestCluster::current(&m_error);
    if (!cluster.isValid())
        return;
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    m_name = QStringLiteral("test_") + id;
    m_connectionName = QStringLiteral("wcn-test-") + id;
    m_adminSettings = cluster.settings(QStringLiteral("postgres"));
    m_settings = cluster.settings(m_name);
    const QString templateName =
        content == Content::Migrated ? QString::fromLatin1(TestCluster::templateDatabase) : QStringLiteral("template0");
    m_error = runOnCluster(m_adminSettings, QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(m_name, templateName));
    if (!m_error.isEmpty())
        return;
    m_connection = DatabaseConnector::open(m_settings, m_connectionName, &m_error);
}

TestDatabase::~TestDatabase()
{
    m_connection = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        DatabaseConnector::close(m_connectionName);
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
