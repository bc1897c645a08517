// BackgroundReader against the real server: reads run off the caller's thread and come back to it, in the order
// posted; they see what the attached session may see and nothing without it; a read for a page that is gone is
// dropped; and a connection the server lost is made again for the next read, which then answers.

#include "TenantFixture.h"
#include "TestDatabase.h"
#include "database/BackgroundReader.h"
#include "database/DatabaseConnector.h"
#include "database/PgSession.h"
#include "session/UserSession.h"

#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>
#include <semaphore>

class TestBackgroundReader : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    QString m_token; // carerA's session, signed in on a connection of the test's own

    std::unique_ptr<BackgroundReader> signedInReader() const
    {
        const QString token = m_token;
        return std::make_unique<BackgroundReader>(m_fixture.stationSettings(*m_db), [token](const QSqlDatabase &db) {
            return UserSession::attach(db, token);
        });
    }
    // Posts one statement returning one value; the value as the caller's thread received it.
    static QString readOne(BackgroundReader &reader, QObject *context, const QString &statement)
    {
        auto answer = std::make_shared<std::optional<QString>>();
        reader.post(context, [statement, answer](const QSqlDatabase &db) -> BackgroundReader::Apply {
            const PgResult result = PgSession(db).exec(statement);
            const QString value =
                result.ok() ? result.scalar().toString() : QStringLiteral("error: ") + result.error().message;
            return [answer, value] {
                *answer = value;
            };
        });
        return QTest::qWaitFor([answer] { return answer->has_value(); }, 30000) ? **answer
                                                                                : QStringLiteral("timed out");
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
        const Result<QSqlDatabase> opened =
            DatabaseConnector::open(m_fixture.stationSettings(*m_db), QStringLiteral("test-sign-in"));
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        const QSqlDatabase db = opened.value;
        const SignInResult result =
            UserSession::signIn(db, m_fixture.emails.value(QStringLiteral("carerA")),
                                QString::fromLatin1(TenantFixture::password), QStringLiteral("reader test station"));
        QCOMPARE(int(result.outcome), int(SignInResult::Outcome::SignedIn));
        m_token = result.token;
    }
    void cleanupTestCase()
    {
        DatabaseConnector::close(QStringLiteral("test-sign-in"));
        m_db.reset();
    }

    void aReadRunsOffTheCallersThreadAndComesBackToIt()
    {
        const std::unique_ptr<BackgroundReader> reader = signedInReader();
        QObject context;
        std::atomic<bool> workOnCaller{true};
        bool applyOnCaller = false;
        int residents = -1;
        QThread *const caller = QThread::currentThread();
        reader->post(
            &context,
            [&workOnCaller, &applyOnCaller, &residents, caller](const QSqlDatabase &db) -> BackgroundReader::Apply {
                workOnCaller = QThread::currentThread() == caller;
                const int count = PgSession(db).exec(QStringLiteral("SELECT count(*) FROM residents")).scalar().toInt();
                return [&applyOnCaller, &residents, caller, count] {
                    applyOnCaller = QThread::currentThread() == caller;
                    residents = count;
                };
            });
        QTRY_COMPARE(residents, 2); // carerA works at Elm House, where two of the fixture's four residents live
        QCOMPARE(workOnCaller.load(), false);
        QCOMPARE(applyOnCaller, true);
    }

    void withoutTheSessionItSeesNothing()
    {
        BackgroundReader reader(m_fixture.stationSettings(*m_db), [](const QSqlDatabase &) { return true; });
        QObject context;
        QCOMPARE(readOne(reader, &context, QStringLiteral("SELECT count(*) FROM residents")), QStringLiteral("0"));
    }

    void readsComeBackInTheOrderPosted()
    {
        const std::unique_ptr<BackgroundReader> reader = signedInReader();
        QObject context;
        QList<int> order;
        for (int i = 0; i < 5; ++i) {
            reader->post(&context, [&order, i](const QSqlDatabase &db) -> BackgroundReader::Apply {
                const int value = PgSession(db).exec(QStringLiteral("SELECT $1::integer"), {i}).scalar().toInt();
                return [&order, value] {
                    order.append(value);
                };
            });
        }
        QTRY_COMPARE(order.size(), 5);
        QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4}));
    }

    void aReadForAPageThatIsGoneIsDropped()
    {
        const std::unique_ptr<BackgroundReader> reader = signedInReader();
        auto context = std::make_unique<QObject>();
        std::atomic<bool> worked{false};
        bool applied = false;
        reader->post(context.get(), [&worked, &applied](const QSqlDatabase &) -> BackgroundReader::Apply {
            worked = true;
            return [&applied] {
                applied = true;
            };
        });
        context.reset(); // the page closes while its read is on its way
        QObject later;
        QCOMPARE(readOne(*reader, &later, QStringLiteral("SELECT 'after'")), QStringLiteral("after"));
        QCOMPARE(worked.load(), true);
        QCOMPARE(applied, false);
    }

    void aStoppedReaderDropsTheReadsStillWaiting()
    {
        // Signing out during a network cut must not wait for every read queued behind the one under way.
        std::unique_ptr<BackgroundReader> reader = signedInReader();
        QObject context;
        std::binary_semaphore started{0};
        std::binary_semaphore release{0};
        std::atomic<int> firstRan{0};
        std::atomic<int> laterRan{0};
        reader->post(&context, [&](const QSqlDatabase &db) -> BackgroundReader::Apply {
            firstRan = PgSession(db).exec(QStringLiteral("SELECT 1")).scalar().toInt();
            started.release();
            release.acquire(); // held here, as a read on a dead network would be
            return {};
        });
        for (int i = 0; i < 3; ++i) {
            reader->post(&context, [&laterRan](const QSqlDatabase &) -> BackgroundReader::Apply {
                ++laterRan;
                return {};
            });
        }
        started.acquire();
        reader->stop();
        release.release();
        reader.reset(); // waits for the read under way only
        QCOMPARE(firstRan.load(), 1);
        QCOMPARE(laterRan.load(), 0);
    }

    void aConnectionTheServerLostIsMadeAgainForTheNextRead()
    {
        const std::unique_ptr<BackgroundReader> reader = signedInReader();
        QObject context;
        const QString first = readOne(*reader, &context, QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(first.toInt() > 0);
        // The server ends that connection, as a restart or a network cut would.
        QVERIFY(m_db->run(QStringLiteral("SELECT pg_terminate_backend($1::integer)"), {first.toInt()}));
        QTRY_VERIFY(
            m_db->session()
                .exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = $1::integer"), {first.toInt()})
                .scalar()
                .toInt() == 0);
        const QString second = readOne(*reader, &context, QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(second.toInt() > 0);
        QVERIFY(second != first);
        // And it carries the session again.
        QCOMPARE(readOne(*reader, &context, QStringLiteral("SELECT count(*) FROM residents")), QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(TestBackgroundReader)
#include "TestBackgroundReader.moc"
