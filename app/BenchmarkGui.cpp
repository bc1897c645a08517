#include "BenchmarkGui.h"

#include "BenchmarkTimings.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <sys/resource.h>

namespace {

constexpr int startTimeoutMilliseconds = 60000;
constexpr int probeTimeoutMilliseconds = 600000;

// A child's environment: the offscreen platform, and a home of its own so the developer's settings, window geometry and
// drafts are never read or written. The station login's password comes from the bench's own PGPASSWORD (or .pgpass).
QProcessEnvironment childEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString pgpass =
        environment.value(QStringLiteral("PGPASSFILE"), QDir::homePath() + QStringLiteral("/.pgpass"));
    if (!environment.contains(QStringLiteral("PGPASSWORD")) && QFile::exists(pgpass))
        environment.insert(QStringLiteral("PGPASSFILE"), pgpass);
    environment.insert(QStringLiteral("HOME"), home);
    for (const char *folder : {"config", "data", "cache", "state"})
        environment.insert(QStringLiteral("XDG_%1_HOME").arg(QString::fromLatin1(folder).toUpper()),
                           home + QLatin1Char('/') + QLatin1String(folder));
    return environment;
}

} // namespace

BenchmarkGui::BenchmarkGui(QString appPath, ConnectionSettings station, QTextStream &err)
    : m_appPath(std::move(appPath)), m_station(std::move(station)), m_err(err)
{}

double BenchmarkGui::startOnce(const QString &home)
{
    QProcess app;
    app.setProcessEnvironment(childEnvironment(home));
    app.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    app.start(m_appPath, {QStringLiteral("--db"), m_station.toConnInfo(false), QStringLiteral("--quit-when-ready")});
    QByteArray output;
    double ms = -1;
    while (ms < 0 && app.waitForReadyRead(startTimeoutMilliseconds)) {
        output += app.readAllStandardOutput();
        if (output.contains("ready\n"))
            ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    const bool finished = app.waitForFinished(startTimeoutMilliseconds);
    if (ms < 0 || !finished || app.exitStatus() != QProcess::NormalExit || app.exitCode() != 0) {
        if (!finished)
            app.kill();
        m_error = tr("%1 --quit-when-ready did not get ready: %2 %3")
                      .arg(m_appPath, app.errorString(), QString::fromLocal8Bit(app.readAllStandardError()).trimmed());
        return -1;
    }
    return ms;
}

bool BenchmarkGui::measureStartUp(int warmStarts)
{
    QTemporaryDir home;
    if (!home.isValid()) {
        m_error = tr("no temporary folder for the application's home");
        return false;
    }
    m_coldMs = startOnce(home.path());
    if (m_coldMs < 0)
        return false;
    m_err << tr("gui cold start: %1 ms").arg(m_coldMs, 0, 'f', 1) << Qt::endl;
    for (int i = 0; i < warmStarts; ++i) {
        const double ms = startOnce(home.path());
        if (ms < 0)
            return false;
        m_warmMs.append(ms);
    }
    m_err << tr("gui warm start: median %1 ms").arg(BenchmarkTimings::median(m_warmMs), 0, 'f', 1) << Qt::endl;
    // The largest peak of the children waited for so far: these starts, as nothing else has been started yet.
    rusage children{};
    if (getrusage(RUSAGE_CHILDREN, &children) == 0)
        m_appPeakKib = children.ru_maxrss; // KiB on Linux
    return true;
}

bool BenchmarkGui::measureMemory(const QString &email, const QString &password, const QString &residentId)
{
    QTemporaryDir home;
    if (!home.isValid()) {
        m_error = tr("no temporary folder for the application's home");
        return false;
    }
    QProcess probe;
    probe.setProcessEnvironment(childEnvironment(home.path()));
    probe.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--gui-probe"), QStringLiteral("--db"), m_station.toConnInfo(false),
                 QStringLiteral("--email"), email, QStringLiteral("--gui-resident"), residentId});
    // The password goes through a pipe, never the command line (which the process list shows).
    probe.write(password.toUtf8() + '\n');
    probe.closeWriteChannel();
    const bool finished = probe.waitForFinished(probeTimeoutMilliseconds);
    if (!finished)
        probe.kill();
    const QByteArray output = probe.readAllStandardOutput();
    m_probe = QJsonDocument::fromJson(output).object();
    if (!finished || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0 || m_probe.isEmpty()) {
        m_error = tr("the GUI memory probe failed: %1 %2")
                      .arg(m_probe.value(QStringLiteral("error")).toString(),
                           QString::fromLocal8Bit(probe.readAllStandardError()).trimmed());
        return false;
    }
    const QJsonObject last = m_probe.value(QStringLiteral("stages")).toArray().last().toObject();
    m_err << tr("gui memory: peak %1 KiB, %2 resident rows, %3 timeline notes")
                 .arg(last.value(QStringLiteral("peak_kib")).toInteger())
                 .arg(m_probe.value(QStringLiteral("list_rows")).toInt())
                 .arg(m_probe.value(QStringLiteral("timeline_rows")).toInt())
          << Qt::endl;
    return true;
}

QJsonObject BenchmarkGui::toJson() const
{
    const QJsonArray stages = m_probe.value(QStringLiteral("stages")).toArray();
    const auto peakAt = [&stages](const QString &name) {
        for (const QJsonValue &stage : stages) {
            if (stage[QStringLiteral("stage")].toString() == name)
                return stage[QStringLiteral("peak_kib")].toInteger();
        }
        return qint64(-1);
    };
    const qint64 signedIn = peakAt(QStringLiteral("signed_in"));
    const qint64 peak = peakAt(QStringLiteral("timeline"));
    QJsonArray warm;
    for (const double ms : m_warmMs)
        warm.append(ms);
    return QJsonObject{
        {QStringLiteral("measured"), true},
        {QStringLiteral("app"), m_appPath},
        {QStringLiteral("cold_start_ms"), m_coldMs},
        {QStringLiteral("warm_start_ms"), QJsonObject{{QStringLiteral("median"), BenchmarkTimings::median(m_warmMs)},
                                                      {QStringLiteral("p95"), BenchmarkTimings::percentile95(m_warmMs)},
                                                      {QStringLiteral("samples"), warm}}},
        {QStringLiteral("app_peak_memory_at_sign_in_kib"), m_appPeakKib},
        {QStringLiteral("peak_memory_kib"), peak},
        {QStringLiteral("signed_in_peak_memory_kib"), signedIn},
        {QStringLiteral("memory_growth_kib"), peak >= 0 && signedIn >= 0 ? peak - signedIn : -1},
        {QStringLiteral("list_rows"), m_probe.value(QStringLiteral("list_rows"))},
        {QStringLiteral("timeline_rows"), m_probe.value(QStringLiteral("timeline_rows"))},
        {QStringLiteral("timeline_from"), m_probe.value(QStringLiteral("timeline_from"))},
        {QStringLiteral("list_scroll_ms"), m_probe.value(QStringLiteral("list_scroll_ms"))},
        {QStringLiteral("timeline_scroll_ms"), m_probe.value(QStringLiteral("timeline_scroll_ms"))},
        {QStringLiteral("timeline_resident"), m_probe.value(QStringLiteral("timeline_resident"))},
        {QStringLiteral("stages"), stages},
    };
}

QString BenchmarkGui::markdown() const
{
    const QJsonObject figures = toJson();
    return tr("\nGUI: cold start %1 ms, warm start median %2 ms (p95 %3 ms, %n starts); peak memory %4 MiB with %5 "
              "residents listed and %6 timeline notes, %7 MiB more than just signed in.\n",
              nullptr, static_cast<int>(m_warmMs.size()))
        .arg(m_coldMs, 0, 'f', 0)
        .arg(BenchmarkTimings::median(m_warmMs), 0, 'f', 0)
        .arg(BenchmarkTimings::percentile95(m_warmMs), 0, 'f', 0)
        .arg(static_cast<double>(figures.value(QStringLiteral("peak_memory_kib")).toInteger()) / 1024.0, 0, 'f', 1)
        .arg(figures.value(QStringLiteral("list_rows")).toInt())
        .arg(figures.value(QStringLiteral("timeline_rows")).toInt())
        .arg(static_cast<double>(figures.value(QStringLiteral("memory_growth_kib")).toInteger()) / 1024.0, 0, 'f', 1);
}
