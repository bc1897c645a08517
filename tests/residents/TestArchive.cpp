// A resident's records archived (issue 19, point 7), against the real server. Edna Testresident left Fern House in
// 2010: an administrator who also works as a manager exports everything held about her, then archives it. Every row
// about her, in every table that names a resident (found through the catalog) and their children, is gone; the audit
// log keeps its entries about her, redacted to ids, its chain still verifying, entry by entry, and no entry of her
// organization names her any more. The archive is refused before her records are due, under a legal hold, without
// a fresh export of the caller's own, to an administrator who may not read her records, to a manager who does not
// administer, and while a quality audit cites her. Nothing of Walter's goes with hers, not even the entries of an
// assessment of hers given his id. Nobody redacts or removes by hand what only the archive may, and what the owner
// (who may write its own tables) does claiming an archive that is not one is found by verifying. Last,
// the window: Walter Exampleton archived from the Records kept page, his name typed to confirm.

#include "SignedInConnection.h"
#include "StationWindowDriver.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "common/Clock.h"
#include "database/AuditChain.h"
#include "database/PgSession.h"
#include "organization/ArchiveConfirmDialog.h"
#include "organization/NewUser.h"
#include "organization/OrganizationSetup.h"
#include "organization/RecordsKeptModel.h"
#include "residents/ArchiveStore.h"
#include "residents/SubjectAccessStore.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const char archivistEmail[] = "ada.testadmin@example.org";
const QString someSha256 = QString(64, QLatin1Char('a'));

} // namespace

class TestArchive : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    QTemporaryDir m_dir;

    QString text(const QString &statement, const QVariantList &params = {}) const
    {
        return m_db->text(statement, params);
    }
    // A resident of the fixture as one who left: on `left` (an SQL date expression), admitted the year before.
    void leave(const char *key, const QString &left)
    {
        QVERIFY(m_db->run(QStringLiteral("UPDATE residents SET admission_date = (%1) - 365, discharge_date = (%1), "
                                         "status = 'discharged' WHERE id = $1")
                              .arg(left),
                          {m_fixture.resident(key)}));
    }
    std::unique_ptr<SignedInConnection> archivist() const
    {
        return std::make_unique<SignedInConnection>(m_fixture.stationSettings(*m_db),
                                                    QString::fromLatin1(archivistEmail),
                                                    QString::fromLatin1(TenantFixture::password));
    }
    // Every row about the resident, table by table ("table=count"), in every table the catalog says names a
    // resident, and in those that hang from her rows.
    QStringList rowsAbout(const QString &resident) const
    {
        QStringList counts;
        const PgResult tables = m_db->session().exec(QStringLiteral(
            "SELECT c.relname FROM pg_attribute AS a JOIN pg_class AS c ON c.oid = a.attrelid "
            "WHERE a.attname = 'resident_id' AND NOT a.attisdropped AND c.relnamespace = 'public'::regnamespace "
            "AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1"));
        for (int row = 0; row < tables.rowCount(); ++row) {
            const QString table = tables.text(row, 0);
            counts << table + QLatin1Char('=') +
                          text(QStringLiteral("SELECT count(*) FROM %1 WHERE resident_id = $1").arg(table), {resident});
        }
        counts << QStringLiteral("residents=") +
                      text(QStringLiteral("SELECT count(*) FROM residents WHERE id = $1"), {resident});
        counts << QStringLiteral("assessment_follow_ups=") +
                      text(QStringLiteral("SELECT count(*) FROM assessment_follow_ups AS f JOIN assessments AS a ON "
                                          "a.id = f.assessment_id WHERE a.resident_id = $1"),
                           {resident});
        counts << QStringLiteral("incident_reviews=") +
                      text(QStringLiteral("SELECT count(*) FROM incident_reviews AS v JOIN incidents AS i ON "
                                          "i.id = v.incident_id WHERE i.resident_id = $1"),
                           {resident});
        counts << QStringLiteral("incident_notifications=") +
                      text(QStringLiteral("SELECT count(*) FROM incident_notifications AS n JOIN incidents AS i ON "
                                          "i.id = n.incident_id WHERE i.resident_id = $1"),
                           {resident});
        return counts;
    }
    // Everything the organization's chain and rows say is wrong (empty: all verifies), as verify-audit reads it.
    QStringList auditProblems() const
    {
        QStringList problems;
        const Result<QList<AuditChain::Verification>> verified = AuditChain::verifyAll(m_db->connection());
        if (!verified.ok())
            return {verified.message};
        for (const AuditChain::Verification &chain : verified.value) {
            for (const AuditChain::Finding &finding : chain.findings)
                problems << AuditChain::describe(finding);
            for (const AuditChain::RowFinding &finding : chain.rowFindings)
                problems << AuditChain::describe(finding);
        }
        const PgResult inDatabase = m_db->session().exec(
            QStringLiteral("SELECT v.problem || ' ' || v.entry_id FROM wcn_verify_audit_chain($1) AS v "
                           "WHERE v.problem <> 'head'"),
            {m_fixture.orgA});
        for (int row = 0; row < inDatabase.rowCount(); ++row)
            problems << inDatabase.text(row, 0);
        return problems;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
        // An administrator who also works with residents, as a manager (as the first run makes one).
        NewUser ada;
        ada.organizationId = m_fixture.orgA;
        ada.email = QString::fromLatin1(archivistEmail);
        ada.firstName = QStringLiteral("Ada");
        ada.lastName = QStringLiteral("Testadmin");
        ada.role = QStringLiteral("manager");
        ada.allFacilities = true;
        ada.grants = {QStringLiteral("organization.manage")};
        const Result<QString> made =
            OrganizationSetup::createUser(m_db->session(), ada, QString::fromLatin1(TenantFixture::password), false);
        QVERIFY2(made.ok(), qPrintable(made.message));
        // Her medical notes (an earlier version of her record with them) and the record opened.
        const auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        QVERIFY(nurse->isValid());
        const PgResult written =
            PgSession(nurse->database())
                .exec(QStringLiteral("SELECT app_write_medical_notes($1, 'Edna prefers tea, and her daughter Ann')"),
                      {m_fixture.resident("A1a")});
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        // An assessment of hers whose id a station chose equal to Walter's: his entries are not hers.
        QVERIFY(m_db->run(
            QStringLiteral("INSERT INTO assessments (id, organization_id, resident_id, type, date, "
                           "created_by, score, band, risk_level, tool_version) VALUES ($1, $2, $3, "
                           "'waterlow', '2024-03-01', $4, 10, 'at_risk', 1, 'Waterlow 2005')"),
            {m_fixture.resident("A1b"), m_fixture.orgA, m_fixture.resident("A1a"), m_fixture.user("nurseA")}));
        leave("A1a", QStringLiteral("'2010-06-01'::date"));
        leave("A1b", QStringLiteral("'2011-03-01'::date"));
        // Left yesterday: due in 8 years, whenever this runs.
        leave("A2", QStringLiteral("current_date - 1"));
        // Every entry so far sealed into its chain, as the maintenance does.
        QVERIFY(m_db->run(QStringLiteral("SELECT wcn_seal_audit_log()")));
        QCOMPARE(auditProblems(), QStringList());
    }
    void cleanupTestCase() { m_db.reset(); }

    void everyRecordOfHersGoesAndTheLogStaysWhole()
    {
        const QString edna = m_fixture.resident("A1a");
        const QString walter = m_fixture.resident("A1b");
        const QStringList before = rowsAbout(edna);
        const QStringList walters = rowsAbout(walter);
        for (const char *held : {"daily_records=1", "care_plans=1", "incident_notifications=1", "residents=1"})
            QVERIFY2(before.contains(QString::fromLatin1(held)), qPrintable(before.join(QLatin1Char(' '))));
        QVERIFY2(!before.contains(QStringLiteral("record_history=0")), qPrintable(before.join(QLatin1Char(' '))));

        const auto ada = archivist();
        QVERIFY2(ada->isValid(), qPrintable(ada->errorMessage()));
        const Result<QString> access = SubjectAccessStore::request(ada->database(), edna);
        QVERIFY2(access.ok(), qPrintable(access.message));
        const Result<QJsonObject> exported = SubjectAccessStore::exportResident(ada->database(), edna, access.value);
        QVERIFY2(exported.ok(), qPrintable(exported.message));
        const QString entriesAboutHer =
            text(QStringLiteral("SELECT count(*) FROM audit_log WHERE subject_id = $1 OR details ->> 'resident_id' = "
                                "$1::text"),
                 {edna});
        QVERIFY(entriesAboutHer.toInt() > 10);
        const auto mentions = [this](const char *word) {
            return text(QStringLiteral("SELECT count(*) FROM audit_log WHERE organization_id = $1 AND "
                                       "(details::text LIKE '%' || $2 || '%' OR station LIKE '%' || $2 || '%')"),
                        {m_fixture.orgA, QString::fromLatin1(word)});
        };
        // Her rows' values are in the log until the archive (a medical note never is).
        for (const char *word : {"Edna", "Testresident", "9990000018"})
            QVERIFY2(mentions(word).toInt() > 0, word);
        const Result<QString> archived = ArchiveStore::archive(ada->database(), edna, access.value, someSha256);
        QVERIFY2(archived.ok(), qPrintable(archived.message));

        // Nothing of hers in any table; Walter's untouched.
        QStringList none = before;
        for (QString &count : none)
            count = count.section(QLatin1Char('='), 0, 0) + QStringLiteral("=0");
        QCOMPARE(rowsAbout(edna), none);
        QCOMPARE(rowsAbout(walter), walters);

        // The archive's own entry: who, whom, the export's entry and checksum, the day they became due.
        QCOMPARE(
            text(QStringLiteral("SELECT u.email || ' ' || (a.details ->> 'export_sha256') || ' ' || "
                                "(a.details ->> 'export_entry') || ' ' || (a.details ->> 'first_day_due') "
                                "FROM audit_log AS a JOIN users AS u ON u.id = a.user_id "
                                "WHERE a.id = $1 AND a.event = 'resident_archived' AND a.subject_id = $2"),
                 {archived.value, edna}),
            QStringLiteral("%1 %2 %3 2018-06-02").arg(QString::fromLatin1(archivistEmail), someSha256, access.value));
        // Every entry about her is kept, redacted to ids and the archive (a sealed one with the hash of what it holds
        // now); every row's removal is one by its key, redacted too.
        QCOMPARE(text(QStringLiteral("SELECT count(*) FROM audit_log WHERE (subject_id = $1 OR details ->> "
                                     "'resident_id' = $1::text) AND id <> $2 AND NOT details ? 'redacted'"),
                      {edna, archived.value}),
                 QStringLiteral("0"));
        QCOMPARE(text(QStringLiteral("SELECT count(*) FROM audit_log WHERE (subject_id = $1 OR details ->> "
                                     "'resident_id' = $1::text) AND id < $2 AND details ->> 'redacted' = $2::text "
                                     "AND (chain_position IS NULL) = (redacted_hash IS NULL)"),
                      {edna, archived.value}),
                 entriesAboutHer);
        QCOMPARE(text(QStringLiteral("SELECT string_agg(DISTINCT details ->> 'table', ',' ORDER BY details ->> "
                                     "'table') FROM audit_log WHERE event = 'row_deleted' AND id > $1 AND details ->> "
                                     "'redacted' = $1::text AND NOT details ? 'old'"),
                      {archived.value}),
                 QStringLiteral("assessment_follow_ups,assessments,care_plan_reviews,care_plans,daily_records,"
                                "incident_notifications,incident_reviews,incidents,resident_events,residents"));
        QCOMPARE(text(QStringLiteral("SELECT count(*) FROM audit_log WHERE subject_id = $1 AND redacted_hash IS NOT "
                                     "NULL"),
                      {walter}),
                 QStringLiteral("0"));
        // Nothing in her organization's log names her any more: her name, NHS number, notes.
        for (const char *word : {"Edna", "Testresident", "9990000018", "prefers tea"})
            QCOMPARE(mentions(word), QStringLiteral("0"));
        // The chain, sealed on, verifies entry by entry, and every audited row matches its latest entry.
        QVERIFY(m_db->run(QStringLiteral("SELECT wcn_seal_audit_log()")));
        QCOMPARE(auditProblems(), QStringList());
    }

    void refusedUnlessEveryConditionHolds()
    {
        const QString glenys = m_fixture.resident("A2");
        const QString walter = m_fixture.resident("A1b");
        const QStringList glenysRows = rowsAbout(glenys);
        const QStringList waltersRows = rowsAbout(walter);
        const auto ada = archivist();
        QVERIFY(ada->isValid());
        const auto exportOf = [&ada](const QString &resident) {
            const Result<QString> access = SubjectAccessStore::request(ada->database(), resident);
            return access.ok() ? access.value : access.message;
        };

        // Left yesterday: not due for years.
        Result<QString> refused = ArchiveStore::archive(ada->database(), glenys, exportOf(glenys), someSha256);
        QCOMPARE(refused.message, QStringLiteral("These records may not be archived yet: the organization's period "
                                                 "since the care ended (or the last entry) has not passed. The list is "
                                                 "read again."));
        // Under a legal hold.
        const auto adminA = m_fixture.signedIn(*m_db, "adminA");
        QVERIFY(PgSession(adminA->database())
                    .exec(QStringLiteral("SELECT app_set_legal_hold($1, true, 'Claim of 3 March')"), {walter})
                    .ok());
        refused = ArchiveStore::archive(ada->database(), walter, exportOf(walter), someSha256);
        QCOMPARE(refused.message, QStringLiteral("These records are under a legal hold, so they are kept: release "
                                                 "the hold first, if it is no longer needed."));
        QVERIFY(PgSession(adminA->database())
                    .exec(QStringLiteral("SELECT app_set_legal_hold($1, false, 'Claim settled')"), {walter})
                    .ok());
        // Without an export of this resident by this user, or one that is not ten minutes old.
        const QString glenysExport = exportOf(glenys);
        const QString exportExpectation =
            QStringLiteral("The export saved before archiving is more than 10 minutes old, or not yours: archive "
                           "again, which saves a new export first.");
        QCOMPARE(ArchiveStore::archive(ada->database(), walter, glenysExport, someSha256).message, exportExpectation);
        const QString walterExport = exportOf(walter);
        QVERIFY(m_db->run(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")));
        QVERIFY(m_db->run(QStringLiteral("UPDATE audit_log SET occurred_at = occurred_at - interval '11 minutes' "
                                         "WHERE id = $1"),
                          {walterExport}));
        QVERIFY(m_db->run(QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only")));
        QCOMPARE(ArchiveStore::archive(ada->database(), walter, walterExport, someSha256).message, exportExpectation);
        QCOMPARE(
            ArchiveStore::archive(ada->database(), walter, exportOf(walter), QStringLiteral("not a checksum")).message,
            exportExpectation);
        // Another's export: the manager's own may not be used by the administrator, and neither may archive alone.
        const QString onlyAdministrators =
            QStringLiteral("Only an administrator who may also read every record of the resident (a manager's "
                           "rights) archives them, and only for a resident of their homes.");
        const auto manager = m_fixture.signedIn(*m_db, "managerA");
        const Result<QString> managersExport = SubjectAccessStore::request(manager->database(), walter);
        QVERIFY(managersExport.ok());
        QCOMPARE(ArchiveStore::archive(manager->database(), walter, managersExport.value, someSha256).message,
                 onlyAdministrators);
        QCOMPARE(ArchiveStore::archive(adminA->database(), walter, managersExport.value, someSha256).message,
                 onlyAdministrators);
        QCOMPARE(ArchiveStore::archive(ada->database(), walter, managersExport.value, someSha256).message,
                 exportExpectation);
        // Cited as evidence by a quality audit.
        QVERIFY(m_db->run(QStringLiteral("UPDATE audit_answers SET evidence_resident_id = $1 WHERE position = 1"),
                          {walter}));
        QCOMPARE(ArchiveStore::archive(ada->database(), walter, exportOf(walter), someSha256).message,
                 QStringLiteral("A quality audit cites these records as evidence, so they are kept with the audit."));
        QVERIFY(m_db->run(QStringLiteral("UPDATE audit_answers SET evidence_resident_id = NULL WHERE position = 1")));

        QCOMPARE(rowsAbout(glenys), glenysRows);
        QCOMPARE(rowsAbout(walter), waltersRows);
        QCOMPARE(text(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'resident_archived' AND "
                                     "subject_id = ANY ($1::uuid[])"),
                      {QStringLiteral("{%1,%2}").arg(glenys, walter)}),
                 QStringLiteral("0"));
    }

    // What only the archive may do, nobody does by hand: not the owner removing a note, nor redacting an entry; and a
    // redacted entry changed afterwards (its trigger switched off) is found.
    void nobodyRedactsOrRemovesByHand()
    {
        const PgSession &owner = m_db->session();
        const QString walter = m_fixture.resident("A1b");
        QVERIFY(owner.exec(QStringLiteral("SET ROLE wcn_owner")).ok());
        const PgResult removed =
            owner.exec(QStringLiteral("DELETE FROM care_plan_reviews WHERE resident_id = $1"), {walter});
        const PgResult removedAssessment =
            owner.exec(QStringLiteral("DELETE FROM assessments WHERE resident_id = $1"), {walter});
        const PgResult redacted =
            owner.exec(QStringLiteral("UPDATE audit_log AS l SET details = wcn_redacted_details(l.details, 1), "
                                      "redacted_hash = wcn_audit_entry_hash(l.previous_hash, jsonb_populate_record(l, "
                                      "jsonb_build_object('details', wcn_redacted_details(l.details, 1)))) "
                                      "WHERE l.subject_id = $1 AND l.chain_position IS NOT NULL"),
                       {walter});
        QVERIFY(owner.exec(QStringLiteral("RESET ROLE")).ok());
        QCOMPARE(removed.error().sqlState, QStringLiteral("42501"));
        QCOMPARE(removedAssessment.error().sqlState, QStringLiteral("42501"));
        QCOMPARE(redacted.error().sqlState, QStringLiteral("42501"));

        // The owner, who may write its own tables and functions, claiming an archive to remove or redact (becoming
        // wcn_archiver, or changing its function, is TestAttackOwner's). Each in a transaction rolled back, so that
        // the log stays as it was for what follows.
        const QString ednasArchive =
            text(QStringLiteral("SELECT id FROM audit_log WHERE event = 'resident_archived' AND subject_id = $1"),
                 {m_fixture.resident("A1a")});
        QVERIFY(!ednasArchive.isEmpty());
        const QString glenys = m_fixture.resident("A2");
        const auto foundAfter = [&owner, this](const QStringList &statements) {
            QStringList problems;
            if (!owner.exec(QStringLiteral("BEGIN")).ok())
                return QStringList{QStringLiteral("no transaction")};
            for (const QString &statement : statements) {
                const PgResult done = owner.exec(statement);
                if (!done.ok())
                    problems << statement.section(QLatin1Char('('), 0, 0) + QStringLiteral(": ") + done.error().message;
            }
            const PgResult found = owner.exec(
                QStringLiteral("SELECT v.problem || ' ' || a.event FROM wcn_verify_audit_chain('%1') AS v "
                               "JOIN audit_log AS a ON a.id = v.entry_id WHERE v.problem <> 'head' ORDER BY 1")
                    .arg(m_fixture.orgA));
            for (int row = 0; row < found.rowCount(); ++row)
                problems << found.text(row, 0);
            owner.exec(QStringLiteral("ROLLBACK"));
            return problems;
        };
        // Calling its function with an archive entry of another transaction (Edna's, long committed).
        QCOMPARE(foundAfter({QStringLiteral("SET LOCAL ROLE wcn_owner"),
                             QStringLiteral("SELECT wcn_archive_remove(%1)").arg(ednasArchive)}),
                 QStringList({QStringLiteral("SELECT wcn_archive_remove: an archive removes only the resident of the "
                                             "archive entry its own transaction wrote")}));
        // With an entry of its own, for a resident under a legal hold (the hold is in the log, which the owner cannot
        // empty).
        const auto adminA = m_fixture.signedIn(*m_db, "adminA");
        QVERIFY(PgSession(adminA->database())
                    .exec(QStringLiteral("SELECT app_set_legal_hold($1, true, 'Claim of 9 May')"), {walter})
                    .ok());
        const QString claimOfWalter = QStringLiteral("SELECT wcn_archive_remove(wcn_audit('%1', NULL, 'database role "
                                                     "wcn_owner', 'resident_archived', '%2', '{}'))")
                                          .arg(m_fixture.orgA, walter);
        QCOMPARE(foundAfter({QStringLiteral("SET LOCAL ROLE wcn_owner"), claimOfWalter}),
                 QStringList({QStringLiteral("SELECT wcn_archive_remove: these records are under a legal hold")}));
        // Nor with a release made up in the same transaction (a release counts once committed, for good, unredacted).
        QCOMPARE(foundAfter({QStringLiteral("SET LOCAL ROLE wcn_owner"),
                             QStringLiteral("SELECT wcn_audit('%1', NULL, 'database role wcn_owner', "
                                            "'legal_hold_released', '%2', '{\"reason\": \"made up\"}')")
                                 .arg(m_fixture.orgA, walter),
                             claimOfWalter}),
                 QStringList({QStringLiteral("SELECT wcn_archive_remove: these records are under a legal hold")}));
        QVERIFY(PgSession(adminA->database())
                    .exec(QStringLiteral("SELECT app_set_legal_hold($1, false, 'Claim settled')"), {walter})
                    .ok());
        // A known trigger where it makes a removal do nothing (the row audit, before the removal, returns no row).
        QCOMPARE(foundAfter({QStringLiteral("SET LOCAL ROLE wcn_owner"),
                             QStringLiteral("CREATE TRIGGER residents_kept BEFORE DELETE ON residents FOR EACH ROW "
                                            "EXECUTE FUNCTION audit_row_change('residents')"),
                             claimOfWalter}),
                 QStringList({QStringLiteral("SELECT wcn_archive_remove: the archive does not run while its "
                                             "tables have what it does not know: residents (residents_kept)")}));
        // With a trigger of its own on a table the archive removes from, which would run as wcn_archiver and take
        // Glenys's notes with Walter's: refused before anything is removed.
        QCOMPARE(foundAfter({QStringLiteral("SET LOCAL ROLE wcn_owner"),
                             QStringLiteral("CREATE FUNCTION public.take_notes() RETURNS trigger LANGUAGE plpgsql AS "
                                            "$$ BEGIN DELETE FROM public.daily_records WHERE resident_id = '%1'; "
                                            "RETURN OLD; END $$")
                                 .arg(glenys),
                             QStringLiteral("CREATE TRIGGER care_plans_take_notes BEFORE DELETE ON care_plans FOR "
                                            "EACH ROW EXECUTE FUNCTION take_notes()"),
                             claimOfWalter}),
                 QStringList({QStringLiteral("SELECT wcn_archive_remove: the archive does not run while its tables "
                                             "have what it does not know: care_plans (care_plans_take_notes)")}));
        // A table of its own made a child of hers: a removal from hers would reach it, and run its triggers.
        QCOMPARE(
            foundAfter({QStringLiteral("SET LOCAL ROLE wcn_owner"),
                        QStringLiteral("CREATE TABLE public.residents_more (LIKE public.residents INCLUDING "
                                       "CONSTRAINTS INCLUDING GENERATED)"),
                        QStringLiteral("ALTER TABLE public.residents_more INHERIT public.residents"), claimOfWalter}),
            QStringList({QStringLiteral("SELECT wcn_archive_remove: the archive does not run while its tables "
                                        "have what it does not know: residents_more (a child table)")}));
        // An entry claiming another transaction (a hold's release passing for one made long ago): refused.
        QCOMPARE(foundAfter({QStringLiteral("SET LOCAL ROLE wcn_owner"),
                             QStringLiteral("INSERT INTO audit_log (organization_id, station, event, subject_id, "
                                            "transaction_id) VALUES ('%1', 'x', 'legal_hold_released', '%2', '3')")
                                 .arg(m_fixture.orgA, walter)}),
                 QStringList({QStringLiteral("INSERT INTO audit_log : the audit log cannot be changed or emptied")}));
        // An entry written redacted, as if by Edna's archive, about Glenys: found once sealed.
        QCOMPARE(foundAfter({QStringLiteral("SELECT wcn_audit('%1', NULL, 'database role wcn_owner', 'row_inserted', "
                                            "'%2', '{\"redacted\": %3, \"table\": \"daily_records\"}')")
                                 .arg(m_fixture.orgA, glenys, ednasArchive),
                             QStringLiteral("SELECT wcn_seal_audit_log()")}),
                 QStringList({QStringLiteral("altered row_inserted")}));
        // One of Walter's sealed entries redacted as if by Edna's archive, with the trigger switched off.
        QCOMPARE(foundAfter({QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"),
                             QStringLiteral("UPDATE audit_log AS l SET details = wcn_redacted_details(l.details, %1), "
                                            "redacted_hash = wcn_audit_entry_hash(l.previous_hash, "
                                            "jsonb_populate_record(l, jsonb_build_object('details', "
                                            "wcn_redacted_details(l.details, %1)))) WHERE l.id = (SELECT min(id) "
                                            "FROM audit_log WHERE subject_id = '%2' AND event = 'row_inserted' "
                                            "AND chain_position IS NOT NULL)")
                                 .arg(ednasArchive, walter)}),
                 QStringList({QStringLiteral("altered row_inserted")}));
        // An archive claimed of a resident whose record is still there.
        QCOMPARE(foundAfter({QStringLiteral("SELECT wcn_audit('%1', NULL, 'database role wcn_owner', "
                                            "'resident_archived', '%2', '{}')")
                                 .arg(m_fixture.orgA, m_fixture.resident("A2")),
                             QStringLiteral("SELECT wcn_seal_audit_log()")}),
                 QStringList({QStringLiteral("altered resident_archived")}));
        QCOMPARE(auditProblems(), QStringList());
        // A legal hold's entries are never redacted: one made to look so is found.
        QCOMPARE(foundAfter({QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"),
                             QStringLiteral("UPDATE audit_log AS l SET details = wcn_redacted_details(l.details, %1) "
                                            "WHERE l.id = (SELECT max(id) FROM audit_log WHERE subject_id = '%2' AND "
                                            "event = 'legal_hold_set')")
                                 .arg(ednasArchive, walter),
                             QStringLiteral("SELECT wcn_seal_audit_log()")}),
                 QStringList({QStringLiteral("altered legal_hold_set")}));
        // The application's own verifier searches nothing the owner can add to: an operator of the owner's for
        // comparing text (varchar, which pg_catalog compares as text) never runs with a superuser's rights, which
        // this suite verifies with. (The owner's own functions may use it: they run as the owner anyway.)
        QVERIFY(m_db->session()
                    .execScript(QStringLiteral(
                        "SET ROLE wcn_owner; "
                        "CREATE FUNCTION public.owners_equal(character varying, character varying) RETURNS boolean "
                        "LANGUAGE plpgsql AS $$ BEGIN IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
                        "THEN RAISE EXCEPTION 'the owner''s code ran as %', current_user; END IF; "
                        "RETURN $1::text = $2::text; END $$; "
                        "CREATE OPERATOR public.= (LEFTARG = character varying, RIGHTARG = character varying, "
                        "FUNCTION = public.owners_equal); RESET ROLE"))
                    .ok());
        const QStringList withOwnersOperator = auditProblems();
        QVERIFY(
            m_db->session()
                .execScript(QStringLiteral("DROP OPERATOR public.= (character varying, character varying); "
                                           "DROP FUNCTION public.owners_equal(character varying, character varying)"))
                .ok());
        QCOMPARE(withOwnersOperator, QStringList());

        const QString entry = text(QStringLiteral("SELECT min(id) FROM audit_log WHERE redacted_hash IS NOT NULL"));
        QVERIFY(!entry.isEmpty());
        const QString station = text(QStringLiteral("SELECT station FROM audit_log WHERE id = $1"), {entry});
        const auto setStation = [this, &entry](const QString &to) {
            return m_db->run(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")) &&
                   m_db->run(QStringLiteral("UPDATE audit_log SET station = $2 WHERE id = $1"), {entry, to}) &&
                   m_db->run(QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only"));
        };
        QVERIFY(setStation(QStringLiteral("elsewhere")));
        QVERIFY2(auditProblems().contains(QStringLiteral("altered %1").arg(entry)),
                 qPrintable(auditProblems().join(QLatin1Char('\n'))));
        QVERIFY(setStation(station));
        QCOMPARE(auditProblems(), QStringList());
    }

    // The administrator archives Walter from the Records kept page: the export saved, his name typed, and he is gone.
    void theAdministratorArchivesOnThePage()
    {
        Clock::freezeAt(QDateTime(QDate(2026, 12, 6), QTime(12, 0)));
        const auto reset = qScopeGuard([] { Clock::reset(); });
        QTemporaryDir drafts;
        StationWindowDriver driver(m_fixture.stationSettings(*m_db), drafts.path());
        QVERIFY(driver.signIn(QString::fromLatin1(archivistEmail), QString::fromLatin1(TenantFixture::password),
                              QStringLiteral("Records kept")));
        auto *table = driver.child<QTableView>("recordsKeptTableView");
        // Walter (due since 2019) and Glenys (not yet); Edna is archived.
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(0, RecordsKeptModel::Resident).data().toString(),
                 QStringLiteral("Walter Exampleton"));
        auto *archive = driver.child<QPushButton>("archivePushButton");
        QVERIFY(archive->isVisible());
        table->selectRow(1);
        QVERIFY(!archive->isEnabled()); // Glenys: not yet
        table->selectRow(0);
        QVERIFY(archive->isEnabled());

        const QString pdfPath = m_dir.filePath(QStringLiteral("Walter Exampleton - archive.pdf"));
        const QString jsonPath = m_dir.filePath(QStringLiteral("Walter Exampleton - archive.json"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        FileDialog::setNextAnswer(pdfPath);
        QTest::mouseClick(archive, Qt::LeftButton);
        ArchiveConfirmDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = driver.window()->findChild<ArchiveConfirmDialog *>()) != nullptr);
        QVERIFY(QFile::exists(pdfPath));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QString sha256 =
            QString::fromLatin1(QCryptographicHash::hash(json.readAll(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(driver.child<QLabel>("recordsKeptMessageLabel")->text(),
                 QStringLiteral("The export of Walter Exampleton's records is saved; nothing is removed yet."));
        // Nothing goes until his name is typed as written.
        auto *name = confirm->findChild<QLineEdit *>(QStringLiteral("archiveNameLineEdit"));
        auto *remove = confirm->findChild<QPushButton *>(QStringLiteral("archiveRemovePushButton"));
        QTest::keyClicks(name, QStringLiteral("Walter"));
        QCoreApplication::processEvents();
        QVERIFY(!remove->isEnabled());
        QTest::keyClicks(name, QStringLiteral(" exampleton"));
        QVERIFY(remove->isEnabled());
        // WCN_LAYOUT_SHOTS=<folder> saves the page (at a station's 1366x768) and the confirmation, to look at.
        if (const QString shots = qEnvironmentVariable("WCN_LAYOUT_SHOTS"); !shots.isEmpty()) {
            driver.window()->resize(1366, 768);
            QCoreApplication::processEvents();
            QVERIFY(driver.window()->grab().save(shots + QStringLiteral("/records-kept-archive.png")));
            QVERIFY(confirm->grab().save(shots + QStringLiteral("/archive-confirm.png")));
        }
        QCOMPARE(text(QStringLiteral("SELECT count(*) FROM residents WHERE id = $1"), {m_fixture.resident("A1b")}),
                 QStringLiteral("1"));
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(driver.child<QLabel>("recordsKeptMessageLabel")->text(),
                     QStringLiteral("The records of Walter Exampleton are archived: nothing of theirs remains in "
                                    "Write Care Notes; the export in %1 is the organization's archive.")
                         .arg(pdfPath));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(text(QStringLiteral("SELECT count(*) FROM residents WHERE id = $1"), {m_fixture.resident("A1b")}),
                 QStringLiteral("0"));
        QCOMPARE(text(QStringLiteral("SELECT details ->> 'export_sha256' FROM audit_log WHERE event = "
                                     "'resident_archived' AND subject_id = $1"),
                      {m_fixture.resident("A1b")}),
                 sha256);
        QVERIFY(m_db->run(QStringLiteral("SELECT wcn_seal_audit_log()")));
        QCOMPARE(auditProblems(), QStringList());
    }
};

QTEST_MAIN(TestArchive)
#include "TestArchive.moc"
