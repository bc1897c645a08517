// Every page a carer, a nurse, a manager and an administrator can open, through Qt's accessibility interfaces (what
// a screen reader reads): each control a person can reach has a name, and the keyboard reaches every one of them.

#include "TenantFixture.h"
#include "TestDatabase.h"
#include "startup/DatabaseStartup.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>

namespace {

template <typename T>
T *child(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

bool reachable(const QWidget *widget, const QWidget *page)
{
    return widget->isVisibleTo(page) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
           widget->focusProxy() == nullptr;
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 (%2)").arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;

private slots:
    void initTestCase()
    {
        QAccessible::setActive(true);
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
    }
    void cleanupTestCase() { m_db.reset(); }

    void everyControlHasANameAndTheKeyboardReachesIt_data()
    {
        QTest::addColumn<QString>("who");
        for (const char *who : {"carerA", "nurseA", "managerA", "adminA"})
            QTest::newRow(who) << QString::fromLatin1(who);
    }
    void everyControlHasANameAndTheKeyboardReachesIt()
    {
        QFETCH(QString, who);
        QTemporaryDir drafts;
        DatabaseStartup startup(m_fixture.stationSettings(*m_db));
        MainWindow window(nullptr, drafts.path());
        window.resize(1366, 698);
        window.show();
        window.startDatabase(&startup);
        QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(window, "signInPage")->isVisible(), 30000);
        QTest::keyClicks(child<QLineEdit>(window, "emailLineEdit"), m_fixture.emails.value(who));
        QTest::keyClicks(child<QLineEdit>(window, "passwordLineEdit"), QString::fromLatin1(TenantFixture::password));
        QTest::keyClick(child<QLineEdit>(window, "passwordLineEdit"), Qt::Key_Return);
        QTRY_VERIFY(window.isSignedIn());

        auto *navigation = child<QListWidget>(window, "navigationListWidget");
        auto *pages = child<QStackedWidget>(window, "workspaceStackedWidget");
        QStringList problems;
        for (int row = 0; row < navigation->count(); ++row) {
            navigation->setCurrentRow(row);
            QWidget *page = pages->currentWidget();
            QApplication::processEvents();
            const QString title = navigation->item(row)->text();
            QList<QWidget *> controls;
            for (QWidget *widget : page->findChildren<QWidget *>()) {
                if (!reachable(widget, page))
                    continue;
                controls.append(widget);
                QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
                const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
                if (name.isEmpty())
                    problems.append(QStringLiteral("%1: %2 has no accessible name").arg(title, describe(widget)));
            }
            // Tab from the navigation through the page and back: every control on the way.
            navigation->setFocus();
            QSet<QWidget *> reached;
            for (int step = 0; step < 400; ++step) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                QWidget *focus = QApplication::focusWidget();
                if (!focus || focus == navigation)
                    break;
                reached.insert(focus);
            }
            for (QWidget *control : std::as_const(controls))
                if (!reached.contains(control) && control->isVisible())
                    problems.append(QStringLiteral("%1: %2 is not reached by Tab").arg(title, describe(control)));
        }
        if (!qEnvironmentVariableIsEmpty("WCN_ACCESSIBILITY_REPORT"))
            for (const QString &problem : std::as_const(problems))
                std::fprintf(stderr, "%s\n", qPrintable(problem));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
