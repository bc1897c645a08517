#pragma once

#include "common/Result.h"
#include "database/ConnectionSettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>

class QAbstractItemView;
class MainWindow;

// The GUI's memory, measured in a process of its own (writecarenotes-bench --gui-probe, started by BenchmarkGui) so
// that nothing else the bench does counts: the real MainWindow on the offscreen platform, started on the database as
// the application starts it, signed in through the sign-in page's own fields and button, then the home's resident
// list (everyone, past and present) and a resident's timeline on the shift board (five years back) each scrolled to
// their end, so every row is fetched as scrolling fetches it. After each stage the process's resident memory (VmRSS)
// and its peak so far (VmHWM) are read from /proc/self/status, and the time each scroll to the end took is kept (not a
// figure of the database: the view lays out its rows after every page).
class BenchmarkGuiProbe
{
    Q_DECLARE_TR_FUNCTIONS(BenchmarkGuiProbe)

public:
    BenchmarkGuiProbe(ConnectionSettings station, QString email, QString password, QString residentId);

    // The stages and rows fetched; "error" says what went wrong instead.
    QJsonObject run();
    // This process's VmRSS and VmHWM in KiB ("rss_kib", "peak_kib"), empty where /proc cannot be read.
    static QJsonObject memory();

private:
    Result<> drive(MainWindow &window);
    void stage(const QString &name);
    bool showPage(MainWindow &window, QWidget *page);
    static bool waitFor(const std::function<bool()> &condition, int milliseconds);
    static bool scrollToEnd(QAbstractItemView *view);

    ConnectionSettings m_station;
    QString m_email;
    QString m_password;
    QString m_residentId;
    QJsonArray m_stages;
    QJsonObject m_result;
};
