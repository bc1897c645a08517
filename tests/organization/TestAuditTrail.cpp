// The audit trail (issue 18, point 3), against the real server: the nurse changes a care plan of Edna Testresident's
// and the administrator a user's name; the store filters by who, resident, kind of record and what happened, pages
// without losing or repeating an entry, and its CSV reads back. Last, the window: the administrator finds the change,
// reads it whole, saves the list, verifies the trail, and after a superuser changes a user's row behind the
// triggers' back, Verify names it.
#include "SignedInConnection.h"
#include "StationWindowDriver.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "common/AuditWords.h"
#include "common/DateText.h"
#include "database/PgSession.h"
#include "organization/AuditTrailModel.h"
#include "organization/AuditTrailStore.h"
#include "widgets/FileDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestAuditTrail : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    QTemporaryDir m_dir;
    QDate m_serverToday; // entries are stamped by the server's clock: the periods are built around its date
    QString m_before;    // the care plan's review date before the nurse's change, and after
    QString m_after;

    AuditTrailFilter period() const
    {
        AuditTrailFilter filter;
        filter.from = m_serverToday.addDays(-1);
        filter.to = m_serverToday.addDays(1);
        return filter;
    }
    static QStringList whoAndWhat(const QList<AuditTrailRow> &rows)
    {
        QStringList out;
        for (const AuditTrailRow &row : rows)
            out.append(row.who + QStringLiteral(": ") + row.event);
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
        m_serverToday = QDate::fromString(m_db->text(QStringLiteral("SELECT current_date::text")), Qt::ISODate);
        QVERIFY(m_serverToday.isValid());

        const auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        QVERIFY(nurse->isValid());
        const QString plan = m_db->text(QStringLiteral("SELECT id FROM care_plans WHERE resident_id = $1 ORDER BY id "
                                                       "LIMIT 1"),
                                        {m_fixture.resident("A1a")});
        m_before = m_db->text(QStringLiteral("SELECT review_date::text FROM care_plans WHERE id = $1"), {plan});
        const PgResult changed =
            PgSession(nurse->database())
                .exec(QStringLiteral("UPDATE care_plans SET review_date = review_date + 14 WHERE id = $1 "
                                     "RETURNING review_date::text"),
                      {plan});
        QVERIFY2(changed.ok(), qPrintable(changed.error().message));
        m_after = changed.text(0, 0);
    }
    void cleanupTestCase() { m_db.reset(); }

    void filtersSelectWhoWhatAndWhom()
    {
        const auto manager = m_fixture.signedIn(*m_db, "managerA");
        QVERIFY(manager->isValid());
        AuditTrailFilter filter = period();
        filter.table = QStringLiteral("care_plans");
        filter.events = QStringList({QStringLiteral("row_updated")});
        Result<QList<AuditTrailRow>> rows = AuditTrailStore::all(manager->database(), filter);
        QVERIFY2(rows.ok(), qPrintable(rows.message));
        QCOMPARE(whoAndWhat(rows.value), QStringList({QStringLiteral("Aino Testnurse: row_updated")}));
        const AuditTrailRow &change = rows.value.first();
        QCOMPARE(change.about, QStringLiteral("Edna Testresident"));
        QCOMPARE(change.role, QStringLiteral("nurse"));
        QCOMPARE(AuditWords::change(change.event, change.details),
                 QStringLiteral("Care plan: Review date %1 → %2")
                     .arg(DateText::longDate(QDate::fromString(m_before, Qt::ISODate)),
                          DateText::longDate(QDate::fromString(m_after, Qt::ISODate))));

        // One user's entries: the nurse's sign-in and her change (the row's values, and the care plan's own event
        // since migration 3), nobody else's.
        filter = period();
        filter.userId = m_fixture.user("nurseA");
        rows = AuditTrailStore::all(manager->database(), filter);
        QVERIFY(rows.ok());
        QCOMPARE(whoAndWhat(rows.value), QStringList({QStringLiteral("Aino Testnurse: care_plan_changed"),
                                                      QStringLiteral("Aino Testnurse: row_updated"),
                                                      QStringLiteral("Aino Testnurse: sign_in")}));

        // One resident's: every entry about Edna, none about anyone else.
        filter = period();
        filter.residentId = m_fixture.resident("A1a");
        rows = AuditTrailStore::all(manager->database(), filter);
        QVERIFY(rows.ok());
        const int aboutEdna = m_db->session()
                                  .exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE subject_id = $1"),
                                        {m_fixture.resident("A1a")})
                                  .integer(0, 0);
        QVERIFY(aboutEdna >= 3); // her admission, her record, her care plans, the change
        QCOMPARE(rows.value.size(), aboutEdna);
        for (const AuditTrailRow &row : rows.value)
            QCOMPARE(row.about, QStringLiteral("Edna Testresident"));

        // Sign-ins alone.
        filter = period();
        filter.events = AuditTrailStore::eventGroups().first().events;
        rows = AuditTrailStore::all(manager->database(), filter);
        QVERIFY(rows.ok());
        QVERIFY(rows.value.size() >= 2);
        for (const AuditTrailRow &row : rows.value)
            QVERIFY2(filter.events.contains(row.event), qPrintable(row.event));
    }

    void pagesNeitherLoseNorRepeatAnEntry()
    {
        const auto manager = m_fixture.signedIn(*m_db, "managerA");
        const Result<QList<AuditTrailRow>> all = AuditTrailStore::all(manager->database(), period());
        QVERIFY(all.ok());
        QVERIFY(all.value.size() > 20);
        QList<qint64> paged;
        std::optional<AuditTrailRow> after;
        for (;;) {
            const Result<KeysetPage<AuditTrailRow>> page =
                AuditTrailStore::page(manager->database(), period(), after, 7);
            QVERIFY(page.ok());
            for (const AuditTrailRow &row : page.value.rows)
                paged.append(row.id);
            if (page.value.atEnd)
                break;
            after = page.value.rows.constLast();
        }
        QList<qint64> whole;
        for (const AuditTrailRow &row : all.value)
            whole.append(row.id);
        QCOMPARE(paged, whole);
        // Newest first.
        for (int i = 1; i < all.value.size(); ++i)
            QVERIFY(all.value.at(i - 1).atMicroseconds >= all.value.at(i).atMicroseconds);
    }

    // The window, as the administrator: the change of a user she made herself, whole below; saved as CSV; verified;
    // then a superuser's change behind the triggers' back, named by Verify.
    void anAdministratorReadsSavesAndVerifiesTheTrail()
    {
        const auto admin = m_fixture.signedIn(*m_db, "adminA");
        QVERIFY(PgSession(admin->database())
                    .exec(QStringLiteral("UPDATE users SET last_name = 'Testnurse-Jones' WHERE id = $1"),
                          {m_fixture.user("nurseA2")})
                    .ok());

        QTemporaryDir drafts;
        StationWindowDriver driver(m_fixture.stationSettings(*m_db), drafts.path());
        QVERIFY(driver.signIn(m_fixture.email("adminA"), QString::fromLatin1(TenantFixture::password),
                              QStringLiteral("Audit trail")));
        auto *table = driver.child<QTableView>("auditTrailTableView");
        auto *status = driver.child<QLabel>("auditTrailStatusLabel");
        auto *entry = driver.child<QPlainTextEdit>("auditTrailEntryPlainTextEdit");
        QTRY_VERIFY(table->isVisible());
        QTRY_VERIFY(table->model()->rowCount() > 0);
        // The administrator may not read residents: no resident to choose, and no resident's change listed.
        QCOMPARE(driver.child<QComboBox>("auditTrailResidentComboBox")->count(), 1);
        driver.child<QDateEdit>("auditTrailFromDateEdit")->setDate(m_serverToday.addDays(-1));
        driver.child<QDateEdit>("auditTrailToDateEdit")->setDate(m_serverToday.addDays(1));
        auto *who = driver.child<QComboBox>("auditTrailWhoComboBox");
        QTRY_VERIFY(who->count() > 1);
        who->setCurrentIndex(who->findText(QStringLiteral("Adam Testadmin")));
        auto *record = driver.child<QComboBox>("auditTrailRecordComboBox");
        record->setCurrentIndex(record->findText(QStringLiteral("User")));
        auto *what = driver.child<QComboBox>("auditTrailWhatComboBox");
        what->setCurrentIndex(what->findText(QStringLiteral("Records changed")));
        QTest::mouseClick(driver.child<QPushButton>("auditTrailShowPushButton"), Qt::LeftButton);
        QTRY_COMPARE(status->text(), QStringLiteral("1 entry in the period."));
        QCOMPARE(table->model()->index(0, AuditTrailModel::WhoColumn).data().toString(),
                 QStringLiteral("Adam Testadmin"));
        QCOMPARE(table->model()->index(0, AuditTrailModel::WhatColumn).data().toString(), QStringLiteral("Changed"));
        QCOMPARE(table->model()->index(0, AuditTrailModel::AboutColumn).data().toString(),
                 QStringLiteral("Ola Testnurse-Jones"));
        QCOMPARE(table->model()->index(0, AuditTrailModel::DetailsColumn).data().toString(),
                 QStringLiteral("User: Surname Testnurse → Testnurse-Jones"));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Down);
        QTRY_VERIFY(entry->toPlainText().contains(QStringLiteral("  last_name: Testnurse → Testnurse-Jones")));
        QVERIFY(entry->toPlainText().startsWith(QStringLiteral("Entry ")));
        // WCN_LAYOUT_SHOTS=<folder> saves the page as it is now, to look at.
        if (const QString folder = qEnvironmentVariable("WCN_LAYOUT_SHOTS"); !folder.isEmpty()) {
            driver.window()->resize(1366, 768 - 70);
            QVERIFY(driver.window()->grab().save(folder + QStringLiteral("/audit-trail-entry.png")));
        }

        // Saved as CSV and read back.
        const QString csvPath = m_dir.filePath(QStringLiteral("trail.csv"));
        FileDialog::setNextAnswer(csvPath);
        QTest::mouseClick(driver.child<QPushButton>("auditTrailCsvPushButton"), Qt::LeftButton);
        QTRY_COMPARE(status->text(), QStringLiteral("Saved as CSV, 1 entry: %1").arg(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first(), QStringLiteral("When,Who,Role,Station,What,About,Details"));
        QVERIFY2(lines.at(1).contains(QStringLiteral(",Adam Testadmin,Administrator,")), qPrintable(lines.at(1)));
        const int json = lines.at(1).indexOf(QStringLiteral("\"{"));
        QVERIFY(json > 0);
        const QJsonObject details =
            QJsonDocument::fromJson(
                lines.at(1).mid(json + 1).chopped(1).replace(QStringLiteral("\"\""), QStringLiteral("\"")).toUtf8())
                .object();
        QCOMPARE(details.value(QStringLiteral("new")).toObject().value(QStringLiteral("last_name")).toString(),
                 QStringLiteral("Testnurse-Jones"));

        // Verify: intact; then a user's row changed with the triggers off, and named.
        auto *verify = driver.child<QPushButton>("auditTrailVerifyPushButton");
        QVERIFY(verify->isVisible());
        QTest::mouseClick(verify, Qt::LeftButton);
        QTRY_COMPARE(status->text(), QStringLiteral("The audit trail is intact: no entry was changed, put in or taken "
                                                    "out, and every audited record matches its latest entry."));
        QVERIFY(m_db->run(QStringLiteral("ALTER TABLE users DISABLE TRIGGER users_audit_row_change")));
        QVERIFY(
            m_db->run(QStringLiteral("UPDATE users SET role = 'manager' WHERE id = $1"), {m_fixture.user("carerA")}));
        QVERIFY(m_db->run(QStringLiteral("ALTER TABLE users ENABLE TRIGGER users_audit_row_change")));
        QTest::mouseClick(verify, Qt::LeftButton);
        QTRY_COMPARE(status->text(), QStringLiteral("The audit trail is NOT intact: 1 problem found, listed below."));
        QVERIFY(entry->toPlainText().startsWith(QStringLiteral("Row id %1 of users does not match its latest audit "
                                                               "entry: it was changed while the audit triggers were "
                                                               "off.")
                                                    .arg(m_fixture.user("carerA"))));
        if (const QString folder = qEnvironmentVariable("WCN_LAYOUT_SHOTS"); !folder.isEmpty())
            QVERIFY(driver.window()->grab().save(folder + QStringLiteral("/audit-trail-verified.png")));
        driver.closeWindow();
    }
};

QTEST_MAIN(TestAuditTrail)
#include "TestAuditTrail.moc"
