// What an incident must be notified to and by when, the duty of candour, and the observations after a head injury:
// every type and severity that changes the answer, each boundary of the schedule, and the night the clocks go back.

#include "compliance/HeadInjuryObservations.h"
#include "compliance/IncidentNotifications.h"

#include <QTest>
#include <QTimeZone>

class TestIncidentRules : public QObject
{
    Q_OBJECT

private slots:
    void suggested_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<bool>("safeguarding");
        QTest::addColumn<bool>("police");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("fall, not yet reviewed")
            << QStringLiteral("fall") << QStringLiteral("") << false << false << QStringList();
        QTest::newRow("fall, no harm") << QStringLiteral("fall") << QStringLiteral("no_harm") << false << false
                                       << QStringList();
        QTest::newRow("fall, low harm") << QStringLiteral("fall") << QStringLiteral("low") << false << false
                                        << QStringList();
        QTest::newRow("fall, moderate harm: may need treatment")
            << QStringLiteral("fall") << QStringLiteral("moderate") << false << false
            << QStringList{QStringLiteral("cqc_serious_injury"), QStringLiteral("riddor")};
        QTest::newRow("fall, severe harm")
            << QStringLiteral("fall") << QStringLiteral("severe") << false << false
            << QStringList{QStringLiteral("cqc_serious_injury"), QStringLiteral("riddor")};
        QTest::newRow("fall, died") << QStringLiteral("fall") << QStringLiteral("death") << false << false
                                    << QStringList{QStringLiteral("cqc_death"), QStringLiteral("riddor")};
        QTest::newRow("expected death") << QStringLiteral("death") << QStringLiteral("") << false << false
                                        << QStringList{QStringLiteral("cqc_death")};
        QTest::newRow("safeguarding concern")
            << QStringLiteral("safeguarding") << QStringLiteral("") << true << false
            << QStringList{QStringLiteral("cqc_abuse"), QStringLiteral("safeguarding_referral")};
        QTest::newRow("a fall flagged as safeguarding")
            << QStringLiteral("fall") << QStringLiteral("low") << true << false
            << QStringList{QStringLiteral("cqc_abuse"), QStringLiteral("safeguarding_referral")};
        QTest::newRow("police involved") << QStringLiteral("behaviour") << QStringLiteral("low") << false << true
                                         << QStringList{QStringLiteral("cqc_police")};
        QTest::newRow("missing person") << QStringLiteral("missing_person") << QStringLiteral("no_harm") << false
                                        << false << QStringList{QStringLiteral("cqc_police")};
        QTest::newRow("pressure ulcer, moderate harm")
            << QStringLiteral("pressure_ulcer") << QStringLiteral("moderate") << false << false
            << QStringList{QStringLiteral("cqc_serious_injury"), QStringLiteral("safeguarding_referral")};
        QTest::newRow("pressure ulcer, low harm")
            << QStringLiteral("pressure_ulcer") << QStringLiteral("low") << false << false << QStringList();
        QTest::newRow("medication error, severe harm: no RIDDOR")
            << QStringLiteral("medication_error") << QStringLiteral("severe") << false << false
            << QStringList{QStringLiteral("cqc_serious_injury"), QStringLiteral("safeguarding_referral")};
        QTest::newRow("complaint, moderate") << QStringLiteral("complaint") << QStringLiteral("moderate") << false
                                             << false << QStringList{QStringLiteral("cqc_serious_injury")};
        QTest::newRow("an assault, severe harm")
            << QStringLiteral("safeguarding") << QStringLiteral("severe") << true << false
            << QStringList{QStringLiteral("cqc_serious_injury"), QStringLiteral("cqc_abuse"),
                           QStringLiteral("safeguarding_referral")};
        QTest::newRow("infection, severe harm") << QStringLiteral("infection") << QStringLiteral("severe") << false
                                                << false << QStringList{QStringLiteral("cqc_serious_injury")};
        QTest::newRow("near miss") << QStringLiteral("near_miss") << QStringLiteral("no_harm") << false << false
                                   << QStringList();
    }
    void suggested()
    {
        QFETCH(QString, type);
        QFETCH(QString, severity);
        QFETCH(bool, safeguarding);
        QFETCH(bool, police);
        QFETCH(QStringList, expected);
        QCOMPARE(IncidentNotifications::suggested(type, severity, safeguarding, police), expected);
    }

    void everyKindHasNameAndRegulation()
    {
        QCOMPARE(IncidentNotifications::kinds().size(), 9);
        for (const QString &kind : IncidentNotifications::kinds()) {
            QVERIFY2(IncidentNotifications::name(kind) != kind, qPrintable(kind));
            QVERIFY2(!IncidentNotifications::regulation(kind).isEmpty(), qPrintable(kind));
        }
        QCOMPARE(IncidentNotifications::regulation(QStringLiteral("cqc_death")),
                 QStringLiteral("Regulation 16, CQC (Registration) Regulations 2009"));
    }

    void dueFromWhenItHappened()
    {
        const QDateTime fall(QDate(2026, 3, 31), QTime(23, 50), Qt::UTC);
        QCOMPARE(IncidentNotifications::dueAt(QStringLiteral("cqc_serious_injury"), fall),
                 QDateTime(QDate(2026, 4, 1), QTime(23, 50), Qt::UTC));
        QCOMPARE(IncidentNotifications::dueAt(QStringLiteral("safeguarding_referral"), fall),
                 QDateTime(QDate(2026, 4, 1), QTime(23, 50), Qt::UTC));
        QCOMPARE(IncidentNotifications::dueAt(QStringLiteral("riddor"), fall),
                 QDateTime(QDate(2026, 4, 10), QTime(23, 50), Qt::UTC));
        QVERIFY(!IncidentNotifications::dueAt(QStringLiteral("riddor"), QDateTime()).isValid());
    }

    void dueIs24ElapsedHoursAcrossTheClockChange()
    {
        // 01:30 BST on the night the clocks go back: 24 hours later is 00:30 GMT on the next day by the wall clock.
        const QTimeZone london("Europe/London");
        const QDateTime fall(QDate(2026, 10, 25), QTime(0, 30), london);
        const QDateTime due = IncidentNotifications::dueAt(QStringLiteral("cqc_abuse"), fall);
        QCOMPARE(fall.secsTo(due), qint64(24 * 60 * 60));
        QCOMPARE(due.toTimeZone(london).time(), QTime(23, 30));
    }

    void candour_data()
    {
        QTest::addColumn<QString>("severity");
        QTest::addColumn<bool>("applies");
        QTest::newRow("not reviewed") << QStringLiteral("") << false;
        QTest::newRow("no harm") << QStringLiteral("no_harm") << false;
        QTest::newRow("low") << QStringLiteral("low") << false;
        QTest::newRow("moderate") << QStringLiteral("moderate") << true;
        QTest::newRow("severe") << QStringLiteral("severe") << true;
        QTest::newRow("death") << QStringLiteral("death") << true;
    }
    void candour()
    {
        QFETCH(QString, severity);
        QFETCH(bool, applies);
        QCOMPARE(IncidentNotifications::candourApplies(severity), applies);
    }

    void headInjurySuspected_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("sites");
        QTest::addColumn<bool>("struck");
        QTest::addColumn<bool>("suspected");
        QTest::newRow("fall, hip only") << QStringLiteral("fall") << QStringList{QStringLiteral("left_hip")} << false
                                        << false;
        QTest::newRow("fall, head") << QStringLiteral("fall") << QStringList{QStringLiteral("head")} << false << true;
        QTest::newRow("fall, face") << QStringLiteral("fall")
                                    << QStringList{QStringLiteral("face"), QStringLiteral("left_hand")} << false
                                    << true;
        QTest::newRow("fall nobody saw") << QStringLiteral("fall") << QStringList() << true << true;
        QTest::newRow("injury to the head")
            << QStringLiteral("injury") << QStringList{QStringLiteral("head")} << false << true;
        QTest::newRow("skin tear on the face")
            << QStringLiteral("skin_tear") << QStringList{QStringLiteral("face")} << false << true;
        QTest::newRow("behaviour, head struck box") << QStringLiteral("behaviour") << QStringList() << true << true;
        QTest::newRow("safeguarding, bruised face")
            << QStringLiteral("safeguarding") << QStringList{QStringLiteral("face")} << false << true;
        QTest::newRow("pressure ulcer on the heel")
            << QStringLiteral("pressure_ulcer") << QStringList{QStringLiteral("left_heel")} << false << false;
    }
    void headInjurySuspected()
    {
        QFETCH(QString, type);
        QFETCH(QStringList, sites);
        QFETCH(bool, struck);
        QFETCH(bool, suspected);
        QCOMPARE(HeadInjuryObservations::suspected(type, sites, struck), suspected);
    }

    void scheduleEveryBoundary()
    {
        const QDateTime fall(QDate(2026, 12, 31), QTime(22, 15), Qt::UTC);
        const QList<QDateTime> times = HeadInjuryObservations::schedule(fall);
        QList<int> minutes;
        for (const QDateTime &time : times)
            minutes.append(int(fall.secsTo(time) / 60));
        QCOMPARE(minutes,
                 (QList<int>{0, 30, 60, 90, 120, 180, 240, 300, 360, 480, 600, 720, 840, 960, 1080, 1200, 1320, 1440}));
        QVERIFY(HeadInjuryObservations::schedule(QDateTime()).isEmpty());
    }

    // The observation due stays shown until the next is due: none is hidden the second it falls due.
    void currentDue()
    {
        const QDateTime fall(QDate(2026, 12, 31), QTime(22, 15), Qt::UTC);
        QCOMPARE(HeadInjuryObservations::currentDue(fall, fall.addSecs(-60)), fall);
        QCOMPARE(HeadInjuryObservations::currentDue(fall, fall), fall);
        QCOMPARE(HeadInjuryObservations::currentDue(fall, fall.addSecs(29 * 60 + 59)), fall);
        QCOMPARE(HeadInjuryObservations::currentDue(fall, fall.addSecs(30 * 60)), fall.addSecs(30 * 60));
        QCOMPARE(HeadInjuryObservations::currentDue(fall, fall.addSecs(121 * 60)), fall.addSecs(120 * 60));
        QCOMPARE(HeadInjuryObservations::currentDue(fall, fall.addSecs(479 * 60)), fall.addSecs(360 * 60));
        QCOMPARE(HeadInjuryObservations::currentDue(fall, fall.addSecs(1440 * 60 + 1)), fall.addSecs(1440 * 60));
        QCOMPARE(HeadInjuryObservations::currentDue(fall, fall.addSecs(26 * 3600)), fall.addSecs(1440 * 60));
        QVERIFY(!HeadInjuryObservations::currentDue(fall, fall.addSecs(26 * 3600 + 1)).isValid());
        QVERIFY(!HeadInjuryObservations::currentDue(QDateTime(), fall).isValid());
    }

    void scheduleIsElapsedTimeOnTheNightTheClocksGoBack()
    {
        const QTimeZone london("Europe/London");
        const QDateTime fall(QDate(2026, 10, 25), QTime(0, 45), london); // BST
        const QList<QDateTime> times = HeadInjuryObservations::schedule(fall);
        QCOMPARE(fall.secsTo(times.at(4)), qint64(2 * 60 * 60));
        // Two hours after 00:45 BST is 01:45 GMT.
        QCOMPARE(times.at(4).toTimeZone(london).time(), QTime(1, 45));
    }
};

QTEST_GUILESS_MAIN(TestIncidentRules)
#include "TestIncidentRules.moc"
