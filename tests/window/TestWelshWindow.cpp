// A Welsh-speaking nurse at a station: chooses Cymraeg on the sign-in page, signs in and goes through every page of
// hers without meeting a word of English the catalogues translate; then switches back from the menu without signing
// out. Qt's own words (buttons, the editing menu of a text field) are Welsh too.

#include "TenantFixture.h"
#include "TestDatabase.h"
#include "common/AppTranslations.h"
#include "startup/DatabaseStartup.h"
#include "widgets/MessageBox.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

namespace {

template <typename T>
T *child(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

QString currentPage(const MainWindow &window)
{
    return child<QStackedWidget>(window, "pagesStackedWidget")->currentWidget()->objectName();
}

// The English of every message whose Welsh differs from it, as shown (accelerator ampersands removed).
QSet<QString> englishThatHasWelsh()
{
    QSet<QString> english;
    for (const char *name : {"/translations/writecarenotes_cy.ts", "/translations/qtbase_cy.ts"}) {
        QFile file(QStringLiteral(WCN_SOURCE_DIR) + QString::fromLatin1(name));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QXmlStreamReader xml(&file);
        QString source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString welsh = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                // Whole texts only: a few words ("%1", "OK") would match data by chance.
                if (welsh != source && !source.contains(QLatin1Char('%')) && source.size() > 3)
                    english.insert(QString(source).remove(QLatin1Char('&')));
            }
        }
    }
    return english;
}

// Every text a person can read in the visible widgets under root.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts.append(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts.append(button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts.append(group->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts.append(tabs->tabText(i));
        } else if (auto *list = qobject_cast<QListWidget *>(widget)) {
            for (int i = 0; i < list->count(); ++i)
                texts.append(list->item(i)->text());
        } else if (auto *header = qobject_cast<QHeaderView *>(widget); header && header->model()) {
            for (int i = 0; i < header->count(); ++i)
                texts.append(header->model()->headerData(i, header->orientation()).toString());
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts.append(combo->itemText(i));
        } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            texts.append(edit->placeholderText());
        }
    }
    for (QString &text : texts)
        text.remove(QLatin1Char('&'));
    return texts;
}

} // namespace

class TestWelshWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    QTemporaryDir m_drafts;
    std::unique_ptr<DatabaseStartup> m_startup;
    std::unique_ptr<MainWindow> m_window;
    QSet<QString> m_english;

    QStringList englishOnScreen() const
    {
        QStringList found;
        for (const QString &text : visibleTexts(m_window.get()))
            if (m_english.contains(text))
                found.append(text);
        return found;
    }

private slots:
    void initTestCase()
    {
        m_english = englishThatHasWelsh();
        QVERIFY(m_english.size() > 1000);
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        const QString problem = m_fixture.create(*m_db);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_startup = std::make_unique<DatabaseStartup>(m_fixture.stationSettings(*m_db));
        m_window = std::make_unique<MainWindow>(nullptr, m_drafts.path());
        m_window->resize(1366, 768);
        m_window->show();
        m_window->startDatabase(m_startup.get());
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(*m_window), QStringLiteral("signInPage"), 30000);
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_startup.reset();
        AppTranslations::switchTo(AppTranslations::Language::English);
        m_db.reset();
    }

    void cymraegIsOfferedFirstOnTheSignInPage()
    {
        QCOMPARE(AppTranslations::current(), AppTranslations::Language::English);
        QCOMPARE(child<QLabel>(*m_window, "signInTitleLabel")->text(), QStringLiteral("Sign in"));
        // What finds English on screen finds it: the page's own words, before the switch.
        QVERIFY(englishOnScreen().contains(QStringLiteral("Sign in")));
        QVERIFY(englishOnScreen().contains(QStringLiteral("Email address")));
        auto *language = child<QComboBox>(*child<QWidget>(*m_window, "signInPage"), "languageComboBox");
        QVERIFY(language && language->isVisible());
        QCOMPARE(language->currentText(), QStringLiteral("English"));
        QCOMPARE(language->accessibleName(), QStringLiteral("Language / Iaith"));
        // Before the email: the first thing reached from the keyboard on the page.
        QVERIFY(language->y() <
                child<QLineEdit>(*m_window, "emailLineEdit")->mapTo(language->parentWidget(), QPoint()).y());

        language->setFocus();
        QTest::keyClick(language, Qt::Key_Down);
        QCOMPARE(language->currentText(), QStringLiteral("Cymraeg"));
        QCOMPARE(AppTranslations::current(), AppTranslations::Language::Welsh);
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("cy"));
        QCOMPARE(QLocale().language(), QLocale::Welsh);
        // Qt posts the change to every window: the page is in Welsh once the event loop has run.
        QTRY_COMPARE(child<QLabel>(*m_window, "signInTitleLabel")->text(), QStringLiteral("Mewngofnodi"));
        QCOMPARE(child<QPushButton>(*m_window, "signInPushButton")->text(), QStringLiteral("&Mewngofnodi"));
        QCOMPARE(language->accessibleName(), QStringLiteral("Iaith / Language"));
        QTRY_COMPARE(child<QMenu>(*m_window, "languageMenu")->title(), QStringLiteral("&Iaith"));
        QVERIFY(child<QAction>(*m_window, "welshLanguageAction")->isChecked());
        QCOMPARE(englishOnScreen(), QStringList());
    }

    void qtsOwnWordsAreWelshToo()
    {
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save |
                                 QDialogButtonBox::Close | QDialogButtonBox::Yes | QDialogButtonBox::No |
                                 QDialogButtonBox::Discard);
        QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), QStringLiteral("Iawn"));
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Canslo"));
        QCOMPARE(buttons.button(QDialogButtonBox::Save)->text(), QStringLiteral("Cadw"));
        QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), QStringLiteral("Cau"));
        QCOMPARE(buttons.button(QDialogButtonBox::Yes)->text(), QStringLiteral("&Ie"));
        QCOMPARE(buttons.button(QDialogButtonBox::No)->text(), QStringLiteral("&Na"));
        QCOMPARE(buttons.button(QDialogButtonBox::Discard)->text(), QStringLiteral("Gwaredu"));

        QLineEdit field;
        field.setText(QStringLiteral("Cysgu'n dda"));
        std::unique_ptr<QMenu> menu(field.createStandardContextMenu());
        QStringList actions;
        for (QAction *action : menu->actions())
            if (!action->isSeparator())
                actions.append(action->text().section(QLatin1Char('\t'), 0, 0));
        QCOMPARE(actions, (QStringList{QStringLiteral("&Dadwneud"), QStringLiteral("&Ailwneud"),
                                       QStringLiteral("&Torri"), QStringLiteral("&Copïo"), QStringLiteral("&Gludo"),
                                       QStringLiteral("Dileu"), QStringLiteral("Dewis y cyfan")}));
    }

    void aNurseWorksThroughEveryPageInWelsh()
    {
        QTest::keyClicks(child<QLineEdit>(*m_window, "emailLineEdit"),
                         m_fixture.emails.value(QStringLiteral("nurseA")));
        QTest::keyClicks(child<QLineEdit>(*m_window, "passwordLineEdit"), QString::fromLatin1(TenantFixture::password));
        QTest::keyClick(child<QLineEdit>(*m_window, "passwordLineEdit"), Qt::Key_Return);
        QTRY_VERIFY(m_window->isSignedIn());
        QCOMPARE(child<QLabel>(*m_window, "userStatusLabel")->text(),
                 QStringLiteral("Wedi mewngofnodi: Aino Testnurse (Nyrs), Meadowbank Care Group"));
        auto *navigation = child<QListWidget>(*m_window, "navigationListWidget");
        QCOMPARE(navigation->count(), 5);
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Hafan"));
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("Preswylwyr"));
        QCOMPARE(navigation->item(4)->text(), QStringLiteral("Bwrdd y shifft"));
        for (int row = 0; row < navigation->count(); ++row) {
            navigation->setCurrentRow(row);
            QTRY_COMPARE(englishOnScreen(), QStringList());
        }
    }

    void switchingBackFromTheMenuKeepsHerSignedInOnHerPage()
    {
        auto *navigation = child<QListWidget>(*m_window, "navigationListWidget");
        navigation->setCurrentRow(4);
        child<QAction>(*m_window, "englishLanguageAction")->trigger();
        QCOMPARE(AppTranslations::current(), AppTranslations::Language::English);
        QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("Home"));
        QVERIFY(m_window->isSignedIn());
        QCOMPARE(navigation->currentRow(), 4);
        QCOMPARE(navigation->item(4)->text(), QStringLiteral("Shift board"));
        QCOMPARE(child<QLabel>(*m_window, "userStatusLabel")->text(),
                 QStringLiteral("Signed in: Aino Testnurse (Nurse), Meadowbank Care Group"));
        QCOMPARE(child<QMenu>(*m_window, "languageMenu")->title(), QStringLiteral("&Language"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    }

    // The Records kept page keeps no draft: a hold's reason typed there would go with the pages, so she is asked.
    void typingNoDraftKeepsIsNotLostToASwitch()
    {
        m_window->signOut();
        QTRY_COMPARE(currentPage(*m_window), QStringLiteral("signInPage"));
        QTest::keyClicks(child<QLineEdit>(*m_window, "emailLineEdit"),
                         m_fixture.emails.value(QStringLiteral("adminA")));
        QTest::keyClicks(child<QLineEdit>(*m_window, "passwordLineEdit"), QString::fromLatin1(TenantFixture::password));
        QTest::keyClick(child<QLineEdit>(*m_window, "passwordLineEdit"), Qt::Key_Return);
        QTRY_VERIFY(m_window->isSignedIn());
        auto *navigation = child<QListWidget>(*m_window, "navigationListWidget");
        const QList<QListWidgetItem *> kept = navigation->findItems(QStringLiteral("Records kept"), Qt::MatchExactly);
        QCOMPARE(kept.size(), 1);
        navigation->setCurrentItem(kept.first());
        auto *field = child<QLineEdit>(*m_window, "holdReasonLineEdit");
        QVERIFY(field && field->isVisible());
        const QString before = field->text();
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("Claim by the family"));

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        child<QAction>(*m_window, "welshLanguageAction")->trigger();
        QCOMPARE(AppTranslations::current(), AppTranslations::Language::English);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral(": Records kept.")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(child<QAction>(*m_window, "englishLanguageAction")->isChecked());
        QCOMPARE(field->text(), before + QStringLiteral("Claim by the family"));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        child<QAction>(*m_window, "welshLanguageAction")->trigger();
        QCOMPARE(AppTranslations::current(), AppTranslations::Language::Welsh);
        QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("Hafan"));
        QVERIFY(m_window->isSignedIn());
    }
};

QTEST_MAIN(TestWelshWindow)
#include "TestWelshWindow.moc"
