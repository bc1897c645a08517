#include "server/PostgresBinaries.h"

#include "database/PostgresVersion.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>

PostgresBinaries PostgresBinaries::probe(const QString &directory)
{
    PostgresBinaries binaries;
    const QString postgres = QDir(directory).filePath(QStringLiteral("postgres"));
    if (!QFileInfo(postgres).isExecutable() ||
        !QFileInfo(QDir(directory).filePath(QStringLiteral("pg_ctl"))).isExecutable())
        return binaries;
    QProcess process;
    process.start(postgres, {QStringLiteral("--version")});
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return binaries;
    const QString output = QString::fromLocal8Bit(process.readAllStandardOutput());
    binaries.m_major = PostgresVersion::majorFromProgramOutput(output);
    binaries.m_version = PostgresVersion::displayFromProgramOutput(output);
    binaries.m_directory = directory;
    return binaries;
}

Result<PostgresBinaries> PostgresBinaries::locate(const QString &directory, int requiredMajor)
{
    QStringList candidates;
    if (!directory.isEmpty()) {
        candidates.append(directory);
    } else {
        QDir debian(QStringLiteral("/usr/lib/postgresql"));
        QStringList majors = debian.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(majors.begin(), majors.end(),
                  [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &major : std::as_const(majors))
            candidates.append(debian.filePath(major + QStringLiteral("/bin")));
        const QString onPath = QStandardPaths::findExecutable(QStringLiteral("pg_ctl"));
        if (!onPath.isEmpty())
            candidates.append(QFileInfo(onPath).canonicalPath());
    }

    PostgresBinaries tooOld;
    for (const QString &candidate : std::as_const(candidates)) {
        const PostgresBinaries found = probe(candidate);
        if (!found.isValid())
            continue;
        if (requiredMajor > 0 ? found.m_major == requiredMajor : found.m_major >= PostgresVersion::minimumMajor)
            return Result<PostgresBinaries>::done(found);
        if (!tooOld.isValid())
            tooOld = found;
    }

    if (requiredMajor > 0)
        return Result<PostgresBinaries>::failed(
            tr("The database was created with PostgreSQL %1, which is not installed on this computer: "
               "install the postgresql-%1 package, then start Write Care Notes again.")
                .arg(requiredMajor));
    if (tooOld.isValid())
        return Result<PostgresBinaries>::failed(
            tr("This computer has PostgreSQL %1, but Write Care Notes needs PostgreSQL %2 or newer: "
               "install the postgresql-%2 package, then start Write Care Notes again.")
                .arg(tooOld.m_version)
                .arg(PostgresVersion::minimumMajor));
    if (!directory.isEmpty())
        return Result<PostgresBinaries>::failed(
            tr("No PostgreSQL server programs were found in %1, the folder the settings name: correct "
               "the folder, or remove the setting to use the installed PostgreSQL.")
                .arg(directory));
    return Result<PostgresBinaries>::failed(
        tr("PostgreSQL is not installed on this computer: install the postgresql-%1 package, then "
           "start Write Care Notes again.")
            .arg(PostgresVersion::minimumMajor));
}

QString PostgresBinaries::program(const QString &name) const
{
    return QDir(m_directory).filePath(name);
}
