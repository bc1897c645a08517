#include "session/AeadCipher.h"
#include "session/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray keyA = QByteArray(32, 'a');
const QByteArray keyB = QByteArray(32, 'b');
const QString userA = QStringLiteral("ea000000-0000-4000-8000-00000000000a");
const QString userB = QStringLiteral("eb000000-0000-4000-8000-00000000000b");

} // namespace

class TestDraftStore : public QObject
{
    Q_OBJECT

private slots:
    void sealsAndOpens()
    {
        const QByteArray sealed = AeadCipher::seal(keyA, "assisted with wash", "user a");
        QCOMPARE(sealed.size(), AeadCipher::nonceSize + 18 + AeadCipher::tagSize);
        QVERIFY(!sealed.contains("assisted"));
        QCOMPARE(AeadCipher::open(keyA, sealed, "user a"), std::optional<QByteArray>("assisted with wash"));
        // A fresh nonce each time: the same text never seals the same way twice.
        QVERIFY(AeadCipher::seal(keyA, "assisted with wash", "user a") != sealed);
    }

    void refusesTheWrongKeyOrAnyChange()
    {
        const QByteArray sealed = AeadCipher::seal(keyA, "assisted with wash", "user a");
        QCOMPARE(AeadCipher::open(keyB, sealed, "user a"), std::nullopt);
        QCOMPARE(AeadCipher::open(keyA, sealed, "user b"), std::nullopt);
        for (qsizetype at : {qsizetype(0), qsizetype(AeadCipher::nonceSize), sealed.size() - 1}) {
            QByteArray changed = sealed;
            changed[at] = static_cast<char>(changed.at(at) ^ 0x01);
            QCOMPARE(AeadCipher::open(keyA, changed, "user a"), std::nullopt);
        }
        QCOMPARE(AeadCipher::open(keyA, sealed.left(sealed.size() - 1), "user a"), std::nullopt);
        QCOMPARE(AeadCipher::open(keyA, QByteArray(5, 'x'), "user a"), std::nullopt);
        QCOMPARE(AeadCipher::seal(QByteArray(16, 'k'), "text", "x"), QByteArray()); // not a 256-bit key
    }

    void keepsEachUsersDraftsForThemAlone()
    {
        QTemporaryDir dir;
        const DraftStore store(dir.filePath(QStringLiteral("drafts")));
        const QJsonObject drafts{
            {QStringLiteral("users.new-user"), QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Ffion")}}}};
        QVERIFY(!store.has(userA));
        QVERIFY(store.save(userA, keyA, drafts));
        QVERIFY(store.has(userA));
        QCOMPARE(QFile::permissions(store.fileFor(userA)) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(dir.filePath(QStringLiteral("drafts"))) &
                     (QFileDevice::ExeOther | QFileDevice::ExeGroup),
                 QFileDevice::Permissions());
        QFile file(store.fileFor(userA));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("Ffion"));
        file.close();

        QCOMPARE(store.load(userA, keyA), std::optional<QJsonObject>(drafts));
        QCOMPARE(store.load(userA, keyB), std::nullopt); // another user's key
        QCOMPARE(store.load(userB, keyA), std::nullopt); // nothing kept for them
        // A's file renamed to B's name does not open for B, even with A's key: it is bound to its user.
        QVERIFY(QFile::copy(store.fileFor(userA), store.fileFor(userB)));
        QCOMPARE(store.load(userB, keyA), std::nullopt);
    }

    void nothingToKeepRemovesTheFile()
    {
        QTemporaryDir dir;
        const DraftStore store(dir.path());
        QVERIFY(store.save(userA, keyA, QJsonObject{{QStringLiteral("x"), QJsonObject{{QStringLiteral("y"), 1}}}}));
        QVERIFY(store.save(userA, keyA, QJsonObject()));
        QVERIFY(!store.has(userA));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
    }

    void refusesNamesThatAreNotUserIds()
    {
        QTemporaryDir dir;
        const DraftStore store(dir.path());
        QVERIFY(!store.save(QStringLiteral("../../etc/passwd"), keyA, QJsonObject{{QStringLiteral("x"), 1}}));
        QCOMPARE(store.fileFor(QStringLiteral("../escape")), QString());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "TestDraftStore.moc"
