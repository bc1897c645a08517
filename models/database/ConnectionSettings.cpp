#include "database/ConnectionSettings.h"

#include <QSqlDatabase>
#include <QStringList>

#include <libpq-fe.h>

namespace {

// Keywords set through QSqlDatabase's own properties; everything else goes into the connect options.
const QStringList &ownProperties()
{
    static const QStringList keys = {QStringLiteral("host"), QStringLiteral("dbname"), QStringLiteral("user"),
                                     QStringLiteral("password")};
    return keys;
}

// A conninfo value in single quotes, backslash and quote escaped (libpq's own quoting rules).
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

Result<ConnectionSettings> ConnectionSettings::fromConnInfo(const QString &conninfo)
{
    ConnectionSettings settings;
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &error);
    if (!options) {
        const QString reason = error ? QString::fromUtf8(error).trimmed() : tr("out of memory");
        PQfreemem(error);
        return Result<ConnectionSettings>::refused(
            tr("The database connection setting is not valid (%1): write it as keyword=value pairs such as "
               "\"host=db.example.org dbname=carehome\" or as a postgresql:// address.")
                .arg(reason));
    }
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (option->val)
            settings.m_values.insert(QString::fromUtf8(option->keyword), QString::fromUtf8(option->val));
    }
    PQconninfoFree(options);
    // The QPSQL driver joins its connect options with ';' and then turns every ';' into a space, so a value holding
    // one cannot be passed through it intact.
    for (auto it = settings.m_values.cbegin(); it != settings.m_values.cend(); ++it) {
        if (!ownProperties().contains(it.key()) && it.value().contains(QLatin1Char(';'))) {
            return Result<ConnectionSettings>::refused(
                tr("The database connection setting \"%1\" contains a semicolon, which Write Care Notes cannot "
                   "pass on: remove it from the connection settings.")
                    .arg(it.key()),
                it.key());
        }
    }
    settings.m_valid = true;
    return Result<ConnectionSettings>::done(settings);
}

ConnectionSettings ConnectionSettings::forSocket(const QString &socketDirectory, int port, const QString &database,
                                                 const QString &user, const QString &password)
{
    ConnectionSettings settings;
    settings.m_values.insert(QStringLiteral("host"), socketDirectory);
    settings.m_values.insert(QStringLiteral("port"), QString::number(port));
    settings.m_values.insert(QStringLiteral("dbname"), database);
    settings.m_values.insert(QStringLiteral("user"), user);
    settings.m_values.insert(QStringLiteral("password"), password);
    settings.m_valid = true;
    return settings;
}

void ConnectionSettings::setValue(const QString &keyword, const QString &value)
{
    if (value.isNull())
        m_values.remove(keyword);
    else
        m_values.insert(keyword, value);
}

ConnectionSettings ConnectionSettings::withDatabase(const QString &database) const
{
    ConnectionSettings copy = *this;
    copy.setValue(QStringLiteral("dbname"), database);
    return copy;
}

void ConnectionSettings::applyTo(QSqlDatabase &db) const
{
    db.setHostName(value(QStringLiteral("host")));
    db.setDatabaseName(value(QStringLiteral("dbname")));
    db.setUserName(value(QStringLiteral("user")));
    db.setPassword(value(QStringLiteral("password")));

    QStringList options;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (ownProperties().contains(it.key()) || it.key() == QLatin1String("options"))
            continue;
        options.append(it.key() + QLatin1Char('=') + quoted(it.value()));
    }
    // Only what the administrator gave: PgBouncer refuses the startup parameter (DatabaseConnector sets UTC).
    if (const QString serverOptions = value(QStringLiteral("options")); !serverOptions.isEmpty())
        options.append(QStringLiteral("options=") + quoted(serverOptions));
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

QString ConnectionSettings::toConnInfo(bool includePassword) const
{
    QStringList parts;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (it.key() == QLatin1String("password") && !includePassword)
            continue;
        parts.append(it.key() + QLatin1Char('=') + quoted(it.value()));
    }
    return parts.join(QLatin1Char(' '));
}

QString ConnectionSettings::displayName() const
{
    if (!m_displayName.isEmpty())
        return m_displayName;
    QString host = value(QStringLiteral("host"));
    if (host.isEmpty())
        host = value(QStringLiteral("hostaddr"));
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')))
        host = host.isEmpty() ? tr("this computer") : tr("this computer (socket %1)").arg(host);
    else if (!value(QStringLiteral("port")).isEmpty())
        host += QLatin1Char(':') + value(QStringLiteral("port"));
    const QString database = value(QStringLiteral("dbname"));
    return database.isEmpty() ? host : tr("%1, database %2").arg(host, database);
}
