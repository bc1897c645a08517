#include "server/TerminationSignalWatcher.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

class TestTerminationSignalWatcher : public QObject
{
    Q_OBJECT

private slots:
    void terminationSignalsArriveInTheEventLoop_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM (logout)") << int(SIGTERM);
        QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
        QTest::newRow("SIGHUP (terminal closed)") << int(SIGHUP);
    }
    void terminationSignalsArriveInTheEventLoop()
    {
        QFETCH(int, signalNumber);
        TerminationSignalWatcher watcher;
        QSignalSpy requested(&watcher, &TerminationSignalWatcher::terminationRequested);
        QCOMPARE(::raise(signalNumber), 0); // without the watcher this would end the test process
        QTRY_COMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toInt(), signalNumber);
    }
};

QTEST_GUILESS_MAIN(TestTerminationSignalWatcher)
#include "TestTerminationSignalWatcher.moc"
