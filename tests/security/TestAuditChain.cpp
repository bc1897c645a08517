// The audit log's hash chains (issue 18, point 3; migration 27): entries sealed into one chain per organization once
// committed; a station may neither seal nor change them; a superuser who changes, puts in or takes out an entry
// behind the append-only rule's back is found, entry by entry, in that organization's chain alone.
#include "SignedInConnection.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "database/AuditChain.h"
#include "database/PgSession.h"
#include "organization/NewUser.h"
#include "organization/OrganizationSetup.h"

#include <QTest>

#include <memory>

class TestAuditChain : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;

    PgResult exec(const QString &statement, const QVariantList &params = {}) const
    {
        return m_db->session().exec(statement, params);
    }
    // The id of the entry at a position of an organization's chain.
    QString entryAt(const QString &organization, int position) const
    {
        return exec(QStringLiteral("SELECT id FROM audit_log WHERE organization_id = $1::uuid AND chain_position = $2"),
                    {organization, position})
            .text(0, 0);
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
        // Sign-ins in both organizations: entries to seal.
        for (const char *who : {"adminA", "nurseA", "managerA", "nurseB", "nurseB"})
            QVERIFY(m_fixture.signedIn(*m_db, who)->isValid());
    }
    void cleanupTestCase() { m_db.reset(); }

    void entriesAreSealedIntoOneChainPerOrganization()
    {
        const qint64 unsealed =
            exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE chain_position IS NULL")).text(0, 0).toLongLong();
        QVERIFY(unsealed >= 4);
        const Result<qint64> sealed = AuditChain::seal(m_db->connection());
        QVERIFY2(sealed.ok(), qPrintable(sealed.message));
        QCOMPARE(sealed.value, unsealed);
        // Positions 1..n in each organization's chain, in the order the entries were written.
        QCOMPARE(exec(QStringLiteral("SELECT count(*) FROM (SELECT organization_id, chain_position, "
                                     "row_number() OVER (PARTITION BY organization_id ORDER BY id) AS n "
                                     "FROM audit_log) AS c WHERE chain_position IS DISTINCT FROM n"))
                     .integer(0, 0),
                 0);
        QCOMPARE(AuditChain::seal(m_db->connection()).value, 0); // nothing twice
        const Result<QList<AuditChain::Verification>> verified = AuditChain::verifyAll(m_db->connection());
        QVERIFY2(verified.ok(), qPrintable(verified.message));
        QVERIFY(verified.value.size() >= 2);
        for (const AuditChain::Verification &chain : verified.value) {
            QVERIFY2(chain.intact(), qPrintable(chain.name));
            QVERIFY(chain.headPosition > 0);
            QCOMPARE(chain.headHash.size(), 64);
        }
    }

    void aStationNeitherSealsNorChangesTheChain()
    {
        const auto admin = m_fixture.signedIn(*m_db, "adminA");
        const PgSession session(admin->database());
        QCOMPARE(session.exec(QStringLiteral("SELECT public.wcn_seal_audit_log()")).error().sqlState,
                 QStringLiteral("42501"));
        QCOMPARE(session.exec(QStringLiteral("SELECT * FROM public.wcn_verify_audit_chain($1::uuid)"), {m_fixture.orgB})
                     .error()
                     .sqlState,
                 QStringLiteral("42501"));
        QVERIFY(!session.exec(QStringLiteral("UPDATE public.audit_log SET chain_position = NULL")).ok());
        // Her own organization's chain she verifies; another's is never hers to see, nor anyone's without the right.
        const Result<AuditChain::Verification> own = AuditChain::verifyOwn(admin->database());
        QVERIFY2(own.ok(), qPrintable(own.message));
        QVERIFY(own.value.intact());
        QVERIFY(own.value.headPosition > 0);
        const auto carer = m_fixture.signedIn(*m_db, "carerA");
        const Result<AuditChain::Verification> carers = AuditChain::verifyOwn(carer->database());
        QVERIFY(carers.ok());
        QCOMPARE(carers.value.headPosition, 0);
        QVERIFY(carers.value.findings.isEmpty());
    }

    // Review of migration 27: a station could have stopped every chain's sealing by holding its advisory lock (where
    // the migrator had not closed advisory locks to stations), and a manager of some homes learnt the whole
    // organization's head and hashes. Now the heads are rows stations cannot
    // lock, and the chain is given only to those who may read every entry.
    void nobodyAtAStationHoldsUpSealingOrLearnsWhatTheyMayNotRead()
    {
        const auto admin = m_fixture.signedIn(*m_db, "adminA");
        const PgSession station(admin->database());
        // Advisory locks are closed to stations (migrate), and sealing no longer takes one anyway.
        QCOMPARE(station
                     .exec(QStringLiteral("SELECT pg_advisory_lock(hashtextextended('wcn audit chain ' || $1, 0))"),
                           {m_fixture.orgA})
                     .error()
                     .sqlState,
                 QStringLiteral("42501"));
        QCOMPARE(station.exec(QStringLiteral("SELECT * FROM public.audit_chain_heads FOR UPDATE")).error().sqlState,
                 QStringLiteral("42501"));
        QVERIFY(m_fixture.signedIn(*m_db, "nurseA")->isValid()); // an entry to seal
        QVERIFY(AuditChain::seal(m_db->connection()).value >= 1);

        NewUser manager;
        manager.organizationId = m_fixture.orgA;
        manager.email = QStringLiteral("fern.manager@example.org");
        manager.firstName = QStringLiteral("Fay");
        manager.lastName = QStringLiteral("Testmanager");
        manager.role = QStringLiteral("manager");
        manager.facilityIds = {m_fixture.facilityA1};
        QVERIFY(
            OrganizationSetup::createUser(m_db->session(), manager, QString::fromLatin1(TenantFixture::password), false)
                .ok());
        const auto fern = std::make_unique<SignedInConnection>(m_fixture.stationSettings(*m_db), manager.email,
                                                               QString::fromLatin1(TenantFixture::password));
        QVERIFY2(fern->isValid(), qPrintable(fern->errorMessage()));
        const Result<AuditChain::Verification> hers = AuditChain::verifyOwn(fern->database());
        QVERIFY(hers.ok());
        QCOMPARE(hers.value.headPosition, 0);
        QVERIFY(hers.value.headHash.isEmpty());
    }

    // As a superuser with the append-only trigger off: an entry of Meadowbank changed, another taken out; an entry
    // forged into Hollyfield's chain with the positions after it moved up and its own hash made right. Each is named,
    // in its own organization's chain alone.
    void tamperingIsFoundAndNamed()
    {
        QVERIFY(AuditChain::seal(m_db->connection()).ok());
        const QString altered = entryAt(m_fixture.orgA, 2);
        const QString afterRemoved = entryAt(m_fixture.orgA, 5);
        QVERIFY(!afterRemoved.isEmpty());
        const int orgBEntries =
            exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE organization_id = $1::uuid"), {m_fixture.orgB})
                .integer(0, 0);
        QVERIFY(orgBEntries >= 2);
        const QString hollyfieldSecond = entryAt(m_fixture.orgB, 2);
        QVERIFY(m_db->run(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")));
        QVERIFY(m_db->run(
            QStringLiteral("UPDATE audit_log SET details = '{\"forged\": true}' WHERE id = %1").arg(altered)));
        QVERIFY(m_db->run(QStringLiteral("DELETE FROM audit_log WHERE organization_id = '%1' AND chain_position = 4")
                              .arg(m_fixture.orgA)));
        // Hollyfield: a new entry at position 2, the rest moved up one.
        QVERIFY(m_db->run(QStringLiteral("UPDATE audit_log SET chain_position = chain_position + 1000 "
                                         "WHERE organization_id = '%1' AND chain_position >= 2")
                              .arg(m_fixture.orgB)));
        QVERIFY(m_db->run(QStringLiteral("UPDATE audit_log SET chain_position = chain_position - 999 "
                                         "WHERE organization_id = '%1' AND chain_position > 1000")
                              .arg(m_fixture.orgB)));
        QVERIFY(m_db->run(
            QStringLiteral("INSERT INTO audit_log (id, organization_id, station, event, details, transaction_id, "
                           "chain_position, previous_hash, entry_hash) OVERRIDING SYSTEM VALUE "
                           "SELECT 9000000, '%1', 'forged', 'sign_in', '{}', pg_current_xact_id(), 2, "
                           "(SELECT entry_hash FROM audit_log WHERE organization_id = '%1' AND chain_position = 1), "
                           "'\\x00'")
                .arg(m_fixture.orgB)));
        QVERIFY(m_db->run(QStringLiteral("UPDATE audit_log SET entry_hash = wcn_audit_entry_hash(previous_hash, "
                                         "audit_log) WHERE id = 9000000")));
        QVERIFY(m_db->run(QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only")));

        // Meadowbank's administrator, in the window's way.
        const auto admin = m_fixture.signedIn(*m_db, "adminA");
        const Result<AuditChain::Verification> own = AuditChain::verifyOwn(admin->database());
        QVERIFY2(own.ok(), qPrintable(own.message));
        QCOMPARE(own.value.findings.size(), 2);
        QCOMPARE(AuditChain::describe(own.value.findings.at(0)),
                 QStringLiteral("Entry %1 (position 2) does not match its seal: it was changed after it was sealed.")
                     .arg(altered));
        QCOMPARE(AuditChain::describe(own.value.findings.at(1)), QStringLiteral("1 entry missing from position 4."));

        // The owner's view of every chain: Hollyfield's forged entry, and nothing of Meadowbank's there.
        const Result<QList<AuditChain::Verification>> all = AuditChain::verifyAll(m_db->connection());
        QVERIFY(all.ok());
        bool sawHollyfield = false;
        for (const AuditChain::Verification &chain : all.value) {
            if (chain.chain == m_fixture.orgB) {
                sawHollyfield = true;
                QCOMPARE(chain.findings.size(), 1);
                // The forged entry is sound in itself; the one after it no longer links to its predecessor.
                QCOMPARE(AuditChain::describe(chain.findings.first()),
                         QStringLiteral("Entry %1 (position 3) is not linked to the entry before it: an entry was put "
                                        "in or taken out there.")
                             .arg(hollyfieldSecond));
                QCOMPARE(chain.headPosition, orgBEntries + 1);
            } else if (chain.chain != m_fixture.orgA) {
                QVERIFY2(chain.intact(), qPrintable(chain.name));
            }
        }
        QVERIFY(sawHollyfield);
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "TestAuditChain.moc"
