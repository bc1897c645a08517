// The audits page as a manager uses it, in the real window offscreen: the overdue action stands out and leads to its
// audit; a medication audit started from its template is answered question by question (an unmet one refused until it
// says why, then given an action with someone and a date), scored as the database computes it, signed off and locked.
#include "SignedInConnection.h"
#include "StationWindowDriver.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "audits/AuditStore.h"
#include "common/Clock.h"
#include "common/DateText.h"
#include "database/DatabaseErrorMessages.h"
#include "database/PgSession.h"
#include "widgets/MessageBox.h"
#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestAuditWindow : public QObject
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
        return m_driver->child<T>(name);
    }
    QString text(const char *label) const { return child<QLabel>(label)->text(); }
    // Chooses an answer for the question in view, writes the comment, and saves.
    void answer(const char *radio, const QString &comment = {})
    {
        QTest::mouseClick(child<QRadioButton>(radio), Qt::LeftButton);
        auto *comment_ = child<QPlainTextEdit>("answerCommentPlainTextEdit");
        comment_->selectAll();
        QTest::keyClicks(comment_, comment);
        QTest::mouseClick(child<QPushButton>("saveAnswerPushButton"), Qt::LeftButton);
    }
    int currentQuestion() const { return child<QListWidget>("auditQuestionsListWidget")->currentRow(); }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
        m_drafts = std::make_unique<QTemporaryDir>();
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }
    void cleanupTestCase()
    {
        if (m_driver)
            m_driver->closeWindow();
        m_driver.reset();
        m_db.reset();
    }

    void aManagerFollowsAnOverdueActionThenRunsAMedicationAudit()
    {
        // The fixture's falls audit has one unmet question; its action was due yesterday, with a nurse.
        const QString falls = m_db->session()
                                  .exec(QStringLiteral("SELECT id FROM audits WHERE type = 'falls' AND "
                                                       "template_id IS NOT NULL"))
                                  .text(0, "id");
        {
            auto manager = m_fixture.signedIn(*m_db, "managerA");
            AuditAction action = AuditStore::open(manager->database(), falls).value.actionFor(4);
            action.ownerId = m_fixture.user("nurseA");
            action.due = Clock::today().addDays(-1);
            QVERIFY(AuditStore::saveAction(manager->database(), action).ok());
        }
        m_driver = std::make_unique<StationWindowDriver>(m_fixture.stationSettings(*m_db), m_drafts->path());
        QVERIFY(m_driver->signIn(m_fixture.email("managerA"), QString::fromLatin1(TenantFixture::password),
                                 QStringLiteral("Audits")));

        // The overdue action stands out, and leads to its audit.
        QTRY_COMPARE(text("auditActionsLabel"), QStringLiteral("Actions open: 1, of which 1 overdue."));
        auto *actions = child<QTableView>("auditActionsTableView");
        QCOMPARE(actions->model()->index(0, 0).data().toString(),
                 QStringLiteral("%1 (overdue)").arg(DateText::shortDate(Clock::today().addDays(-1))));
        QCOMPARE(actions->model()->index(0, 4).data().toString(), QStringLiteral("Aino Testnurse"));
        actions->setFocus();
        actions->setCurrentIndex(actions->model()->index(0, 0));
        QTest::keyClick(actions, Qt::Key_Return);
        QTRY_VERIFY(child<QWidget>("auditForm")->isVisible());
        QTRY_VERIFY(text("auditTitleLabel").startsWith(QStringLiteral("Falls audit, Fern House, ")));
        QCOMPARE(text("auditStatusLabel").left(50),
                 QStringLiteral("Open: every question answered, ready to sign off. "));
        child<QListWidget>("auditQuestionsListWidget")->setCurrentRow(3);
        QCOMPARE(child<QGroupBox>("actionGroupBox")->title(), QStringLiteral("Action for this question: overdue"));
        QCOMPARE(child<QComboBox>("actionOwnerComboBox")->currentText(), QStringLiteral("Aino Testnurse"));
        QTest::mouseClick(child<QPushButton>("backToAuditsPushButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QTableView>("auditListTableView")->isVisible());

        // What is due by the schedule: the fixture's audits were in 2024, so every type of both homes is overdue or
        // never run. Fern House's medication audit is chosen there, and started today from its type's questions.
        QTRY_COMPARE(text("auditsDueLabel"), QStringLiteral("Audits due this week: 16."));
        auto *due = child<QTableView>("auditsDueTableView");
        int medication = -1;
        for (int row = 0; row < due->model()->rowCount(); ++row) {
            if (due->model()->index(row, 1).data().toString() == QLatin1String("Fern House") &&
                due->model()->index(row, 2).data().toString() == QLatin1String("Medication"))
                medication = row;
        }
        QVERIFY(medication >= 0);
        QCOMPARE(due->model()->index(medication, 0).data().toString(),
                 QStringLiteral("%1 (overdue)").arg(DateText::shortDate(QDate(2024, 3, 31))));
        child<QComboBox>("startAuditFacilityComboBox")->setCurrentIndex(1); // Oak House, until the choice
        due->setFocus();
        due->setCurrentIndex(due->model()->index(medication, 0));
        QTest::keyClick(due, Qt::Key_Return);
        QCOMPARE(child<QComboBox>("startAuditTypeComboBox")->currentText(), QStringLiteral("Medication"));
        QCOMPARE(child<QComboBox>("startAuditFacilityComboBox")->currentText(), QStringLiteral("Fern House"));
        QTest::mouseClick(child<QPushButton>("startAuditPushButton"), Qt::LeftButton);
        QTRY_COMPARE(text("auditTitleLabel"),
                     QStringLiteral("Medication audit, Fern House, %1").arg(DateText::longDate(Clock::today())));
        QCOMPARE(child<QListWidget>("auditQuestionsListWidget")->count(), 7);
        QCOMPARE(text("auditScoreLabel"), QStringLiteral("No score yet"));
        QCOMPARE(text("questionStatementsLabel"), QStringLiteral("Evidences: Safe: Medicines optimisation"));

        answer("answerMetRadioButton");
        QTRY_COMPARE(currentQuestion(), 1);
        answer("answerMetRadioButton");
        QTRY_COMPARE(currentQuestion(), 2);
        // Not met without saying why: refused, nothing lost, the comment asked for.
        answer("answerNotMetRadioButton");
        DatabaseError refusal;
        refusal.sqlState = QStringLiteral("23514");
        refusal.constraint = QStringLiteral("audit_answers_not_met_comment_check");
        QCOMPARE(text("answerMessageLabel"), DatabaseErrorMessages::describe(refusal));
        QCOMPARE(StationWindowDriver::focusName(), QStringLiteral("answerCommentPlainTextEdit"));
        QVERIFY(child<QRadioButton>("answerNotMetRadioButton")->isChecked());
        QTest::keyClicks(child<QPlainTextEdit>("answerCommentPlainTextEdit"),
                         QStringLiteral("Fridge log missing for 2 days"));
        // Named as evidence: the resident whose chart showed it, and her care plan.
        auto *resident = child<QComboBox>("evidenceResidentComboBox");
        resident->setCurrentIndex(resident->findText(QStringLiteral("Testresident, Edna (12)")));
        auto *plan = child<QComboBox>("evidenceCarePlanComboBox");
        QVERIFY(plan->count() > 1);
        plan->setCurrentIndex(1);
        const QString planName = plan->currentText();
        QTest::mouseClick(child<QPushButton>("saveAnswerPushButton"), Qt::LeftButton);
        // It stays in view with its action, to say who and by when.
        QTRY_VERIFY(child<QGroupBox>("actionGroupBox")->isEnabled());
        QCOMPARE(currentQuestion(), 2);
        QCOMPARE(StationWindowDriver::focusName(), QStringLiteral("actionWhatLineEdit"));
        QCOMPARE(child<QComboBox>("evidenceResidentComboBox")->currentText(),
                 QStringLiteral("Testresident, Edna (12)"));
        QCOMPARE(child<QComboBox>("evidenceCarePlanComboBox")->currentText(), planName);
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT evidence_resident_id FROM audit_answers WHERE position = 3 "
                                          "AND comment = 'Fridge log missing for 2 days'"))
                     .text(0, "evidence_resident_id"),
                 m_fixture.resident("A1a"));
        auto *owner = child<QComboBox>("actionOwnerComboBox");
        owner->setCurrentIndex(owner->findText(QStringLiteral("Aino Testnurse")));
        QTest::keyClicks(child<OptionalDateEdit>("actionDueDateEdit"),
                         Clock::today().addDays(7).toString(QStringLiteral("dd/MM/yyyy")));
        QTest::mouseClick(child<QPushButton>("saveActionPushButton"), Qt::LeftButton);
        QTRY_COMPARE(text("answerMessageLabel"), QStringLiteral("The action is saved."));

        child<QListWidget>("auditQuestionsListWidget")->setCurrentRow(3);
        answer("answerMetRadioButton");
        QTRY_COMPARE(currentQuestion(), 4);
        answer("answerNotApplicableRadioButton", QStringLiteral("No one has covert medicines"));
        QTRY_COMPARE(currentQuestion(), 5);
        answer("answerMetRadioButton");
        QTRY_COMPARE(currentQuestion(), 6);
        answer("answerMetRadioButton");
        // 5 of 6 applicable met, as the database scored it.
        QTRY_COMPARE(text("auditScoreLabel"), QStringLiteral("Score 83.33% (5 of 6 applicable met)"));
        QCOMPARE(text("auditStatusLabel").left(50),
                 QStringLiteral("Open: every question answered, ready to sign off. "));

        QTest::keyClicks(child<QLineEdit>("auditSummaryLineEdit"), QStringLiteral("Good; fridge log gaps"));
        QTest::mouseClick(child<QPushButton>("signOffAuditPushButton"), Qt::LeftButton);
        QTRY_COMPARE(text("auditMessageLabel"), QStringLiteral("The audit is signed off and locked."));
        QVERIFY(text("auditStatusLabel").startsWith(QStringLiteral("Signed off by Meera Testmanager, ")));
        QVERIFY(!child<QRadioButton>("answerMetRadioButton")->isEnabled());
        QVERIFY(!child<QPushButton>("signOffAuditPushButton")->isEnabled());
        QVERIFY(child<QPushButton>("reviseAuditPushButton")->isVisible());
        // Stored as shown: signed off, its summary, its score.
        const PgResult stored = m_db->session().exec(
            QStringLiteral("SELECT score::text AS score, summary, signed_off_at IS NOT NULL AS signed FROM audits "
                           "WHERE type = 'medication' AND template_id IS NOT NULL"));
        QCOMPARE(stored.text(0, "score"), QStringLiteral("83.33"));
        QCOMPARE(stored.text(0, "summary"), QStringLiteral("Good; fridge log gaps"));
        QCOMPARE(stored.text(0, "signed"), QStringLiteral("t"));
        // Run today: no longer due.
        QTest::mouseClick(child<QPushButton>("backToAuditsPushButton"), Qt::LeftButton);
        QTRY_COMPARE(text("auditsDueLabel"), QStringLiteral("Audits due this week: 15."));
    }

    void aManagerAddsATypeOfHerOwnAndChangesTheQuestionsOfAnother()
    {
        QVERIFY(m_driver->showPage(QStringLiteral("Audits")));
        if (child<QWidget>("auditForm")->isVisible())
            QTest::mouseClick(child<QPushButton>("backToAuditsPushButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>("editTemplatesPushButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QDialog>("auditTemplateDialog") && child<QDialog>("auditTemplateDialog")->isVisible());

        // A name another type has (capital letters make no difference) is refused, and stays to be changed.
        QTest::keyClicks(child<QLineEdit>("newTypeNameLineEdit"), QStringLiteral("MEDICATION"));
        QTest::mouseClick(child<QPushButton>("addTypePushButton"), Qt::LeftButton);
        DatabaseError taken;
        taken.sqlState = QStringLiteral("23505");
        taken.constraint = QStringLiteral("audit_types_name_key");
        QCOMPARE(text("templateMessageLabel"), DatabaseErrorMessages::describe(taken));
        QCOMPARE(child<QLineEdit>("newTypeNameLineEdit")->text(), QStringLiteral("MEDICATION"));

        child<QLineEdit>("newTypeNameLineEdit")->clear();
        QTest::keyClicks(child<QLineEdit>("newTypeNameLineEdit"), QStringLiteral("Night checks"));
        child<QSpinBox>("newTypeEveryDaysSpinBox")->setValue(30);
        QTest::mouseClick(child<QPushButton>("addTypePushButton"), Qt::LeftButton);
        QCOMPARE(child<QComboBox>("templateTypeComboBox")->currentText(), QStringLiteral("Night checks"));
        // The new type's first question is ready to be written (the dialog's own focus: the offscreen platform keeps
        // the main window active).
        QCOMPARE(child<QDialog>("auditTemplateDialog")->focusWidget()->objectName(),
                 QStringLiteral("templateQuestionPlainTextEdit"));
        QTest::keyClicks(child<QPlainTextEdit>("templateQuestionPlainTextEdit"),
                         QStringLiteral("Every resident was checked as their plan says overnight."));
        auto *statements = child<QListWidget>("templateStatementsListWidget");
        QCOMPARE(statements->count(), 34);
        const QList<QListWidgetItem *> safeSystems =
            statements->findItems(QStringLiteral("Safe: Safe systems, pathways and transitions"), Qt::MatchExactly);
        QCOMPARE(safeSystems.size(), 1);
        safeSystems.first()->setCheckState(Qt::Checked);
        QTest::mouseClick(child<QPushButton>("saveTemplatePushButton"), Qt::LeftButton);
        QCOMPARE(text("templateMessageLabel"), QStringLiteral("Saved as a new version. Audits already started keep "
                                                              "the questions they were started with."));
        QCOMPARE(text("templateVersionLabel"), QStringLiteral("Questions: version 1"));

        // Medication loses its seventh question, as version 2; the audit signed off above keeps all seven.
        auto *type = child<QComboBox>("templateTypeComboBox");
        type->setCurrentIndex(type->findText(QStringLiteral("Medication")));
        QCOMPARE(child<QListWidget>("templateQuestionsListWidget")->count(), 7);
        child<QListWidget>("templateQuestionsListWidget")->setCurrentRow(6);
        QTest::mouseClick(child<QPushButton>("removeQuestionPushButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>("templateNoteLineEdit"), QStringLiteral("Competency is in training"));
        QTest::mouseClick(child<QPushButton>("saveTemplatePushButton"), Qt::LeftButton);
        QCOMPARE(text("templateVersionLabel"), QStringLiteral("Questions: version 2"));
        QCOMPARE(child<QListWidget>("templateQuestionsListWidget")->count(), 6);
        const PgResult kept = m_db->session().exec(
            QStringLiteral(
                "SELECT (SELECT string_agg(q.question || '|' || s.statement, ';') FROM audit_templates AS e "
                "JOIN audit_types AS t ON t.organization_id = e.organization_id AND t.code = e.type "
                "JOIN audit_template_questions AS q ON q.organization_id = e.organization_id AND q.template_id = e.id "
                "JOIN audit_question_statements AS s ON s.organization_id = q.organization_id "
                "AND s.template_id = q.template_id AND s.position = q.position WHERE t.name = 'Night checks') AS "
                "night, "
                "(SELECT t.every_days FROM audit_types AS t WHERE t.name = 'Night checks') AS every_days, "
                "(SELECT change_note FROM audit_templates WHERE type = 'medication' AND version = 2 "
                "AND organization_id = $1) AS note, "
                "(SELECT count(*) FROM audit_template_questions AS q JOIN audits AS a ON a.organization_id = "
                "q.organization_id AND a.template_id = q.template_id WHERE a.type = 'medication' "
                "AND a.signed_off_by IS NOT NULL AND a.organization_id = $1 AND a.template_id IS NOT NULL) AS "
                "signed_kept"),
            {m_fixture.orgA});
        QCOMPARE(kept.text(0, "night"), QStringLiteral("Every resident was checked as their plan says overnight.|"
                                                       "cqc.safe.safe_systems"));
        QCOMPARE(kept.integer(0, "every_days"), 30);
        QCOMPARE(kept.text(0, "note"), QStringLiteral("Competency is in training"));
        QCOMPARE(kept.integer(0, "signed_kept"), 7);

        // The page offers the new type to start.
        QTest::mouseClick(child<QPushButton>("closeTemplatePushButton"), Qt::LeftButton);
        QVERIFY(child<QComboBox>("startAuditTypeComboBox")->findText(QStringLiteral("Night checks")) >= 0);
    }

    // Seen in the demonstration home: an audit recorded before audits had questions opened as "Score 70% (0 of 0
    // applicable met)", "Questions: version 0".
    void anAuditRecordedBeforeQuestionsSaysSo()
    {
        m_driver = std::make_unique<StationWindowDriver>(m_fixture.stationSettings(*m_db), m_drafts->path());
        QVERIFY(m_driver->signIn(m_fixture.email("managerA"), QString::fromLatin1(TenantFixture::password),
                                 QStringLiteral("Audits")));
        auto *list = child<QTableView>("auditListTableView");
        const auto wholeAudit = [list] {
            for (int row = 0; row < list->model()->rowCount(); ++row)
                if (list->model()->index(row, 0).data().toString() == DateText::shortDate(QDate(2024, 3, 1)) &&
                    list->model()->index(row, 1).data().toString() == QLatin1String("Fern House"))
                    return row;
            return -1;
        };
        QTRY_VERIFY(wholeAudit() >= 0);
        list->setFocus();
        list->setCurrentIndex(list->model()->index(wholeAudit(), 0));
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(child<QWidget>("auditForm")->isVisible());
        QTRY_COMPARE(text("auditScoreLabel"),
                     QStringLiteral("Score 88% (recorded as a whole, before audits had questions)"));
        QVERIFY2(text("auditStatusLabel")
                     .endsWith(QStringLiteral("Auditor: Meera Testmanager. Recorded before audits "
                                              "had questions: what was found is in the summary.")),
                 qPrintable(text("auditStatusLabel")));
        QCOMPARE(child<QListWidget>("auditQuestionsListWidget")->count(), 0);
    }
};

QTEST_MAIN(TestAuditWindow)
#include "TestAuditWindow.moc"
