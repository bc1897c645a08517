// A home's evidence for an inspection against the real server: the fixture's Fern House (its falls audit from the
// template, one question unmet and so one action; two falls reviewed, each with a safeguarding referral not yet sent;
// care plans reviewed) and a safeguarding concern this test adds, read for "Safe" from the audit's month to two days
// back. Checked as data, as the printed PDF read back, as what row-level security leaves to a manager without the
// safeguarding right and to another organization, and through the window: a manager prints the pack for "Safe".
#include "PdfText.h"
#include "SignedInConnection.h"
#include "StationWindowDriver.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "common/Clock.h"
#include "database/PgSession.h"
#include "inspection/EvidencePack.h"
#include "inspection/InspectionEvidenceStore.h"
#include "organization/OrganizationSetup.h"
#include "widgets/FileDialog.h"
#include "widgets/RecordPrinter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

class TestInspection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    QDate m_day; // two days before the real date
    const QDate m_from{2024, 3, 1};
    const KeyQuestion m_safe{QStringLiteral("cqc"), QStringLiteral("safe"), QStringLiteral("Safe")};
    QTemporaryDir m_dir;

    Result<EvidenceData> readAs(const char *email, const QString &facilityId)
    {
        SignedInConnection who(m_fixture.stationSettings(*m_db), QString::fromLatin1(email),
                               QString::fromLatin1(TenantFixture::password));
        if (!who.isValid())
            return Result<EvidenceData>::failed(who.errorMessage());
        return InspectionEvidenceStore::read(who.database(), facilityId, m_safe, m_from, m_day, m_day);
    }
    static QStringList statementCodes(const EvidenceData &data)
    {
        QStringList codes;
        for (const EvidenceStatement &statement : data.statements)
            codes.append(statement.code);
        return codes;
    }
    // "statement:position:answer" for each answer read.
    static QStringList answers(const EvidenceData &data)
    {
        QStringList rows;
        for (const EvidenceAnswer &answer : data.answers)
            rows.append(QStringLiteral("%1:%2:%3")
                            .arg(answer.statement.section(QLatin1Char('.'), 2))
                            .arg(answer.position)
                            .arg(answer.answer));
        return rows;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_day = QDate::currentDate().addDays(-2);
        Clock::freezeAt(QDateTime(m_day, QTime(12, 0)));
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
        // A manager of every home of Meadowbank who may not see safeguarding incidents.
        NewUser manager;
        manager.organizationId = m_fixture.orgA;
        manager.email = QStringLiteral("manager.nosg@example.org");
        manager.firstName = QStringLiteral("Nia");
        manager.lastName = QStringLiteral("Testmanager");
        manager.role = QStringLiteral("manager");
        manager.allFacilities = true;
        const Result<QString> made = OrganizationSetup::createUser(m_db->session(), manager,
                                                                   QString::fromLatin1(TenantFixture::password), false);
        QVERIFY2(made.ok(), qPrintable(made.message));
        QVERIFY(m_db->run(QStringLiteral("UPDATE users SET permissions = '{\"deny\": [\"incidents.safeguarding\"]}' "
                                         "WHERE id = $1::uuid"),
                          {made.value}));
        // A safeguarding concern at Fern House an hour before the fixture's falls, not reviewed.
        QVERIFY(
            m_db->run(QStringLiteral("INSERT INTO incidents (organization_id, facility_id, resident_id, type, date, "
                                     "reported_by, what_happened, safeguarding) VALUES ($1, $2, $3, "
                                     "'safeguarding', to_timestamp($4::bigint / 1000.0), $5, "
                                     "'A visitor shouted at her and took her purse', true)"),
                      {m_fixture.orgA, m_fixture.facilityA1, m_fixture.resident("A1a"),
                       QDateTime(m_day, QTime(11, 0)).toMSecsSinceEpoch(), m_fixture.user("nurseA")}));
    }
    void cleanupTestCase()
    {
        m_db.reset();
        Clock::reset();
    }

    void readsEachStatementOfSafeWithItsEvidence()
    {
        const Result<EvidenceData> read = readAs("manager.a@example.org", m_fixture.facilityA1);
        QVERIFY2(read.ok(), qPrintable(read.message));
        const EvidenceData &data = read.value;
        QCOMPARE(data.facility, QStringLiteral("Fern House"));
        QCOMPARE(data.keyQuestion, QStringLiteral("Safe"));
        QCOMPARE(data.regulator, QStringLiteral("Care Quality Commission"));
        QCOMPARE(
            statementCodes(data),
            (QStringList{QStringLiteral("cqc.safe.learning_culture"), QStringLiteral("cqc.safe.safe_systems"),
                         QStringLiteral("cqc.safe.safeguarding"), QStringLiteral("cqc.safe.involving_people_in_risks"),
                         QStringLiteral("cqc.safe.safe_environments"), QStringLiteral("cqc.safe.staffing"),
                         QStringLiteral("cqc.safe.infection_prevention"),
                         QStringLiteral("cqc.safe.medicines_optimisation")}));
        QCOMPARE(data.statements.at(2).evidence,
                 (QStringList{QStringLiteral("safeguarding"), QStringLiteral("notifications")}));
        // The falls audit's six questions, each under every Safe statement it is tagged with; the medication audit
        // of the same month has no template and so no tagged question.
        QCOMPARE(answers(data),
                 (QStringList{QStringLiteral("learning_culture:2:met"), QStringLiteral("learning_culture:6:met"),
                              QStringLiteral("safe_systems:2:met"), QStringLiteral("safe_systems:3:met"),
                              QStringLiteral("involving_people_in_risks:1:met"),
                              QStringLiteral("involving_people_in_risks:5:met"),
                              QStringLiteral("safe_environments:4:not_met")}));
        QCOMPARE(data.answers.last().comment, QStringLiteral("Call bell in room 12 out of reach"));
        QCOMPARE(data.actions.size(), 1);
        QCOMPARE(data.actions.first().statement, QStringLiteral("cqc.safe.safe_environments"));
        QCOMPARE(data.actions.first().status, QStringLiteral("open"));
        // The two falls and the safeguarding concern; the referrals the falls needed, not sent.
        QCOMPARE(data.incidents.size(), 3);
        QCOMPARE(data.incidents.first().type, QStringLiteral("safeguarding"));
        QVERIFY(data.incidents.first().safeguarding);
        QVERIFY(!data.incidents.first().reviewed);
        QCOMPARE(data.incidents.at(1).severity, QStringLiteral("low"));
        QCOMPARE(data.notifications.size(), 2);
        QCOMPARE(data.notifications.first().kind, QStringLiteral("safeguarding_referral"));
        QVERIFY(!data.notifications.first().sentAt.isValid());
        // Two care plans reviewed on 1 March 2024, none overdue; no assessment in the period and three tools
        // overdue for each of the two residents.
        QCOMPARE(data.reviewsDone, 2);
        QCOMPARE(data.reviewsOverdue, 0);
        QCOMPARE(data.assessmentsDone, 0);
        QCOMPARE(data.assessmentsOverdue, 6);
    }

    void theRightDecidesWhatIsRead()
    {
        // Without incidents.safeguarding: the concern is not read, and the pack says it is left out.
        const Result<EvidenceData> withoutRight = readAs("manager.nosg@example.org", m_fixture.facilityA1);
        QVERIFY2(withoutRight.ok(), qPrintable(withoutRight.message));
        QCOMPARE(withoutRight.value.incidents.size(), 2);
        for (const EvidenceIncident &incident : withoutRight.value.incidents)
            QVERIFY(!incident.safeguarding);
        const QString body = EvidencePack::document(withoutRight.value, m_day, true, false).body();
        QVERIFY(body.contains(QStringLiteral("Not included: you may not see safeguarding incidents.")));
        // And wherever else they would have been counted.
        QVERIFY(body.contains(QStringLiteral("Safeguarding incidents are not included: you may not see them.")));
        QVERIFY(
            body.contains(QStringLiteral("Those of safeguarding incidents are not included: you may not see them.")));
        // Without incidents.read, none of the incident sections is filled in.
        const QString noIncidents = EvidencePack::document(withoutRight.value, m_day, false, false).body();
        QVERIFY(noIncidents.contains(QStringLiteral("Not included: you may not read incidents.")));
        QVERIFY(!noIncidents.contains(QStringLiteral("of them reviewed")));
        // Another organization's nurse reads nothing of Fern House.
        const Result<EvidenceData> other = readAs("nurse.b@example.org", m_fixture.facilityA1);
        QCOMPARE(other.outcome, Outcome::Refused);
        QCOMPARE(other.message,
                 QStringLiteral("There is no such home or key question, or the period ends before it starts."));
    }

    // The pack as printed, read back from the PDF.
    void thePrintedPackSaysItAll()
    {
        const Result<EvidenceData> read = readAs("manager.a@example.org", m_fixture.facilityA1);
        QVERIFY2(read.ok(), qPrintable(read.message));
        const PrintedDocument document = EvidencePack::document(read.value, m_day, true, true);
        const QString path = m_dir.filePath(QStringLiteral("safe.pdf"));
        const QString title = EvidencePack::title(read.value);
        QCOMPARE(title, QStringLiteral("Evidence for Safe: Fern House, 1 Mar 2024 to %1")
                            .arg(QLocale().toString(m_day, QStringLiteral("d MMM yyyy"))));
        QVERIFY(RecordPrinter::writePdf(path, title,
                                        document.html(QStringLiteral("Meera Testmanager"), QStringLiteral("now")),
                                        PageFooter(QStringLiteral("Meera Testmanager"), QStringLiteral("now")))
                    .ok());
        // Each page's text, ligatures ("ff") as their letters.
        const QString text = pdfPages(path).join(QLatin1Char(' '));
        for (const char *expected : {"Evidence for Safe: Fern House",
                                     "Single assessment framework (Care Quality Commission)",
                                     "Learning culture",
                                     "1 audit of the period asks about this statement.",
                                     "Of the 2 answers, 2 met, 0 not met and 0 not applicable.",
                                     "Every fall in the period has an incident report and a post-fall review.",
                                     "3 incidents in the period, 2 of them reviewed.",
                                     "0 sent on time, 0 sent late, 2 not sent yet, 0 not needed.",
                                     "Safeguarding incidents",
                                     "1 incident in the period, 0 of them reviewed.",
                                     "Safe environments",
                                     "Call bell in room 12 out of reach",
                                     "Not met",
                                     "Involving people to manage risks",
                                     "0 assessments done in the period. 6 assessments overdue today.",
                                     "Safe and effective staffing",
                                     "No audit of the period asks about this statement.",
                                     "Medicines optimisation",
                                     "None in the period.",
                                     "Residents' names are left out"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)),
                     qPrintable(QString::fromUtf8(expected) + QStringLiteral(" is not in: ") + text));
        }
        // Residents are never named.
        QVERIFY(!text.contains(QStringLiteral("Testresident")));
    }

    // The window: a manager chooses the home, "Safe" and the period, and saves the pack as a PDF.
    void aManagerPrintsThePackForSafe()
    {
        QTemporaryDir drafts;
        StationWindowDriver driver(m_fixture.stationSettings(*m_db), drafts.path());
        QVERIFY(driver.signIn(m_fixture.email("managerA"), QString::fromLatin1(TenantFixture::password),
                              QStringLiteral("Inspection")));
        auto *home = driver.child<QComboBox>("inspectionFacilityComboBox");
        home->setCurrentIndex(home->findText(QStringLiteral("Fern House")));
        auto *question = driver.child<QComboBox>("inspectionKeyQuestionComboBox");
        QCOMPARE(question->currentText(), QStringLiteral("Safe"));
        QCOMPARE(driver.child<QDateEdit>("inspectionToDateEdit")->date(), m_day);
        driver.child<QDateEdit>("inspectionFromDateEdit")->setDate(m_from);
        QVERIFY(!driver.child<QPushButton>("inspectionPdfPushButton")->isEnabled());
        QTest::mouseClick(driver.child<QPushButton>("inspectionShowPushButton"), Qt::LeftButton);
        QTRY_VERIFY(driver.child<QPushButton>("inspectionPdfPushButton")->isEnabled());
        QVERIFY(driver.child<QTextBrowser>("inspectionTextBrowser")
                    ->toPlainText()
                    .contains(QStringLiteral("Call bell in room 12 out of reach")));
        const QString path = m_dir.filePath(QStringLiteral("from-the-window.pdf"));
        FileDialog::setNextAnswer(path);
        QTest::mouseClick(driver.child<QPushButton>("inspectionPdfPushButton"), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(path));
        QTRY_COMPARE(driver.child<QLabel>("inspectionStatusLabel")->text(),
                     QStringLiteral("Saved as PDF: %1").arg(path));
        const QString text = pdfPages(path).join(QLatin1Char(' '));
        QVERIFY(text.contains(QStringLiteral("Evidence for Safe: Fern House, 1 Mar 2024")));
        QVERIFY(text.contains(QStringLiteral("Printed from Write Care Notes by Meera Testmanager")));
        QVERIFY(text.contains(QStringLiteral("Safeguarding incidents")));
        driver.closeWindow();
    }
};

QTEST_MAIN(TestInspection)
#include "TestInspection.moc"
