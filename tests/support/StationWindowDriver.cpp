#include "StationWindowDriver.h"

#include "residents/ResidentRecordPage.h"
#include "startup/DatabaseStartup.h"
#include "window/MainWindow.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>

StationWindowDriver::StationWindowDriver(ConnectionSettings stationSettings, QString draftDirectory)
    : m_settings(std::move(stationSettings)), m_draftDirectory(std::move(draftDirectory))
{}

StationWindowDriver::~StationWindowDriver()
{
    closeWindow();
}

void StationWindowDriver::closeWindow()
{
    m_window.reset();
    m_startup.reset();
}

bool StationWindowDriver::signIn(const QString &email, const QString &password, const QString &page)
{
    if (!m_window) {
        m_startup = std::make_unique<DatabaseStartup>(m_settings);
        m_window = std::make_unique<MainWindow>(nullptr, m_draftDirectory);
        m_window->resize(1400, 950);
        m_window->show();
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return false;
        m_window->startDatabase(m_startup.get());
    }
    auto *unlock = child<QLineEdit>("unlockPasswordLineEdit");
    if (unlock && unlock->isVisible()) {
        unlock->setText(password);
        QTest::mouseClick(child<QPushButton>("unlockPushButton"), Qt::LeftButton);
    } else {
        if (!QTest::qWaitFor([this] { return child<QLineEdit>("emailLineEdit")->isVisible(); }, 30000))
            return false;
        child<QLineEdit>("emailLineEdit")->setText(email);
        child<QLineEdit>("passwordLineEdit")->setText(password);
        QTest::mouseClick(child<QPushButton>("signInPushButton"), Qt::LeftButton);
    }
    if (!QTest::qWaitFor([this] { return m_window->isSignedIn(); }, 30000))
        return false;
    return page.isEmpty() || showPage(page);
}

bool StationWindowDriver::openRecordTab(const QString &search, const char *tab)
{
    auto *searchEdit = child<QLineEdit>("searchLineEdit");
    if (!QTest::qWaitFor([searchEdit] { return searchEdit->isVisible(); }, 30000))
        return false;
    QTest::keyClicks(searchEdit, search);
    QTest::keyClick(searchEdit, Qt::Key_Return);
    if (!QTest::qWaitFor(
            [this] {
                auto *record = m_window->findChild<ResidentRecordPage *>();
                return record && record->isVisible();
            },
            30000))
        return false;
    child<QTabWidget>("recordTabWidget")->setCurrentWidget(child<QWidget>(tab));
    return true;
}

bool StationWindowDriver::showPage(const QString &title)
{
    auto *navigation = child<QListWidget>("navigationListWidget");
    for (int row = 0; row < navigation->count(); ++row) {
        if (navigation->item(row)->text() == title) {
            navigation->setCurrentRow(row);
            auto *pages = child<QStackedWidget>("workspaceStackedWidget");
            return QTest::qWaitFor([pages, row] { return pages->widget(row)->isVisible(); }, 10000);
        }
    }
    return false;
}

bool StationWindowDriver::typeAcrossDraftTicks(QWidget *field, const QStringList &pieces, int draftInterval) const
{
    if (!m_window || !field)
        return false;
    m_window->setDraftInterval(draftInterval);
    field->setFocus();
    for (const QString &piece : pieces) {
        QSignalSpy kept(m_window.get(), &MainWindow::draftsKept);
        // Letter by letter, with the event loop between them, as a keyboard sends them.
        for (const QChar letter : piece) {
            QTest::keyClicks(field, QString(letter));
            QCoreApplication::processEvents();
        }
        if (!kept.wait(10000))
            return false;
    }
    return true;
}
