// Assessments through the real window offscreen, against the real server, as a nurse would do them: a MUST and a
// Waterlow for a resident, the score incomplete until every question is answered, an impossible height refused by
// name with the answers kept, the high result's care plan opened from the offer and the choice recorded, the
// facility's overdue list changing, a correction struck through in the history, and the trends chart opening and
// leading back to an assessment.
#include "PdfText.h"
#include "SignedInConnection.h"
#include "StationWindowDriver.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "assessments/AssessmentPage.h"
#include "assessments/TrendsDialog.h"
#include "careplans/CarePlanPage.h"
#include "common/Clock.h"
#include "database/KeysetTableModel.h"
#include "residents/ResidentRecordPage.h"
#include "residents/ResidentsPage.h"
#include "shiftnotes/DailyNoteStore.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

class TestAssessmentWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_drafts;
    std::unique_ptr<StationWindowDriver> m_driver;

    template <typename T>
    T *child(const char *name) const
    {
        T *found = m_driver->window()->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }
    bool signInAndOpen(const char *who, const QString &search)
    {
        m_driver = std::make_unique<StationWindowDriver>(m_fixture.stationSettings(*m_db), m_drafts->path());
        if (!m_driver->signIn(m_fixture.email(who), QString::fromLatin1(TenantFixture::password),
                              QStringLiteral("Residents")))
            return false;
        QLineEdit *field = child<QLineEdit>("searchLineEdit");
        if (!QTest::qWaitFor([field] { return field->isVisible(); }, 10000))
            return false;
        QTest::keyClicks(field, search);
        QTest::keyClick(field, Qt::Key_Return);
        auto *record = m_driver->window()->findChild<ResidentRecordPage *>();
        if (!QTest::qWaitFor([record] { return record->isVisible(); }, 10000))
            return false;
        auto *tabs = child<QTabWidget>("recordTabWidget");
        tabs->setCurrentWidget(child<QWidget>("assessmentsTab"));
        return true;
    }
    AssessmentPage *assessmentPage() const { return m_driver->window()->findChild<AssessmentPage *>(); }
    void startNew(const char *type)
    {
        auto *types = child<QComboBox>("newAssessmentTypeComboBox");
        types->setCurrentIndex(types->findData(QString::fromLatin1(type)));
        QTest::mouseClick(child<QPushButton>("newAssessmentPushButton"), Qt::LeftButton);
    }
    void choose(const char *comboName, const char *option)
    {
        auto *combo = child<QComboBox>(comboName);
        QVERIFY2(combo && combo->isVisible(), comboName);
        combo->setFocus();
        combo->setCurrentIndex(combo->findData(QString::fromLatin1(option)));
    }
    void typeInto(const char *lineEditName, const QString &text)
    {
        auto *edit = child<QLineEdit>(lineEditName);
        QVERIFY2(edit && edit->isVisible(), lineEditName);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    void tick(const char *checkBoxName)
    {
        auto *check = child<QCheckBox>(checkBoxName);
        QVERIFY2(check && check->isVisible(), checkBoxName);
        check->setFocus();
        QTest::keyClick(check, Qt::Key_Space);
    }
    QString score() const { return child<QLabel>("scoreLabel")->text(); }
    int dueRows(const QString &residentName)
    {
        m_driver->showPage(QStringLiteral("Assessments due"));
        auto *table = child<QTableView>("assessmentsDueTableView");
        if (!QTest::qWaitFor([table] { return table->isVisible(); }, 10000))
            return -1;
        // The list is read off the window's thread: its count is known once the page is shown.
        auto *model = qobject_cast<KeysetTableModel *>(table->model());
        if (!model || !QTest::qWaitFor([model] { return !model->isReading(); }, 10000))
            return -1;
        int rows = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            rows += table->model()->index(row, 1).data().toString() == residentName ? 1 : 0;
        return rows;
    }
    void fillHighWaterlow()
    {
        choose("buildComboBox", "below_average");
        tick("skinBrokenCheckBox");
        choose("sexComboBox", "female");
        choose("continenceComboBox", "both");
        choose("mobilityComboBox", "chairbound");
        choose("weightLostComboBox", "no");
        choose("eatingPoorlyComboBox", "no");
        tick("tissueMalnutritionNoneCheckBox");
        choose("neurologicalDeficitComboBox", "none");
        tick("surgeryTraumaNoneCheckBox");
        choose("medicationComboBox", "no");
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
    }
    void cleanupTestCase() { m_db.reset(); }
    void init()
    {
        m_drafts = std::make_unique<QTemporaryDir>();
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }
    void cleanup()
    {
        if (m_driver)
            m_driver->closeWindow();
        m_driver.reset();
    }

    void aNurseAssessesANewAdmissionAndGoesToTheSkinCarePlan()
    {
        const QString edna = QStringLiteral("Testresident, Edna");
        QVERIFY(signInAndOpen("nurseA", QStringLiteral("Edna")));
        // Never assessed since admission but for the fixture's old Waterlow: all three overdue, soonest first.
        // Read after the record, off the window's thread.
        QTRY_VERIFY(child<QLabel>("assessmentsDueLabel")->text().startsWith(QStringLiteral("Overdue: ")));
        const QString due = child<QLabel>("assessmentsDueLabel")->text();
        QVERIFY2(due.startsWith(QStringLiteral("Overdue: Falls risk (FRAT) (")) &&
                     due.contains(QStringLiteral("), MUST (nutrition) (")) &&
                     due.contains(QStringLiteral("), Waterlow (pressure ulcer risk) (")) &&
                     !due.contains(QLatin1Char('\n')),
                 qPrintable(due));
        // The MUST, by keyboard where there is typing; the score stays incomplete until the last answer.
        startNew("must");
        QTRY_VERIFY(assessmentPage()->isVisible());
        QCOMPARE(score(), QStringLiteral("Incomplete: no score until every question is answered."));
        QVERIFY(child<QLabel>("assessmentSourceLabel")->text().contains(QStringLiteral("BAPEN")));
        choose("heightSourceComboBox", "measured");
        typeInto("heightMLineEdit", QStringLiteral("1.60"));
        typeInto("weightKgLineEdit", QStringLiteral("44"));
        choose("weightLossSourceComboBox", "measured");
        typeInto("earlierWeightKgLineEdit", QStringLiteral("50"));
        QCOMPARE(score(), QStringLiteral("Incomplete: no score until every question is answered."));
        QCOMPARE(child<QLabel>("guidanceLabel")->text(), QStringLiteral("Still to answer: Acute disease effect"));
        QCOMPARE(child<QLabel>("acuteDiseaseLabel")->text(), QStringLiteral("Acute disease effect (to answer)"));
        choose("acuteDiseaseComboBox", "no");
        // BMI 17.19 (shown rounded toward risk, down, as 17.1) scores 2, a 12% loss 2: high risk.
        QCOMPARE(score(), QStringLiteral("Score 4: High risk"));
        QVERIFY(child<QLabel>("guidanceLabel")->text().contains(QStringLiteral("BMI 17.1 kg/m²: 2")));
        QTest::mouseClick(child<QPushButton>("saveAssessmentPushButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QWidget>("offerFrame")->isVisible());
        QCOMPARE(child<QLabel>("offerLabel")->text(),
                 QStringLiteral("High risk: review the care plan for eating and drinking now. What will you do?"));
        QCOMPARE(child<QPushButton>("reviewPlanPushButton")->text(),
                 QStringLiteral("Start a care plan for eating and drinking"));
        // The station locks before the choice is made: after unlocking, the same assessment asks again.
        const QString mustId = assessmentPage()->assessmentId();
        m_driver->window()->lock();
        QVERIFY(!assessmentPage());
        QVERIFY(m_driver->signIn(m_fixture.email("nurseA"), QString::fromLatin1(TenantFixture::password),
                                 QStringLiteral("Residents")));
        QTRY_VERIFY(assessmentPage() && assessmentPage()->isVisible());
        QCOMPARE(assessmentPage()->assessmentId(), mustId);
        QVERIFY(child<QWidget>("offerFrame")->isVisible());
        // Leaving without choosing is not allowed; a reason is needed for "not now".
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(child<QPushButton>("assessmentBackPushButton"), Qt::LeftButton);
        QCOMPARE(MessageBox::lastText(),
                 QStringLiteral("Choose first what to do with the care plan: open it, or say why not now."));
        QVERIFY(assessmentPage()->isVisible());
        QTest::mouseClick(child<QPushButton>("declinePlanPushButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>("assessmentMessageLabel")->text(),
                 QStringLiteral("Say in a few words why the care plan is not being reviewed now, then choose Not "
                                "now."));
        QTest::keyClicks(child<QLineEdit>("declineReasonLineEdit"), QStringLiteral("Dietitian visiting tomorrow"));
        QTest::mouseClick(child<QPushButton>("declinePlanPushButton"), Qt::LeftButton);
        QTRY_VERIFY(!child<QWidget>("offerFrame")->isVisible());
        QCOMPARE(m_db->text(QStringLiteral("SELECT f.choice || ': ' || f.reason FROM assessment_follow_ups AS f JOIN "
                                           "assessments AS a ON a.id = f.assessment_id WHERE a.resident_id = $1 "
                                           "AND a.type = 'must'"),
                            {m_fixture.resident("A1a")}),
                 QStringLiteral("declined: Dietitian visiting tomorrow"));
        QCOMPARE(
            m_db->text(QStringLiteral("SELECT u.first_name || ' ' || a.score || ' ' || a.band FROM assessments AS a "
                                      "JOIN users AS u ON u.id = a.created_by WHERE a.resident_id = $1 "
                                      "AND a.type = 'must'"),
                       {m_fixture.resident("A1a")}),
            QStringLiteral("Aino 4 high"));
        // Saved, it reads as text (question, answer, points), not as greyed-out fields, and prints.
        QVERIFY(!child<QWidget>("questionsScrollArea")->isVisible());
        QVERIFY(child<QWidget>("summaryScrollArea")->isVisible());
        const QString summary = child<QLabel>("assessmentSummaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("<td>Weight today (kg)</td><td>44.0</td>")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("<td>Score</td><td>4</td>")), qPrintable(summary));
        QTemporaryDir folder;
        const QString pdf = folder.filePath(QStringLiteral("must.pdf"));
        FileDialog::setNextAnswer(pdf);
        QTest::mouseClick(child<QPushButton>("assessmentPdfPushButton"), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(pdf));
        QCOMPARE(child<QLabel>("assessmentMessageLabel")->text(),
                 QStringLiteral("Saved as PDF: %1").arg(QDir::toNativeSeparators(pdf)));
        const QString printed = pdfText(pdf);
        for (const char *expected : {"MUST (nutrition): Edna Testresident", "Score 4: High risk", "Aino Testnurse",
                                     "Weight today (kg) 44.0", "Printed from Write Care Notes by Aino Testnurse"})
            QVERIFY2(printed.contains(QString::fromUtf8(expected)), qPrintable(printed));

        // Back to the record: the Waterlow, its build chosen from the MUST's BMI and its age from the birth date.
        QTest::mouseClick(child<QPushButton>("assessmentBackPushButton"), Qt::LeftButton);
        QTRY_VERIFY(!assessmentPage()->isVisible());
        startNew("waterlow");
        QTRY_VERIFY(assessmentPage()->isVisible());
        QCOMPARE(child<QComboBox>("buildComboBox")->currentData().toString(), QStringLiteral("below_average"));
        QVERIFY(!child<QLineEdit>("ageYearsLineEdit")->text().isEmpty());
        fillHighWaterlow();
        // Healthy skin and broken skin rule each other out.
        tick("skinHealthyCheckBox");
        QCOMPARE(child<QCheckBox>("skinBrokenCheckBox")->isChecked(), false);
        tick("skinBrokenCheckBox");
        QCOMPARE(child<QCheckBox>("skinHealthyCheckBox")->isChecked(), false);
        QVERIFY2(score().startsWith(QStringLiteral("Score ")) && score().endsWith(QStringLiteral("Very high risk")),
                 qPrintable(score()));
        const int dueBefore = dueRows(edna);
        QCOMPARE(dueBefore, 2); // falls and Waterlow; the MUST is done
        m_driver->showPage(QStringLiteral("Residents"));
        QTRY_VERIFY(assessmentPage()->isVisible());
        QTest::mouseClick(child<QPushButton>("saveAssessmentPushButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QWidget>("offerFrame")->isVisible());
        QCOMPARE(child<QPushButton>("reviewPlanPushButton")->text(),
                 QStringLiteral("Start a care plan for skin integrity"));
        QTest::mouseClick(child<QPushButton>("reviewPlanPushButton"), Qt::LeftButton);
        auto *plan = m_driver->window()->findChild<CarePlanPage *>();
        QTRY_VERIFY(plan->isVisible());
        QVERIFY(child<QLabel>("carePlanTitleLabel")->text().startsWith(QStringLiteral("Care plan: Skin integrity — ")));
        QCOMPARE(m_db->text(QStringLiteral("SELECT f.choice FROM assessment_follow_ups AS f JOIN assessments AS a "
                                           "ON a.id = f.assessment_id WHERE a.resident_id = $1 AND a.type = 'waterlow' "
                                           "AND a.score > 12"),
                            {m_fixture.resident("A1a")}),
                 QStringLiteral("started_plan"));
        // The facility's list no longer holds Edna's Waterlow (due again in a week).
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QCOMPARE(dueRows(edna), 1);
    }

    void anImpossibleHeightIsRefusedByNameAndTheAnswersKept()
    {
        QVERIFY(signInAndOpen("nurseA", QStringLiteral("Walter")));
        startNew("must");
        QTRY_VERIFY(assessmentPage()->isVisible());
        choose("heightSourceComboBox", "measured");
        typeInto("heightMLineEdit", QStringLiteral("3"));
        typeInto("weightKgLineEdit", QStringLiteral("70"));
        choose("weightLossSourceComboBox", "judged");
        choose("weightLossJudgedComboBox", "under_5");
        choose("acuteDiseaseComboBox", "no");
        const QString refusal =
            QStringLiteral("Height must be between 0.80 and 2.30 m: 3.00 is not possible. Check it and type it again.");
        QCOMPARE(score(), QStringLiteral("Not scored: ") + refusal);
        QCOMPARE(child<QLabel>("heightMLabel")->text(), QStringLiteral("Height (m) (check this)"));
        QTest::mouseClick(child<QPushButton>("saveAssessmentPushButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>("assessmentMessageLabel")->text(), refusal);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("heightMLineEdit"));
        QCOMPARE(child<QLineEdit>("weightKgLineEdit")->text(), QStringLiteral("70"));
        QCOMPARE(m_db->text(QStringLiteral("SELECT count(*) FROM assessments WHERE resident_id = $1 AND type = 'must'"),
                            {m_fixture.resident("A1b")}),
                 QStringLiteral("0"));
        // A date in the future cannot be chosen; corrected, the MUST is saved.
        auto *date = child<QDateEdit>("assessmentDateEdit");
        QCOMPARE(date->maximumDate(), Clock::today());
        typeInto("heightMLineEdit", QStringLiteral("1.75"));
        QCOMPARE(score(), QStringLiteral("Score 0: Low risk"));
        QTest::mouseClick(child<QPushButton>("saveAssessmentPushButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>("assessmentMessageLabel")->text().startsWith(QStringLiteral("Saved: ")));
        QVERIFY(!child<QWidget>("offerFrame")->isVisible());
    }

    void aCorrectionStrikesTheFirstAndTheTrendsLeadBack()
    {
        QVERIFY(signInAndOpen("nurseA", QStringLiteral("Walter")));
        auto *table = child<QTableView>("assessmentsTableView");
        QTRY_VERIFY(table->model()->rowCount() >= 1);
        // The MUST of the test before is the newest.
        table->selectRow(0);
        QTest::mouseClick(child<QPushButton>("openAssessmentPushButton"), Qt::LeftButton);
        // Read off the window's thread: the record stays until the assessment arrives.
        QVERIFY(m_driver->window()->findChild<ResidentsPage *>()->isOpening());
        QVERIFY(!assessmentPage()->isVisible());
        QTRY_VERIFY(assessmentPage()->isVisible());
        QVERIFY(child<QLabel>("assessmentStatusLabel")->text().contains(QStringLiteral("by Aino Testnurse")));
        QVERIFY(!child<QLineEdit>("heightMLineEdit")->isEnabled());
        QTest::mouseClick(child<QPushButton>("correctAssessmentPushButton"), Qt::LeftButton);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("assessmentCorrectionReasonLineEdit"));
        QTest::keyClicks(child<QLineEdit>("assessmentCorrectionReasonLineEdit"),
                         QStringLiteral("Weighed in outdoor clothes"));
        typeInto("weightKgLineEdit", QStringLiteral("67"));
        QTest::mouseClick(child<QPushButton>("saveAssessmentPushButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>("assessmentStatusLabel")
                        ->text()
                        .contains(QStringLiteral("Corrects an earlier entry: Weighed in outdoor clothes")));
        QTest::mouseClick(child<QPushButton>("assessmentBackPushButton"), Qt::LeftButton);
        QTRY_VERIFY(table->isVisible());
        QTRY_COMPARE(table->model()->rowCount(), 3); // with the fixture's Waterlow of 2024
        QCOMPARE(table->model()->index(1, 6).data().toString(), QStringLiteral("Corrected by a later entry"));

        // The weight chart: one point (the correction stands for the first), shaded bands for the BMI, and a
        // click leads back to the assessment.
        bool checked = false;
        QTimer::singleShot(0, this, [this, &checked] {
            auto *dialog = qobject_cast<TrendsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTRY_VERIFY(!dialog->isReading()); // the values arrive off the window's thread
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            QCOMPARE(dialog->points().size(), 1);
            QCOMPARE(dialog->points().constFirst().value, 67.0);
            dialog->showMeasure(AssessmentTrend::Measure::Bmi);
            // Four bands shaded, then the line and its points.
            QCOMPARE(dialog->chartView()->chart()->series().size(), 6);
            QCOMPARE(dialog->points().constFirst().value, 67.0 / (1.75 * 1.75)); // unrounded: 21.88
            checked = true;
            dialog->choosePoint(QPointF(0, 21.9));
        });
        QTest::mouseClick(child<QPushButton>("trendsPushButton"), Qt::LeftButton);
        QVERIFY(checked);
        QTRY_VERIFY(assessmentPage()->isVisible());
        QVERIFY(child<QLabel>("assessmentStatusLabel")->text().contains(QStringLiteral("Corrects an earlier entry")));
    }

    // The NEWS2 chart holds the shift notes' readings, as squares; a click on one names the note and its score, and the
    // chart stays open.
    void theNews2ChartShowsShiftNoteReadings()
    {
        {
            SignedInConnection carer(m_fixture.stationSettings(*m_db), m_fixture.email("carerA"),
                                     QString::fromLatin1(TenantFixture::password));
            QVERIFY2(carer.isValid(), qPrintable(carer.errorMessage()));
            DailyNote note;
            note.id = DailyNote::newId();
            note.residentId = m_fixture.resident("A1b");
            note.recordedAt = Clock::nowUtc();
            note.occurredAt = note.recordedAt.addSecs(-3600);
            note.date = note.occurredAt.date();
            note.shift = QStringLiteral("early");
            // 3 + 0 + 0 + 0 + 0 + 0 + 0: respiration 25 alone scores 3.
            note.observations = {{QStringLiteral("respiration_rate"), 25},
                                 {QStringLiteral("spo2"), 97},
                                 {QStringLiteral("oxygen"), false},
                                 {QStringLiteral("systolic"), 130},
                                 {QStringLiteral("pulse"), 70},
                                 {QStringLiteral("consciousness"), QStringLiteral("A")},
                                 {QStringLiteral("temperature"), 36.8}};
            // A 3 in one parameter: the server refuses it without an escalation.
            note.escalation = {{QStringLiteral("action"), QStringLiteral("Observations again in an hour")},
                               {QStringLiteral("told"), QStringLiteral("Aino Testnurse")}};
            QVERIFY(DailyNoteStore::write(carer.database(), note).ok());
        }
        QVERIFY(signInAndOpen("nurseA", QStringLiteral("Exampleton")));
        bool checked = false;
        QTimer::singleShot(0, this, [&checked] {
            auto *dialog = qobject_cast<TrendsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTRY_VERIFY(!dialog->isReading()); // the values arrive off the window's thread
            // Closed however the checks end, so a failure is reported rather than left waiting on the dialog.
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            dialog->showMeasure(AssessmentTrend::Measure::News2);
            QCOMPARE(dialog->points().size(), 1);
            const AssessmentTrend::Point point = dialog->points().constFirst();
            QCOMPARE(point.value, 3.0);
            QVERIFY(!point.noteId.isEmpty());
            // Three bands, the line and the notes' squares (no NEWS2 assessment, so no circles in the legend).
            QCOMPARE(dialog->chartView()->chart()->series().size(), 5);
            QCOMPARE(dialog->chartView()->chart()->series().constLast()->name(),
                     QStringLiteral("Shift-note observations"));
            auto *message = dialog->findChild<QLabel *>(QStringLiteral("trendsMessageLabel"));
            QCOMPARE(message->text(),
                     QStringLiteral("Values charted: 1, from shift-note observations. Click a point to see which "
                                    "note it came from."));
            dialog->choosePoint(QPointF(double(point.at.toMSecsSinceEpoch()), point.value));
            QVERIFY(dialog->isVisible());
            QVERIFY2(message->text().startsWith(QStringLiteral("Shift note by Cai Testcarer, ")),
                     qPrintable(message->text()));
            // The note named above what the chart holds.
            const QStringList lines = message->text().split(QLatin1Char('\n'));
            QCOMPARE(lines.size(), 2);
            QVERIFY(lines.at(0).endsWith(QStringLiteral(": NEWS2 3, low-medium risk (3 in one parameter)")));
            QVERIFY(lines.at(1).startsWith(QStringLiteral("Values charted: 1, ")));
            checked = true;
        });
        QTest::mouseClick(child<QPushButton>("trendsPushButton"), Qt::LeftButton);
        QVERIFY(checked);
        QVERIFY(!assessmentPage()->isVisible());
    }

    // The organization's schedule on the Homes page: an administrator sees the defaults and makes Waterlow at risk
    // every 3 days instead of weekly (TestAssessments shows the database dating the next assessment by the schedule).
    void anAdministratorSetsTheAssessmentSchedule()
    {
        // The organization's schedule as it was, for the tests after this one, however this one ends.
        const auto reset = qScopeGuard([this] {
            m_db->run(QStringLiteral("UPDATE organizations SET settings = settings - 'assessment_schedule' "
                                     "WHERE id = $1"),
                      {m_fixture.orgA});
        });
        m_driver = std::make_unique<StationWindowDriver>(m_fixture.stationSettings(*m_db), m_drafts->path());
        QVERIFY(m_driver->signIn(m_fixture.email("adminA"), QString::fromLatin1(TenantFixture::password),
                                 QStringLiteral("Homes")));
        auto *waterlowRisk = child<QSpinBox>("waterlowRiskDaysSpinBox");
        QTRY_VERIFY(waterlowRisk->isVisible());
        QCOMPARE(waterlowRisk->value(), 7);
        QCOMPARE(child<QSpinBox>("news2EveryDaysSpinBox")->text(), QStringLiteral("Not scheduled"));
        QCOMPARE(child<QCheckBox>("mustOnAdmissionCheckBox")->isChecked(), true);
        QCOMPARE(child<QCheckBox>("abbeyPainOnAdmissionCheckBox")->isChecked(), false);
        waterlowRisk->setFocus();
        waterlowRisk->selectAll();
        QTest::keyClicks(waterlowRisk, QStringLiteral("3"));
        QCOMPARE(waterlowRisk->value(), 3);
        QTest::mouseClick(child<QPushButton>("saveAssessmentSchedulePushButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>("assessmentScheduleMessageLabel")->text(),
                 QStringLiteral("The assessment schedule is saved. It sets the next due date of assessments saved from "
                                "now on; those already saved keep theirs. What is due on admission changes at once."));
        QCOMPARE(m_db->text(QStringLiteral("SELECT settings -> 'assessment_schedule' -> 'waterlow' ->> 'risk_days' "
                                           "FROM organizations WHERE id = $1"),
                            {m_fixture.orgA}),
                 QStringLiteral("3"));
        QCOMPARE(m_db->text(QStringLiteral("SELECT settings -> 'assessment_schedule' -> 'must' ->> 'every_days' "
                                           "FROM organizations WHERE id = $1"),
                            {m_fixture.orgA}),
                 QStringLiteral("30"));
        // The suffixes follow the number ("1 day", not "1 days"); "saved" goes at the next change.
        QCOMPARE(waterlowRisk->text(), QStringLiteral("3 days"));
        waterlowRisk->setFocus();
        waterlowRisk->selectAll();
        QTest::keyClicks(waterlowRisk, QStringLiteral("1"));
        QCOMPARE(waterlowRisk->text(), QStringLiteral("1 day"));
        QCOMPARE(child<QLabel>("assessmentScheduleMessageLabel")->text(), QString());
        auto *idle = child<QSpinBox>("idleLockSpinBox");
        idle->setValue(1);
        QCOMPARE(idle->text(), QStringLiteral("1 minute without use"));
        idle->setValue(2);
        QCOMPARE(idle->text(), QStringLiteral("2 minutes without use"));
        QCOMPARE(child<QSpinBox>("lateEntrySpinBox")->text(), QStringLiteral("60 minutes after the care"));
    }
};

QTEST_MAIN(TestAssessmentWindow)
#include "TestAssessmentWindow.moc"
