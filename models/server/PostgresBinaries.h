#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

// The PostgreSQL server programs (initdb, pg_ctl, postgres) of one major version.
class PostgresBinaries
{
    Q_DECLARE_TR_FUNCTIONS(PostgresBinaries)

public:
    // Looks in directory if given, else in Debian's /usr/lib/postgresql/<major>/bin (newest first), else on PATH.
    // requiredMajor 0 takes the newest supported version; otherwise exactly that major version (an existing cluster
    // can only be run by the version that created it). Failed, with the sentence to show, when none fits.
    static Result<PostgresBinaries> locate(const QString &directory, int requiredMajor);

    bool isValid() const { return m_major > 0; }
    int major() const { return m_major; }
    QString version() const { return m_version; }
    QString directory() const { return m_directory; }
    QString program(const QString &name) const;

private:
    static PostgresBinaries probe(const QString &directory);

    QString m_directory;
    QString m_version;
    int m_major = 0;
};
