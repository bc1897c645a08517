// Incidents in the real window offscreen, by keyboard as staff use it: a carer reports a fall with a head injury from
// the shift board in a few keystrokes and is told which observations follow; the manager then finds it waiting for
// review, reviews it (moderate harm, so the duty of candour applies), adds the CQC notification the app suggests and
// marks it sent with its reference. Each step is checked in the database.
#include "StationWindowDriver.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "board/ShiftBoardModel.h"
#include "database/PgSession.h"
#include "incidents/IncidentListModel.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestIncidentWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_drafts;
    std::unique_ptr<StationWindowDriver> m_driver;
    QString m_incidentId;

    template <typename T>
    T *child(const char *name) const
    {
        return m_driver->child<T>(name);
    }
    QString text(const char *label) const { return child<QLabel>(label)->text(); }
    // Types in pieces, with the event loop running between them, as a person does.
    static void type(QWidget *field, const QStringList &pieces)
    {
        field->setFocus();
        for (const QString &piece : pieces) {
            QTest::keyClicks(field, piece);
            QCoreApplication::processEvents();
        }
    }
    void signIn(const char *who, const QString &page)
    {
        if (m_driver)
            m_driver->closeWindow();
        m_driver = std::make_unique<StationWindowDriver>(m_fixture.stationSettings(*m_db), m_drafts->path());
        QVERIFY(m_driver->signIn(m_fixture.email(who), QString::fromLatin1(TenantFixture::password), page));
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
        m_drafts = std::make_unique<QTemporaryDir>();
    }
    void cleanupTestCase()
    {
        if (m_driver)
            m_driver->closeWindow();
        m_driver.reset();
        m_db.reset();
    }

    void aCarerReportsAFallFromTheShiftBoardByKeyboard()
    {
        signIn("carerA", QStringLiteral("Shift board"));
        auto *board = child<QTableView>("boardTableView");
        auto *model = qobject_cast<ShiftBoardModel *>(board->model());
        QTRY_VERIFY(model->rowFor(m_fixture.resident("A1a")) >= 0);
        board->setCurrentIndex(model->index(model->rowFor(m_fixture.resident("A1a")), ShiftBoardModel::NameColumn));
        board->setFocus();
        QTest::mouseClick(child<QPushButton>("boardReportIncidentPushButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QDialog>("incidentReportDialog"));
        auto *dialog = child<QDialog>("incidentReportDialog");
        QTRY_VERIFY(dialog->isVisible());
        // The home and the resident come from the board; the type first, a fall.
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("reportFacilityComboBox"))->currentText(),
                 QStringLiteral("Fern House"));
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("reportResidentComboBox"))->currentText(),
                 QStringLiteral("Testresident, Edna (12)"));
        auto *typeBox = dialog->findChild<QComboBox *>(QStringLiteral("reportTypeComboBox"));
        QCOMPARE(dialog->focusWidget(), typeBox);
        QCOMPARE(typeBox->currentText(), QStringLiteral("Fall"));

        // Sent with nothing said: refused, and the cursor goes where something is missing.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reportSendPushButton")), Qt::LeftButton);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("reportProblemLabel"))->text(),
                 QStringLiteral("Say what happened."));
        auto *what = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reportWhatHappenedPlainTextEdit"));
        QCOMPARE(dialog->focusWidget(), what);

        type(dialog->findChild<QLineEdit *>(QStringLiteral("reportLocationLineEdit")),
             {QStringLiteral("Lou"), QStringLiteral("nge")});
        type(what, {QStringLiteral("Found on the floor "), QStringLiteral("beside her chair")});
        QTest::keyClick(what, Qt::Key_Tab);
        auto *actions = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reportImmediateActionsPlainTextEdit"));
        QCOMPARE(dialog->focusWidget(), actions);
        QTest::keyClicks(actions, QStringLiteral("Checked for injury, hoisted up"));
        QTest::keyClick(actions, Qt::Key_Tab);
        QTest::keyClicks(dialog->focusWidget(), QStringLiteral("Graze to the forehead"));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
        // The body sites: the first (head) is current; space ticks it.
        auto *sites = dialog->findChild<QListWidget *>(QStringLiteral("reportSitesListWidget"));
        QCOMPARE(dialog->focusWidget(), sites);
        QTest::keyClick(sites, Qt::Key_Space);
        QCOMPARE(sites->item(0)->checkState(), Qt::Checked);
        QTest::keyClick(sites, Qt::Key_Tab);
        auto *struck = dialog->findChild<QCheckBox *>(QStringLiteral("reportHeadStruckCheckBox"));
        QCOMPARE(dialog->focusWidget(), struck);
        QTest::keyClick(struck, Qt::Key_Space);
        QTest::keyClick(struck, Qt::Key_Tab);
        QTest::keyClicks(dialog->focusWidget(), QStringLiteral("Nobody"));
        // Enter sends it; the advice for a head injury is given.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(text("boardStatusLabel"), QStringLiteral("The incident is reported: a manager will review it."));
        QVERIFY(MessageBox::lastText().startsWith(QStringLiteral("A possible head injury: take NEWS2 and neurological "
                                                                 "observations")));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Next due: ")));

        const PgResult stored = m_db->session().exec(
            QStringLiteral(
                "SELECT i.id, i.type, i.resident_id, i.location, i.what_happened, i.immediate_actions, i.injuries, "
                "array_to_string(i.injury_sites, ',') AS sites, i.head_struck, i.witnesses, i.safeguarding, "
                "u.first_name FROM incidents AS i JOIN users AS u ON u.id = i.reported_by "
                "WHERE i.reported_by = $1::uuid ORDER BY i.created_at"),
            {m_fixture.user("carerA")});
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        QCOMPARE(stored.rowCount(), 1);
        QCOMPARE(stored.text(0, "type"), QStringLiteral("fall"));
        QCOMPARE(stored.text(0, "resident_id"), m_fixture.resident("A1a"));
        QCOMPARE(stored.text(0, "location"), QStringLiteral("Lounge"));
        QCOMPARE(stored.text(0, "what_happened"), QStringLiteral("Found on the floor beside her chair"));
        QCOMPARE(stored.text(0, "immediate_actions"), QStringLiteral("Checked for injury, hoisted up"));
        QCOMPARE(stored.text(0, "injuries"), QStringLiteral("Graze to the forehead"));
        QCOMPARE(stored.text(0, "sites"), QStringLiteral("head"));
        QCOMPARE(stored.text(0, "head_struck"), QStringLiteral("t"));
        QCOMPARE(stored.text(0, "witnesses"), QStringLiteral("Nobody"));
        QCOMPARE(stored.text(0, "safeguarding"), QStringLiteral("f"));
        QCOMPARE(stored.text(0, "first_name"), QStringLiteral("Cai"));
        m_incidentId = stored.text(0, "id");

        // At once the board says when the next observations are due, and the timeline shows the incident.
        QTRY_VERIFY(model->index(model->rowFor(m_fixture.resident("A1a")), ShiftBoardModel::AlertsColumn)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("Head injury: observations due ")));
        auto *timeline = child<QListView>("timelineListView");
        const auto reportedRow = [timeline] {
            for (int row = 0; row < timeline->model()->rowCount(); ++row) {
                if (timeline->model()->index(row, 0).data().toString().contains(
                        QStringLiteral(" - INCIDENT: Fall, reported by Cai Testcarer at ")))
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY(reportedRow() >= 0);
        QVERIFY(timeline->model()
                    ->index(reportedRow(), 0)
                    .data()
                    .toString()
                    .contains(QStringLiteral(
                        "Found on the floor beside her chair (Lounge)\nInjuries: Graze to the forehead")));
        // An incident is not a note: it is never corrected.
        timeline->setCurrentIndex(timeline->model()->index(reportedRow(), 0));
        QTest::mouseClick(child<QPushButton>("correctPushButton"), Qt::LeftButton);
        QCOMPARE(text("boardStatusLabel"), QStringLiteral("This is an incident report: it is never changed. A manager "
                                                          "reviews it; report another incident if something more "
                                                          "happened."));
    }

    void theManagerReviewsItAndSendsTheNotification()
    {
        QVERIFY(!m_incidentId.isEmpty());
        signIn("managerA", QStringLiteral("Incidents"));
        auto *table = child<QTableView>("incidentsTableView");
        int row = -1;
        QTRY_VERIFY([&] {
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                if (table->model()->index(r, 0).data(IncidentListModel::IncidentIdRole).toString() == m_incidentId)
                    row = r;
            }
            return row >= 0;
        }());
        QCOMPARE(table->model()->index(row, IncidentListModel::ResidentColumn).data().toString(),
                 QStringLiteral("Testresident, Edna"));
        QCOMPARE(table->model()->index(row, IncidentListModel::ReviewColumn).data().toString(),
                 QStringLiteral("Awaiting review"));
        QCOMPARE(table->model()->index(row, IncidentListModel::ReportedByColumn).data().toString(),
                 QStringLiteral("Cai Testcarer"));
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(child<QWidget>("incidentForm")->isVisible());
        QTRY_VERIFY(child<QWidget>("incidentScrollArea")->isEnabled());
        QVERIFY(text("incidentReportLabel").contains(QStringLiteral("Found on the floor beside her chair")));
        QVERIFY(child<QLabel>("incidentObservationsLabel")->isVisibleTo(child<QWidget>("incidentForm")));
        QCOMPARE(text("incidentReviewsLabel"), QStringLiteral("Not reviewed yet."));

        // Moderate harm, by keyboard: the duty of candour is said, and the CQC notification suggested.
        auto *severity = child<QComboBox>("reviewSeverityComboBox");
        severity->setFocus();
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(severity, Qt::Key_Down);
        QCOMPARE(severity->currentText(), QStringLiteral("Moderate harm"));
        QCOMPARE(text("reviewCandourLabel"), QStringLiteral("Duty of candour applies: tell the resident or their "
                                                            "family, apologise, and record it here."));
        QCOMPARE(
            text("notificationsSuggestedLabel"),
            QStringLiteral("Suggested from the type and severity: CQC: serious injury; RIDDOR report to the HSE."));
        QCOMPARE(child<QPlainTextEdit>("reviewActionsPlainTextEdit")->toPlainText(),
                 QStringLiteral("Checked for injury, hoisted up"));
        type(child<QPlainTextEdit>("reviewLessonsPlainTextEdit"),
             {QStringLiteral("Sensor mat "), QStringLiteral("by the chair")});
        auto *told = child<QCheckBox>("reviewFamilyToldCheckBox");
        told->setFocus();
        QTest::keyClick(told, Qt::Key_Space);
        QVERIFY(told->isChecked());
        type(child<QLineEdit>("reviewFamilyNoteLineEdit"),
             {QStringLiteral("Daughter, by phone; "), QStringLiteral("apology given")});
        QTest::mouseClick(child<QPushButton>("reviewSavePushButton"), Qt::LeftButton);
        QTRY_VERIFY(text("incidentReviewsLabel").contains(QStringLiteral("Review 1 by Meera Testmanager")));
        QCOMPARE(text("reviewProblemLabel"), QStringLiteral("Review saved."));
        QVERIFY(text("incidentReviewsLabel").contains(QStringLiteral("Lessons: Sensor mat by the chair")));

        QTest::mouseClick(child<QPushButton>("addSuggestedPushButton"), Qt::LeftButton);
        auto *notifications = child<QTableWidget>("notificationsTableWidget");
        QTRY_COMPARE(notifications->rowCount(), 2);
        QCOMPARE(notifications->item(0, 0)->text(), QStringLiteral("CQC: serious injury"));
        QCOMPARE(notifications->item(0, 2)->text(), QStringLiteral("To send"));
        QCOMPARE(notifications->item(1, 0)->text(), QStringLiteral("RIDDOR report to the HSE"));
        QVERIFY(!child<QPushButton>("addSuggestedPushButton")->isEnabled());
        // Marked sent without its reference: refused, the cursor in the reference.
        QTest::mouseClick(child<QPushButton>("markSentPushButton"), Qt::LeftButton);
        QCOMPARE(text("notificationsProblemLabel"),
                 QStringLiteral("Give the reference the recipient gave (up to 200 characters) when marking a "
                                "notification sent."));
        type(child<QLineEdit>("notificationReferenceLineEdit"), {QStringLiteral("CQC-"), QStringLiteral("TEST-1")});
        QTest::mouseClick(child<QPushButton>("markSentPushButton"), Qt::LeftButton);
        QTRY_VERIFY(notifications->item(0, 2)->text().startsWith(QStringLiteral("Sent ")));
        QVERIFY(notifications->item(0, 2)->text().endsWith(QStringLiteral(" by Meera Testmanager")));
        QCOMPARE(notifications->item(0, 3)->text(), QStringLiteral("CQC-TEST-1"));
        // The RIDDOR report is not needed: she was not taken to hospital. Said why, it is closed.
        notifications->selectRow(1);
        type(child<QLineEdit>("notificationWithdrawLineEdit"),
             {QStringLiteral("Not taken to hospital: "), QStringLiteral("not reportable")});
        QTest::mouseClick(child<QPushButton>("withdrawPushButton"), Qt::LeftButton);
        QTRY_COMPARE(notifications->item(1, 2)->text(),
                     QStringLiteral("Not needed: Not taken to hospital: not reportable"));

        const PgResult stored = m_db->session().exec(
            QStringLiteral("SELECT r.severity, r.lessons_learned, r.family_told_note, r.family_told_at IS NOT NULL AS "
                           "told, n.kind, n.reference, n.sent_at IS NOT NULL AS sent FROM incident_reviews AS r "
                           "JOIN incident_notifications AS n ON n.incident_id = r.incident_id "
                           "WHERE r.incident_id = $1::uuid AND n.withdrawn_at IS NULL"),
            {m_incidentId});
        QCOMPARE(stored.rowCount(), 1);
        QCOMPARE(stored.text(0, "severity"), QStringLiteral("moderate"));
        QCOMPARE(stored.text(0, "lessons_learned"), QStringLiteral("Sensor mat by the chair"));
        QCOMPARE(stored.text(0, "family_told_note"), QStringLiteral("Daughter, by phone; apology given"));
        QCOMPARE(stored.text(0, "told"), QStringLiteral("t"));
        QCOMPARE(stored.text(0, "kind"), QStringLiteral("cqc_serious_injury"));
        QCOMPARE(stored.text(0, "reference"), QStringLiteral("CQC-TEST-1"));
        QCOMPARE(stored.text(0, "sent"), QStringLiteral("t"));

        // Back in the list, reviewed and notified, it no longer needs attention.
        QTest::mouseClick(child<QPushButton>("incidentBackPushButton"), Qt::LeftButton);
        QTRY_VERIFY(table->isVisible());
        QTRY_VERIFY(!child<QLabel>("incidentsStatusLabel")->text().startsWith(QStringLiteral("Reading")));
        for (int r = 0; r < table->model()->rowCount(); ++r)
            QVERIFY(table->model()->index(r, 0).data(IncidentListModel::IncidentIdRole).toString() != m_incidentId);
    }

    // From the resident's record, a nurse reports a safeguarding concern: it reaches the manager, and the nurse (who
    // might share the station with the person concerned) cannot read it back, on the timeline or anywhere.
    void aNurseReportsASafeguardingConcernFromTheRecord()
    {
        signIn("nurseA", QStringLiteral("Residents"));
        auto *search = child<QLineEdit>("searchLineEdit");
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("Exampleton"));
        QTest::keyClick(search, Qt::Key_Return);
        auto *report = child<QPushButton>("recordReportIncidentPushButton");
        QTRY_VERIFY(report->isVisible());
        QTest::mouseClick(report, Qt::LeftButton);
        QTRY_VERIFY(child<QDialog>("incidentReportDialog"));
        auto *dialog = child<QDialog>("incidentReportDialog");
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("reportResidentComboBox"))->currentText(),
                 QStringLiteral("Exampleton, Walter (14)"));
        auto *typeBox = dialog->findChild<QComboBox *>(QStringLiteral("reportTypeComboBox"));
        // The type by keyboard: safeguarding concern is the fifth; choosing it ticks the box for good.
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(typeBox, Qt::Key_Down);
        QCOMPARE(typeBox->currentText(), QStringLiteral("Safeguarding concern"));
        auto *flag = dialog->findChild<QCheckBox *>(QStringLiteral("reportSafeguardingCheckBox"));
        QVERIFY(flag->isChecked());
        QVERIFY(!flag->isEnabled());
        type(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reportWhatHappenedPlainTextEdit")),
             {QStringLiteral("Said a visitor "), QStringLiteral("shouted at him")});
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reportSendPushButton")), Qt::LeftButton);
        QTRY_COMPARE(text("messageLabel"), QStringLiteral("The incident is reported: a manager will review it."));

        const PgResult concern = m_db->session().exec(
            QStringLiteral("SELECT id FROM incidents WHERE reported_by = $1::uuid AND safeguarding AND type = "
                           "'safeguarding' AND resident_id = $2::uuid AND what_happened = 'Said a visitor shouted at "
                           "him'"),
            {m_fixture.user("nurseA"), m_fixture.resident("A1b")});
        QCOMPARE(concern.rowCount(), 1);
        // The nurse's own timeline of Walter shows his fall, not the concern.
        QVERIFY(m_driver->showPage(QStringLiteral("Shift board")));
        auto *board = child<QTableView>("boardTableView");
        auto *model = qobject_cast<ShiftBoardModel *>(board->model());
        QTRY_VERIFY(model->rowFor(m_fixture.resident("A1b")) >= 0);
        board->setCurrentIndex(model->index(model->rowFor(m_fixture.resident("A1b")), ShiftBoardModel::NameColumn));
        auto *timeline = child<QListView>("timelineListView");
        QTRY_VERIFY(timeline->model()->rowCount() >= 2);
        for (int row = 0; row < timeline->model()->rowCount(); ++row)
            QVERIFY(!timeline->model()->index(row, 0).data().toString().contains(QStringLiteral("shouted")));

        // The manager finds it waiting.
        signIn("managerA", QStringLiteral("Incidents"));
        auto *table = child<QTableView>("incidentsTableView");
        QTRY_VERIFY([&] {
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                if (table->model()->index(r, 0).data(IncidentListModel::IncidentIdRole).toString() ==
                    concern.text(0, "id"))
                    return table->model()->index(r, IncidentListModel::TypeColumn).data().toString() ==
                           QLatin1String("Safeguarding concern");
            }
            return false;
        }());
    }
};

QTEST_MAIN(TestIncidentWindow)
#include "TestIncidentWindow.moc"
