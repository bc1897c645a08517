#include "ReadinessReporter.h"

#include "window/MainWindow.h"

#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QTimer>

#include <cstdio>

ReadinessReporter::ReadinessReporter(MainWindow *window) : QObject(window), m_window(window)
{
    // The email field is the first thing a person uses: its first paint after the database is ready is the moment
    // the window can be used (painted on the screen, or into the offscreen platform's backing store).
    if (auto *email = window->findChild<QLineEdit *>(QStringLiteral("emailLineEdit")))
        email->installEventFilter(this);
    connect(window, &MainWindow::databaseReady, this, [this] { m_databaseReady = true; });
    connect(window, &MainWindow::databaseFailed, this, [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        QApplication::exit(1);
    });
}

bool ReadinessReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_databaseReady) {
        watched->removeEventFilter(this);
        // After this paint has finished, when the event loop next has nothing else to do.
        QTimer::singleShot(0, this, [] {
            std::fputs("ready\n", stdout);
            std::fflush(stdout);
            QApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}
