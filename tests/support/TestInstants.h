#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// The instants ctest runs the time-dependent suites at (WCN_TEST_NOW, with TZ=Europe/London): each names a moment
// that has broken care software, always in the recent past of the real date so that the server, whose clock is
// real, accepts the notes written then.
//   after-midnight   00:05 yesterday: a night shift that started the day before
//   shift-overlap    14:15 yesterday: the early and the late shift both running
//   month-end-night  03:00 on the first of a month: the night shift of the month's last day
//   clocks-go-back   01:30 BST on the last Sunday of October: the hour that happens twice
// WCN_TEST_NOW may also hold an ISO 8601 instant ("2026-10-25T00:30:00Z").
class TestInstants
{
public:
    static QStringList kinds();
    // The instant WCN_TEST_NOW names, seen from realNow; invalid for an unknown name.
    static QDateTime instant(const QString &name, const QDateTime &realNow);
    // Sets the app's Clock from WCN_TEST_NOW, if set; every test executable does this before main().
    static void applyEnvironment();
};
