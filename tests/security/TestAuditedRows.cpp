// Every insert, update and removal of an audited row is an audit entry with who, where and the values before and after
// (issue 18, point 3; migration 28); values only for those who may read the table's rows, never a secret or a medical
// column; and a row changed, put in or taken out with the triggers off is found by verify-audit and by Verify.
#include "SignedInConnection.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "database/AuditChain.h"
#include "database/PgSession.h"
#include "organization/NewUser.h"
#include "organization/OrganizationSetup.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

class TestAuditedRows : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;

    PgResult exec(const QString &statement, const QVariantList &params = {}) const
    {
        return m_db->session().exec(statement, params);
    }
    // The latest entry of a table's row changes, as the owner reads it.
    PgResult latestEntry(const QString &table) const
    {
        return exec(QStringLiteral("SELECT coalesce(user_id::text, '') AS user_id, station, event, "
                                   "subject_id::text AS subject_id, details::text AS details, "
                                   "facility_ids::text AS facility_ids FROM audit_log "
                                   "WHERE details ->> 'table' = $1 ORDER BY id DESC LIMIT 1"),
                    {table});
    }
    static QJsonObject detailsOf(const PgResult &entry)
    {
        return QJsonDocument::fromJson(entry.text(0, "details").toUtf8()).object();
    }
    // How many row entries of a table a signed-in user reads.
    static int visibleEntries(const SignedInConnection &who, const QString &table)
    {
        return PgSession(who.database())
            .exec(
                QStringLiteral("SELECT count(*) FROM audit_log WHERE event LIKE 'row_%' AND details ->> 'table' = $1"),
                {table})
            .integer(0, 0);
    }

    // What verify-audit finds about audited rows, as its sentences, in every organization.
    QStringList rowFindings() const
    {
        const Result<QList<AuditChain::Verification>> all = AuditChain::verifyAll(m_db->connection());
        if (!all.ok())
            return {all.message};
        QStringList found;
        for (const AuditChain::Verification &chain : all.value) {
            for (const AuditChain::RowFinding &finding : chain.rowFindings)
                found.append(AuditChain::describe(finding));
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
    }
    void cleanupTestCase() { m_db.reset(); }

    void aNurseChangeIsRecordedWithWhoAndTheValuesBeforeAndAfter()
    {
        const QString resident = m_fixture.resident("A1a");
        const QString before =
            exec(QStringLiteral("SELECT review_date::text FROM care_plans WHERE resident_id = $1 ORDER BY id LIMIT 1"),
                 {resident})
                .text(0, 0);
        QVERIFY(!before.isEmpty());
        const auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        QVERIFY(nurse->isValid());
        const PgResult changed =
            PgSession(nurse->database())
                .exec(QStringLiteral("UPDATE care_plans SET review_date = review_date + 7 "
                                     "WHERE id = (SELECT id FROM care_plans WHERE resident_id = $1 "
                                     "ORDER BY id LIMIT 1) RETURNING review_date::text"),
                      {resident});
        QVERIFY2(changed.ok(), qPrintable(changed.error().message));
        const QString after = changed.text(0, 0);
        QVERIFY(after != before);

        const PgResult entry = latestEntry(QStringLiteral("care_plans"));
        QCOMPARE(entry.text(0, "event"), QStringLiteral("row_updated"));
        QCOMPARE(entry.text(0, "user_id"), m_fixture.user("nurseA"));
        const QString station =
            exec(QStringLiteral("SELECT station FROM audit_log WHERE event = 'sign_in' AND user_id = $1 "
                                "ORDER BY id DESC LIMIT 1"),
                 {m_fixture.user("nurseA")})
                .text(0, 0);
        QCOMPARE(entry.text(0, "station"), station);
        QCOMPARE(entry.text(0, "subject_id"), resident);
        QCOMPARE(entry.text(0, "facility_ids"), QStringLiteral("{%1}").arg(m_fixture.facilityA1));
        const QJsonObject details = detailsOf(entry);
        QCOMPARE(details.value(QStringLiteral("operation")).toString(), QStringLiteral("updated"));
        QCOMPARE(details.value(QStringLiteral("resident_id")).toString(), resident);
        QVERIFY(
            details.value(QStringLiteral("fields")).toVariant().toStringList().contains(QStringLiteral("review_date")));
        QCOMPARE(details.value(QStringLiteral("old")).toObject().value(QStringLiteral("review_date")).toString(),
                 before);
        QCOMPARE(details.value(QStringLiteral("new")).toObject().value(QStringLiteral("review_date")).toString(),
                 after);
        QCOMPARE(details.value(QStringLiteral("row_hash")).toString().size(), 64);
    }

    void aRowPutInAndTakenOutOutsideTheApplicationIsRecordedAndNamedSo()
    {
        QVERIFY(m_db->run(QStringLiteral("INSERT INTO user_facilities (organization_id, user_id, facility_id) "
                                         "VALUES ($1, $2, $3)"),
                          {m_fixture.orgA, m_fixture.user("nurseA2"), m_fixture.facilityA1}));
        PgResult entry = latestEntry(QStringLiteral("user_facilities"));
        QCOMPARE(entry.text(0, "event"), QStringLiteral("row_inserted"));
        QCOMPARE(entry.text(0, "user_id"), QString()); // nobody signed in
        QCOMPARE(entry.text(0, "station"),
                 QStringLiteral("database role %1").arg(exec(QStringLiteral("SELECT session_user")).text(0, 0)));
        QCOMPARE(
            detailsOf(entry).value(QStringLiteral("new")).toObject().value(QStringLiteral("facility_id")).toString(),
            m_fixture.facilityA1);
        QVERIFY(m_db->run(QStringLiteral("DELETE FROM user_facilities WHERE user_id = $1 AND facility_id = $2"),
                          {m_fixture.user("nurseA2"), m_fixture.facilityA1}));
        entry = latestEntry(QStringLiteral("user_facilities"));
        QCOMPARE(entry.text(0, "event"), QStringLiteral("row_deleted"));
        QCOMPARE(detailsOf(entry).value(QStringLiteral("old")).toObject().value(QStringLiteral("user_id")).toString(),
                 m_fixture.user("nurseA2"));
    }

    void secretsAndMedicalValuesAreNeverCopied()
    {
        QVERIFY(m_db->run(QStringLiteral("UPDATE residents SET medical_details = '{\"conditions\": \"asthma\"}' "
                                         "WHERE id = $1"),
                          {m_fixture.resident("A1b")}));
        PgResult entry = latestEntry(QStringLiteral("residents"));
        QJsonObject details = detailsOf(entry);
        QVERIFY(details.value(QStringLiteral("fields"))
                    .toVariant()
                    .toStringList()
                    .contains(QStringLiteral("medical_details")));
        QVERIFY(!details.value(QStringLiteral("new")).toObject().contains(QStringLiteral("medical_details")));
        QVERIFY(!entry.text(0, "details").contains(QStringLiteral("asthma")));

        QVERIFY(m_db->run(QStringLiteral("UPDATE user_credentials SET password_hash = crypt('x', gen_salt('bf', 4)), "
                                         "must_change_password = true WHERE user_id = $1"),
                          {m_fixture.user("carerA")}));
        entry = latestEntry(QStringLiteral("user_credentials"));
        details = detailsOf(entry);
        QCOMPARE(details.value(QStringLiteral("fields")).toVariant().toStringList(),
                 QStringList({QStringLiteral("must_change_password"), QStringLiteral("password_hash")}));
        QCOMPARE(details.value(QStringLiteral("new")).toObject().keys(),
                 QStringList({QStringLiteral("must_change_password")}));
        QVERIFY(!entry.text(0, "details").contains(QStringLiteral("$2")));

        // A sign-in changes only bookkeeping (the last sign-in), which is the sign-in's own entry: no row entry.
        const int before = exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE details ->> 'table' = "
                                               "'user_credentials'"))
                               .integer(0, 0);
        QVERIFY(m_fixture.signedIn(*m_db, "managerA")->isValid());
        QCOMPARE(exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE details ->> 'table' = 'user_credentials'"))
                     .integer(0, 0),
                 before);
    }

    void eachReaderSeesTheChangesOfWhatTheyMayRead()
    {
        const auto manager = m_fixture.signedIn(*m_db, "managerA");
        const auto admin = m_fixture.signedIn(*m_db, "adminA");
        const auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        const auto other = m_fixture.signedIn(*m_db, "nurseB");
        QVERIFY(manager->isValid() && admin->isValid() && nurse->isValid() && other->isValid());
        const int residentsA =
            exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE details ->> 'table' = 'residents' "
                                "AND organization_id = $1"),
                 {m_fixture.orgA})
                .integer(0, 0);
        QVERIFY(residentsA >= 3);
        // The manager of every home reads her organization's resident changes; the administrator, who may not read
        // residents, reads users' changes and no resident's; a nurse reads no audit log; nobody another organization's.
        QCOMPARE(visibleEntries(*manager, QStringLiteral("residents")), residentsA);
        QCOMPARE(visibleEntries(*admin, QStringLiteral("residents")), 0);
        for (const QString &table : {QStringLiteral("users"), QStringLiteral("user_credentials")}) {
            const int entries = exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE details ->> 'table' = $1 "
                                                    "AND organization_id = $2"),
                                     {table, m_fixture.orgA})
                                    .integer(0, 0);
            QVERIFY(entries >= 5); // one for each of Meadowbank's five users at least
            QCOMPARE(visibleEntries(*admin, table), entries);
        }
        QCOMPARE(visibleEntries(*nurse, QStringLiteral("care_plans")), 0);
        QCOMPARE(visibleEntries(*other, QStringLiteral("users")), 0);
    }

    // Review of migration 28: an administrator of one home who manages users (and was given residents.read) read
    // the values of other homes' residents through the audit log; managing users still gives every home's sign-ins
    // and users' changes, but a home's records only in her own homes.
    void managingUsersIsNoWayIntoAnotherHomesRecords()
    {
        NewUser admin;
        admin.organizationId = m_fixture.orgA;
        admin.email = QStringLiteral("rhian.homeadmin@example.org");
        admin.firstName = QStringLiteral("Rhian");
        admin.lastName = QStringLiteral("Testadmin");
        admin.role = QStringLiteral("admin");
        admin.facilityIds = {m_fixture.facilityA1};
        admin.grants = {QStringLiteral("residents.read")};
        QVERIFY(
            OrganizationSetup::createUser(m_db->session(), admin, QString::fromLatin1(TenantFixture::password), false)
                .ok());
        const auto rhian = std::make_unique<SignedInConnection>(m_fixture.stationSettings(*m_db), admin.email,
                                                                QString::fromLatin1(TenantFixture::password));
        QVERIFY2(rhian->isValid(), qPrintable(rhian->errorMessage()));
        const auto residentsSeen = [&](const QString &resident) {
            return PgSession(rhian->database())
                .exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE details ->> 'table' = 'residents' "
                                     "AND subject_id = $1"),
                      {resident})
                .integer(0, 0);
        };
        QVERIFY(residentsSeen(m_fixture.resident("A1a")) >= 1); // Fern House, hers
        QCOMPARE(residentsSeen(m_fixture.resident("A2")), 0);   // Oak House, not hers
        // Users' changes of every home, as before.
        QCOMPARE(visibleEntries(*rhian, QStringLiteral("users")),
                 exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE details ->> 'table' = 'users' "
                                     "AND organization_id = $1"),
                      {m_fixture.orgA})
                     .integer(0, 0));
    }

    // As a superuser, behind the triggers' back: a resident's room changed with the trigger disabled, a home of
    // Hollyfield put in and a Meadowbank user's home taken away in replica mode (no trigger fires). Each is named, in
    // its organization alone; the change through the application beforehand is not.
    void aRowChangedWithTheTriggersOffIsFound()
    {
        QCOMPARE(rowFindings(), QStringList());

        const QString resident = m_fixture.resident("A2");
        QVERIFY(m_db->run(QStringLiteral("ALTER TABLE residents DISABLE TRIGGER residents_audit_row_change")));
        QVERIFY(m_db->run(QStringLiteral("UPDATE residents SET room_number = '99' WHERE id = $1"), {resident}));
        QVERIFY(m_db->run(QStringLiteral("ALTER TABLE residents ENABLE TRIGGER residents_audit_row_change")));
        const QString sneaky = QStringLiteral("00000000-0000-4000-8000-0000000000b9");
        QVERIFY(m_db->run(QStringLiteral("SET session_replication_role = replica")));
        QVERIFY(m_db->run(QStringLiteral("INSERT INTO facilities (id, organization_id, name) VALUES ($1, $2, 'Yew')"),
                          {sneaky, m_fixture.orgB}));
        QVERIFY(
            m_db->run(QStringLiteral("DELETE FROM user_facilities WHERE user_id = $1"), {m_fixture.user("carerA")}));
        QVERIFY(m_db->run(QStringLiteral("RESET session_replication_role")));

        const Result<QList<AuditChain::Verification>> all = AuditChain::verifyAll(m_db->connection());
        QVERIFY(all.ok());
        QStringList meadowbank, hollyfield;
        for (const AuditChain::Verification &chain : all.value) {
            for (const AuditChain::RowFinding &finding : chain.rowFindings)
                (chain.chain == m_fixture.orgA ? meadowbank : hollyfield).append(AuditChain::describe(finding));
        }
        QCOMPARE(meadowbank,
                 QStringList({QStringLiteral("Row id %1 of residents does not match its latest audit entry: it was "
                                             "changed while the audit triggers were off.")
                                  .arg(resident),
                              QStringLiteral("Row facility_id %1, user_id %2 of user_facilities is gone without an "
                                             "audit entry: it was taken out while the audit triggers were off.")
                                  .arg(m_fixture.facilityA1, m_fixture.user("carerA"))}));
        QCOMPARE(hollyfield, QStringList({QStringLiteral("Row id %1 of facilities has no audit entry: it was put in "
                                                         "while the audit triggers were off.")
                                              .arg(sneaky)}));

        // Meadowbank's administrator, from the window's Verify: her organization's two, not Hollyfield's.
        const auto admin = m_fixture.signedIn(*m_db, "adminA");
        const Result<AuditChain::Verification> own = AuditChain::verifyOwn(admin->database());
        QVERIFY2(own.ok(), qPrintable(own.message));
        QCOMPARE(own.value.rowFindings.size(), 2);
        QVERIFY(!own.value.intact());
        // A manager of one home is told nothing (as of the chain).
        const auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        const Result<AuditChain::Verification> hers = AuditChain::verifyOwn(nurse->database());
        QVERIFY(hers.ok());
        QVERIFY(hers.value.rowFindings.isEmpty());
    }

    // Review of migration 28: a row changed with the trigger off, then changed again in the ordinary way, matched its
    // latest entry, and the first change was lost; an update that changes a row's key left its old key "removed";
    // a switched-off trigger was not named.
    void aChangeCoveredByALaterOneIsStillFound()
    {
        const QString walter = m_fixture.resident("A1b");
        QVERIFY(m_db->run(QStringLiteral("ALTER TABLE residents DISABLE TRIGGER residents_audit_row_change")));
        QStringList found = rowFindings();
        QVERIFY(found.contains(
            QStringLiteral("The audit trigger of residents is switched off: its changes are not being recorded.")));
        QVERIFY(m_db->run(QStringLiteral("UPDATE residents SET last_name = 'Forged' WHERE id = $1"), {walter}));
        QVERIFY(m_db->run(QStringLiteral("ALTER TABLE residents ENABLE TRIGGER residents_audit_row_change")));
        QVERIFY(m_db->run(QStringLiteral("UPDATE residents SET room_number = '15' WHERE id = $1"), {walter}));
        // A note moved out of the default partition by the maintenance: the same row, nothing removed or put in.
        QVERIFY(m_db->run(QStringLiteral("INSERT INTO daily_records (organization_id, resident_id, date, shift, "
                                         "narrative, created_by) VALUES ($1, $2, '2099-06-15', 'day', "
                                         "'A note dated beyond the partitions', $3)"),
                          {m_fixture.orgA, walter, m_fixture.user("nurseA")}));
        QCOMPARE(m_db->text(QStringLiteral("SELECT create_daily_record_partition('2099-06-01')::text")),
                 QStringLiteral("true"));
        // A home's shift renamed: its key changes, and nothing is missing.
        QVERIFY(m_db->run(QStringLiteral("DELETE FROM shift_patterns WHERE facility_id = $1 AND shift = 'day'"),
                          {m_fixture.facilityA2}));
        QVERIFY(m_db->run(QStringLiteral("UPDATE shift_patterns SET shift = 'day' WHERE facility_id = $1 "
                                         "AND shift = 'early'"),
                          {m_fixture.facilityA2}));
        found = rowFindings();
        QVERIFY(found.contains(QStringLiteral("Row id %1 of residents does not match its latest audit entry: it was "
                                              "changed while the audit triggers were off.")
                                   .arg(walter)));
        for (const QString &finding : found) {
            QVERIFY2(!finding.contains(QStringLiteral("shift_patterns")), qPrintable(finding));
            QVERIFY2(!finding.contains(QStringLiteral("daily_records")), qPrintable(finding));
            QVERIFY2(!finding.contains(QStringLiteral("switched off")), qPrintable(finding));
        }

        // A table taken out of the registry is compared no more, and named for it.
        QVERIFY(m_db->run(QStringLiteral("DELETE FROM audited_tables WHERE table_name = 'organization_keys'")));
        found = rowFindings();
        QVERIFY(found.contains(QStringLiteral("organization_keys is no longer among the audited tables: its changes "
                                              "are not being recorded or compared.")));
    }
};

QTEST_GUILESS_MAIN(TestAuditedRows)
#include "TestAuditedRows.moc"
