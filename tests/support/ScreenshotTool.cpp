// wcn-screenshots: the README's pictures of the real app. Run by packaging/screenshots.sh under Xvfb at 1366x768:
// opens the demonstration home, signs in as a nurse, a manager and an administrator through the sign-in page, goes
// to each main screen as they would, and saves the whole screen (what `import -window root` takes) as a PNG.
//   wcn-screenshots --language en|cy --data FOLDER --out FOLDER

#include "EmbeddedSuperuser.h"
#include "assessments/TrendsDialog.h"
#include "audits/AuditsPage.h"
#include "board/ShiftBoardPage.h"
#include "common/AppTranslations.h"
#include "common/Version.h"
#include "database/ScopedConnection.h"
#include "incidents/IncidentsPage.h"
#include "residents/ResidentsPage.h"
#include "startup/DatabaseStartup.h"
#include "synthetic/SyntheticData.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

namespace {

QString g_out;
int g_failures = 0;

void fail(const QString &what)
{
    std::fprintf(stderr, "wcn-screenshots: %s\n", qPrintable(what));
    ++g_failures;
}

bool waitFor(const std::function<bool()> &condition, int ms = 30000)
{
    return QTest::qWaitFor(condition, ms);
}

// The whole screen, as a person sees it, once what was asked for has been drawn.
void shoot(const QString &name)
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    QTest::qWait(300); // pictures, not a test: painting and the last reads settle
    const QPixmap screen = QApplication::primaryScreen()->grabWindow(0);
    const QString file = QDir(g_out).filePath(name + QStringLiteral(".png"));
    if (screen.save(file))
        std::printf("%s\n", qPrintable(file));
    else
        fail(QStringLiteral("could not save %1").arg(file));
}

template <typename T>
T *find(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

bool showPage(MainWindow &window, QWidget *page)
{
    auto *pages = find<QStackedWidget>(window, "workspaceStackedWidget");
    const int index = page ? pages->indexOf(page) : -1;
    if (index < 0)
        return false;
    find<QListWidget>(window, "navigationListWidget")->setCurrentRow(index);
    return true;
}

bool signIn(MainWindow &window, const QString &email)
{
    if (window.isSignedIn())
        window.signOut();
    find<QLineEdit>(window, "emailLineEdit")->setText(email);
    find<QLineEdit>(window, "passwordLineEdit")->setText(SyntheticData::password());
    QTest::mouseClick(find<QPushButton>(window, "signInPushButton"), Qt::LeftButton);
    return waitFor([&window] { return window.isSignedIn(); });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wcn-screenshots"));
    QCoreApplication::setOrganizationName(QString::fromLatin1(Wcn::organizationName));
    QCommandLineParser parser;
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("en or cy"), QStringLiteral("code"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("the demo database's folder"),
                                  QStringLiteral("folder"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("where the PNG files go"),
                                 QStringLiteral("folder"));
    parser.addOptions({language, data, out});
    parser.process(app);
    g_out = parser.value(out);
    QDir().mkpath(g_out);
    AppTranslations::install(app, parser.value(language) == QLatin1String("cy") ? AppTranslations::Language::Welsh
                                                                                : AppTranslations::Language::English);

    EmbeddedServer::Options options;
    options.baseDirectory = parser.value(data);
    DatabaseStartup startup(options);
    startup.setDemo(true);
    QTemporaryDir drafts;
    int exitCode = 0;
    {
        MainWindow window(nullptr, drafts.path());
        window.setGeometry(QApplication::primaryScreen()->availableGeometry());
        window.show();
        window.startDatabase(&startup);
        if (!waitFor([&window] { return window.isDatabaseReady(); }, 300000))
            return 1;
        waitFor([&window] { return find<QWidget>(window, "demoAccountsListWidget") != nullptr; });
        shoot(QStringLiteral("01-sign-in"));

        // What to show: a resident with a care plan and assessments, an incident and an audit of the home.
        const ScopedConnection connection(EmbeddedSuperuser::of(options.baseDirectory).value_or(ConnectionSettings()),
                                          QStringLiteral("screenshots"));
        const PgResult chosen = connection.session().exec(QStringLiteral(
            "SELECT (SELECT r.id FROM residents AS r WHERE r.status = 'admitted' AND EXISTS (SELECT FROM care_plans AS "
            "p WHERE p.resident_id = r.id) AND (SELECT count(*) FROM assessments AS a WHERE a.resident_id = r.id) >= 4 "
            "ORDER BY r.last_name, r.first_name LIMIT 1) AS resident, "
            "(SELECT p.id FROM care_plans AS p JOIN residents AS r ON r.id = p.resident_id WHERE r.status = "
            "'admitted' ORDER BY r.last_name, r.first_name, p.type LIMIT 1) AS plan, "
            "(SELECT id FROM incidents ORDER BY date DESC LIMIT 1) AS incident, "
            "(SELECT id FROM audits ORDER BY date DESC LIMIT 1) AS audit"));
        if (!chosen.ok()) {
            fail(chosen.error().message);
            return 1;
        }
        const QString resident = chosen.text(0, "resident");
        const QString incident = chosen.text(0, "incident");
        const QString audit = chosen.text(0, "audit");

        if (!signIn(window, SyntheticData::homeUserEmail(QStringLiteral("nurse"), 1, 1)))
            fail(QStringLiteral("the nurse could not sign in"));
        auto *board = window.findChild<ShiftBoardPage *>();
        if (showPage(window, board)) {
            shoot(QStringLiteral("02-shift-board"));
            if (board->writeNoteFor(resident)) {
                const QList<QPair<const char *, const char *>> readings = {{"respirationLineEdit", "26"},
                                                                           {"spo2LineEdit", "95"},
                                                                           {"systolicLineEdit", "118"},
                                                                           {"pulseLineEdit", "96"},
                                                                           {"temperatureLineEdit", "38.4"}};
                for (const auto &[field, value] : readings)
                    QTest::keyClicks(find<QLineEdit>(window, field), QString::fromLatin1(value));
                find<QComboBox>(window, "consciousnessComboBox")->setCurrentIndex(1);
                auto *escalation = find<QGroupBox>(window, "escalationGroupBox");
                if (waitFor([escalation] { return escalation->isVisible(); })) {
                    find<QLineEdit>(window, "escalationActionLineEdit")->setFocus();
                    shoot(QStringLiteral("03-note-news2-escalation"));
                } else {
                    fail(QStringLiteral("no escalation"));
                }
            }
        }
        auto *residents = window.findChild<ResidentsPage *>();
        if (showPage(window, residents) && residents->openResident(resident)) {
            waitFor([residents] { return !residents->isOpening(); });
            shoot(QStringLiteral("04-resident-record"));
            if (residents->openCarePlan(resident, chosen.text(0, "plan")))
                shoot(QStringLiteral("05-care-plan"));
            residents->openResident(resident);
            waitFor([residents] { return !residents->isOpening(); });
            auto *tabs = find<QTabWidget>(window, "recordTabWidget");
            tabs->setCurrentWidget(find<QWidget>(window, "assessmentsTab"));
            QTimer::singleShot(0, [] {
                auto *dialog = qobject_cast<TrendsDialog *>(QApplication::activeModalWidget());
                if (!dialog) {
                    fail(QStringLiteral("no chart"));
                    return;
                }
                waitFor([dialog] { return !dialog->isReading(); });
                // NEWS2: its bands, and a fortnight of readings from the shift notes.
                dialog->showMeasure(AssessmentTrend::Measure::News2);
                shoot(QStringLiteral("06-assessment-chart"));
                dialog->reject();
            });
            QTest::mouseClick(find<QPushButton>(window, "trendsPushButton"), Qt::LeftButton);
        } else {
            fail(QStringLiteral("the record did not open"));
        }

        if (signIn(window, SyntheticData::homeUserEmail(QStringLiteral("manager"), 1, 1))) {
            find<QListWidget>(window, "navigationListWidget")->setCurrentRow(0);
            shoot(QStringLiteral("07-manager-home"));
            auto *audits = window.findChild<AuditsPage *>();
            if (showPage(window, audits)) {
                audits->openAudit(audit);
                shoot(QStringLiteral("08-audit"));
            }
            auto *incidents = window.findChild<IncidentsPage *>();
            if (showPage(window, incidents)) {
                incidents->openIncident(incident);
                shoot(QStringLiteral("09-incident"));
            }
        } else {
            fail(QStringLiteral("the manager could not sign in"));
        }
        if (signIn(window, SyntheticData::organizationUserEmail(QStringLiteral("admin"), 1))) {
            if (showPage(window, find<QWidget>(window, "usersPage")))
                shoot(QStringLiteral("10-user-administration"));
        } else {
            fail(QStringLiteral("the administrator could not sign in"));
        }
        window.signOut();
        exitCode = g_failures == 0 ? 0 : 1;
    }
    startup.shutDown();
    return exitCode;
}
