#include "TestCluster.h"

#include <QFile>
#include <QSettings>

TestCluster TestCluster::current(QString *errorMessage)
{
    const QString stateFile = qEnvironmentVariable("WCN_TEST_CLUSTER_STATE");
    if (stateFile.isEmpty()) {
        if (errorMessage)
            *errorMessage =
                QStringLiteral("WCN_TEST_CLUSTER_STATE is not set: run this test through ctest, which starts "
                               "the test PostgreSQL cluster first.");
        return TestCluster();
    }
    TestCluster cluster = read(stateFile);
    if (!cluster.isValid() && errorMessage)
        *errorMessage = QStringLiteral("The test cluster state file %1 is missing or incomplete: run the whole suite "
                                       "through ctest.")
                            .arg(stateFile);
    return cluster;
}

TestCluster TestCluster::read(const QString &stateFile)
{
    QSettings state(stateFile, QSettings::IniFormat);
    TestCluster cluster;
    cluster.baseDirectory = state.value(QStringLiteral("baseDirectory")).toString();
    cluster.dataDirectory = state.value(QStringLiteral("dataDirectory")).toString();
    cluster.socketDirectory = state.value(QStringLiteral("socketDirectory")).toString();
    cluster.binDirectory = state.value(QStringLiteral("binDirectory")).toString();
    cluster.password = state.value(QStringLiteral("password")).toString();
    cluster.port = state.value(QStringLiteral("port")).toInt();
    return cluster;
}

bool TestCluster::write(const QString &stateFile) const
{
    QSettings state(stateFile, QSettings::IniFormat);
    state.setValue(QStringLiteral("baseDirectory"), baseDirectory);
    state.setValue(QStringLiteral("dataDirectory"), dataDirectory);
    state.setValue(QStringLiteral("socketDirectory"), socketDirectory);
    state.setValue(QStringLiteral("binDirectory"), binDirectory);
    state.setValue(QStringLiteral("password"), password);
    state.setValue(QStringLiteral("port"), port);
    state.sync();
    // It holds the test superuser's password.
    return state.status() == QSettings::NoError &&
           QFile::setPermissions(stateFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

ConnectionSettings TestCluster::settings(const QString &database) const
{
    return ConnectionSettings::forSocket(socketDirectory, port, database, QString::fromLatin1(superuser), password);
}

ConnectionSettings TestCluster::tcpSettings(const QString &database) const
{
    ConnectionSettings tcp = settings(database);
    tcp.setValue(QStringLiteral("host"), QStringLiteral("127.0.0.1"));
    return tcp;
}
