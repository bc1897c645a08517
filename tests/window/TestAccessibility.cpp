// Every page a carer, a nurse, a manager and an administrator can open, through Qt's accessibility interfaces (what
// a screen reader reads): each control a person can reach has a name, the keyboard reaches every one of them, and
// each shows that it has the keyboard's focus.

#include "StationWindowDriver.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "widgets/MessageBox.h"
#include "widgets/StationColours.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
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

// The control as drawn in its window with a few pixels around it, where a focus ring would be.
QImage around(const QWidget *widget)
{
    QApplication::processEvents();
    const QRect shown(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
    return widget->window()->grab(shown.adjusted(-4, -4, 4, 4)).toImage();
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

    // What keeps a person from using scope by keyboard or screen reader: a control with no accessible name, one Tab
    // does not reach (going round from start until it comes back to start or leaves scope), one that does not show
    // it has the focus. Named by title.
    static QStringList check(QWidget *scope, QWidget *start, const QString &title)
    {
        QStringList problems;
        QList<QWidget *> controls;
        for (QWidget *widget : scope->findChildren<QWidget *>()) {
            if (!reachable(widget, scope))
                continue;
            controls.append(widget);
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty())
                problems.append(QStringLiteral("%1: %2 has no accessible name").arg(title, describe(widget)));
        }
        // A dialog just opened is made the active window as a desktop would make it (the offscreen platform leaves
        // the window under it active).
        start->window()->activateWindow();
        QApplication::setActiveWindow(start->window());
        if (!QTest::qWaitForWindowActive(start->window()) || QApplication::activeWindow() != start->window())
            return {QStringLiteral("%1: the window does not become active").arg(title)};
        start->setFocus();
        if (QApplication::focusWidget() != start)
            return {QStringLiteral("%1: %2 does not take the focus").arg(title, describe(start))};
        QSet<QWidget *> reached{start};
        QWidget *previous = nullptr;
        QImage previousFocused;
        for (int step = 0; step < 400; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            // Drawn differently while it had the focus, so a person can see where the keyboard is.
            if (previous && previous->isVisible() && around(previous) == previousFocused)
                problems.append(QStringLiteral("%1: %2 shows no focus").arg(title, describe(previous)));
            // Round to the start again, or out of the window: done. (A date edit keeps Tab for its day, month and
            // year before passing it on.)
            if (!focus || focus == start || focus->window() != start->window())
                break;
            reached.insert(focus);
            previous = focus;
            previousFocused = around(focus);
        }
        for (QWidget *control : std::as_const(controls))
            if (!reached.contains(control) && control->isVisible())
                problems.append(QStringLiteral("%1: %2 is not reached by Tab").arg(title, describe(control)));
        return problems;
    }
    static void report(const QStringList &problems)
    {
        if (!qEnvironmentVariableIsEmpty("WCN_ACCESSIBILITY_REPORT"))
            for (const QString &problem : problems)
                std::fprintf(stderr, "%s\n", qPrintable(problem));
    }

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
        StationWindowDriver driver(m_fixture.stationSettings(*m_db), drafts.path());
        QVERIFY(driver.signIn(m_fixture.emails.value(who), QString::fromLatin1(TenantFixture::password), QString()));
        MainWindow &window = *driver.window();
        window.resize(1366, 698);
        // The window made the palette readable: selected rows, placeholders, text on the window.
        const QPalette palette = QApplication::palette();
        QVERIFY(StationColours::contrast(palette.color(QPalette::HighlightedText),
                                         palette.color(QPalette::Highlight)) >= StationColours::textContrast);
        QVERIFY(StationColours::contrast(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base)) >=
                StationColours::textContrast);
        QVERIFY(StationColours::contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >=
                StationColours::textContrast);

        auto *navigation = child<QListWidget>(window, "navigationListWidget");
        auto *pages = child<QStackedWidget>(window, "workspaceStackedWidget");
        QStringList problems;
        for (int row = 0; row < navigation->count(); ++row) {
            navigation->setCurrentRow(row);
            QApplication::processEvents();
            // Tab from the navigation through the page and back.
            problems += check(pages->currentWidget(), navigation, navigation->item(row)->text());
        }
        report(problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // What opens over the pages: the note form, an incident report, the handover, changing a password.
    void theNoteFormAndTheDialogsToo()
    {
        QTemporaryDir drafts;
        StationWindowDriver driver(m_fixture.stationSettings(*m_db), drafts.path());
        QVERIFY(driver.signIn(m_fixture.emails.value(QStringLiteral("nurseA")),
                              QString::fromLatin1(TenantFixture::password), QStringLiteral("Shift board")));
        MainWindow &window = *driver.window();
        window.resize(1366, 698);
        auto *board = child<QTableView>(window, "boardTableView");
        QTRY_COMPARE(board->model()->rowCount(), 2);
        QStringList problems;

        // The note form, from the board's first row by Enter; the escalation box shown by a raised score.
        board->setFocus();
        board->setCurrentIndex(board->model()->index(0, 1));
        QTest::keyClick(board, Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("personalCareLineEdit"));
        QTest::keyClicks(child<QLineEdit>(window, "respirationLineEdit"), QStringLiteral("26"));
        QTRY_VERIFY(child<QWidget>(window, "escalationGroupBox")->isVisible());
        problems += check(child<QWidget>(window, "noteForm"), QApplication::focusWidget(), QStringLiteral("Note"));
        MessageBox::setNextAnswer(QMessageBox::Discard); // the typed reading is not kept
        QTest::mouseClick(child<QPushButton>(window, "backToBoardPushButton"), Qt::LeftButton);
        QTRY_VERIFY(board->isVisible());
        QCOMPARE(MessageBox::lastText().isEmpty(), false);

        QTest::mouseClick(child<QPushButton>(window, "boardReportIncidentPushButton"), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = child<QDialog>(window, "incidentReportDialog")) && dialog->isVisible());
        problems += check(dialog, dialog->focusWidget(), QStringLiteral("Report an incident"));
        dialog->reject();
        QTRY_VERIFY(!child<QDialog>(window, "incidentReportDialog") || !dialog->isVisible());

        QTest::mouseClick(child<QPushButton>(window, "handoverPushButton"), Qt::LeftButton);
        QTRY_VERIFY((dialog = child<QDialog>(window, "handoverDialog")) && dialog->isVisible());
        problems += check(dialog, dialog->focusWidget(), QStringLiteral("Handover"));
        dialog->reject();

        child<QAction>(window, "changePasswordAction")->trigger();
        QTRY_VERIFY((dialog = child<QDialog>(window, "changePasswordDialog")) && dialog->isVisible());
        problems += check(dialog, dialog->focusWidget(), QStringLiteral("Change password"));
        dialog->reject();

        report(problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
