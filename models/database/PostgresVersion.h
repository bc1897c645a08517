#pragma once

#include <QString>

// PostgreSQL version numbers, as the server reports them (server_version_num) and as its programs print them.
// Pure functions: no process, no connection.
class PostgresVersion
{
public:
    static constexpr int minimumMajor = 15;

    // 150018 -> 15, 90624 -> 9 (before 10 the major version had two parts; 9.6 counts as 9 here, too old either way).
    static int majorOf(int serverVersionNumber);
    // 150018 -> "15.18", 90624 -> "9.6.24".
    static QString displayOf(int serverVersionNumber);
    static bool isSupported(int serverVersionNumber) { return majorOf(serverVersionNumber) >= minimumMajor; }
    // "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)" -> 15; 0 when the text carries no version.
    static int majorFromProgramOutput(const QString &output);
    // The version as printed, "15.18", or an empty string.
    static QString displayFromProgramOutput(const QString &output);
};
