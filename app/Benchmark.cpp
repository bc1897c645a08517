#include "Benchmark.h"

#include "attention/AttentionStore.h"

#include "assessments/AssessmentHistoryModel.h"
#include "assessments/AssessmentsDueModel.h"
#include "board/HandoverReport.h"
#include "board/ShiftBoardModel.h"
#include "careplans/CarePlanListModel.h"
#include "careplans/ReviewsDueModel.h"
#include "clinical/ShiftPattern.h"
#include "common/Clock.h"
#include "database/DatabaseConnector.h"
#include "residents/RecordHistoryModel.h"
#include "residents/ResidentEventListModel.h"
#include "residents/ResidentListModel.h"
#include "residents/ResidentStore.h"
#include "session/Capability.h"
#include "session/UserSession.h"
#include "shiftnotes/DailyNote.h"
#include "shiftnotes/DailyNoteStore.h"
#include "shiftnotes/TimelineModel.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>

#include <atomic>
#include <latch>
#include <memory>
#include <vector>

namespace {

const QString nurseConnection = QStringLiteral("bench-nurse");
const QString managerConnection = QStringLiteral("bench-manager");
const QString signInConnection = QStringLiteral("bench-sign-in");

// The columns a resident list row shows, for the search baselines.
const QString listColumns = QStringLiteral("r.id, r.first_name, r.last_name, r.room_number, r.status, "
                                           "r.date_of_birth, r.nhs_number, r.facility_id");

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

Benchmark::Benchmark(const BenchmarkOptions &options, QTextStream &err)
    : m_options(options), m_err(err), m_baseline(options.baselineConnInfo)
{}

Benchmark::~Benchmark()
{
    for (const QString &name : {nurseConnection, managerConnection, signInConnection})
        DatabaseConnector::close(name);
}

QSqlDatabase Benchmark::nurse() const
{
    return QSqlDatabase::database(nurseConnection, false);
}

QSqlDatabase Benchmark::manager() const
{
    return QSqlDatabase::database(managerConnection, false);
}

bool Benchmark::signIn(const QString &connectionName, const QString &email, SessionInfo *info)
{
    const Result<QSqlDatabase> opened = DatabaseConnector::open(m_options.station, connectionName);
    if (!opened.ok()) {
        m_err << opened.message << Qt::endl;
        return false;
    }
    const QSqlDatabase db = opened.value;
    const SignInResult result = UserSession::signIn(db, email, m_options.password, UserSession::stationName());
    if (result.outcome != SignInResult::Outcome::SignedIn || !UserSession::attach(db, result.token)) {
        m_err << tr("%1 could not sign in: %2").arg(email, UserSession::describe(result)) << Qt::endl;
        return false;
    }
    const std::optional<SessionInfo> session = UserSession::info(db);
    if (!session)
        return false;
    *info = *session;
    return true;
}

bool Benchmark::setUp()
{
    if (const Result<> baseline = m_baseline.status(); !baseline.ok()) {
        m_err << tr("The baseline connection failed: %1").arg(baseline.message) << Qt::endl;
        return false;
    }
    if (!signIn(nurseConnection, m_options.email, &m_nurse) ||
        !signIn(managerConnection, m_options.managerEmail, &m_manager))
        return false;
    return pickOperands();
}

// Operands come from the data as the signed-in nurse sees it, so the bench runs on generated data and on a fixture.
bool Benchmark::pickOperands()
{
    m_facilityId = m_nurse.facilityIds.value(0);
    if (m_facilityId.isEmpty())
        m_facilityId = m_baseline.value(QStringLiteral("SELECT id FROM public.facilities WHERE organization_id = $1 "
                                                       "ORDER BY name, id LIMIT 1"),
                                        {m_nurse.organizationId});
    m_facilityName =
        m_baseline.value(QStringLiteral("SELECT name FROM public.facilities WHERE id = $1"), {m_facilityId});
    ResidentListModel list(nurseConnection);
    list.setFacility(m_facilityId);
    if (list.rowCount() == 0) {
        m_err << tr("The home %1 shows no residents: nothing to measure.").arg(m_facilityName) << Qt::endl;
        return false;
    }
    m_listResidentId = list.residentId(0);
    m_surname =
        m_baseline.value(QStringLiteral("SELECT last_name FROM public.residents WHERE id = $1"), {m_listResidentId});
    const QString firstName =
        m_baseline.value(QStringLiteral("SELECT first_name FROM public.residents WHERE id = $1"), {m_listResidentId});
    // "A later word of a name": the last word of a surname of several words, else the first name (the second word
    // of "First Last").
    const QStringList surnameWords = m_surname.split(QRegularExpression(QStringLiteral("[\\s-]+")), Qt::SkipEmptyParts);
    m_laterWord = surnameWords.size() > 1 ? surnameWords.last() : firstName;
    m_nhsNumber = m_baseline.value(QStringLiteral("SELECT coalesce((SELECT nhs_number FROM public.residents WHERE id "
                                                  "= $1), (SELECT nhs_number FROM public.residents WHERE facility_id = "
                                                  "$2 AND nhs_number IS NOT NULL ORDER BY id LIMIT 1))"),
                                   {m_listResidentId, m_facilityId});
    m_residentId = m_baseline.value(
        QStringLiteral("SELECT r.id FROM public.residents r LEFT JOIN public.daily_records d ON d.organization_id = "
                       "r.organization_id AND d.resident_id = r.id WHERE r.organization_id = $1 AND r.facility_id = $2 "
                       "AND r.status IN ('admitted', 'in_hospital') GROUP BY r.id ORDER BY count(d.id) DESC, r.id "
                       "LIMIT 1"),
        {m_nurse.organizationId, m_facilityId});
    for (int row = 0; row < list.rowCount(); ++row)
        m_homeResidents.append(list.residentId(row));
    m_data = QJsonObject{
        {QStringLiteral("residents"),
         m_baseline.value(QStringLiteral("SELECT count(*) FROM public.residents")).toLongLong()},
        {QStringLiteral("notes"),
         m_baseline.value(QStringLiteral("SELECT count(*) FROM public.daily_records")).toLongLong()},
        {QStringLiteral("homes"),
         m_baseline.value(QStringLiteral("SELECT count(*) FROM public.facilities")).toLongLong()},
        {QStringLiteral("residents_of_home"),
         m_baseline
             .value(QStringLiteral("SELECT count(*) FROM public.residents WHERE facility_id = $1"), {m_facilityId})
             .toLongLong()},
        {QStringLiteral("notes_of_measured_resident"),
         m_baseline
             .value(QStringLiteral("SELECT count(*) FROM public.daily_records WHERE resident_id = $1"), {m_residentId})
             .toLongLong()},
    };
    return !m_residentId.isEmpty() && !m_nhsNumber.isEmpty();
}

QList<double> Benchmark::measure(const std::function<bool()> &operation, const std::function<void()> &between)
{
    QList<double> samples;
    QElapsedTimer spent;
    spent.start();
    for (int i = 0; i < m_options.iterations; ++i) {
        if (i >= 3 && static_cast<double>(spent.elapsed()) / 1000.0 > m_options.maxSeconds)
            break;
        if (between)
            between();
        QElapsedTimer timer;
        timer.start();
        const bool ok = operation();
        const double ms = elapsedMs(timer);
        if (!ok) {
            m_failure = tr("an operation failed");
            return {};
        }
        samples.append(ms);
    }
    return samples;
}

QList<double> Benchmark::measureBaseline(const QString &name, const QList<QPair<QString, QStringList>> &statements,
                                         BenchmarkBaseline *baseline)
{
    BenchmarkBaseline &on = baseline ? *baseline : m_baseline;
    QList<double> samples;
    QElapsedTimer spent;
    spent.start();
    for (int i = 0; i < m_options.iterations; ++i) {
        if (i >= 3 && static_cast<double>(spent.elapsed()) / 1000.0 > m_options.maxSeconds)
            break;
        QElapsedTimer timer;
        timer.start();
        for (qsizetype s = 0; s < statements.size(); ++s) {
            const Result<int> ran = on.run(name + QString::number(s), statements.at(s).first, statements.at(s).second);
            if (!ran.ok()) {
                m_failure = tr("the baseline %1 failed: %2").arg(name, ran.message);
                return {};
            }
        }
        samples.append(elapsedMs(timer));
    }
    return samples;
}

void Benchmark::add(const QString &name, const QString &description, const QList<double> &samples,
                    const QList<double> &baseline, const QString &note)
{
    m_results.append(BenchmarkTimings{name, description, samples, baseline, note});
    m_err << tr("%1: median %2 ms, baseline %3 ms")
                 .arg(name)
                 .arg(BenchmarkTimings::median(samples), 0, 'f', 3)
                 .arg(BenchmarkTimings::median(baseline), 0, 'f', 3)
          << Qt::endl;
}

bool Benchmark::run()
{
    if (!setUp())
        return false;
    const QList<std::pair<QString, void (Benchmark::*)()>> groups = {
        {QStringLiteral("sign_in"), &Benchmark::signInOperation},
        {QStringLiteral("searches"), &Benchmark::searches},
        {QStringLiteral("open_resident"), &Benchmark::openResident},
        {QStringLiteral("timeline"), &Benchmark::timeline},
        {QStringLiteral("shift_board"), &Benchmark::shiftBoard},
        {QStringLiteral("lists"), &Benchmark::lists},
        {QStringLiteral("home_screen"), &Benchmark::homeScreen},
        // Writes last, so no read above measures what this run wrote.
        {QStringLiteral("saves"), &Benchmark::saves},
        {QStringLiteral("stations"), &Benchmark::concurrentStations},
        {QStringLiteral("gui"), &Benchmark::gui},
    };
    for (const auto &[name, operation] : groups) {
        if (m_options.only.isEmpty() || m_options.only.contains(name))
            (this->*operation)();
    }
    if (!m_failure.isEmpty())
        m_err << tr("Problem: %1").arg(m_failure) << Qt::endl;
    return m_failure.isEmpty();
}

void Benchmark::signInOperation()
{
    QList<double> samples;
    {
        const Result<QSqlDatabase> opened = DatabaseConnector::open(m_options.station, signInConnection);
        if (!opened.ok()) {
            m_failure = opened.message;
            return;
        }
        QSqlDatabase db = opened.value;
        // Sign-in as the station does it: the password check, the session, attaching it to the connection.
        samples = measure(
            [&] {
                const SignInResult result =
                    UserSession::signIn(db, m_options.email, m_options.password, UserSession::stationName());
                return result.outcome == SignInResult::Outcome::SignedIn && UserSession::attach(db, result.token);
            },
            [&] { UserSession::signOut(db); });
        UserSession::signOut(db);
    }
    DatabaseConnector::close(signInConnection);
    add(QStringLiteral("sign_in"), tr("sign-in (bcrypt by design) and attaching the session"), samples,
        measureBaseline(QStringLiteral("sign_in"),
                        {{QStringLiteral("SELECT user_id FROM public.user_credentials WHERE email_lower = lower($1) "
                                         "AND password_hash = crypt($2, password_hash)"),
                          {m_options.email, m_options.password}}}));
}

void Benchmark::searches()
{
    struct Search
    {
        QString name;
        QString description;
        QString typed;
        QString baselineWhere;
    };
    const QList<Search> searches = {
        {QStringLiteral("search_surname"), tr("search by surname"), m_surname.toLower(),
         QStringLiteral("lower(r.last_name) ^@ lower($2)")},
        {QStringLiteral("search_later_word"), tr("search by a later word of a name"), m_laterWord.toLower(),
         QStringLiteral("EXISTS (SELECT 1 FROM public.resident_search_words w WHERE w.organization_id = "
                        "r.organization_id AND w.resident_id = r.id AND w.word ^@ lower($2))")},
        {QStringLiteral("search_nhs_number"), tr("search by NHS number"), m_nhsNumber,
         QStringLiteral("r.nhs_number = $2")},
    };
    for (const Search &search : searches) {
        for (const bool acrossHomes : {false, true}) {
            const QString connection = acrossHomes ? managerConnection : nurseConnection;
            ResidentListModel model(connection);
            if (!acrossHomes)
                model.setFacility(m_facilityId);
            const QList<double> samples = measure(
                [&] {
                    model.setSearch(search.typed);
                    return model.lastRead().ok() && model.rowCount() > 0;
                },
                [&] { model.setSearch(QString()); });
            const QString organization = acrossHomes ? m_manager.organizationId : m_nurse.organizationId;
            QString statement = QStringLiteral("SELECT %1 FROM public.residents r WHERE r.organization_id = $1 AND %2")
                                    .arg(listColumns, search.baselineWhere);
            QStringList parameters{organization, search.typed};
            if (!acrossHomes) {
                statement += QStringLiteral(" AND r.facility_id = $3");
                parameters.append(m_facilityId);
            }
            statement += QStringLiteral(" ORDER BY lower(r.last_name), lower(r.first_name), r.id LIMIT 50");
            const QString name = search.name + (acrossHomes ? QStringLiteral("_all_homes") : QStringLiteral("_home"));
            add(name,
                search.description + (acrossHomes ? tr(", across homes (a manager)") : tr(", in one home (a nurse)")),
                samples, measureBaseline(name, {{statement, parameters}}), tr("typed \"%1\"").arg(search.typed));
        }
    }
}

void Benchmark::openResident()
{
    // What the record page does when a resident is opened: the record (with the medical part for those who may read
    // it, audited), its events, history, care plans and assessments.
    ResidentEventListModel events(nurseConnection);
    RecordHistoryModel history(nurseConnection);
    CarePlanListModel carePlans(nurseConnection);
    AssessmentHistoryModel assessments(nurseConnection);
    const bool medical = m_nurse.can(Capability::medicalRead);
    const QList<double> samples = measure([&] {
        if (!ResidentStore::load(nurse(), m_residentId, medical, true).ok())
            return false;
        events.setResident(m_residentId);
        history.setRecord(RecordHistoryModel::Kind::Resident, m_residentId);
        carePlans.setResident(m_residentId);
        assessments.setResident(m_residentId);
        return events.lastRead().ok() && history.lastRead().ok() && carePlans.lastRead().ok() &&
               assessments.lastRead().ok();
    });
    const QStringList parameters{m_nurse.organizationId, m_residentId};
    add(QStringLiteral("open_resident"), tr("opening a resident (record, events, history, care plans, assessments)"),
        samples,
        measureBaseline(
            QStringLiteral("open_resident"),
            {{QStringLiteral("SELECT * FROM public.residents WHERE organization_id = $1 AND id = $2"), parameters},
             {QStringLiteral("SELECT * FROM public.resident_events WHERE organization_id = $1 AND resident_id = $2"),
              parameters},
             // The resident's own record's history, as the page shows it (RecordHistoryModel: by table and row).
             {QStringLiteral("SELECT * FROM public.record_history WHERE organization_id = $1 AND table_name = "
                             "'residents' AND row_id = $2 ORDER BY row_version"),
              parameters},
             {QStringLiteral("SELECT * FROM public.care_plans WHERE organization_id = $1 AND resident_id = $2"),
              parameters},
             {QStringLiteral("SELECT * FROM public.assessments WHERE organization_id = $1 AND resident_id = $2 ORDER "
                             "BY date DESC"),
              parameters}}),
        tr("resident %1").arg(m_residentId));
}

void Benchmark::timeline()
{
    const QString order = QStringLiteral(" ORDER BY date DESC, occurred_at DESC, id DESC LIMIT 50");
    TimelineModel model(nurseConnection);
    // The dates the shift board's timeline starts with, as the nurse sees it.
    const QDate today = Clock::today();
    const auto open = [&] {
        model.setResident(m_residentId, QString(), TimelineModel::defaultFrom(today), TimelineModel::defaultTo(today));
    };
    const QList<double> first = measure([&] {
        open();
        return model.lastRead().ok() && model.rowCount() > 0;
    });
    add(QStringLiteral("timeline_first_page"), tr("timeline, first page"), first,
        measureBaseline(QStringLiteral("timeline_first_page"),
                        {{QStringLiteral("SELECT * FROM public.daily_records WHERE organization_id = $1 AND "
                                         "resident_id = $2") +
                              order,
                          {m_nurse.organizationId, m_residentId}}}));

    // The fiftieth page, or the last there is on smaller data: first count the pages (up to fifty), then before each
    // sample read the pages before it untimed, as scrolling would.
    open();
    while (model.rowCount() < 50 * TimelineModel::pageSize && model.canFetchMore(QModelIndex())) {
        const int before = model.rowCount();
        model.fetchMore(QModelIndex());
        if (model.rowCount() == before)
            break;
    }
    const int pages = (model.rowCount() + TimelineModel::pageSize - 1) / TimelineModel::pageSize;
    const bool hasMore = pages >= 2;
    const int target = qMin(50, pages);
    const auto scrollTo = [&] {
        open();
        for (int page = 1; page < target - 1; ++page)
            model.fetchMore(QModelIndex());
    };
    scrollTo();
    const int rowsBefore = model.rowCount();
    if (rowsBefore == 0) {
        m_failure = tr("the resident measured has no notes");
        return;
    }
    const DailyNote last = model.note(rowsBefore - 1);
    // Success is an answer without error: on small data the page after the last full one may be empty.
    const QList<double> later = measure(
        [&] {
            if (hasMore)
                model.fetchMore(QModelIndex());
            else
                open();
            return model.lastRead().ok();
        },
        scrollTo);
    add(QStringLiteral("timeline_page_50"), tr("timeline, fiftieth page"), later,
        measureBaseline(QStringLiteral("timeline_page_50"),
                        {{QStringLiteral("SELECT * FROM public.daily_records WHERE organization_id = $1 AND "
                                         "resident_id = $2 AND (date, occurred_at, id) < ($3::date, "
                                         "$4::timestamptz, $5::uuid) AND date >= $6::date") +
                              order,
                          {m_nurse.organizationId, m_residentId, last.date.toString(Qt::ISODate),
                           last.occurredAt.isValid() ? last.occurredAt.toUTC().toString(Qt::ISODateWithMs) : QString(),
                           last.id, TimelineModel::defaultFrom(today).toString(Qt::ISODate)}}}),
        hasMore ? tr("page %1 of the resident's timeline").arg(target)
                : tr("only %1 notes: the first page timed again, nothing beyond it").arg(rowsBefore));
}

void Benchmark::saves()
{
    const ShiftPattern pattern = DailyNoteStore::shiftPattern(nurse(), m_facilityId).value;
    const ShiftOccurrence occurrence = pattern.current(Clock::now());
    DailyNote note;
    note.residentId = m_residentId;
    note.date = occurrence.date;
    note.shift = occurrence.shift;
    note.narrative = QStringLiteral("Benchmark note: settled, comfortable, no concerns.");
    const QList<double> samples = measure([&] { return DailyNoteStore::write(nurse(), note).outcome == Outcome::Done; },
                                          [&] {
                                              note.id = DailyNote::newId();
                                              note.occurredAt = Clock::now();
                                              note.recordedAt = note.occurredAt;
                                          });
    const QString now = Clock::nowUtc().toString(Qt::ISODateWithMs);
    const QList<QPair<QString, QStringList>> insert = {
        {QStringLiteral("INSERT INTO public.daily_records (organization_id, resident_id, date, shift, created_by, "
                        "occurred_at, recorded_at, narrative) VALUES ($1, $2, $3, $4, $5, $6, $6, $7)"),
         {m_nurse.organizationId, m_residentId, occurrence.date.toString(Qt::ISODate), occurrence.shift, m_nurse.userId,
          now, note.narrative}}};
    // The same insert through the table's own triggers and checks (the database's rules, which no save may skip):
    // what the application adds to them is the save over this.
    BenchmarkBaseline withTriggers(m_options.baselineConnInfo, BenchmarkBaseline::Triggers::On);
    const Result<> triggersOpen = withTriggers.status();
    const QList<double> triggered = triggersOpen.ok()
                                        ? measureBaseline(QStringLiteral("note_save_triggers"), insert, &withTriggers)
                                        : QList<double>();
    const double triggeredMedian = BenchmarkTimings::median(triggered);
    add(QStringLiteral("note_save"), tr("a committed shift note save (triggers and checks included)"), samples,
        measureBaseline(QStringLiteral("note_save"), insert),
        triggered.isEmpty()
            ? tr("the insert with its triggers failed: %1").arg(triggersOpen.ok() ? m_failure : triggersOpen.message)
            : tr("the same insert with its triggers and checks: median %1 ms, the save %2x of it")
                  .arg(triggeredMedian, 0, 'f', 2)
                  .arg(BenchmarkTimings::median(samples) / triggeredMedian, 0, 'f', 2));

    // The medical notes as the record page saves them: the encrypted column through the database's own function.
    const Result<ResidentRecord> loaded = ResidentStore::load(nurse(), m_residentId, true, false);
    std::optional<ResidentRecord> original;
    if (loaded.ok())
        original = loaded.value;
    int counter = 0;
    const QList<double> medical = measure([&] {
        if (!original)
            return false;
        ResidentRecord edited = *original;
        edited.setValue(
            QStringLiteral("medical_notes"),
            QStringLiteral("Benchmark medical note %1: reviewed by the GP, no change to medication.").arg(++counter));
        const Result<ResidentRecord> result = ResidentStore::save(nurse(), *original, edited, true);
        if (!result.ok())
            return false;
        original = result.value;
        return true;
    });
    add(QStringLiteral("medical_note_save"), tr("a medical note save (encryption included)"), medical,
        measureBaseline(
            QStringLiteral("medical_note_save"),
            {{QStringLiteral("UPDATE public.residents SET updated_at = updated_at WHERE organization_id = $1 "
                             "AND id = $2 AND pgp_sym_encrypt($3, $4) IS NOT NULL"),
              {m_nurse.organizationId, m_residentId,
               QStringLiteral("Benchmark medical note: reviewed by the GP, no change to medication."),
               QStringLiteral("benchmark baseline passphrase")}}}),
        loaded.message);
}

void Benchmark::shiftBoard()
{
    const ShiftPattern pattern = DailyNoteStore::shiftPattern(nurse(), m_facilityId).value;
    // The same shift yesterday: complete, and never touched by the notes this benchmark saves (dated now), which
    // would otherwise pile up in today's shift with every run on the same data.
    const QDateTime moment = Clock::now().addDays(-1);
    const ShiftOccurrence occurrence = pattern.current(moment);
    ShiftBoardModel board(nurseConnection);
    board.setMoment(moment);
    board.setShift(m_facilityId, occurrence);
    const QStringList parameters{m_nurse.organizationId, m_facilityId, occurrence.date.toString(Qt::ISODate),
                                 occurrence.shift};
    const QString boardBaseline = QStringLiteral(
        "SELECT r.id, r.first_name, r.last_name, r.room_number, count(d.id), max(d.created_at) FROM public.residents r "
        "LEFT JOIN public.daily_records d ON d.organization_id = r.organization_id AND d.resident_id = r.id AND d.date "
        "= $3::date AND d.shift = $4 WHERE r.organization_id = $1 AND r.facility_id = $2 AND r.status = 'admitted' "
        "GROUP BY r.organization_id, r.id ORDER BY r.room_number, r.id");
    const QList<double> samples = measure([&] { return board.refresh().ok(); });
    add(QStringLiteral("shift_board"), tr("shift board refresh"), samples,
        measureBaseline(QStringLiteral("shift_board"), {{boardBaseline, parameters}}),
        tr("%n residents on the board", nullptr, board.rowCount()));

    const QList<double> handover = measure([&] {
        const QDateTime printedAt = Clock::now();
        if (!board.refresh().ok())
            return false;
        const Result<QList<DailyNote>> notes = DailyNoteStore::shiftNotes(nurse(), m_facilityId, occurrence);
        if (!notes.ok())
            return false;
        QList<HandoverResident> residents;
        for (int row = 0; row < board.rowCount(); ++row)
            residents.append(board.handoverResident(row));
        return !HandoverReport::html(m_facilityName, ShiftPattern::describe(occurrence), residents, notes.value,
                                     m_nurse.displayName(), printedAt)
                    .isEmpty();
    });
    add(QStringLiteral("handover"), tr("handover (board, the shift's notes, the report)"), handover,
        measureBaseline(
            QStringLiteral("handover"),
            {{boardBaseline, parameters},
             {QStringLiteral("SELECT d.* FROM public.daily_records d JOIN public.residents r ON r.organization_id = "
                             "d.organization_id AND r.id = d.resident_id WHERE d.organization_id = $1 AND "
                             "r.facility_id = $2 AND d.date = $3::date AND d.shift = $4 ORDER BY d.occurred_at, d.id"),
              parameters}}));
}

void Benchmark::lists()
{
    AssessmentsDueModel assessments(nurseConnection);
    assessments.setFacility(m_facilityId);
    add(QStringLiteral("assessments_due"), tr("assessments due, one home"), measure([&] {
            assessments.refresh();
            return assessments.lastRead().ok();
        }),
        measureBaseline(
            QStringLiteral("assessments_due"),
            {{QStringLiteral("SELECT r.id, r.first_name, r.last_name, r.room_number, a.type, max(a.date) FROM "
                             "public.residents r LEFT JOIN public.assessments a ON a.organization_id = "
                             "r.organization_id AND a.resident_id = r.id WHERE r.organization_id = $1 AND "
                             "r.facility_id = $2 AND r.status IN ('admitted', 'in_hospital') GROUP BY "
                             "r.organization_id, r.id, a.type "
                             "ORDER BY max(a.date) NULLS FIRST, r.id LIMIT 100"),
              {m_nurse.organizationId, m_facilityId}}}));

    ReviewsDueModel reviews(nurseConnection);
    reviews.setFacility(m_facilityId);
    add(QStringLiteral("reviews_due"), tr("care plan reviews due, one home"), measure([&] {
            reviews.refresh();
            return reviews.lastRead().ok();
        }),
        measureBaseline(
            QStringLiteral("reviews_due"),
            {{QStringLiteral("SELECT p.id, p.resident_id, p.type, p.review_date, r.first_name, r.last_name, "
                             "r.room_number FROM public.care_plans p JOIN public.residents r ON r.organization_id = "
                             "p.organization_id AND r.id = p.resident_id WHERE p.organization_id = $1 AND "
                             "r.facility_id = $2 AND p.status IN ('active', 'under_review') ORDER BY p.review_date, "
                             "p.id LIMIT 100"),
              {m_nurse.organizationId, m_facilityId}}}));
}

// The manager's home screen for every home the group's manager works in, as the window reads it (off its thread, so
// the window never waits: this is how long the screen takes to fill). The statement of everything needing attention
// is a function that checks the caller's rights itself and reads past row-level security (migration 23), so a
// superuser's run of it would see nothing: the baseline is that statement alone, over the same homes and shifts, on
// plain libpq signed in as the same manager. What the store adds is the homes' shift times and the rows made into
// lines.
void Benchmark::homeScreen()
{
    const QDateTime now = Clock::now();
    QList<SqlStatement> statements;
    const Result<QList<HomeAttention>> first = AttentionStore::read(manager(), now, &statements);
    if (!first.ok() || statements.size() != 2) {
        m_failure = tr("the home screen could not be read: %1").arg(first.message);
        return;
    }
    int things = 0;
    for (const HomeAttention &home : first.value)
        things += home.total();
    QStringList parameters;
    for (const QVariant &value : statements.last().params)
        parameters.append(value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate) : value.toString());
    BenchmarkBaseline asManager(m_options.baselineConnInfo,
                                BenchmarkBaseline::Triggers::On); // a session's rights are filled by a trigger
    if (!asManager.status().ok()) {
        m_failure = tr("the baseline could not connect: %1").arg(asManager.status().message);
        return;
    }
    const QString attempt = asManager.value(QStringLiteral("SELECT public.app_begin_sign_in($1, $2, $3)"),
                                            {m_options.managerEmail, m_options.password, UserSession::stationName()});
    const QString token =
        asManager.value(QStringLiteral("SELECT session_token FROM public.app_finish_sign_in($1)"), {attempt});
    if (token.isEmpty() ||
        asManager.value(QStringLiteral("SELECT public.app_use_session($1)"), {token}) != QStringLiteral("t")) {
        m_failure = tr("the baseline could not sign in as %1").arg(m_options.managerEmail);
        return;
    }
    add(QStringLiteral("home_screen"), tr("manager's home screen, every home of the group"),
        measure([&] { return AttentionStore::read(manager(), now).ok(); }),
        measureBaseline(QStringLiteral("home_screen"), {{statements.last().text, parameters}}, &asManager),
        tr("%n home(s)", nullptr, int(first.value.size())) + QStringLiteral(", ") +
            tr("%n thing(s) needing attention", nullptr, things));
}

// Stations saving at once: each a thread with its own connection and signed-in user, a fixed number of notes each,
// all started together once every station is signed in.
void Benchmark::concurrentStations()
{
    const int stations = m_options.stations;
    if (stations <= 0 || m_options.stationEmails.isEmpty())
        return;
    const ShiftOccurrence occurrence = DailyNoteStore::shiftPattern(nurse(), m_facilityId).value.current(Clock::now());
    std::latch ready(stations + 1);
    std::latch go(1);
    std::atomic<int> written{0};
    std::atomic<int> failed{0};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int s = 0; s < stations; ++s) {
        const QString email = m_options.stationEmails.at(s % m_options.stationEmails.size());
        const QString resident = m_homeResidents.at(s % m_homeResidents.size());
        threads.emplace_back(QThread::create([&, s, email, resident] {
            const QString name = QStringLiteral("bench-station-%1").arg(s);
            {
                const Result<QSqlDatabase> opened = DatabaseConnector::open(m_options.station, name);
                const QSqlDatabase db = opened.value;
                bool signedIn = false;
                if (opened.ok()) {
                    const SignInResult result =
                        UserSession::signIn(db, email, m_options.password, UserSession::stationName());
                    signedIn =
                        result.outcome == SignInResult::Outcome::SignedIn && UserSession::attach(db, result.token);
                }
                ready.count_down();
                go.wait();
                for (int n = 0; signedIn && n < m_options.notesPerStation; ++n) {
                    DailyNote note;
                    note.id = DailyNote::newId();
                    note.residentId = resident;
                    note.date = occurrence.date;
                    note.shift = occurrence.shift;
                    note.occurredAt = Clock::now();
                    note.recordedAt = note.occurredAt;
                    note.narrative = QStringLiteral("Benchmark station note %1.").arg(n);
                    if (DailyNoteStore::write(db, note).outcome == Outcome::Done)
                        ++written;
                    else
                        ++failed;
                }
                if (!signedIn)
                    failed += m_options.notesPerStation;
                else
                    UserSession::signOut(db);
            }
            DatabaseConnector::close(name);
        }));
        threads.back()->start();
    }
    ready.arrive_and_wait();
    QElapsedTimer timer;
    timer.start();
    go.count_down();
    for (const auto &thread : threads)
        thread->wait();
    const double seconds = elapsedMs(timer) / 1000.0;
    m_concurrency = QJsonObject{{QStringLiteral("stations"), stations},
                                {QStringLiteral("notes_per_station"), m_options.notesPerStation},
                                {QStringLiteral("notes_written"), written.load()},
                                {QStringLiteral("notes_failed"), failed.load()},
                                {QStringLiteral("seconds"), seconds},
                                {QStringLiteral("notes_per_second"), seconds > 0 ? written.load() / seconds : 0.0}};
    m_err << tr("%1 stations: %2 notes in %3 s (%4 failed)")
                 .arg(stations)
                 .arg(written.load())
                 .arg(seconds, 0, 'f', 2)
                 .arg(failed.load())
          << Qt::endl;
    if (failed.load() > 0)
        m_failure = tr("%n station notes were not written", nullptr, failed.load());
}

// The GUI's start-up and memory (BenchmarkGui): the real binary started again and again, then a process of its own
// for the memory, signed in as the nurse and opening the resident measured elsewhere.
void Benchmark::gui()
{
    m_gui = std::make_unique<BenchmarkGui>(m_options.appPath, m_options.station, m_err);
    if (!m_gui->measureStartUp(m_options.guiStarts) ||
        !m_gui->measureMemory(m_options.email, m_options.password, m_residentId))
        m_failure = m_gui->error();
}

QJsonObject Benchmark::toJson() const
{
    QJsonArray operations;
    for (const BenchmarkTimings &timings : m_results)
        operations.append(timings.toJson());
    return QJsonObject{
        {QStringLiteral("measured_at"), Clock::nowUtc().toString(Qt::ISODate)},
        {QStringLiteral("machine"), QJsonObject{{QStringLiteral("cores"), QThread::idealThreadCount()},
                                                {QStringLiteral("system"), QSysInfo::prettyProductName()},
                                                {QStringLiteral("kernel"), QSysInfo::kernelVersion()}}},
        {QStringLiteral("data"), m_data},
        {QStringLiteral("home"), m_facilityName},
        {QStringLiteral("signed_in_as"), m_options.email},
        {QStringLiteral("manager"), m_options.managerEmail},
        {QStringLiteral("baseline_role"), m_baseline.roleDescription()},
        {QStringLiteral("iterations"), m_options.iterations},
        {QStringLiteral("operations"), operations},
        {QStringLiteral("concurrent_stations"), m_concurrency},
        {QStringLiteral("gui"),
         m_gui && m_gui->error().isEmpty()
             ? m_gui->toJson()
             : QJsonObject{{QStringLiteral("measured"), false},
                           {QStringLiteral("note"), m_gui ? m_gui->error() : QStringLiteral("not asked for")}}},
    };
}

QString Benchmark::markdown() const
{
    QString table = QStringLiteral("| operation | median ms | p95 ms | baseline median ms | baseline p95 ms | ratio |\n"
                                   "|---|---|---|---|---|---|\n");
    for (const BenchmarkTimings &t : m_results) {
        const double median = BenchmarkTimings::median(t.samples);
        const double base = BenchmarkTimings::median(t.baselineSamples);
        table += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6x |\n")
                     .arg(t.description)
                     .arg(median, 0, 'f', 2)
                     .arg(BenchmarkTimings::percentile95(t.samples), 0, 'f', 2)
                     .arg(base, 0, 'f', 2)
                     .arg(BenchmarkTimings::percentile95(t.baselineSamples), 0, 'f', 2)
                     .arg(base > 0 ? median / base : 0.0, 0, 'f', 1);
    }
    if (!m_concurrency.isEmpty())
        table += QStringLiteral("\n%1 stations saving %2 notes each at once: %3 notes a second.\n")
                     .arg(m_concurrency.value(QStringLiteral("stations")).toInt())
                     .arg(m_concurrency.value(QStringLiteral("notes_per_station")).toInt())
                     .arg(m_concurrency.value(QStringLiteral("notes_per_second")).toDouble(), 0, 'f', 0);
    if (m_gui && m_gui->error().isEmpty())
        table += m_gui->markdown();
    return table;
}

QString Benchmark::compare(const QJsonObject &earlier, const QJsonObject &later)
{
    QHash<QString, double> before;
    for (const QJsonValue &operation : earlier.value(QStringLiteral("operations")).toArray())
        before.insert(operation[QStringLiteral("name")].toString(), operation[QStringLiteral("median_ms")].toDouble());
    QString table =
        QStringLiteral("| operation | median ms, first | median ms, second | growth |\n|---|---|---|---|\n");
    for (const QJsonValue &operation : later.value(QStringLiteral("operations")).toArray()) {
        const QString name = operation[QStringLiteral("name")].toString();
        const double first = before.value(name);
        const double second = operation[QStringLiteral("median_ms")].toDouble();
        table += QStringLiteral("| %1 | %2 | %3 | %4x |\n")
                     .arg(name)
                     .arg(first, 0, 'f', 2)
                     .arg(second, 0, 'f', 2)
                     .arg(first > 0 ? second / first : 0.0, 0, 'f', 2);
    }
    return table;
}
