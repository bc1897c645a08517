#include "BenchmarkGuiProbe.h"

#include "board/ShiftBoardModel.h"
#include "board/ShiftBoardPage.h"
#include "common/Clock.h"
#include "residents/ResidentListModel.h"
#include "residents/ResidentsPage.h"
#include "shiftnotes/TimelineModel.h"
#include "startup/DatabaseStartup.h"
#include "window/MainWindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>

namespace {

template <typename T>
T *child(const QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

BenchmarkGuiProbe::BenchmarkGuiProbe(ConnectionSettings station, QString email, QString password, QString residentId)
    : m_station(std::move(station)), m_email(std::move(email)), m_password(std::move(password)),
      m_residentId(std::move(residentId))
{}

QJsonObject BenchmarkGuiProbe::memory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    QJsonObject kib;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() >= 2 && words.at(0) == "VmRSS:")
            kib.insert(QStringLiteral("rss_kib"), words.at(1).toLongLong());
        else if (words.size() >= 2 && words.at(0) == "VmHWM:")
            kib.insert(QStringLiteral("peak_kib"), words.at(1).toLongLong());
    }
    return kib;
}

void BenchmarkGuiProbe::stage(const QString &name)
{
    QJsonObject figures = memory();
    figures.insert(QStringLiteral("stage"), name);
    m_stages.append(figures);
}

// The event loop runs while waiting (a heartbeat timer wakes it), as it does for a person at the station.
bool BenchmarkGuiProbe::waitFor(const std::function<bool()> &condition, int milliseconds)
{
    QTimer heartbeat;
    heartbeat.start(20);
    const QDeadlineTimer deadline(milliseconds);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// Scrolls to the bottom again and again, as a person dragging the scroll bar down: the view itself asks the model for
// more each time it reaches the end, until the model has nothing more.
bool BenchmarkGuiProbe::scrollToEnd(QAbstractItemView *view)
{
    QAbstractItemModel *model = view->model();
    // The residents list and the timeline read their pages off the window's thread: while one is on its way there is
    // more to come.
    const auto *timeline = qobject_cast<const TimelineModel *>(model);
    const auto *residents = qobject_cast<const ResidentListModel *>(model);
    const auto more = [model, timeline, residents] {
        return model->canFetchMore(QModelIndex()) || (timeline && timeline->isReading()) ||
               (residents && residents->isReading());
    };
    while (more()) {
        const int before = model->rowCount();
        if (!waitFor(
                [&] {
                    view->scrollToBottom();
                    return model->rowCount() > before || !more();
                },
                30000))
            return false;
    }
    view->scrollToBottom();
    QCoreApplication::processEvents();
    return true;
}

bool BenchmarkGuiProbe::showPage(MainWindow &window, QWidget *page)
{
    auto *pages = child<QStackedWidget>(&window, "workspaceStackedWidget");
    auto *navigation = child<QListWidget>(&window, "navigationListWidget");
    if (!page || !pages || !navigation || pages->indexOf(page) < 0)
        return false;
    navigation->setCurrentRow(pages->indexOf(page));
    return waitFor([page] { return page->isVisible(); }, 10000);
}

Result<> BenchmarkGuiProbe::drive(MainWindow &window)
{
    auto *email = child<QLineEdit>(&window, "emailLineEdit");
    auto *password = child<QLineEdit>(&window, "passwordLineEdit");
    auto *signIn = child<QPushButton>(&window, "signInPushButton");
    if (!email || !password || !signIn ||
        !waitFor([&] { return window.isDatabaseReady() && email->isVisible(); }, 60000))
        return Result<>::failed(tr("the sign-in page did not appear"));
    stage(QStringLiteral("sign_in_window"));

    email->setText(m_email);
    password->setText(m_password);
    signIn->click();
    if (!waitFor([&] { return window.isSignedIn(); }, 60000))
        return Result<>::failed(tr("%1 could not sign in through the sign-in page").arg(m_email));
    stage(QStringLiteral("signed_in"));

    // The home's list, everyone past and present, scrolled to its end.
    auto *residents = window.findChild<ResidentsPage *>();
    if (!showPage(window, residents))
        return Result<>::failed(tr("the residents page did not open"));
    auto *statuses = child<QComboBox>(residents, "statusComboBox");
    auto *list = child<QAbstractItemView>(residents, "residentsTableView");
    if (!statuses || !list)
        return Result<>::failed(tr("the residents page has no list"));
    QElapsedTimer timer;
    timer.start();
    statuses->setCurrentIndex(statuses->count() - 1);
    if (!scrollToEnd(list))
        return Result<>::failed(tr("the resident list did not fetch more rows"));
    m_result.insert(QStringLiteral("list_rows"), list->model()->rowCount());
    m_result.insert(QStringLiteral("list_scroll_ms"), static_cast<double>(timer.nsecsElapsed()) / 1e6);
    stage(QStringLiteral("resident_list"));

    // The resident's timeline on the shift board, five years back, scrolled to its end.
    auto *board = window.findChild<ShiftBoardPage *>();
    if (!showPage(window, board))
        return Result<>::failed(tr("the shift board did not open"));
    auto *boardView = child<QAbstractItemView>(board, "boardTableView");
    auto *from = child<QDateEdit>(board, "fromDateEdit");
    auto *timeline = child<QAbstractItemView>(board, "timelineListView");
    if (!boardView || !from || !timeline)
        return Result<>::failed(tr("the shift board has no timeline"));
    // The board is read off the window's thread: it shows its residents a moment after the page opens.
    waitFor([boardView] { return boardView->model()->rowCount() > 0; }, 30000);
    int row = 0;
    for (int r = 0; r < boardView->model()->rowCount(); ++r) {
        if (boardView->model()->index(r, 0).data(ShiftBoardModel::IdRole).toString() == m_residentId)
            row = r;
    }
    if (boardView->model()->rowCount() == 0)
        return Result<>::failed(tr("the shift board shows no residents"));
    timer.start();
    boardView->setCurrentIndex(boardView->model()->index(row, ShiftBoardModel::NameColumn));
    from->setDate(Clock::today().addYears(-5));
    if (!scrollToEnd(timeline))
        return Result<>::failed(tr("the timeline did not fetch more notes"));
    m_result.insert(QStringLiteral("timeline_resident"),
                    boardView->model()->index(row, 0).data(ShiftBoardModel::IdRole).toString());
    m_result.insert(QStringLiteral("timeline_rows"), timeline->model()->rowCount());
    m_result.insert(QStringLiteral("timeline_scroll_ms"), static_cast<double>(timer.nsecsElapsed()) / 1e6);
    m_result.insert(QStringLiteral("timeline_from"), from->date().toString(Qt::ISODate));
    stage(QStringLiteral("timeline"));
    return Result<>::done();
}

QJsonObject BenchmarkGuiProbe::run()
{
    {
        DatabaseStartup startup(m_station);
        {
            MainWindow window;
            // A station's full-HD screen (the offscreen platform's own screen is smaller).
            window.resize(1920, 1080);
            window.show();
            window.startDatabase(&startup);
            if (const Result<> driven = drive(window); !driven.ok())
                m_result.insert(QStringLiteral("error"), driven.message);
        }
        startup.shutDown();
    }
    m_result.insert(QStringLiteral("stages"), m_stages);
    return m_result;
}
