#pragma once

#include "database/ConnectionSettings.h"

#include <QString>

// The throwaway PostgreSQL cluster that ctest starts once per run (the wcn_cluster_start fixture, see
// tests/CMakeLists.txt) and describes in a small state file named by $WCN_TEST_CLUSTER_STATE.
struct TestCluster
{
    static constexpr char templateDatabase[] = "wcn_template";
    static constexpr char superuser[] = "wcn_test";

    QString baseDirectory;
    QString dataDirectory;
    QString socketDirectory;
    QString binDirectory;
    QString password;
    int port = 0;

    bool isValid() const { return port > 0; }
    // The cluster the running test was given; invalid (and a QFAIL-worthy *errorMessage) without the fixture.
    static TestCluster current(QString *errorMessage);
    static TestCluster read(const QString &stateFile);
    bool write(const QString &stateFile) const;

    // Over the Unix-domain socket, as the cluster's superuser.
    ConnectionSettings settings(const QString &database) const;
    // Over TCP on 127.0.0.1, for tests of sslmode.
    ConnectionSettings tcpSettings(const QString &database) const;
};
