#pragma once

#include "database/ConnectionSettings.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QString>
#include <QTest>

#include <memory>

class DatabaseStartup;

// The real station window, offscreen, on a database through its station login, driven as a person would: signs in
// (or unlocks), goes to a page by its navigation title, types into whatever has the keyboard focus.
class StationWindowDriver
{
public:
    StationWindowDriver(ConnectionSettings stationSettings, QString draftDirectory);
    ~StationWindowDriver();
    StationWindowDriver(const StationWindowDriver &) = delete;
    StationWindowDriver &operator=(const StationWindowDriver &) = delete;

    // Starts the window if needed, then signs in (or unlocks, when locked) and shows the page titled page (an empty
    // title: the page signing in leads to).
    bool signIn(const QString &email, const QString &password, const QString &page);
    bool showPage(const QString &title);
    // On the Residents page: searches as a person types, opens the first resident found and shows the record's tab
    // (its object name); false when the record did not open.
    bool openRecordTab(const QString &search, const char *tab);
    MainWindow *window() const { return m_window.get(); }
    void closeWindow();

    template <typename T>
    T *child(const char *name) const
    {
        return m_window ? m_window->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    }
    static QString focusName()
    {
        return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
    }
    static void typeHere(const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); }
    static void key(Qt::Key which, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), which, modifiers);
    }
    // Types the pieces into field one after another, as a person does over several seconds: the window keeps its
    // drafts (every draftInterval milliseconds) between each two pieces, with the event loop running, so whatever
    // the draft timer writes into the field shows in what ends up typed. False if no draft was kept in time.
    bool typeAcrossDraftTicks(QWidget *field, const QStringList &pieces, int draftInterval = 40) const;

private:
    ConnectionSettings m_settings;
    QString m_draftDirectory;
    std::unique_ptr<DatabaseStartup> m_startup;
    std::unique_ptr<MainWindow> m_window;
};
