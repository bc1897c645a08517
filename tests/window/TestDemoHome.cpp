// writecarenotes --demo, as a newcomer meets it: a fictional care home in a database of its own, its people's
// sign-in details on the sign-in page, one of them chosen from the keyboard, and the home's records there to look at.

#include "EmbeddedSuperuser.h"
#include "ServerTemporaryDir.h"
#include "database/ScopedConnection.h"
#include "startup/DatabaseStartup.h"
#include "synthetic/SyntheticData.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

template <typename T>
T *child(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

QString currentPage(const MainWindow &window)
{
    return child<QStackedWidget>(window, "pagesStackedWidget")->currentWidget()->objectName();
}

} // namespace

class TestDemoHome : public QObject
{
    Q_OBJECT

private slots:
    void aNewcomerSignsInToTheDemonstrationHome()
    {
        ServerTemporaryDir dir;
        QVERIFY(dir.isValid());
        QTemporaryDir drafts;
        EmbeddedServer::Options options;
        options.baseDirectory = dir.filePath(QStringLiteral("demo"));
        DatabaseStartup startup(options);
        startup.setDemo(true);
        MainWindow window(nullptr, drafts.path());
        window.show();
        window.startDatabase(&startup);
        // No first-start questions: the home is there, and its people are offered.
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("signInPage"), 180000);
        QCOMPARE(window.windowTitle(), QStringLiteral("Write Care Notes: demonstration home"));
        QCOMPARE(window.findChildren<QDialog *>().size(), 0);
        auto *people = child<QListWidget>(window, "demoAccountsListWidget");
        QVERIFY(people && people->isVisible());
        QStringList offered;
        for (int row = 0; row < people->count(); ++row)
            offered.append(people->item(row)->text());
        QCOMPARE(offered, (QStringList{QStringLiteral("Carer: carer1.home1@synthetic.invalid"),
                                       QStringLiteral("Nurse: nurse1.home1@synthetic.invalid"),
                                       QStringLiteral("Manager: manager1.home1@synthetic.invalid"),
                                       QStringLiteral("Administrator: admin.group1@synthetic.invalid")}));
        QCOMPARE(child<QLabel>(window, "demoLabel")->text(),
                 QStringLiteral("Everyone here has the password %1. Choose someone to sign in as:")
                     .arg(SyntheticData::password()));

        // The nurse, from the keyboard: down to her, Enter, then the focused Sign in button.
        people->setFocus();
        people->setCurrentRow(0);
        QTest::keyClick(people, Qt::Key_Down);
        QTest::keyClick(people, Qt::Key_Return);
        QCOMPARE(child<QLineEdit>(window, "emailLineEdit")->text(), QStringLiteral("nurse1.home1@synthetic.invalid"));
        QCOMPARE(child<QLineEdit>(window, "passwordLineEdit")->text(), SyntheticData::password());
        QCOMPARE(QApplication::focusWidget(), child<QPushButton>(window, "signInPushButton"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(window.isSignedIn(), 30000);
        QVERIFY(
            child<QLabel>(window, "userStatusLabel")->text().endsWith(QStringLiteral(" (Nurse), Derwen Care Group")));

        // A believable home: forty residents living there, a fortnight of notes for each, care plans, assessments,
        // incidents, audits with their action plans, and staff of every role.
        const ScopedConnection connection(EmbeddedSuperuser::of(options.baseDirectory).value_or(ConnectionSettings()),
                                          QStringLiteral("probe"));
        QVERIFY(connection.isOpen());
        const PgResult counts = connection.session().exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM residents WHERE status IN ('admitted', 'hospital')) AS living, "
            "(SELECT string_agg(name, ',') FROM facilities) AS homes, "
            "(SELECT count(DISTINCT role) FROM users WHERE role IN ('carer', 'nurse', 'manager', 'admin')) AS roles, "
            "(SELECT count(DISTINCT date) FROM daily_records) AS days, "
            "(SELECT count(*) FROM daily_records) AS notes, "
            "(SELECT count(*) FROM daily_records WHERE occurred_at > now() OR recorded_at > now()) AS future_notes, "
            "(SELECT now() - max(recorded_at) < interval '6 hours' FROM daily_records) AS notes_until_now, "
            "(SELECT count(*) FROM incidents WHERE date > now()) AS future_incidents, "
            "(SELECT count(*) FROM care_plans) AS plans, "
            "(SELECT count(*) FROM assessments) AS assessments, "
            "(SELECT count(*) FROM incidents) AS incidents, "
            "(SELECT count(*) FROM audits WHERE action_plan IS NOT NULL AND action_plan::text NOT IN ('', '[]')) "
            "AS audits"));
        QVERIFY2(counts.ok(), qPrintable(counts.error().message));
        QCOMPARE(counts.integer(0, "living"), 40);
        QCOMPARE(counts.text(0, "homes"), QStringLiteral("T\u0177 Derwen"));
        QCOMPARE(counts.integer(0, "roles"), 4);
        // The fortnight runs up to the moment the home was made: the shift under way has its notes so far, none
        // in the future (before today's first shift, today has none yet).
        QVERIFY2(counts.integer(0, "days") == DatabaseStartup::demoDays ||
                     counts.integer(0, "days") == DatabaseStartup::demoDays - 1,
                 qPrintable(counts.text(0, "days")));
        QCOMPARE(counts.integer(0, "future_notes"), 0);
        QCOMPARE(counts.integer(0, "future_incidents"), 0);
        QCOMPARE(counts.text(0, "notes_until_now"), QStringLiteral("t"));
        QVERIFY(counts.integer(0, "notes") >= 40 * DatabaseStartup::demoDays);
        QVERIFY(counts.integer(0, "plans") >= 40);
        QVERIFY(counts.integer(0, "assessments") >= 40);
        QVERIFY(counts.integer(0, "incidents") > 0);
        QVERIFY(counts.integer(0, "audits") > 0);
    }
};

QTEST_MAIN(TestDemoHome)
#include "TestDemoHome.moc"
