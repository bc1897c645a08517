// The attack suite, stale rights: a signed-in session keeping rights its user no longer has. Since migration 17 a
// session holds what its user may do and where (worked out when it starts), so every change to the user's role,
// permissions, homes, activity or clinical hold must reach their open sessions in the same transaction, and nobody may
// write rights into a session.

#include "AttackSuite.h"
#include "StationConnection.h"
#include "TenantFixture.h"
#include "TestDatabase.h"

#include <QTest>

class TestAttackStaleRights : public AttackSuite
{
    Q_OBJECT

private:
    // What the session answers now, as "capabilities|all facilities|facility ids".
    static QString sessionRights(const StationConnection &connection)
    {
        return connection
            .exec(QStringLiteral("SELECT array_to_string(app_capabilities(), ',') || '|' || app_all_facilities() || "
                                 "'|' || array_to_string(app_facility_ids(), ',')"))
            .text(0, 0);
    }

    // What the user's rights are, worked out from their account by the owner, in the same form.
    QString accountRights(const QString &userId) const
    {
        const PgResult result = m_db->session().exec(
            QStringLiteral(
                "SELECT array_to_string(coalesce((SELECT wcn_effective_capabilities(u.role, u.permissions, "
                "c.clinical_held_since IS NOT NULL) FROM users u JOIN user_credentials c ON c.user_id = u.id "
                "WHERE u.id = $1 AND u.active), '{}'), ',') || '|' || "
                "(SELECT u.all_facilities FROM users u WHERE u.id = $1) || '|' || "
                "coalesce((SELECT string_agg(f.facility_id::text, ',' ORDER BY f.facility_id) FROM user_facilities f "
                "WHERE f.user_id = $1), '')"),
            {userId});
        return result.ok() ? result.text(0, 0) : result.error().message;
    }

    // Residents of organization A the connection can see.
    static int visibleResidents(const StationConnection &connection)
    {
        return connection.exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0);
    }

private slots:
    void initTestCase() { QVERIFY2(setUpFixture().isEmpty(), "fixture"); }
    void cleanupTestCase() { m_db.reset(); }

    void aSessionStartsWithItsUsersRights()
    {
        const auto nurse = signedIn(QStringLiteral("nurseA"));
        const QString rights = sessionRights(*nurse);
        QCOMPARE(rights, accountRights(user("nurseA")));
        QVERIFY2(rights.split(QLatin1Char('|')).at(0).split(QLatin1Char(',')).contains(QStringLiteral("medical.read")),
                 qPrintable(rights));
        QCOMPARE(rights.section(QLatin1Char('|'), 1, 2), QStringLiteral("false|") + m_fixture.facilityA1);
    }

    void everyChangeToTheAccountReachesItsOpenSession()
    {
        const auto nurse = signedIn(QStringLiteral("nurseA"));
        const QString id = user("nurseA");
        const int fernHouse = visibleResidents(*nurse);
        QVERIFY(fernHouse > 0);

        const QList<std::pair<QString, QString>> changes = {
            {QStringLiteral("another home"),
             QStringLiteral("INSERT INTO user_facilities (organization_id, user_id, facility_id) "
                            "VALUES ('%1', '%2', '%3')")
                 .arg(m_fixture.orgA, id, m_fixture.facilityA2)},
            {QStringLiteral("that home taken away"),
             QStringLiteral("DELETE FROM user_facilities WHERE user_id = '%1' AND facility_id = '%2'")
                 .arg(id, m_fixture.facilityA2)},
            {QStringLiteral("every home"),
             QStringLiteral("UPDATE users SET all_facilities = true WHERE id = '%1'").arg(id)},
            {QStringLiteral("back to one"),
             QStringLiteral("UPDATE users SET all_facilities = false WHERE id = '%1'").arg(id)},
            {QStringLiteral("a right denied"),
             QStringLiteral("UPDATE users SET permissions = '{\"deny\": [\"residents.read\"]}' WHERE id = '%1'")
                 .arg(id)},
            {QStringLiteral("the right back"),
             QStringLiteral("UPDATE users SET permissions = '{}' WHERE id = '%1'").arg(id)},
            {QStringLiteral("clinical access held"),
             QStringLiteral("UPDATE user_credentials SET clinical_held_since = now() WHERE user_id = '%1'").arg(id)},
            {QStringLiteral("held no more"),
             QStringLiteral("UPDATE user_credentials SET clinical_held_since = NULL WHERE user_id = '%1'").arg(id)},
            {QStringLiteral("made a carer"), QStringLiteral("UPDATE users SET role = 'carer' WHERE id = '%1'").arg(id)},
            {QStringLiteral("a nurse again"),
             QStringLiteral("UPDATE users SET role = 'nurse' WHERE id = '%1'").arg(id)},
        };
        QStringList seen;
        for (const auto &[what, statement] : changes) {
            QVERIFY2(m_db->run(statement), qPrintable(what));
            const QString rights = sessionRights(*nurse);
            QVERIFY2(rights == accountRights(id), qPrintable(what + QStringLiteral(": ") + rights));
            seen.append(rights);
        }
        // Each change made a difference the session saw at once, and what each allows is what the session reads.
        QVERIFY(seen.at(0).endsWith(m_fixture.facilityA2) || seen.at(0).contains(m_fixture.facilityA2));
        QVERIFY(!seen.at(1).contains(m_fixture.facilityA2));
        QVERIFY(seen.at(2).contains(QStringLiteral("|true|")));
        QVERIFY(!seen.at(4)
                     .section(QLatin1Char('|'), 0, 0)
                     .split(QLatin1Char(','))
                     .contains(QStringLiteral("residents.read")));
        QVERIFY(!seen.at(6).contains(QStringLiteral("medical.read")));
        QVERIFY(seen.at(7).contains(QStringLiteral("medical.read")));
        QVERIFY(!seen.at(8).contains(QStringLiteral("assessments.read")));
        QCOMPARE(visibleResidents(*nurse), fernHouse);

        QVERIFY(m_db->run(QStringLiteral("UPDATE users SET permissions = '{\"deny\": [\"residents.read\"]}' "
                                         "WHERE id = '%1'")
                              .arg(id)));
        QCOMPARE(visibleResidents(*nurse), 0);
        QVERIFY(m_db->run(QStringLiteral("UPDATE users SET permissions = '{}' WHERE id = '%1'").arg(id)));
        QCOMPARE(visibleResidents(*nurse), fernHouse);
    }

    void aDeactivatedUsersSessionHoldsNothing()
    {
        const QString id = makeUser(QStringLiteral("stale.rights@meadowbank.example"), QStringLiteral("nurse"));
        QVERIFY(!id.isEmpty());
        auto connection = station();
        const PgResult signedIn = connection->signIn(QStringLiteral("stale.rights@meadowbank.example"),
                                                     QString::fromLatin1(TenantFixture::password));
        QCOMPARE(signedIn.text(0, 0), QStringLiteral("signed_in"));
        QCOMPARE(connection->exec(QStringLiteral("SELECT app_use_session($1)"), {signedIn.text(0, 1)}).text(0, 0),
                 QStringLiteral("t"));
        QVERIFY(visibleResidents(*connection) > 0);
        QVERIFY(m_db->run(QStringLiteral("UPDATE users SET active = false WHERE id = '%1'").arg(id)));
        QCOMPARE(visibleResidents(*connection), 0);
        QCOMPARE(connection->exec(QStringLiteral("SELECT app_can('residents.read')")).text(0, 0), QStringLiteral("f"));
    }

    void nobodyWritesRightsIntoASession()
    {
        const auto carer = signedIn(QStringLiteral("carerA"));
        const QString before = sessionRights(*carer);
        QCOMPARE(before, accountRights(user("carerA")));
        // The station's own login cannot touch sessions at all.
        QCOMPARE(carer->exec(QStringLiteral("UPDATE sessions SET capabilities = '{users.manage,medical.read}'"))
                     .error()
                     .sqlState,
                 denied);
        // The role the stations' functions run as may write sessions; what it writes into the rights is replaced by
        // what they are.
        QVERIFY(m_db->run(QStringLiteral("SET ROLE wcn_functions")));
        const bool written =
            m_db->run(QStringLiteral("UPDATE sessions SET capabilities = '{users.manage,medical.read}', "
                                     "all_facilities = true, facility_ids = '{}' WHERE user_id = '%1'")
                          .arg(user("carerA")));
        QVERIFY(m_db->run(QStringLiteral("RESET ROLE")));
        QVERIFY(written);
        QCOMPARE(sessionRights(*carer), before);
        QVERIFY(!before.contains(QStringLiteral("medical.read")));
    }

    void theSessionsRowsAgreeWithTheirAccounts()
    {
        // After everything above: every open session holds what its account allows.
        const PgResult disagreeing = m_db->session().exec(QStringLiteral(
            "SELECT count(*) FROM sessions s JOIN users u ON u.organization_id = s.organization_id AND u.id = "
            "s.user_id "
            "JOIN user_credentials c ON c.user_id = u.id WHERE s.revoked_at IS NULL AND ("
            "s.capabilities IS DISTINCT FROM CASE WHEN u.active THEN wcn_effective_capabilities(u.role, u.permissions, "
            "c.clinical_held_since IS NOT NULL) ELSE '{}' END OR s.all_facilities IS DISTINCT FROM u.all_facilities OR "
            "s.facility_ids IS DISTINCT FROM (SELECT coalesce(array_agg(f.facility_id ORDER BY f.facility_id), '{}') "
            "FROM user_facilities f WHERE f.organization_id = u.organization_id AND f.user_id = u.id))"));
        QVERIFY2(disagreeing.ok(), qPrintable(disagreeing.error().message));
        QCOMPARE(disagreeing.integer(0, 0), 0);
        QVERIFY(m_db->session()
                    .exec(QStringLiteral("SELECT count(*) FROM sessions WHERE revoked_at IS NULL"))
                    .integer(0, 0) >= 3);
    }
};

QTEST_GUILESS_MAIN(TestAttackStaleRights)
#include "TestAttackStaleRights.moc"
