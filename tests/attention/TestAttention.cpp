// The manager's home screen against the real server: a home of its own (Birch House) whose every resident, note,
// incident, notification and audit this test writes, read at 10:00 on a day two days back (the early shift) and at
// 03:00 that day (the night shift of the evening before). Each count is checked exactly; then what row-level security
// leaves to a manager of another home, to one without the safeguarding right, and to the other organization. Last, the
// real window offscreen: the manager signs in to it, and each line opens its record by keyboard.
#include "SignedInConnection.h"
#include "StationWindowDriver.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "attention/AttentionModel.h"
#include "attention/AttentionStore.h"
#include "common/Clock.h"
#include "database/PgSession.h"
#include "database/ScopedConnection.h"
#include "organization/OrganizationSetup.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

class TestAttention : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    QString m_birch;                    // the home this test fills
    QMap<QString, QString> m_residents; // P1 ... P4
    QMap<QString, QString> m_incidents; // I1 ... I4
    QString m_actionAuditId;
    QDate m_day;      // two days before the real date: the server accepts what happened then
    QDateTime m_read; // 10:00 that day, local: the early shift
    std::unique_ptr<QTemporaryDir> m_drafts;
    std::unique_ptr<StationWindowDriver> m_driver;

    qint64 ms(qint64 hoursBeforeRead) const { return m_read.addSecs(-hoursBeforeRead * 3600).toMSecsSinceEpoch(); }
    bool run(const QString &statement, const QVariantList &params)
    {
        const PgResult done = m_db->session().exec(statement, params);
        if (!done.ok())
            qWarning() << done.error().message << statement;
        return done.ok();
    }
    QString one(const QString &statement, const QVariantList &params)
    {
        const PgResult done = m_db->session().exec(statement, params);
        if (!done.ok() || done.rowCount() != 1) {
            qWarning() << done.error().message << statement;
            return {};
        }
        return done.text(0, "id");
    }
    QString makeManager(const char *email, bool safeguarding)
    {
        NewUser manager;
        manager.organizationId = m_fixture.orgA;
        manager.email = QString::fromLatin1(email);
        manager.firstName = QStringLiteral("Bram");
        manager.lastName = QStringLiteral("Testmanager");
        manager.role = QStringLiteral("manager");
        manager.facilityIds = {m_birch};
        const Result<QString> made = OrganizationSetup::createUser(m_db->session(), manager,
                                                                   QString::fromLatin1(TenantFixture::password), false);
        if (!made.ok())
            qWarning() << made.message;
        if (!safeguarding)
            run(QStringLiteral("UPDATE users SET permissions = '{\"deny\": [\"incidents.safeguarding\"]}' "
                               "WHERE id = $1::uuid"),
                {made.value});
        return made.value;
    }
    std::unique_ptr<SignedInConnection> signedInAs(const char *email) const
    {
        return std::make_unique<SignedInConnection>(m_fixture.stationSettings(*m_db), QString::fromLatin1(email),
                                                    QString::fromLatin1(TenantFixture::password));
    }
    static const HomeAttention *home(const QList<HomeAttention> &homes, const QString &facilityId)
    {
        for (const HomeAttention &home : homes) {
            if (home.facilityId == facilityId)
                return &home;
        }
        return nullptr;
    }
    static const AttentionLine *line(const HomeAttention &home, AttentionKind kind)
    {
        for (const AttentionLine &line : home.lines) {
            if (line.kind == kind)
                return &line;
        }
        return nullptr;
    }
    // "total/urgent" of one kind, "-" when the home has no such line.
    static QString count(const HomeAttention &home, AttentionKind kind)
    {
        const AttentionLine *found = line(home, kind);
        return found ? QStringLiteral("%1/%2").arg(found->total).arg(found->urgent) : QStringLiteral("-");
    }
    QList<HomeAttention> readAs(const char *email, const QDateTime &at, int itemLimit = AttentionStore::itemsPerLine)
    {
        const auto who = signedInAs(email);
        if (!who->isValid()) {
            qWarning() << who->errorMessage();
            return {};
        }
        const Result<QList<HomeAttention>> read = AttentionStore::read(who->database(), at, nullptr, itemLimit);
        if (!read.ok())
            qWarning() << read.message;
        return read.value;
    }

private slots:
    void initTestCase()
    {
        m_day = QDate::currentDate().addDays(-2);
        m_read = QDateTime(m_day, QTime(10, 0));
        Clock::freezeAt(m_read);
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
        const QString org = m_fixture.orgA;
        const QString author = m_fixture.user("managerA");
        m_birch = one(QStringLiteral("INSERT INTO facilities (organization_id, name) VALUES ($1, 'Birch House') "
                                     "RETURNING id"),
                      {org});
        QVERIFY(!m_birch.isEmpty());
        makeManager("manager.birch@example.org", true);
        makeManager("manager.birch.nosg@example.org", false);

        // P1 and P2 live here, admitted five days back with no assessment (MUST, Waterlow and falls risk due on
        // admission: three overdue each); P3 is in hospital; P4 has left.
        // NHS numbers from the 999 range set aside for tests, with valid check digits.
        const QList<std::tuple<const char *, const char *, const char *, const char *, const char *>> people = {
            {"P1", "Ada", "1", "admitted", "9990001006"},
            {"P2", "Bea", "2", "admitted", "9990001014"},
            {"P3", "Cyd", "3", "in_hospital", "9990001022"},
            {"P4", "Dot", "4", "discharged", "9990001030"},
        };
        for (const auto &[key, first, room, status, nhs] : people) {
            const QString id =
                one(QStringLiteral(
                        "INSERT INTO residents (organization_id, facility_id, first_name, last_name, "
                        "date_of_birth, admission_date, nhs_number, room_number, status, discharge_date, created_by) "
                        "VALUES ($1, $2, $3, 'Testbirch', '1936-05-01', $4::date - 5, $5, $6, $7::text, "
                        "CASE WHEN $7::text = 'discharged' THEN $4::date - 1 END, $8) RETURNING id"),
                    {org, m_birch, QString::fromLatin1(first), m_day, QString::fromLatin1(nhs),
                     QString::fromLatin1(room), QString::fromLatin1(status), author});
            QVERIFY(!id.isEmpty());
            m_residents.insert(QString::fromLatin1(key), id);
        }

        // Care plans: P1's review three days overdue, P2's due today (not overdue), P4's overdue but she has left.
        for (const auto &[key, days] : {std::pair{"P1", -3}, std::pair{"P2", 0}, std::pair{"P4", -10}}) {
            QVERIFY(run(
                QStringLiteral("INSERT INTO care_plans (organization_id, resident_id, type, status, start_date, "
                               "review_date, created_by) VALUES ($1, $2, 'eating_drinking', 'active', $3::date - 40, "
                               "$3::date + $4::integer, $5)"),
                {org, m_residents.value(QString::fromLatin1(key)), m_day, days, author}));
        }

        // Notes. P1: the early shift's observations today, NEWS2 6, escalated. P2: yesterday's late shift, 3 in one
        // parameter (respiration 25) and nothing escalated; the night before, at 04:00 yesterday, NEWS2 6 (30 hours
        // before the read, 23 before 03:00); at 00:00 today, NEWS2 6 replaced by a correction with ordinary readings.
        const QString noteInsert = QStringLiteral(
            "INSERT INTO daily_records (organization_id, resident_id, date, shift, created_by, occurred_at, "
            "observations, escalation) VALUES ($1, $2, $3, $4, $5, to_timestamp($6::bigint / 1000.0), $7::jsonb, "
            "$8::jsonb) RETURNING id");
        const QString six = QStringLiteral("{\"respiration_rate\": 25, \"spo2\": 95, \"systolic\": 105, \"pulse\": 95, "
                                           "\"consciousness\": \"A\", \"temperature\": 37.0, \"oxygen\": false}");
        QVERIFY(
            !one(noteInsert, {org, m_residents.value(QStringLiteral("P1")), m_day, QStringLiteral("early"), author,
                              ms(3), six, QStringLiteral("{\"action\": \"GP called\", \"told\": \"Dr Testdoctor\"}")})
                 .isEmpty());
        QVERIFY(
            !one(noteInsert, {org, m_residents.value(QStringLiteral("P2")), m_day.addDays(-1), QStringLiteral("late"),
                              author, ms(20), QStringLiteral("{\"respiration_rate\": 25}"), QStringLiteral("{}")})
                 .isEmpty());
        QVERIFY(!one(noteInsert, {org, m_residents.value(QStringLiteral("P2")), m_day.addDays(-2),
                                  QStringLiteral("night"), author, ms(30), six, QStringLiteral("{}")})
                     .isEmpty());
        const QString corrected = one(noteInsert, {org, m_residents.value(QStringLiteral("P2")), m_day.addDays(-1),
                                                   QStringLiteral("night"), author, ms(10), six, QStringLiteral("{}")});
        QVERIFY(!corrected.isEmpty());
        QVERIFY(run(QStringLiteral("INSERT INTO daily_records (organization_id, resident_id, date, shift, created_by, "
                                   "occurred_at, observations, corrects_id, correction_reason) VALUES ($1, $2, $3, "
                                   "'night', $4, to_timestamp($5::bigint / 1000.0), '{\"pulse\": 72}', $6, "
                                   "'Readings were of another resident')"),
                    {org, m_residents.value(QStringLiteral("P2")), m_day.addDays(-1), author, ms(10), corrected}));

        // Incidents. I1: P1's fall 30 hours back, reported 29 hours back, not reviewed, its CQC notification past
        // due. I2: a medication error of no resident two hours back, reported an hour back, with a RIDDOR report due
        // in ten days. I3: P2's fall, reviewed, one notification sent and one withdrawn. I4: a safeguarding concern
        // reported three hours back, not reviewed.
        const QString incidentInsert = QStringLiteral(
            "INSERT INTO incidents (organization_id, facility_id, resident_id, type, date, created_at, reported_by, "
            "what_happened, safeguarding) VALUES ($1, $2, NULLIF($3, '')::uuid, $4, to_timestamp($5::bigint / 1000.0), "
            "to_timestamp($6::bigint / 1000.0), $7, 'What happened, as told', $8) RETURNING id");
        const QList<std::tuple<const char *, const char *, const char *, int, int, bool>> incidents = {
            {"I1", "P1", "fall", 30, 29, false},
            {"I2", "", "medication_error", 2, 1, false},
            {"I3", "P2", "fall", 50, 49, false},
            {"I4", "P2", "safeguarding", 4, 3, true},
        };
        // Reported in the past as a history is written (the server stamps a report with its own clock otherwise):
        // without triggers, as a bulk import.
        QVERIFY(m_db->run(QStringLiteral("SET session_replication_role = replica")));
        for (const auto &[key, resident, type, happened, reported, safeguarding] : incidents) {
            const QString id =
                one(incidentInsert, {org, m_birch, m_residents.value(QString::fromLatin1(resident)),
                                     QString::fromLatin1(type), ms(happened), ms(reported), author, safeguarding});
            QVERIFY(!id.isEmpty());
            m_incidents.insert(QString::fromLatin1(key), id);
        }
        QVERIFY(m_db->run(QStringLiteral("RESET session_replication_role")));
        const QString notify = QStringLiteral("INSERT INTO incident_notifications (organization_id, incident_id, kind, "
                                              "created_by) VALUES ($1, $2, $3, $4) RETURNING id");
        QVERIFY(
            !one(notify, {org, m_incidents.value(QStringLiteral("I1")), QStringLiteral("cqc_serious_injury"), author})
                 .isEmpty());
        QVERIFY(
            !one(notify, {org, m_incidents.value(QStringLiteral("I2")), QStringLiteral("riddor"), author}).isEmpty());
        QVERIFY(run(QStringLiteral("INSERT INTO incident_reviews (organization_id, incident_id, type, severity, "
                                   "actions_taken, reviewed_by) VALUES ($1, $2, 'fall', 'low', 'Sensor mat', $3)"),
                    {org, m_incidents.value(QStringLiteral("I3")), author}));
        const QString sent = one(
            notify, {org, m_incidents.value(QStringLiteral("I3")), QStringLiteral("safeguarding_referral"), author});
        QVERIFY(run(QStringLiteral("UPDATE incident_notifications SET sent_at = to_timestamp($2::bigint / 1000.0), "
                                   "reference = 'LA-1234' WHERE id = $1::uuid"),
                    {sent, ms(40)}));
        const QString withdrawn =
            one(notify, {org, m_incidents.value(QStringLiteral("I3")), QStringLiteral("riddor"), author});
        QVERIFY(
            run(QStringLiteral("UPDATE incident_notifications SET withdrawn_at = to_timestamp($2::bigint / 1000.0), "
                               "withdrawn_reason = 'Not a reportable injury' WHERE id = $1::uuid"),
                {withdrawn, ms(40)}));

        // Audits: every scheduled type run yesterday, but medication never and falls overdue, with one question
        // unmet and its action two days overdue.
        QVERIFY(run(QStringLiteral("INSERT INTO audits (organization_id, facility_id, type, date, auditor, score) "
                                   "SELECT $1, $2, t.code, $3::date - 1, $4, 100 FROM audit_types AS t "
                                   "WHERE t.organization_id = $1 AND t.every_days IS NOT NULL "
                                   "AND t.retired_at IS NULL AND t.code NOT IN ('medication', 'falls')"),
                    {org, m_birch, m_day, author}));
        m_actionAuditId = one(
            QStringLiteral("INSERT INTO audits (organization_id, facility_id, type, date, auditor, created_by, "
                           "template_id) SELECT $1, $2, 'falls', $3::date - t.every_days - 2, $4, $4, e.id "
                           "FROM audit_templates AS e JOIN audit_types AS t ON t.organization_id = e.organization_id "
                           "AND t.code = e.type WHERE e.organization_id = $1 AND e.type = 'falls' AND e.version = 1 "
                           "RETURNING id"),
            {org, m_birch, m_day, author});
        QVERIFY(!m_actionAuditId.isEmpty());
        QVERIFY(run(QStringLiteral("INSERT INTO audit_answers (organization_id, audit_id, position, answer, comment, "
                                   "answered_by) SELECT $1, $2, q.position, CASE q.position WHEN 2 THEN 'not_met' "
                                   "ELSE 'met' END, CASE q.position WHEN 2 THEN 'Sensor mat missing in room 3' "
                                   "ELSE '' END, $3 FROM audit_template_questions AS q JOIN audits AS a "
                                   "ON a.organization_id = q.organization_id AND a.template_id = q.template_id "
                                   "WHERE a.id = $2"),
                    {org, m_actionAuditId, author}));
        QVERIFY(run(QStringLiteral("UPDATE audit_actions SET what = 'Fit a sensor mat in room 3', owner_id = $2, "
                                   "due_date = $3::date - 2 WHERE raised_in = $1::uuid"),
                    {m_actionAuditId, author, m_day}));
    }
    void cleanupTestCase()
    {
        if (m_driver)
            m_driver->closeWindow();
        m_driver.reset();
        m_db.reset();
        Clock::reset();
    }

    // Whether a note's observations call for an escalation is kept with it as it is written (migration 22): the two
    // notes of NEWS2 6, the 3 in one parameter, the corrected reading, and not the correction's ordinary pulse.
    void eachNoteKeepsItsNews2()
    {
        const PgResult kept = m_db->session().exec(
            QStringLiteral("SELECT count(*) FILTER (WHERE news2_escalation) AS raised, "
                           "count(*) FILTER (WHERE NOT news2_escalation) AS ordinary, "
                           "count(*) FILTER (WHERE news2_escalation IS NULL) AS unknown FROM daily_records "
                           "WHERE resident_id IN ($1::uuid, $2::uuid)"),
            {m_residents.value(QStringLiteral("P1")), m_residents.value(QStringLiteral("P2"))});
        QVERIFY2(kept.ok(), qPrintable(kept.error().message));
        QCOMPARE(kept.integer(0, "raised"), 4);
        QCOMPARE(kept.integer(0, "ordinary"), 1);
        QCOMPARE(kept.integer(0, "unknown"), 0);
    }

    // Every kind counted as written, at 10:00: "total/urgent".
    void countsTheEarlyShift()
    {
        const QList<HomeAttention> homes = readAs("manager.birch@example.org", m_read);
        QCOMPARE(homes.size(), 1);
        const HomeAttention &birch = homes.first();
        QCOMPARE(birch.name, QStringLiteral("Birch House"));
        QCOMPARE(birch.shift.shift, QStringLiteral("early"));
        QCOMPARE(birch.shift.date, m_day);
        QCOMPARE(count(birch, AttentionKind::ReviewOverdue), QStringLiteral("1/1"));
        QCOMPARE(count(birch, AttentionKind::AssessmentOverdue), QStringLiteral("6/6"));
        QCOMPARE(count(birch, AttentionKind::News2Raised), QStringLiteral("2/1"));
        QCOMPARE(count(birch, AttentionKind::NoNoteThisShift), QStringLiteral("1/0"));
        QCOMPARE(count(birch, AttentionKind::IncidentAwaitingReview), QStringLiteral("3/1"));
        QCOMPARE(count(birch, AttentionKind::NotificationNotSent), QStringLiteral("2/1"));
        QCOMPARE(count(birch, AttentionKind::ActionOverdue), QStringLiteral("1/1"));
        QCOMPARE(count(birch, AttentionKind::AuditDue), QStringLiteral("2/2"));
        QCOMPARE(birch.total(), 18);
        QCOMPARE(birch.urgent(), 13);
        // The lines in the screen's order.
        QList<AttentionKind> kinds;
        for (const AttentionLine &line : birch.lines)
            kinds.append(line.kind);
        QCOMPARE(kinds, (QList<AttentionKind>{AttentionKind::ReviewOverdue, AttentionKind::AssessmentOverdue,
                                              AttentionKind::News2Raised, AttentionKind::NoNoteThisShift,
                                              AttentionKind::IncidentAwaitingReview, AttentionKind::NotificationNotSent,
                                              AttentionKind::ActionOverdue, AttentionKind::AuditDue}));
    }

    // What each record line holds, and what opens it.
    void recordsBehindTheLines()
    {
        const QList<HomeAttention> homes = readAs("manager.birch@example.org", m_read);
        QCOMPARE(homes.size(), 1);
        const HomeAttention &birch = homes.first();

        const AttentionItem review = line(birch, AttentionKind::ReviewOverdue)->items.value(0);
        QCOMPARE(review.residentId, m_residents.value(QStringLiteral("P1")));
        QCOMPARE(review.detail, QStringLiteral("eating_drinking"));
        QCOMPARE(review.date, m_day.addDays(-3));
        QVERIFY(!review.recordId.isEmpty());

        // The not escalated first, then the newest.
        const QList<AttentionItem> news2 = line(birch, AttentionKind::News2Raised)->items;
        QCOMPARE(news2.size(), 2);
        QCOMPARE(news2.at(0).residentId, m_residents.value(QStringLiteral("P2")));
        QCOMPARE(news2.at(0).number, 3);
        QVERIFY(news2.at(0).urgent);
        QCOMPARE(news2.at(0).at.toMSecsSinceEpoch(), ms(20));
        QCOMPARE(news2.at(1).residentId, m_residents.value(QStringLiteral("P1")));
        QCOMPARE(news2.at(1).number, 6);
        QCOMPARE(news2.at(1).extra, QStringLiteral("GP called"));
        QCOMPARE(news2.at(1).who, QStringLiteral("Dr Testdoctor"));
        QVERIFY(!news2.at(1).urgent);

        const QList<AttentionItem> noNote = line(birch, AttentionKind::NoNoteThisShift)->items;
        QCOMPARE(noNote.size(), 1);
        QCOMPARE(noNote.first().residentId, m_residents.value(QStringLiteral("P2")));
        QCOMPARE(noNote.first().room, QStringLiteral("2"));

        // The longest waiting first.
        QStringList incidents;
        for (const AttentionItem &item : line(birch, AttentionKind::IncidentAwaitingReview)->items)
            incidents.append(m_incidents.key(item.recordId) + (item.urgent ? QStringLiteral("!") : QString()));
        QCOMPARE(incidents, (QStringList{QStringLiteral("I1!"), QStringLiteral("I4"), QStringLiteral("I2")}));

        QStringList notifications;
        for (const AttentionItem &item : line(birch, AttentionKind::NotificationNotSent)->items)
            notifications.append(m_incidents.key(item.recordId) + QLatin1Char(':') + item.detail +
                                 (item.urgent ? QStringLiteral("!") : QString()));
        QCOMPARE(notifications, (QStringList{QStringLiteral("I1:cqc_serious_injury!"), QStringLiteral("I2:riddor")}));
        // Due 24 hours after the fall, as the database says.
        QCOMPARE(line(birch, AttentionKind::NotificationNotSent)->items.first().at.toMSecsSinceEpoch(), ms(6));

        const AttentionItem action = line(birch, AttentionKind::ActionOverdue)->items.value(0);
        QCOMPARE(action.recordId, m_actionAuditId);
        QCOMPARE(action.detail, QStringLiteral("Fit a sensor mat in room 3"));
        QCOMPARE(action.date, m_day.addDays(-2));
        QCOMPARE(action.who, QStringLiteral("Meera Testmanager"));

        QStringList audits;
        for (const AttentionItem &item : line(birch, AttentionKind::AuditDue)->items)
            audits.append(item.detail + (item.date.isValid() ? QStringLiteral("@") + item.date.toString(Qt::ISODate)
                                                             : QStringLiteral("@never")));
        // Never run first, then the longest overdue.
        QCOMPARE(audits, (QStringList{QStringLiteral("medication@never"),
                                      QStringLiteral("falls@") + m_day.addDays(-2).toString(Qt::ISODate)}));
    }

    // At 03:00 the night shift that began the evening before is under way: P1 has no note on it (P2's corrected
    // reading is one). The last 24 hours then hold P2's two readings and not P1's, which is still to come.
    void countsTheNightShift()
    {
        const QDateTime night(m_day, QTime(3, 0));
        const QList<HomeAttention> homes = readAs("manager.birch@example.org", night);
        QCOMPARE(homes.size(), 1);
        const HomeAttention &birch = homes.first();
        QCOMPARE(birch.shift.shift, QStringLiteral("night"));
        QCOMPARE(birch.shift.date, m_day.addDays(-1));
        QCOMPARE(count(birch, AttentionKind::NoNoteThisShift), QStringLiteral("1/0"));
        QCOMPARE(line(birch, AttentionKind::NoNoteThisShift)->items.first().residentId,
                 m_residents.value(QStringLiteral("P1")));
        QCOMPARE(count(birch, AttentionKind::News2Raised), QStringLiteral("2/2"));
        // I1 has then waited 22 hours for review: not yet urgent.
        QCOMPARE(line(birch, AttentionKind::IncidentAwaitingReview)->items.first().recordId,
                 m_incidents.value(QStringLiteral("I1")));
        QVERIFY(!line(birch, AttentionKind::IncidentAwaitingReview)->items.first().urgent);
    }

    // Row-level security decides what each user counts.
    void eachUserCountsWhatTheyMayRead()
    {
        // Without the safeguarding right, the safeguarding concern is not counted (nor its resident's line).
        const QList<HomeAttention> nosg = readAs("manager.birch.nosg@example.org", m_read);
        QCOMPARE(nosg.size(), 1);
        QCOMPARE(count(nosg.first(), AttentionKind::IncidentAwaitingReview), QStringLiteral("2/1"));
        for (const AttentionItem &item : line(nosg.first(), AttentionKind::IncidentAwaitingReview)->items)
            QVERIFY(item.recordId != m_incidents.value(QStringLiteral("I4")));

        // The manager of every home of the group sees Birch House among them, counted alike.
        const QList<HomeAttention> group = readAs(qPrintable(m_fixture.email("managerA")), m_read);
        QCOMPARE(group.size(), 3);
        const HomeAttention *birch = home(group, m_birch);
        QVERIFY(birch);
        QCOMPARE(birch->total(), 18);
        // The most urgent homes first.
        for (int i = 1; i < group.size(); ++i)
            QVERIFY(group.at(i - 1).urgent() >= group.at(i).urgent());

        // A nurse of Oak House and the other organization's nurse see nothing of Birch House.
        const QList<HomeAttention> oak = readAs(qPrintable(m_fixture.email("nurseA2")), m_read);
        QCOMPARE(oak.size(), 1);
        QCOMPARE(oak.first().facilityId, m_fixture.facilityA2);
        const QList<HomeAttention> other = readAs(qPrintable(m_fixture.email("nurseB")), m_read);
        QCOMPARE(other.size(), 1);
        QCOMPARE(other.first().facilityId, m_fixture.facilityB1);
        QVERIFY(!home(other, m_birch));
    }

    // Each kind counted whole on the server, the most urgent of it read; the tree says how many more the list holds.
    void countsMoreThanItReads()
    {
        const QList<HomeAttention> homes = readAs("manager.birch@example.org", m_read, 2);
        QCOMPARE(homes.size(), 1);
        const AttentionLine *assessments = line(homes.first(), AttentionKind::AssessmentOverdue);
        QCOMPARE(assessments->total, 6);
        QCOMPARE(assessments->items.size(), 2);
        AttentionModel model(QString{});
        model.setHomes(homes, m_read);
        const QModelIndex lineIndex = model.index(1, 0, model.index(0, 0));
        QCOMPARE(lineIndex.data().toString(), QStringLiteral("Assessments overdue: 6"));
        QCOMPARE(model.rowCount(lineIndex), 3);
        const QModelIndex more = model.index(2, 0, lineIndex);
        QCOMPARE(more.data().toString(), QStringLiteral("4 more: open the whole list"));
        QCOMPARE(more.data(AttentionModel::LevelRole).toInt(), int(AttentionModel::MoreLevel));
        QCOMPARE(more.data(AttentionModel::KindRole).toInt(), int(AttentionKind::AssessmentOverdue));
    }

    // The window: the manager's home page says what needs attention; Enter on a line opens its record.
    void aManagerFollowsEachLineToItsRecord()
    {
        m_drafts = std::make_unique<QTemporaryDir>();
        m_driver = std::make_unique<StationWindowDriver>(m_fixture.stationSettings(*m_db), m_drafts->path());
        QVERIFY(m_driver->signIn(QStringLiteral("manager.birch@example.org"),
                                 QString::fromLatin1(TenantFixture::password), QStringLiteral("Home")));
        // The home page comes first for a manager.
        QCOMPARE(m_driver->child<QStackedWidget>("workspaceStackedWidget")->currentIndex(), 0);
        auto *tree = m_driver->child<QTreeView>("attentionTreeView");
        auto *model = qobject_cast<AttentionModel *>(tree->model());
        QTRY_COMPARE(model->rowCount(), 1);
        QTRY_COMPARE(m_driver->child<QLabel>("attentionSummaryLabel")->text(),
                     QStringLiteral("18 things need attention in your home at 10:00, 13 of them urgent."));
        const QModelIndex birch = model->index(0, 0);
        QVERIFY(tree->isExpanded(birch));
        // The urgent kinds are open, the rest closed.
        QVERIFY(tree->isExpanded(model->index(0, 0, birch)));
        QVERIFY(!tree->isExpanded(model->index(3, 0, birch)));
        QCOMPARE(tree->currentIndex(), birch);

        const auto enterOn = [tree](const QModelIndex &index) {
            tree->setFocus();
            tree->setCurrentIndex(index);
            QTest::keyClick(tree, Qt::Key_Return);
        };
        const auto goHome = [this, tree, model] {
            QVERIFY(m_driver->showPage(QStringLiteral("Home")));
            QTRY_VERIFY(!model->isReading());
            QCOMPARE(model->rowCount(), 1);
            tree->setFocus();
        };

        // Enter on a closed kind opens it.
        enterOn(model->index(3, 0, birch));
        QVERIFY(tree->isExpanded(model->index(3, 0, birch)));

        // The overdue action opens its audit.
        enterOn(model->index(0, 0, model->index(6, 0, birch)));
        QTRY_VERIFY(m_driver->child<QWidget>("auditsPage")->isVisible());
        QTRY_VERIFY(m_driver->child<QLabel>("auditTitleLabel")
                        ->text()
                        .startsWith(QStringLiteral("Falls audit, Birch House, ")));

        // Back home, what was open and chosen is still so after the page is read again.
        goHome();
        QCOMPARE(tree->currentIndex(), model->index(0, 0, model->index(6, 0, model->index(0, 0))));
        QVERIFY(tree->isExpanded(model->index(3, 0, model->index(0, 0))));

        // The incident waiting longest opens for review.
        enterOn(model->index(0, 0, model->index(4, 0, model->index(0, 0))));
        QTRY_VERIFY(m_driver->child<QWidget>("incidentsPage")->isVisible());
        QTRY_VERIFY(m_driver->child<QLabel>("incidentTitleLabel")->text().startsWith(QStringLiteral("Fall, ")));

        // The audit never run: the audits page with it chosen to start.
        goHome();
        enterOn(model->index(0, 0, model->index(7, 0, model->index(0, 0))));
        QTRY_VERIFY(m_driver->child<QWidget>("auditsPage")->isVisible());
        QCOMPARE(m_driver->child<QComboBox>("startAuditTypeComboBox")->currentData().toString(),
                 QStringLiteral("medication"));
        QCOMPARE(m_driver->child<QComboBox>("startAuditFacilityComboBox")->currentData().toString(), m_birch);
        QCOMPARE(StationWindowDriver::focusName(), QStringLiteral("startAuditPushButton"));

        // The overdue review opens the care plan.
        goHome();
        enterOn(model->index(0, 0, model->index(0, 0, model->index(0, 0))));
        QTRY_VERIFY(m_driver->child<QWidget>("residentsPage")->isVisible());
        QTRY_VERIFY(m_driver->child<QLabel>("carePlanTitleLabel")->isVisible());
        QVERIFY(m_driver->child<QLabel>("carePlanTitleLabel")
                    ->text()
                    .startsWith(QStringLiteral("Care plan: Eating and drinking")));
    }

    // The tree: a home, its lines with their counts, the records under them, in words.
    void theTreeSaysItInWords()
    {
        AttentionModel model(QString{});
        model.setHomes(readAs("manager.birch@example.org", m_read), m_read);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex birch = model.index(0, 0);
        QCOMPARE(birch.data().toString(), QStringLiteral("Birch House: 18 to attend to, 13 urgent"));
        QCOMPARE(model.rowCount(birch), 8);
        QCOMPARE(model.index(0, 0, birch).data().toString(), QStringLiteral("Care plan reviews overdue: 1"));
        QCOMPARE(model.index(2, 0, birch).data().toString(),
                 QStringLiteral("NEWS2 of 5 or more, or 3 in one parameter, in the last 24 hours: 2 "
                                "(1 not escalated)"));
        QCOMPARE(model.index(3, 0, birch).data().toString(),
                 QStringLiteral("Residents with no note this shift (Early shift since 07:00): 1"));
        const QModelIndex incidents = model.index(4, 0, birch);
        QCOMPARE(incidents.data().toString(),
                 QStringLiteral("Incidents awaiting review: 3 (1 waiting more than 24 hours)"));
        QCOMPARE(model.rowCount(incidents), 3);
        QVERIFY(model.index(0, 0, incidents).data(AttentionModel::UrgentRole).toBool());
        QVERIFY(model.index(0, 0, incidents).data().toString().startsWith(QStringLiteral("Fall on ")));
        QVERIFY(model.index(0, 0, incidents)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral(", Testbirch, Ada (room 1): waiting for review more than 24 hours")));
        QCOMPARE(model.index(0, 0, incidents).data(AttentionModel::RecordIdRole).toString(),
                 m_incidents.value(QStringLiteral("I1")));
        QCOMPARE(model.parent(model.index(0, 0, incidents)), incidents);
        QCOMPARE(model.parent(incidents), birch);
        const QModelIndex review = model.index(0, 0, model.index(0, 0, birch));
        QVERIFY(review.data().toString().startsWith(
            QStringLiteral("Testbirch, Ada (room 1): Eating and drinking care plan, "
                           "review due ")));
        QVERIFY(review.data().toString().endsWith(QStringLiteral(" (overdue)")));
    }

    // app_attention runs as the owner, past row-level security: called as SQL with Birch House named outright, it
    // gives each caller what the policies would, and nothing to anyone else.
    void theFunctionGivesEachCallerTheirRowsAlone()
    {
        // Each kind with its total, Birch House named `copies` times.
        const auto kinds = [this](const char *email, int copies = 1) -> QString {
            const auto who = signedInAs(email);
            if (!who->isValid())
                return who->errorMessage();
            const PgResult rows =
                PgSession(who->database())
                    .exec(QStringLiteral(
                              "SELECT coalesce(string_agg(DISTINCT a.kind || '=' || a.total, ' ' "
                              "ORDER BY a.kind || '=' || a.total), '') AS kinds "
                              "FROM public.app_attention($1::date, to_timestamp($2::bigint / 1000.0), "
                              "array_fill($3::uuid, ARRAY[$4::integer]), array_fill($1::date, ARRAY[$4::integer]), "
                              "array_fill('early'::text, ARRAY[$4::integer]), 50, 86400) AS a"),
                          {m_day, m_read.toMSecsSinceEpoch(), m_birch, copies});
            return rows.ok() ? rows.text(0, "kinds") : rows.error().message;
        };
        QCOMPARE(kinds("manager.birch@example.org"),
                 QStringLiteral("action=1 assessment=6 audit_due=2 incident=3 news2=2 no_note=1 notification=2 "
                                "review=1"));
        // A home named again is counted once (a long list would only multiply the work).
        QCOMPARE(kinds("manager.birch@example.org", 3),
                 QStringLiteral("action=1 assessment=6 audit_due=2 incident=3 news2=2 no_note=1 notification=2 "
                                "review=1"));
        QVERIFY(kinds("manager.birch@example.org", 1001).contains(QStringLiteral("at most 1000 homes")));
        // A home without its shift's date and name is refused, not counted as if nobody had written a note.
        {
            const auto manager = signedInAs("manager.birch@example.org");
            const PgResult uneven = PgSession(manager->database())
                                        .exec(QStringLiteral("SELECT count(*) FROM public.app_attention($1::date, "
                                                             "now(), ARRAY[$2::uuid], '{}'::date[], '{}'::text[], "
                                                             "50, 86400)"),
                                              {m_day, m_birch});
            QVERIFY(!uneven.ok());
            QVERIFY2(uneven.error().message.contains(QStringLiteral("each with its shift's date and name")),
                     qPrintable(uneven.error().message));
        }
        QCOMPARE(kinds("manager.birch.nosg@example.org"),
                 QStringLiteral("action=1 assessment=6 audit_due=2 incident=2 news2=2 no_note=1 notification=2 "
                                "review=1"));
        // A safeguarding lead who may not read other incidents: the safeguarding concern alone, as its policy has it.
        const QString lead = makeManager("manager.birch.lead@example.org", true);
        QVERIFY(run(QStringLiteral("UPDATE users SET permissions = '{\"deny\": [\"incidents.read\"]}' "
                                   "WHERE id = $1::uuid"),
                    {lead}));
        QCOMPARE(kinds("manager.birch.lead@example.org"),
                 QStringLiteral("action=1 assessment=6 audit_due=2 incident=1 news2=2 no_note=1 review=1"));
        // A carer of Birch House: the residents' lines, never the incidents' or the audits'.
        NewUser carer;
        carer.organizationId = m_fixture.orgA;
        carer.email = QStringLiteral("carer.birch@example.org");
        carer.firstName = QStringLiteral("Cai");
        carer.lastName = QStringLiteral("Testcarer");
        carer.role = QStringLiteral("carer");
        carer.facilityIds = {m_birch};
        const Result<QString> made =
            OrganizationSetup::createUser(m_db->session(), carer, QString::fromLatin1(TenantFixture::password), false);
        QVERIFY2(made.ok(), qPrintable(made.message));
        QCOMPARE(kinds("carer.birch@example.org"), QStringLiteral("news2=2 no_note=1 review=1"));
        // A nurse of Oak House, the other organization's nurse: nothing of Birch House.
        QCOMPARE(kinds(qPrintable(m_fixture.email("nurseA2"))), QString());
        QCOMPARE(kinds(qPrintable(m_fixture.email("nurseB"))), QString());
        // The station's login with nobody signed in: nothing at all.
        const ScopedConnection station(m_fixture.stationSettings(*m_db), QStringLiteral("attention-anonymous"));
        QVERIFY(station.isOpen());
        const PgResult anonymous =
            station.session().exec(QStringLiteral("SELECT count(*) AS n FROM public.app_attention($1::date, now(), "
                                                  "ARRAY[$2::uuid], ARRAY[$1::date], ARRAY['early'], 50, 86400)"),
                                   {m_day, m_birch});
        QVERIFY2(anonymous.ok(), qPrintable(anonymous.error().message));
        QCOMPARE(anonymous.integer(0, "n"), 0);
    }

    // A note written before migration 22 keeps no answer (news2_escalation NULL): it is scored as it is read. An hour
    // after the read, P3, in hospital: NEWS2 6; P1: an ordinary pulse. Written without triggers, as the notes of
    // before the migration were.
    void aNoteOfBeforeMigration22IsScoredAsItIsRead()
    {
        const QDateTime later = m_read.addSecs(2 * 3600);
        const QList<HomeAttention> before = readAs("manager.birch@example.org", later);
        QCOMPARE(before.size(), 1);
        const int raised = line(before.first(), AttentionKind::News2Raised)->total;
        const QString noteInsert = QStringLiteral(
            "INSERT INTO daily_records (organization_id, resident_id, date, shift, created_by, occurred_at, "
            "observations) VALUES ($1, $2, $3, 'early', $4, to_timestamp($5::bigint / 1000.0), $6::jsonb) "
            "RETURNING id");
        QVERIFY(m_db->run(QStringLiteral("SET session_replication_role = replica")));
        const QString six =
            one(noteInsert,
                {m_fixture.orgA, m_residents.value(QStringLiteral("P3")), m_day, m_fixture.user("managerA"), ms(-1),
                 QStringLiteral("{\"respiration_rate\": 25, \"spo2\": 95, \"systolic\": 105, "
                                "\"pulse\": 95, \"consciousness\": \"A\", "
                                "\"temperature\": 37.0, \"oxygen\": false}")});
        const QString ordinary =
            one(noteInsert, {m_fixture.orgA, m_residents.value(QStringLiteral("P1")), m_day, m_fixture.user("managerA"),
                             ms(-1), QStringLiteral("{\"pulse\": 72}")});
        QVERIFY(m_db->run(QStringLiteral("RESET session_replication_role")));
        QVERIFY(!six.isEmpty());
        QVERIFY(!ordinary.isEmpty());
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT count(*) AS n FROM daily_records WHERE id IN ($1::uuid, $2::uuid) "
                                          "AND news2_escalation IS NULL"),
                           {six, ordinary})
                     .integer(0, "n"),
                 2);

        const QList<HomeAttention> after = readAs("manager.birch@example.org", later);
        QCOMPARE(after.size(), 1);
        const AttentionLine *news2 = line(after.first(), AttentionKind::News2Raised);
        QCOMPARE(news2->total, raised + 1);
        QCOMPARE(news2->items.first().recordId, six);
        QCOMPARE(news2->items.first().number, 6);
        QCOMPARE(news2->items.first().residentId, m_residents.value(QStringLiteral("P3")));
    }
};

QTEST_MAIN(TestAttention)
#include "TestAttention.moc"
