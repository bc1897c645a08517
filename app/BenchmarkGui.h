#pragma once

#include "database/ConnectionSettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>

// The GUI's figures (README, "The benchmark"): the real application's time to a usable window, and the GUI's peak
// memory with a home's whole list and a long timeline open.
//
// Start-up: the writecarenotes binary is started as a child with --quit-when-ready on the offscreen platform, through
// the station login to the database measured; the time is from starting the process to its "ready" (the database
// open and the sign-in page painted). "Cold" is its first start for a new user (empty HOME and XDG folders: no
// settings, no window geometry, no drafts); "warm" the starts after it with the same folders. The operating system's
// file cache is not dropped (that needs root), so a cold start here has the binary and Qt's libraries in memory.
//
// Memory: this bench started again as `--gui-probe` (BenchmarkGuiProbe), whose figures are its own process's.
class BenchmarkGui
{
    Q_DECLARE_TR_FUNCTIONS(BenchmarkGui)

public:
    BenchmarkGui(QString appPath, ConnectionSettings station, QTextStream &err);

    // warmStarts: how many warm starts are timed. False (with the problem in error()) when a start or the probe failed.
    bool measureStartUp(int warmStarts);
    bool measureMemory(const QString &email, const QString &password, const QString &residentId);

    QJsonObject toJson() const;
    QString markdown() const;
    const QString &error() const { return m_error; }

private:
    double startOnce(const QString &home);

    QString m_appPath;
    ConnectionSettings m_station;
    QTextStream &m_err;
    QString m_error;
    double m_coldMs = -1;
    QList<double> m_warmMs;
    qint64 m_appPeakKib = -1;
    QJsonObject m_probe;
};
