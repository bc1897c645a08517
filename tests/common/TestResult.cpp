// Result: the one way an operation says what became of it.

#include "common/Result.h"

#include <QTest>

class TestResult : public QObject
{
    Q_OBJECT

private slots:
    void doneCarriesItsValueAndNoSentence()
    {
        const Result<int> result = Result<int>::done(42);
        QCOMPARE(result.outcome, Outcome::Done);
        QCOMPARE(result.value, 42);
        QVERIFY(result.message.isEmpty());
        QVERIFY(result.field.isEmpty());
        QVERIFY(result.ok());
        QVERIFY(result.kept());
        QVERIFY(bool(result));
    }
    void aDefaultResultIsAFailureNotASuccess()
    {
        // A result nobody filled in must never read as done.
        const Result<> result;
        QCOMPARE(result.outcome, Outcome::Failed);
        QVERIFY(!result.ok());
        QVERIFY(!result.kept());
    }
    void refusedNamesTheField()
    {
        const Result<QString> result =
            Result<QString>::refused(QStringLiteral("Enter the room."), QStringLiteral("room"));
        QCOMPARE(result.outcome, Outcome::Refused);
        QCOMPARE(result.message, QStringLiteral("Enter the room."));
        QCOMPARE(result.field, QStringLiteral("room"));
        QVERIFY(result.value.isEmpty());
        QVERIFY(!result.ok());
        QVERIFY(!result.kept());
    }
    void eachOutcomeSaysWhetherTheFormMayBeCleared_data()
    {
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("kept");
        QTest::newRow("done") << Outcome::Done << true << true;
        QTest::newRow("already done") << Outcome::AlreadyDone << true << true;
        QTest::newRow("queued") << Outcome::Queued << false << true;
        QTest::newRow("conflict") << Outcome::Conflict << false << false;
        QTest::newRow("refused") << Outcome::Refused << false << false;
        QTest::newRow("unreachable") << Outcome::Unreachable << false << false;
        QTest::newRow("failed") << Outcome::Failed << false << false;
    }
    void eachOutcomeSaysWhetherTheFormMayBeCleared()
    {
        QFETCH(Outcome, outcome);
        QFETCH(bool, ok);
        QFETCH(bool, kept);
        const Result<> result{outcome, {}, QStringLiteral("sentence"), {}};
        QCOMPARE(result.ok(), ok);
        QCOMPARE(result.kept(), kept);
    }
    void aFailurePassesOnUnchanged()
    {
        const Result<int> inner = Result<int>::unreachable(QStringLiteral("The server cannot be reached."));
        const Result<QString> outer = Result<QString>::failedAs(inner);
        QCOMPARE(outer.outcome, Outcome::Unreachable);
        QCOMPARE(outer.message, QStringLiteral("The server cannot be reached."));
        QVERIFY(outer.value.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "TestResult.moc"
