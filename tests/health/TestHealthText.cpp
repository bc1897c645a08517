// The Health page's words: sizes at each unit's boundary (never shown smaller than they are), counts, and the facts
// in their order.

#include "health/HealthText.h"

#include <QLocale>
#include <QTest>

class TestHealthText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void sizesRoundUpWithinTheirUnit()
    {
        QCOMPARE(HealthText::size(0), QStringLiteral("0 kB"));
        QCOMPARE(HealthText::size(1), QStringLiteral("1 kB"));
        QCOMPARE(HealthText::size(1024), QStringLiteral("1 kB"));
        QCOMPARE(HealthText::size(1025), QStringLiteral("2 kB"));
        QCOMPARE(HealthText::size((1 << 20) - 1), QStringLiteral("1,024 kB"));
        QCOMPARE(HealthText::size(1 << 20), QStringLiteral("1.0 MB"));
        QCOMPARE(HealthText::size(qint64(1) << 30), QStringLiteral("1.0 GB"));
        QCOMPARE(HealthText::count(1234567), QStringLiteral("1,234,567"));
        QCOMPARE(HealthText::when(QDateTime()), QStringLiteral("never"));
    }

    void factsInTheirOrder()
    {
        ServerHealth health;
        health.schemaVersion = 29;
        health.latestKnown = 29;
        health.databaseBytes = 15 * (1 << 20);
        health.partitionsUpTo = QDate(2027, 2, 1);
        health.notesWaitingForPartition = 1;
        health.standbys.append(
            {QStringLiteral("standby1"), QStringLiteral("10.0.0.7"), QStringLiteral("streaming"), 1.5, 0});
        health.standbys.append({QStringLiteral("old_slot"), QString(), QStringLiteral("slot"), 0, 3 << 20});
        QStringList lines;
        for (const auto &[label, value] : HealthText::facts(health))
            lines << label + QStringLiteral(": ") + value;
        QCOMPARE(lines, QStringList({QStringLiteral("Database size: 15.0 MB"),
                                     QStringLiteral("Schema version: 29, as this program expects"),
                                     QStringLiteral("Archiving: off: a restore can only reach the end of a backup"),
                                     QStringLiteral("Standbys: standby1 (10.0.0.7): streaming, 1.5 s behind\n"
                                                    "slot old_slot with no standby, holding 3.0 MB"),
                                     QStringLiteral("Oldest open transaction: none"),
                                     QStringLiteral("Shift-note partitions: up to February 2027; 1 note waiting for "
                                                    "theirs")}));
        health.schemaVersion = 28;
        QCOMPARE(HealthText::facts(health).at(1).second, QStringLiteral("28 (this program expects 29)"));
    }
};

QTEST_GUILESS_MAIN(TestHealthText)
#include "TestHealthText.moc"
