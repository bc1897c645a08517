// Audits against the real server, as a manager runs them: started from the type's latest questions, scored by the
// database from the answers (not applicable left out, rounded down), every unmet question an action that falls
// overdue, signed off only when finished and then locked for everyone, changed only as a new version saying who and
// why, each audit keeping the template version it was made from; and only the managers of a home may see or write
// its audits. Dates are fixed: nothing here depends on when it runs.
#include "SignedInConnection.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "audits/AuditListStore.h"
#include "audits/AuditStore.h"
#include "compliance/AuditScore.h"
#include "database/DatabaseErrorMessages.h"
#include "database/PgSession.h"

#include <QTest>

#include <memory>

class TestAudits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    const QDate m_auditDay{2024, 6, 3};

    static QString sentence(const char *constraint)
    {
        DatabaseError error;
        error.sqlState = QStringLiteral("23514");
        error.constraint = QString::fromLatin1(constraint);
        return DatabaseErrorMessages::describe(error);
    }
    static AuditAnswerRow answer(int position, AuditAnswer given, const QString &comment = {})
    {
        AuditAnswerRow row;
        row.position = position;
        row.answer = given;
        row.comment = comment;
        return row;
    }
    // Starts an audit of `type` at Fern House as `manager` and answers it: `answers` one letter per question (m met,
    // n not met, a not applicable, - left blank). Its id.
    QString answered(const SignedInConnection &manager, const QString &type, const QString &answers)
    {
        const Result<QString> started = AuditStore::start(manager.database(), m_fixture.facilityA1, type, m_auditDay);
        if (!started.ok())
            qWarning() << started.message;
        for (int i = 0; i < answers.size(); ++i) {
            const QChar given = answers.at(i);
            if (given == QLatin1Char('-'))
                continue;
            const AuditAnswer kind = given == QLatin1Char('m')   ? AuditAnswer::Met
                                     : given == QLatin1Char('n') ? AuditAnswer::NotMet
                                                                 : AuditAnswer::NotApplicable;
            const Result<> done = AuditStore::answer(
                manager.database(), started.value,
                answer(i + 1, kind, kind == AuditAnswer::NotMet ? QStringLiteral("Two gaps found") : QString()));
            if (!done.ok())
                qWarning() << done.message;
        }
        return started.value;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
    }
    void cleanupTestCase() { m_db.reset(); }

    void everyOrganizationHasTheBuiltInTypesAndTheirQuestions()
    {
        auto manager = m_fixture.signedIn(*m_db, "managerA");
        const Result<QList<AuditTypeRow>> types = AuditStore::types(manager->database());
        QVERIFY2(types.ok(), qPrintable(types.message));
        QStringList names;
        for (const AuditTypeRow &type : types.value) {
            names.append(type.name);
            QVERIFY(type.builtIn);
            QCOMPARE(type.latestVersion, 1);
        }
        QCOMPARE(names, QStringList({QStringLiteral("Care plans"), QStringLiteral("Dignity and privacy"),
                                     QStringLiteral("Environment and safety"), QStringLiteral("Falls"),
                                     QStringLiteral("Infection prevention and control"),
                                     QStringLiteral("Mealtimes and nutrition"), QStringLiteral("Medication"),
                                     QStringLiteral("Records")}));
        // Each question names the quality statements it evidences, from the framework kept in the database.
        const Result<QList<AuditQuestion>> questions =
            AuditStore::templateQuestions(manager->database(), types.value.at(6).latestTemplateId);
        QVERIFY2(questions.ok(), qPrintable(questions.message));
        QCOMPARE(questions.value.size(), 7);
        QCOMPARE(questions.value.at(1).statements, QStringList({QStringLiteral("cqc.safe.medicines_optimisation")}));
        const PgResult framework = PgSession(manager->database())
                                       .exec(QStringLiteral("SELECT count(*) AS statements, count(DISTINCT "
                                                            "key_question) AS questions FROM quality_statements "
                                                            "WHERE framework = 'cqc'"));
        QCOMPARE(framework.integer(0, "statements"), 34);
        QCOMPARE(framework.integer(0, "questions"), 5);
        // A new organization gets them too.
        const QString rowan = m_db->session()
                                  .exec(QStringLiteral("INSERT INTO organizations (name) VALUES ('Rowan Trust') "
                                                       "RETURNING id"))
                                  .text(0, "id");
        const PgResult made = m_db->session().exec(
            QStringLiteral("SELECT (SELECT count(*) FROM audit_types WHERE organization_id = $1) AS types, "
                           "(SELECT count(*) FROM audit_template_questions WHERE organization_id = $1) AS questions"),
            {rowan});
        QVERIFY2(made.ok(), qPrintable(made.error().message));
        QCOMPARE(made.integer(0, "types"), 8);
        QCOMPARE(made.integer(0, "questions"), 47);
    }

    // Before any audit below is written: the fixture's medication audits of both homes (1 March 2024) and falls audit
    // of Fern House (5 March), every type due every 30 days but nutrition, dignity, environment and records (90).
    void auditsAreDueByTheOrganizationsSchedule()
    {
        auto manager = m_fixture.signedIn(*m_db, "managerA");
        const QSqlDatabase db = manager->database();
        const auto dueList = [&](const QString &facility, const QDate &today) {
            QStringList due;
            for (const AuditDueRow &row : AuditListStore::due(db, facility, today).value)
                due.append(QStringLiteral("%1/%2/%3")
                               .arg(row.facility, row.type,
                                    row.due.isValid() ? row.due.toString(Qt::ISODate) : QStringLiteral("never")));
            return due.join(QLatin1Char(' '));
        };
        const QString neverFern = QStringLiteral("Fern House/care_plans/never Fern House/dignity/never Fern House/"
                                                 "environment/never Fern House/infection_control/never Fern House/"
                                                 "nutrition/never Fern House/records/never");
        // Run this month: not yet due within the week.
        QCOMPARE(dueList(m_fixture.facilityA1, QDate(2024, 3, 20)), neverFern);
        // Due within the week, then overdue, soonest first, after those never run.
        QCOMPARE(dueList(m_fixture.facilityA1, QDate(2024, 3, 25)),
                 neverFern + QStringLiteral(" Fern House/medication/2024-03-31"));
        const QList<AuditDueRow> later = AuditListStore::due(db, m_fixture.facilityA1, QDate(2024, 4, 5)).value;
        QCOMPARE(dueList(m_fixture.facilityA1, QDate(2024, 4, 5)),
                 neverFern + QStringLiteral(" Fern House/medication/2024-03-31 Fern House/falls/2024-04-04"));
        QVERIFY(later.last().isOverdue(QDate(2024, 4, 5)));
        QVERIFY(!later.last().isOverdue(QDate(2024, 4, 4)));
        // Every home the manager manages; a retired type, or one with no schedule, is never due.
        QCOMPARE(AuditListStore::due(db, QString(), QDate(2024, 3, 20)).value.size(), 6 + 7);
        const PgSession station(db);
        QCOMPARE(station.exec(QStringLiteral("UPDATE audit_types SET retired_at = now() WHERE code = 'records'"))
                     .rowsAffected(),
                 1);
        QCOMPARE(station.exec(QStringLiteral("UPDATE audit_types SET every_days = NULL WHERE code = 'dignity'"))
                     .rowsAffected(),
                 1);
        QCOMPARE(AuditListStore::due(db, QString(), QDate(2024, 3, 20)).value.size(), 4 + 5);
        QVERIFY(station
                    .exec(QStringLiteral("UPDATE audit_types SET retired_at = NULL, every_days = 90 "
                                         "WHERE code IN ('records', 'dignity')"))
                    .ok());
        // Nurses see no audit types, so nothing is due for them.
        auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        QCOMPARE(AuditListStore::due(nurse->database(), QString(), QDate(2024, 3, 20)).value.size(), 0);
    }

    void theScoreIsComputedByTheDatabaseFromTheAnswers()
    {
        auto manager = m_fixture.signedIn(*m_db, "managerA");
        const QSqlDatabase db = manager->database();
        // Medication: 7 questions; 4 met, 2 not met, 1 not applicable: 4 of 6 applicable, 66.66%, not 66.67%.
        const QString id = answered(*manager, QStringLiteral("medication"), QStringLiteral("mmnmamn"));
        const Result<AuditRecord> audit = AuditStore::open(db, id);
        QVERIFY2(audit.ok(), qPrintable(audit.message));
        QCOMPARE(audit.value.questions.size(), 7);
        QCOMPARE(audit.value.templateVersion, 1);
        QCOMPARE(audit.value.unansweredCount(), 0);
        QCOMPARE(audit.value.score, std::optional<int>(6666));
        QCOMPARE(audit.value.score, AuditScore::hundredths(4, 6));
        QCOMPARE(audit.value.auditor, QStringLiteral("Meera Testmanager"));
        QCOMPARE(audit.value.answerTo(3).answeredBy, QStringLiteral("Meera Testmanager"));
        QVERIFY(!audit.value.isSignedOff());

        // An unmet question says why.
        const Result<> bare = AuditStore::answer(db, id, answer(1, AuditAnswer::NotMet));
        QCOMPARE(bare.outcome, Outcome::Failed);
        QCOMPARE(bare.field, QStringLiteral("comment"));
        QCOMPARE(bare.message, sentence("audit_answers_not_met_comment_check"));
        // Clearing an answer takes it out of the score: 3 of 5.
        QVERIFY(AuditStore::answer(db, id, answer(1, AuditAnswer::Unanswered)).ok());
        QCOMPARE(AuditStore::open(db, id).value.score, std::optional<int>(6000));
        QCOMPARE(AuditStore::open(db, id).value.unansweredCount(), 1);

        // No question applies: no score at all, not 0 and not 100.
        const QString none = answered(*manager, QStringLiteral("falls"), QStringLiteral("aaaaaa"));
        QCOMPARE(AuditStore::open(db, none).value.score, std::nullopt);
        QVERIFY(m_db->session()
                    .exec(QStringLiteral("SELECT score IS NULL AS empty FROM audits WHERE id = $1"), {none})
                    .text(0, "empty") == QLatin1String("t"));

        // A station never writes a score, nor a sign-off, nor a version.
        const PgSession station(db);
        for (const QString &statement :
             {QStringLiteral("UPDATE audits SET score = 100 WHERE id = $1::uuid"),
              QStringLiteral("UPDATE audits SET signed_off_at = now() WHERE id = $1::uuid"),
              QStringLiteral("INSERT INTO audits (facility_id, type, date, score) SELECT facility_id, type, date, 100 "
                             "FROM audits WHERE id = $1::uuid"),
              QStringLiteral("INSERT INTO audit_actions (organization_id, facility_id, series_id, position, raised_in, "
                             "what) SELECT organization_id, facility_id, series_id, 1, id, 'x' FROM audits "
                             "WHERE id = $1::uuid")}) {
            const PgResult refused = station.exec(statement, {id});
            QCOMPARE(refused.error().sqlState, QStringLiteral("42501"));
        }
        QCOMPARE(AuditStore::open(db, id).value.score, std::optional<int>(6000));
    }

    void everyUnmetQuestionBecomesAnActionThatFallsOverdue()
    {
        auto manager = m_fixture.signedIn(*m_db, "managerA");
        const QSqlDatabase db = manager->database();
        const QString id = answered(*manager, QStringLiteral("medication"), QStringLiteral("mmnmmmn"));
        AuditRecord audit = AuditStore::open(db, id).value;
        QCOMPARE(audit.actions.size(), 2);
        AuditAction third = audit.actionFor(3);
        QCOMPARE(third.status, QStringLiteral("open"));
        QCOMPARE(third.what, audit.questions.at(2).question);
        QCOMPARE(third.owner, QString());
        QVERIFY(!third.due.isValid());
        QCOMPARE(audit.actionFor(7).position, 7);

        third.ownerId = m_fixture.user("managerA");
        third.due = QDate(2024, 6, 10);
        third.what = QStringLiteral("Fridge thermometer replaced and readings taken twice a day");
        QVERIFY(AuditStore::saveAction(db, third).ok());
        third = AuditStore::open(db, id).value.actionFor(3);
        QCOMPARE(third.owner, QStringLiteral("Meera Testmanager"));
        QCOMPARE(third.due, QDate(2024, 6, 10));
        // Overdue from the day after it was due, for as long as it is open.
        QVERIFY(!third.isOverdue(QDate(2024, 6, 10)));
        QVERIFY(third.isOverdue(QDate(2024, 6, 11)));
        const Result<QList<AuditAction>> open = AuditStore::openActions(db, m_fixture.facilityA1);
        QVERIFY2(open.ok(), qPrintable(open.message));
        QVERIFY(std::any_of(open.value.cbegin(), open.value.cend(),
                            [&](const AuditAction &a) { return a.id == third.id; }));
        // The earliest due comes first; those with no date last.
        QCOMPARE(open.value.first().id, third.id);
        QVERIFY(!open.value.last().due.isValid());

        // Done needs the evidence that it was.
        third.status = QStringLiteral("done");
        const Result<> noEvidence = AuditStore::saveAction(db, third);
        QCOMPARE(noEvidence.field, QStringLiteral("completionEvidence"));
        QCOMPARE(noEvidence.message, sentence("audit_actions_done_check"));
        third.completionEvidence = QStringLiteral("Temperature log for 4-10 June complete");
        QVERIFY(AuditStore::saveAction(db, third).ok());
        third = AuditStore::open(db, id).value.actionFor(3);
        QCOMPARE(third.status, QStringLiteral("done"));
        QCOMPARE(third.completedBy, QStringLiteral("Meera Testmanager"));
        QVERIFY(!third.isOverdue(QDate(2024, 7, 1)));
        const Result<QList<AuditAction>> stillOpen = AuditStore::openActions(db, m_fixture.facilityA1);
        QVERIFY(std::none_of(stillOpen.value.cbegin(), stillOpen.value.cend(),
                             [&](const AuditAction &a) { return a.id == third.id; }));

        // Found met after all: the action of question 7 is no longer needed; unmet again, it opens again.
        QVERIFY(AuditStore::answer(db, id, answer(7, AuditAnswer::Met)).ok());
        QCOMPARE(AuditStore::open(db, id).value.actionFor(7).status, QStringLiteral("not_needed"));
        QVERIFY(AuditStore::answer(db, id, answer(7, AuditAnswer::NotMet, QStringLiteral("Still missing"))).ok());
        QCOMPARE(AuditStore::open(db, id).value.actionFor(7).status, QStringLiteral("open"));
        // Never removed, whoever asks.
        QCOMPARE(PgSession(db)
                     .exec(QStringLiteral("DELETE FROM audit_actions WHERE id = $1::uuid"), {third.id})
                     .rowsAffected(),
                 0);
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("DELETE FROM audit_actions WHERE id = $1::uuid"), {third.id})
                     .error()
                     .constraint,
                 QStringLiteral("audit_actions_append_only"));
    }

    void signingOffNeedsEveryAnswerAndActionThenLocksTheAudit()
    {
        auto manager = m_fixture.signedIn(*m_db, "managerA");
        const QSqlDatabase db = manager->database();
        const QString id = answered(*manager, QStringLiteral("falls"), QStringLiteral("mmmn-m"));
        const Result<> unanswered = AuditStore::signOff(db, id);
        QCOMPARE(unanswered.field, QStringLiteral("answers"));
        QCOMPARE(unanswered.message, sentence("audits_unanswered_check"));
        QVERIFY(AuditStore::answer(db, id, answer(5, AuditAnswer::Met)).ok());
        const Result<> noOwner = AuditStore::signOff(db, id);
        QCOMPARE(noOwner.field, QStringLiteral("actions"));
        QCOMPARE(noOwner.message, sentence("audits_action_plan_check"));
        AuditAction action = AuditStore::open(db, id).value.actionFor(4);
        action.ownerId = m_fixture.user("nurseA");
        action.due = QDate(2024, 6, 17);
        QVERIFY(AuditStore::saveAction(db, action).ok());
        QVERIFY(AuditStore::saveSummary(db, id, m_auditDay, QStringLiteral("Good; one call bell out of reach")).ok());
        const Result<> signedOff = AuditStore::signOff(db, id);
        QVERIFY2(signedOff.ok(), qPrintable(signedOff.message));

        const AuditRecord first = AuditStore::open(db, id).value;
        QVERIFY(first.isSignedOff());
        QCOMPARE(first.signedOffBy, QStringLiteral("Meera Testmanager"));
        QCOMPARE(first.score, std::optional<int>(8333)); // 5 of 6

        // Locked: for the station and for the schema's owner alike.
        const Result<> late = AuditStore::answer(db, id, answer(4, AuditAnswer::Met));
        QCOMPARE(late.message, sentence("audits_signed_off_locked"));
        QCOMPARE(AuditStore::saveSummary(db, id, m_auditDay, QStringLiteral("Changed")).message,
                 sentence("audits_signed_off_locked"));
        QCOMPARE(AuditStore::signOff(db, id).message, sentence("audits_signed_off_locked"));
        for (const QString &statement : {QStringLiteral("UPDATE audits SET score = 100 WHERE id = $1"),
                                         QStringLiteral("UPDATE audit_answers SET answer = 'met' WHERE audit_id = $1"),
                                         QStringLiteral("DELETE FROM audit_answers WHERE audit_id = $1")}) {
            QCOMPARE(m_db->session().exec(statement, {id}).error().constraint,
                     QStringLiteral("audits_signed_off_locked"));
        }
        QCOMPARE(m_db->session().exec(QStringLiteral("DELETE FROM audits WHERE id = $1"), {id}).error().constraint,
                 QStringLiteral("audits_append_only"));
        QCOMPARE(m_db->session().exec(QStringLiteral("TRUNCATE audits CASCADE")).error().sqlState,
                 QStringLiteral("42501"));

        // A change is a new version, saying why; the signed-off one is kept as it was.
        const Result<QString> noReason = AuditStore::revise(db, id, QStringLiteral("  "));
        QCOMPARE(noReason.field, QStringLiteral("reason"));
        QCOMPARE(noReason.message, sentence("audits_version_check"));
        auto other = m_fixture.signedIn(*m_db, "managerA");
        const Result<QString> revised =
            AuditStore::revise(other->database(), id, QStringLiteral("Call bell in room 12 was found in reach"));
        QVERIFY2(revised.ok(), qPrintable(revised.message));
        QVERIFY(AuditStore::answer(db, revised.value, answer(4, AuditAnswer::Met)).ok());
        const AuditRecord second = AuditStore::open(db, revised.value).value;
        QCOMPARE(second.version, 2);
        QCOMPARE(second.seriesId, first.seriesId);
        QCOMPARE(second.changeReason, QStringLiteral("Call bell in room 12 was found in reach"));
        QCOMPARE(second.createdBy, QStringLiteral("Meera Testmanager"));
        QCOMPARE(second.templateId, first.templateId);
        QCOMPARE(second.date, first.date);
        QCOMPARE(second.summary, first.summary);
        QCOMPARE(second.score, std::optional<int>(10000));
        QVERIFY(!second.isSignedOff());
        QVERIFY(second.latest);
        // The action the first version raised is no longer needed; the first version is as signed off.
        QCOMPARE(second.actionFor(4).status, QStringLiteral("not_needed"));
        const AuditRecord kept = AuditStore::open(db, id).value;
        QVERIFY(!kept.latest);
        QVERIFY(kept.isSignedOff());
        QCOMPARE(kept.score, std::optional<int>(8333));
        QCOMPARE(kept.answerTo(4).answer, AuditAnswer::NotMet);
        // Only the latest version, once signed off, is revised.
        QCOMPARE(AuditStore::revise(db, id, QStringLiteral("Again")).message, sentence("audits_revise_latest_check"));
        QCOMPARE(AuditStore::revise(db, revised.value, QStringLiteral("Again")).message,
                 sentence("audits_revise_open_check"));
    }

    void anAnswerNamesItsEvidence()
    {
        auto manager = m_fixture.signedIn(*m_db, "managerA");
        const QSqlDatabase db = manager->database();
        const QString id = answered(*manager, QStringLiteral("care_plans"), QString());
        const AuditRecord audit = AuditStore::open(db, id).value;
        // Fern House's residents, to choose from.
        QStringList residents;
        for (const AuditPerson &resident : audit.residents)
            residents.append(resident.name);
        QCOMPARE(residents,
                 QStringList({QStringLiteral("Exampleton, Walter (14)"), QStringLiteral("Testresident, Edna (12)")}));
        const Result<QList<AuditPerson>> plans = AuditStore::carePlansOf(db, m_fixture.resident("A1a"));
        QVERIFY2(plans.ok() && !plans.value.isEmpty(), qPrintable(plans.message));

        AuditAnswerRow named = answer(1, AuditAnswer::NotMet, QStringLiteral("Skin plan not reviewed"));
        named.evidenceResidentId = m_fixture.resident("A1a");
        named.evidenceCarePlanId = plans.value.first().id;
        named.evidenceNoteId = m_db->session()
                                   .exec(QStringLiteral("SELECT id FROM daily_records WHERE resident_id = $1 LIMIT 1"),
                                         {m_fixture.resident("A1a")})
                                   .text(0, "id");
        QVERIFY(!named.evidenceNoteId.isEmpty());
        const Result<> saved = AuditStore::answer(db, id, named);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        const AuditAnswerRow read = AuditStore::open(db, id).value.answerTo(1);
        QCOMPARE(read.evidenceResident, QStringLiteral("Testresident, Edna"));
        QCOMPARE(read.evidenceCarePlan, plans.value.first().name);
        QCOMPARE(read.evidenceNoteId, named.evidenceNoteId);

        // Another organization's resident, or a note that does not exist, is refused by the database.
        AuditAnswerRow foreign = named;
        foreign.evidenceResidentId = m_fixture.resident("B1");
        foreign.evidenceCarePlanId.clear();
        const Result<> refused = AuditStore::answer(db, id, foreign);
        QCOMPARE(refused.field, QStringLiteral("evidence"));
        QCOMPARE(refused.message, sentence("audit_answers_evidence_resident_fkey"));
        AuditAnswerRow noNote = named;
        noNote.evidenceNoteId = QStringLiteral("00000000-0000-4000-8000-000000000000");
        QCOMPARE(AuditStore::answer(db, id, noNote).message, sentence("audit_answers_evidence_note_fkey"));
        QCOMPARE(AuditStore::open(db, id).value.answerTo(1).evidenceNoteId, named.evidenceNoteId);
    }

    void eachAuditKeepsTheTemplateVersionItWasMadeFrom()
    {
        auto manager = m_fixture.signedIn(*m_db, "managerA");
        const QSqlDatabase db = manager->database();
        const QString before = answered(*manager, QStringLiteral("records"), QStringLiteral("mm"));
        const QList<AuditQuestion> shorter = {
            {0,
             QStringLiteral("Every resident has a note for every shift of the last week."),
             QString(),
             {QStringLiteral("cqc.well_led.governance")},
             {}},
            {0,
             QStringLiteral("Handover sheets are kept for a year."),
             QStringLiteral("Look in the office."),
             {QStringLiteral("cqc.well_led.governance"), QStringLiteral("cqc.safe.safe_systems")},
             {}},
        };
        const Result<QString> saved =
            AuditStore::saveTemplate(db, QStringLiteral("records"), shorter, QStringLiteral("Two questions"));
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        const AuditRecord old = AuditStore::open(db, before).value;
        QCOMPARE(old.templateVersion, 1);
        QCOMPARE(old.questions.size(), 5);
        const QString after = answered(*manager, QStringLiteral("records"), QString());
        const AuditRecord made = AuditStore::open(db, after).value;
        QCOMPARE(made.templateVersion, 2);
        QCOMPARE(made.templateId, saved.value);
        QCOMPARE(made.questions.size(), 2);
        QCOMPARE(made.questions.at(1).statements,
                 QStringList({QStringLiteral("cqc.safe.safe_systems"), QStringLiteral("cqc.well_led.governance")}));
        // A question of the older template is not one of this audit's.
        QCOMPARE(AuditStore::answer(db, after, answer(5, AuditAnswer::Met)).message,
                 sentence("audit_answers_question_fkey"));
        // A statement not in the framework, or no question at all, is refused.
        const Result<QString> unknown = AuditStore::saveTemplate(
            db, QStringLiteral("records"),
            {{0, QStringLiteral("Q"), QString(), {QStringLiteral("cqc.safe.vibes")}, {}}}, QString());
        QCOMPARE(unknown.field, QStringLiteral("questions"));
        QCOMPARE(unknown.message, sentence("audit_question_statements_statement_fkey"));
        QCOMPARE(AuditStore::saveTemplate(db, QStringLiteral("records"), {}, QString()).message,
                 sentence("audit_templates_questions_check"));
        // Templates are never rewritten, even by the owner.
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("UPDATE audit_template_questions SET question = 'x' WHERE template_id = $1"),
                           {saved.value})
                     .error()
                     .constraint,
                 QStringLiteral("audit_templates_append_only"));
    }

    void onlyTheManagersOfAHomeSeeOrWriteItsAudits()
    {
        // As SQL, not only through the window: carers and nurses see no audit, actions or questions at all.
        for (const char *who : {"carerA", "nurseA", "nurseB"}) {
            auto user = m_fixture.signedIn(*m_db, who);
            const PgResult seen = PgSession(user->database())
                                      .exec(QStringLiteral("SELECT (SELECT count(*) FROM audits) + (SELECT count(*) "
                                                           "FROM audit_actions) + (SELECT count(*) FROM audit_answers) "
                                                           "+ (SELECT count(*) FROM audit_templates) AS seen"));
            QCOMPARE(seen.integer(0, "seen"), 0);
            const Result<QString> started =
                AuditStore::start(user->database(), m_fixture.facilityA1, QStringLiteral("falls"), m_auditDay);
            QCOMPARE(started.outcome, Outcome::Failed);
        }
        // The manager of Meadowbank sees its audits, none of Hollyfield's.
        auto manager = m_fixture.signedIn(*m_db, "managerA");
        const PgResult others =
            PgSession(manager->database())
                .exec(QStringLiteral("SELECT count(*) FILTER (WHERE organization_id <> $1::uuid) AS others, count(*) "
                                     "AS mine FROM audits"),
                      {m_fixture.orgA});
        QCOMPARE(others.integer(0, "others"), 0);
        QVERIFY(others.integer(0, "mine") > 0);
        // Hollyfield's audit cannot be opened, answered or signed off from Meadowbank.
        const QString theirs =
            m_db->session()
                .exec(QStringLiteral("SELECT id FROM audits WHERE organization_id = $1"), {m_fixture.orgB})
                .text(0, "id");
        QCOMPARE(AuditStore::open(manager->database(), theirs).outcome, Outcome::Refused);
        QCOMPARE(AuditStore::signOff(manager->database(), theirs).outcome, Outcome::Failed);
        QCOMPARE(AuditStore::revise(manager->database(), theirs, QStringLiteral("x")).outcome, Outcome::Failed);
    }

    void theAuditLogSaysWhoDidWhatInWhichHome()
    {
        const PgResult events = m_db->session().exec(
            QStringLiteral("SELECT string_agg(DISTINCT event, ',' ORDER BY event) AS events, "
                           "bool_and(details ? 'facility_id' OR event = 'audit_template_saved') AS homes, "
                           "bool_and(user_id IS NOT NULL) AS who FROM audit_log WHERE event LIKE 'audit\\_%'"));
        QCOMPARE(events.text(0, "events"),
                 QStringLiteral("audit_action_changed,audit_revised,audit_signed_off,audit_started,"
                                "audit_template_saved"));
        QCOMPARE(events.text(0, "homes"), QStringLiteral("t"));
        QCOMPARE(events.text(0, "who"), QStringLiteral("t"));
    }
};

QTEST_GUILESS_MAIN(TestAudits)
#include "TestAudits.moc"
