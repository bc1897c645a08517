// A subject access request (issue 19, point 7), against the real server: the manager exports everything held about
// Edna Testresident. Every row of every table that holds rows about a resident (found through the catalog, so that a
// table added later is checked too), their children, and every audit entry about her are in it, with her medical
// notes read with the organization's key; nothing of Walter, Glenys or Fred is. The export is in the audit log before
// it is read; a legal hold on her records is not (its reason may be privileged). Whoever may not read all of it is
// refused (a manager with one right denied too), and so is an export whose audit entry was never committed.
// Last, the window: the manager saves it as a PDF, with the JSON beside it.

#include "PdfText.h"
#include "SignedInConnection.h"
#include "StationWindowDriver.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "database/PgSession.h"
#include "organization/NewUser.h"
#include "organization/OrganizationSetup.h"
#include "organization/RecordsKeptStore.h"
#include "residents/ResidentRecordPage.h"
#include "residents/SubjectAccessPrintout.h"
#include "residents/SubjectAccessStore.h"
#include "widgets/FileDialog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <memory>

namespace {

// Every scalar of a JSON value, as text: ids, numbers, names.
void collect(const QJsonValue &value, QSet<QString> &out)
{
    if (value.isObject()) {
        for (const QJsonValue &child : value.toObject())
            collect(child, out);
    } else if (value.isArray()) {
        for (const QJsonValue &child : value.toArray())
            collect(child, out);
    } else if (value.isString()) {
        out.insert(value.toString());
    } else if (value.isDouble()) {
        out.insert(QString::number(qint64(value.toDouble())));
    }
}

// The first uuid in text, if any.
QRegularExpressionMatch uuidIn(const QString &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}"),
        QRegularExpression::CaseInsensitiveOption);
    return uuid.match(text);
}

const char ednasNote[] = "Edna's private note: prefers tea";
const char walterNote[] = "Walter's private note: diabetic diet";

} // namespace

class TestSubjectAccess : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    QTemporaryDir m_dir;

    QStringList column(const QString &statement, const QVariantList &params = {}) const
    {
        const PgResult rows = m_db->session().exec(statement, params);
        QStringList out;
        for (int row = 0; row < rows.rowCount(); ++row)
            out << rows.text(row, 0);
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
        const auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        QVERIFY(nurse->isValid());
        for (const auto &[key, text] : {std::pair{"A1a", ednasNote}, std::pair{"A1b", walterNote}}) {
            const PgResult written = PgSession(nurse->database())
                                         .exec(QStringLiteral("SELECT app_write_medical_notes($1, $2)"),
                                               {m_fixture.resident(key), QString::fromLatin1(text)});
            QVERIFY2(written.ok(), qPrintable(written.error().message));
        }
    }
    void cleanupTestCase() { m_db.reset(); }

    void everyRecordOfHersAndNothingOfAnyoneElse()
    {
        const auto manager = m_fixture.signedIn(*m_db, "managerA");
        QVERIFY(manager->isValid());
        const QString edna = m_fixture.resident("A1a");
        // A legal hold's reason may be legal advice, which the law exempts: the export leaves holds out.
        {
            const auto admin = m_fixture.signedIn(*m_db, "adminA");
            const Result<> held = RecordsKeptStore::setHold(admin->database(), edna, true,
                                                            QStringLiteral("Privileged: solicitor's advice of 1 May"));
            QVERIFY2(held.ok(), qPrintable(held.message));
        }
        const Result<QJsonObject> exported = SubjectAccessStore::exportResident(manager->database(), edna);
        QVERIFY2(exported.ok(), qPrintable(exported.message));
        const QJsonObject &document = exported.value;
        QCOMPARE(document.value(QStringLiteral("format")).toString(),
                 QStringLiteral("writecarenotes-subject-access-1"));
        const QJsonObject resident = document.value(QStringLiteral("resident")).toObject();
        QCOMPARE(resident.value(QStringLiteral("id")).toString(), edna);
        QCOMPARE(resident.value(QStringLiteral("last_name")).toString(), QStringLiteral("Testresident"));
        QCOMPARE(resident.value(QStringLiteral("medical_notes")).toString(), QString::fromLatin1(ednasNote));
        QVERIFY(!resident.contains(QStringLiteral("encrypted_medical_notes")));
        QCOMPARE(document.value(QStringLiteral("home")).toString(), QStringLiteral("Fern House"));
        QSet<QString> held;
        collect(document, held);

        // Every table holding rows about a resident, as the catalog names them: a table added later must be added to
        // the export (or to the derived copies, with its reason) before this passes.
        const QStringList tables = column(QStringLiteral(
            "SELECT c.relname FROM pg_attribute AS a JOIN pg_class AS c ON c.oid = a.attrelid "
            "WHERE a.attname = 'resident_id' AND NOT a.attisdropped AND c.relnamespace = 'public'::regnamespace "
            "AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1"));
        QCOMPARE(tables, QStringList({QStringLiteral("assessment_latest"), QStringLiteral("assessments"),
                                      QStringLiteral("care_plan_reviews"), QStringLiteral("care_plans"),
                                      QStringLiteral("daily_records"), QStringLiteral("incidents"),
                                      QStringLiteral("record_history"), QStringLiteral("resident_events"),
                                      QStringLiteral("resident_search_words")}));
        const QStringList derived{QStringLiteral("assessment_latest"), QStringLiteral("resident_search_words")};
        int rowsOfHers = 0;
        for (const QString &table : tables) {
            if (derived.contains(table))
                continue;
            const QStringList ids =
                column(QStringLiteral("SELECT id::text FROM public.%1 WHERE resident_id = $1").arg(table), {edna});
            for (const QString &id : ids)
                QVERIFY2(held.contains(id), qPrintable(table + QLatin1Char(' ') + id));
            rowsOfHers += int(ids.size());
        }
        QVERIFY2(rowsOfHers >= 5, qPrintable(QString::number(rowsOfHers))); // a note, a plan, its review, events...
        // The children named through their parents.
        for (const QString &id :
             column(QStringLiteral("SELECT v.id::text FROM incident_reviews AS v JOIN incidents AS i ON i.id = "
                                   "v.incident_id WHERE i.resident_id = $1 UNION ALL SELECT n.id::text FROM "
                                   "incident_notifications AS n JOIN incidents AS i ON i.id = n.incident_id WHERE "
                                   "i.resident_id = $1"),
                    {edna}))
            QVERIFY2(held.contains(id), qPrintable(id));
        int followUps = 0;
        for (const QJsonValue &assessment : document.value(QStringLiteral("assessments")).toArray())
            followUps += assessment.toObject().value(QStringLiteral("follow_up")).isObject() ? 1 : 0;
        QCOMPARE(QString::number(followUps),
                 m_db->text(QStringLiteral("SELECT count(*) FROM assessment_follow_ups AS f JOIN assessments AS a ON "
                                           "a.id = f.assessment_id WHERE a.resident_id = $1"),
                            {edna}));
        // Every audit entry about her, and the export itself among who has seen the record, committed first.
        const QStringList entries = column(QStringLiteral("SELECT id::text FROM audit_log WHERE subject_id = $1 "
                                                          "AND event NOT IN ('legal_hold_set', 'legal_hold_released')"),
                                           {edna});
        QVERIFY(entries.size() >= 3);
        for (const QString &id : entries)
            QVERIFY2(held.contains(id), qPrintable(id));
        const QJsonArray access = document.value(QStringLiteral("access")).toArray();
        QVERIFY(!access.isEmpty());
        const QJsonObject last = access.last().toObject();
        QCOMPARE(last.value(QStringLiteral("event")).toString(), QStringLiteral("subject_access_exported"));
        QCOMPARE(last.value(QStringLiteral("by")).toString(), QStringLiteral("Meera Testmanager (manager)"));
        for (const QJsonValue &entry : document.value(QStringLiteral("audit_trail")).toArray()) {
            const QJsonObject details = entry.toObject().value(QStringLiteral("details")).toObject();
            QVERIFY(!details.contains(QStringLiteral("row_hash")) && !details.contains(QStringLiteral("old_hash")));
        }

        // Nothing of anyone else: not their ids, names, NHS numbers, notes or rows.
        const QString text = QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact));
        for (const char *other : {"A1b", "A2", "B1"}) {
            const QString id = m_fixture.resident(other);
            QVERIFY2(!text.contains(id), other);
            for (const QString &row :
                 column(QStringLiteral("SELECT id::text FROM daily_records WHERE resident_id = $1 UNION ALL SELECT "
                                       "id::text FROM care_plans WHERE resident_id = $1 UNION ALL SELECT id::text FROM "
                                       "audit_log WHERE subject_id = $1"),
                        {id}))
                QVERIFY2(!held.contains(row), qPrintable(row));
        }
        for (const char *word : {"Walter", "Exampleton", "Glenys", "Sampleford", "Fred", "9990000026", "9990000034",
                                 "9990000042", walterNote, "legal_hold", "solicitor"})
            QVERIFY2(!text.contains(QString::fromLatin1(word)), word);
    }

    void onlyWhoMayReadAllOfItExports()
    {
        const QString refused = QStringLiteral(
            "Only someone who may read the resident's record, medical notes, every incident and the audit log (a "
            "manager) exports it, and only for a resident of their homes.");
        // The nurse reads the record and its medical notes but not the audit log; the administrator no record at all.
        for (const char *who : {"carerA", "nurseA", "adminA"}) {
            const auto user = m_fixture.signedIn(*m_db, who);
            QVERIFY(user->isValid());
            const Result<QJsonObject> exported =
                SubjectAccessStore::exportResident(user->database(), m_fixture.resident("A1a"));
            QVERIFY2(!exported.ok(), who);
            QCOMPARE(exported.message, refused);
        }
        // A manager with one of those rights denied (here the shift notes) may not read them round by the export.
        NewUser partial;
        partial.organizationId = m_fixture.orgA;
        partial.email = QStringLiteral("manager.no.notes@example.org");
        partial.firstName = QStringLiteral("Nell");
        partial.lastName = QStringLiteral("Testmanager");
        partial.role = QStringLiteral("manager");
        partial.facilityIds = {m_fixture.facilityA1};
        partial.denials = {QStringLiteral("daily_records.read")};
        const Result<QString> made = OrganizationSetup::createUser(m_db->session(), partial,
                                                                   QString::fromLatin1(TenantFixture::password), false);
        QVERIFY2(made.ok(), qPrintable(made.message));
        {
            const SignedInConnection denied(m_fixture.stationSettings(*m_db), partial.email,
                                            QString::fromLatin1(TenantFixture::password));
            QVERIFY2(denied.isValid(), qPrintable(denied.errorMessage()));
            const Result<QJsonObject> exported =
                SubjectAccessStore::exportResident(denied.database(), m_fixture.resident("A1a"));
            QVERIFY(!exported.ok());
            QCOMPARE(exported.message, refused);
        }
        const auto manager = m_fixture.signedIn(*m_db, "managerA");
        QVERIFY(manager->isValid());
        // Another organization's resident.
        Result<QJsonObject> exported =
            SubjectAccessStore::exportResident(manager->database(), m_fixture.resident("B1"));
        QVERIFY(!exported.ok());
        QCOMPARE(exported.message, refused);
        const PgSession session(manager->database());
        const QString edna = m_fixture.resident("A1a");
        // An audit entry of another kind, hers and committed, is no leave to export.
        const PgResult medical =
            session.exec(QStringLiteral("SELECT app_request_medical_access($1, 'notes') AS access"), {edna});
        QVERIFY2(medical.ok(), qPrintable(medical.error().message));
        const QString opened = medical.text(0, "access");
        PgResult answer = session.exec(QStringLiteral("SELECT app_subject_access_export($1, $2)"), {edna, opened});
        QCOMPARE(answer.error().sqlState, QStringLiteral("42501"));
        // One request, one audit entry: the export is a read, and the reader may run it again after a lost
        // connection without writing anything twice.
        const QString before = m_db->text(
            QStringLiteral(
                "SELECT count(*) FROM audit_log WHERE subject_id = $1 AND event = 'subject_access_exported'"),
            {edna});
        const Result<QString> leave = SubjectAccessStore::request(manager->database(), edna);
        QVERIFY2(leave.ok(), qPrintable(leave.message));
        for (int run = 0; run < 2; ++run)
            QVERIFY(SubjectAccessStore::exportResident(manager->database(), edna, leave.value).ok());
        QCOMPARE(m_db->text(QStringLiteral("SELECT count(*) FROM audit_log WHERE subject_id = $1 AND event = "
                                           "'subject_access_exported'"),
                            {edna}),
                 QString::number(before.toInt() + 1));
        // Nor is one that was never committed: the export of a request rolled back would leave no trace.
        QVERIFY(session.exec(QStringLiteral("BEGIN")).ok());
        const PgResult request =
            session.exec(QStringLiteral("SELECT app_request_subject_access($1) AS access"), {edna});
        QVERIFY2(request.ok(), qPrintable(request.error().message));
        answer =
            session.exec(QStringLiteral("SELECT app_subject_access_export($1, $2)"), {edna, request.text(0, "access")});
        QCOMPARE(answer.error().sqlState, QStringLiteral("42501"));
        QVERIFY(session.exec(QStringLiteral("ROLLBACK")).ok());
    }

    // The window: the manager opens Edna's record and saves the export; the PDF reads as her record, the JSON beside
    // it holds the same export.
    // The printout in the words of the forms, whatever the records hold: nested values as lines, dates written out,
    // an earlier version as what it said before, a row's change in the audit log as a sentence, and not one of the
    // database's keys (row ids, homes, authors, the resident's own id inside a change) anywhere.
    void thePrintoutInCareHomeWords()
    {
        const QString id = QStringLiteral("17d7d0dd-8067-47f3-8813-c1932a5aab8c");
        const QString home = QStringLiteral("de542228-4eb3-41d0-8538-7bdfc74c3c09");
        static const char exported[] = R"json({
            "organization": "Meadowbank Care Group", "home": "Fern House", "exported_by": "Meera Testmanager (manager)",
            "resident": {"id": "%1", "facility_id": "%2", "first_name": "Edna", "last_name": "Testresident",
                         "date_of_birth": "1938-04-02", "nhs_number": "9990000018", "row_version": 3,
                         "medical_details": {"allergies": [{"substance": "penicillin"}, {"substance": "latex"}]},
                         "contact_details": {"next_of_kin": {"name": "Ann Testrelative", "phone": "01632 960000"}},
                         "preferences": {"likes": ["tea", "radio_4"], "faith": "church_of_wales"},
                         "alert_dnacpr": false, "created_by": "%2"},
            "events": [{"id": "%2", "event": "moved", "event_date": "2025-03-01", "to_facility": "%2",
                        "to_home": "Fern House", "to_room": "14"}],
            "notes": [{"id": "%1", "date": "2026-12-06", "shift": "early", "resident_id": "%1",
                       "care_delivered": {"personal_care": "assisted with wash"},
                       "categories": ["personal_care", "nutrition"], "narrative": "Ate well; said she slept badly"}],
            "record_history": [{"id": 7, "table_name": "residents", "row_id": "%1", "resident_id": "%1",
                                "changed_fields": ["room_number", "facility_id"],
                                "old_row": {"room_number": "12", "facility_id": "%2", "id": "%1"}}],
            "access": [],
            "audit_trail": [
                {"id": 1, "event": "row_updated", "by": "Aino Testnurse (nurse)", "station": "Nurses' station",
                 "subject_id": "%1",
                 "details": {"table": "residents", "operation": "updated", "row": {"id": "%1"}, "resident_id": "%1",
                             "facility_id": "%2", "fields": ["facility_id", "room_number", "updated_at"],
                             "old": {"facility_id": "%2", "room_number": "12"},
                             "new": {"facility_id": "%2", "room_number": "14"}}},
                {"id": 2, "event": "row_inserted", "by": "", "station": "database role wcn_owner",
                 "details": {"table": "daily_records", "row": {"id": "%1", "date": "2026-12-06"},
                             "new": {"resident_id": "%1", "narrative": "Ate well"}}},
                {"id": 3, "event": "care_plan_changed", "by": "Aino Testnurse (nurse)", "station": "Nurses' station",
                 "details": {"fields": ["review_date"], "care_plan_id": "%1"}}]
            })json";
        const QJsonObject document =
            QJsonDocument::fromJson(QString::fromUtf8(exported).arg(id, home).toUtf8()).object();
        QVERIFY(!document.isEmpty());
        const QString html = SubjectAccessPrintout::html(document, QStringLiteral("Meera Testmanager"),
                                                         QStringLiteral("6 Dec 2026, 19:25"));
        QTextDocument printed;
        printed.setHtml(html);
        const QString text = printed.toPlainText();
        QVERIFY2(!uuidIn(html).hasMatch(), qPrintable(uuidIn(html).captured()));
        for (const QString &expected :
             {QStringLiteral("Date of birth\n2 April 1938"), QStringLiteral("NHS number\n9990000018"),
              QStringLiteral("Medical details\nAllergies: Substance: penicillin, Substance: latex"),
              QStringLiteral("Contacts\nNext of kin: Name: Ann Testrelative; Phone: 01632 960000"),
              QStringLiteral("DNACPR decision in place\nno"), QStringLiteral("1 March 2025, Moved"),
              QStringLiteral("To home\nFern House"), QStringLiteral("6 December 2026, Early"),
              QStringLiteral("Care given\nPersonal care: assisted with wash"),
              QStringLiteral("Kinds of care\nPersonal care, Nutrition"),
              // What was typed stays as typed, even when it looks like one of the application's codes.
              QStringLiteral("Preferences\nFaith: church_of_wales\nLikes: tea, radio_4"),
              QStringLiteral("Note\nAte well; said she slept badly"), QStringLiteral("What changed\nRoom, Home"),
              QStringLiteral("Room before\n12"), QStringLiteral("Changed\nResident: Home changed; Room 12 → 14"),
              QStringLiteral("Nobody signed in"), QStringLiteral("Added\nShift note"),
              QStringLiteral("Care plan changed\nFields: Review date")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + text));
        for (const char *absent : {"Row version", "Resident id", "Facility", "Row id"})
            QVERIFY2(!text.contains(QString::fromLatin1(absent)), absent);
    }

    void theManagerSavesItAsAPdfWithTheJsonBeside()
    {
        QTemporaryDir drafts;
        StationWindowDriver driver(m_fixture.stationSettings(*m_db), drafts.path());
        QVERIFY(driver.signIn(m_fixture.email("managerA"), QString::fromLatin1(TenantFixture::password),
                              QStringLiteral("Residents")));
        QVERIFY(driver.openRecordTab(QStringLiteral("Testresident"), "historyTab"));
        auto *button = driver.child<QPushButton>("subjectAccessPushButton");
        QTRY_VERIFY(button->isVisible());
        const QString pdfPath = m_dir.filePath(QStringLiteral("Edna Testresident - subject access.pdf"));
        const QString jsonPath = m_dir.filePath(QStringLiteral("Edna Testresident - subject access.json"));
        FileDialog::setNextAnswer(pdfPath);
        QTest::mouseClick(button, Qt::LeftButton);
        auto *message = driver.child<QLabel>("messageLabel");
        QTRY_COMPARE(message->text(),
                     QStringLiteral("Every record held about Edna Testresident is saved in %1 and, for a computer to "
                                    "read, %2.")
                         .arg(pdfPath, jsonPath));
        QVERIFY(button->isEnabled());

        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject document = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(document.value(QStringLiteral("resident")).toObject().value(QStringLiteral("id")).toString(),
                 m_fixture.resident("A1a"));
        if (const QString shots = qEnvironmentVariable("WCN_LAYOUT_SHOTS"); !shots.isEmpty())
            QFile::copy(pdfPath, shots + QStringLiteral("/subject-access.pdf"));
        const QString pdf = pdfText(pdfPath);
        QVERIFY2(pdf.contains(QStringLiteral("Subject access export: Edna Testresident")), qPrintable(pdf.left(400)));
        QVERIFY2(pdf.contains(QString::fromLatin1(ednasNote)), qPrintable(pdf.left(400)));
        QVERIFY2(pdf.contains(QStringLiteral("assisted with wash")), qPrintable(pdf.left(400)));
        QVERIFY2(pdf.contains(QStringLiteral("Recorded by Aino Testnurse (nurse)")), qPrintable(pdf.left(2000)));
        QVERIFY2(pdf.contains(QStringLiteral("To home Fern House")), qPrintable(pdf.left(2000)));
        QVERIFY2(pdf.contains(QStringLiteral("Care given Personal care: assisted with wash")), qPrintable(pdf));
        QVERIFY2(pdf.contains(QStringLiteral("Date of birth 2 April 1938")), qPrintable(pdf.left(2000)));
        // The database's ids are the JSON file's alone: none anywhere, even broken across lines (a PDF's table cell
        // breaks a long id at its hyphens, which once hid one from this test).
        QString joined = pdf;
        joined.replace(QRegularExpression(QStringLiteral("-\\s+")), QStringLiteral("-"));
        QVERIFY2(!uuidIn(joined).hasMatch(), qPrintable(uuidIn(joined).captured()));
        QVERIFY2(pdf.contains(QStringLiteral("Who has seen the record")), qPrintable(pdf.left(400)));
        for (const char *word : {"Walter", "Glenys", "Fred", walterNote})
            QVERIFY2(!pdf.contains(QString::fromLatin1(word)), word);
    }

    // The window offers it only to whoever the database would answer: not to the manager denied the notes.
    void theButtonOnlyForWhoMayExport()
    {
        QTemporaryDir drafts;
        StationWindowDriver driver(m_fixture.stationSettings(*m_db), drafts.path());
        QVERIFY(driver.signIn(QStringLiteral("manager.no.notes@example.org"),
                              QString::fromLatin1(TenantFixture::password), QStringLiteral("Residents")));
        QVERIFY(driver.openRecordTab(QStringLiteral("Testresident"), "historyTab"));
        QTRY_VERIFY(driver.child<QPushButton>("whoHasSeenPushButton")->isVisible());
        QVERIFY(!driver.child<QPushButton>("subjectAccessPushButton")->isVisible());
    }
};

QTEST_MAIN(TestSubjectAccess)
#include "TestSubjectAccess.moc"
