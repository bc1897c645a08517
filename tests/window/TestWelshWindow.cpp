// A Welsh-speaking nurse at a station: chooses Cymraeg on the sign-in page, signs in and goes through every page of
// hers without meeting a word of English the catalogues translate; then switches back from the menu without signing
// out. Qt's own words (buttons, the editing menu of a text field) are Welsh too. A Welsh-speaking carer records a note
// with a NEWS2 escalation, reports an incident and prints the handover, all in Welsh: no English on screen, in the
// messages she is given, nor on paper.

#include "PdfText.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "VisibleTexts.h"
#include "board/HandoverDialog.h"
#include "board/ShiftBoardModel.h"
#include "common/AppTranslations.h"
#include "common/Clock.h"
#include "database/PgSession.h"
#include "startup/DatabaseStartup.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
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

// What English left on screen looks like: the English of every message whose Welsh differs from it, as shown
// (accelerator ampersands removed). Whole texts are matched as they are; a message with placeholders ("NEWS2 %1, %2")
// as a pattern, when its own words are long enough not to match data by chance.
struct CatalogueEnglish
{
    struct Composed
    {
        QString longestWords; // looked for first: a regular expression only where they occur
        QRegularExpression pattern;
    };
    QSet<QString> texts;
    QList<Composed> composed;

    bool matchesWhole(const QString &text) const
    {
        if (texts.contains(text))
            return true;
        return std::any_of(composed.begin(), composed.end(), [&text](const Composed &message) {
            return text.contains(message.longestWords) && message.pattern.match(text).hasMatch();
        });
    }
    bool matches(const QString &text) const
    {
        if (matchesWhole(text))
            return true;
        // A label may join several messages, one per line.
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return lines.size() > 1 &&
               std::any_of(lines.begin(), lines.end(), [this](const QString &line) { return matchesWhole(line); });
    }
};

CatalogueEnglish catalogueEnglish()
{
    CatalogueEnglish english;
    static const QRegularExpression placeholder(QStringLiteral("%(n|L?[0-9]+)"));
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
                continue;
            }
            if (xml.name() != QLatin1String("translation"))
                continue;
            const QString welsh = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (welsh == source)
                continue;
            const QString shown = QString(source).remove(QLatin1Char('&'));
            if (!shown.contains(placeholder)) {
                // A few letters ("OK", "ml") would match data by chance.
                if (shown.size() > 3)
                    english.texts.insert(shown);
                continue;
            }
            const QStringList words = shown.split(placeholder);
            if (words.join(QString()).count(QRegularExpression(QStringLiteral("[A-Za-z]"))) < 12)
                continue;
            CatalogueEnglish::Composed message;
            QStringList escaped;
            for (const QString &piece : words) {
                escaped.append(QRegularExpression::escape(piece));
                if (piece.size() > message.longestWords.size())
                    message.longestWords = piece;
            }
            message.pattern = QRegularExpression(QStringLiteral("^%1$").arg(escaped.join(QStringLiteral(".*"))),
                                                 QRegularExpression::DotMatchesEverythingOption);
            english.composed.append(message);
        }
    }
    return english;
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
    CatalogueEnglish m_english;

    QStringList englishOnScreen() const { return englishIn(visibleTexts(m_window.get())); }
    QStringList englishIn(const QStringList &texts) const
    {
        QStringList found;
        for (const QString &text : texts)
            if (m_english.matches(text))
                found.append(text);
        return found;
    }
    template <typename T>
    T *find(const char *name) const
    {
        return child<T>(*m_window, name);
    }
    void signInAs(const char *who)
    {
        if (m_window->isSignedIn()) {
            m_window->signOut();
            QTRY_COMPARE(currentPage(*m_window), QStringLiteral("signInPage"));
        }
        QTest::keyClicks(find<QLineEdit>("emailLineEdit"), m_fixture.emails.value(QString::fromLatin1(who)));
        QTest::keyClicks(find<QLineEdit>("passwordLineEdit"), QString::fromLatin1(TenantFixture::password));
        QTest::keyClick(find<QLineEdit>("passwordLineEdit"), Qt::Key_Return);
        QTRY_VERIFY(m_window->isSignedIn());
        backToTheWindow();
    }
    // What a line edit offers as she types (addresses, words used before) is a window of its own: the offscreen
    // platform, unlike a desktop, leaves it the active one when it closes, and keys would go nowhere.
    void backToTheWindow()
    {
        QCOMPARE(QApplication::activePopupWidget(), nullptr);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

private slots:
    void initTestCase()
    {
        m_english = catalogueEnglish();
        QVERIFY(m_english.texts.size() > 1000);
        QVERIFY(m_english.composed.size() > 200);
        for (const CatalogueEnglish::Composed &message : std::as_const(m_english.composed))
            QVERIFY2(message.pattern.isValid(), qPrintable(message.pattern.pattern()));
        // The patterns find composed English, and only English.
        QVERIFY(m_english.matches(QStringLiteral("NEWS2 incomplete: not taken: pulse; already 6 from those taken: "
                                                 "escalate")));
        QVERIFY(!m_english.matches(QStringLiteral("Edna Testresident")));
        // Mid-morning yesterday, in the middle of a shift: the note and the handover are of the same shift whenever
        // the suite runs (the server accepts notes of the recent past).
        if (!Clock::isSet())
            Clock::setInstant(QDateTime(QDate::currentDate().addDays(-1), QTime(10, 0)));
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

    // The measure: a Welsh-speaking carer records a note and reports an incident without meeting English.
    void aWelshCarerRecordsANoteAndReportsAnIncident()
    {
        QCOMPARE(AppTranslations::current(), AppTranslations::Language::Welsh);
        signInAs("carerA");
        auto *navigation = find<QListWidget>("navigationListWidget");
        const QList<QListWidgetItem *> board =
            navigation->findItems(QStringLiteral("Bwrdd y shifft"), Qt::MatchExactly);
        QCOMPARE(board.size(), 1);
        navigation->setCurrentItem(board.first());
        auto *table = find<QTableView>("boardTableView");
        auto *model = qobject_cast<ShiftBoardModel *>(table->model());
        QTRY_COMPARE(model->rowCount(), 2);
        QTRY_COMPARE(englishOnScreen(), QStringList());

        // The note: Enter on her row opens the form, in Welsh.
        const QString edna = m_fixture.residents.value(QStringLiteral("A1a"));
        table->setCurrentIndex(model->index(model->rowFor(edna), ShiftBoardModel::NameColumn));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("personalCareLineEdit"));
        QCOMPARE(englishOnScreen(), QStringList());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Help i ymolchi"));
        QCoreApplication::processEvents();
        // On, as she would: the words she has used before, offered as she typed, close.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        backToTheWindow();
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("mealComboBox"));
        QTest::keyClicks(find<QLineEdit>("respirationLineEdit"), QStringLiteral("26"));
        // Incomplete and already at a trigger: the words that keep her from reading it as reassurance, in Welsh.
        QCOMPARE(englishOnScreen(), QStringList());
        for (const auto &[field, value] :
             QList<QPair<const char *, QString>>{{"spo2LineEdit", QStringLiteral("95")},
                                                 {"systolicLineEdit", QStringLiteral("118")},
                                                 {"pulseLineEdit", QStringLiteral("96")},
                                                 {"temperatureLineEdit", QStringLiteral("38.4")}}) {
            QTest::keyClicks(find<QLineEdit>(field), value);
            QCoreApplication::processEvents();
        }
        find<QComboBox>("oxygenComboBox")->setCurrentIndex(1);        // air
        find<QComboBox>("consciousnessComboBox")->setCurrentIndex(1); // alert
        QCOMPARE(find<QLabel>("news2Label")->text(), QStringLiteral("NEWS2 6, risg ganolig"));
        QVERIFY(find<QGroupBox>("escalationGroupBox")->isVisible());
        QCOMPARE(englishOnScreen(), QStringList());
        QTest::mouseClick(find<QPushButton>("saveNotePushButton"), Qt::LeftButton);
        QCOMPARE(find<QLabel>("noteMessageLabel")->text(),
                 QStringLiteral("Mae angen ymateb i'r sgôr NEWS2: nodwch beth wnaethoch chi cyn cadw."));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("escalationActionLineEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Ffonio 111"));
        QTest::keyClicks(find<QLineEdit>("escalationToldLineEdit"), QStringLiteral("Aino Testnurse"));
        QTest::mouseClick(find<QPushButton>("saveNotePushButton"), Qt::LeftButton);
        QTRY_VERIFY(table->isVisible());
        QTRY_VERIFY(!model->index(model->rowFor(edna), ShiftBoardModel::News2Column).data().toString().isEmpty());
        QTRY_COMPARE(englishOnScreen(), QStringList());
        const PgResult note = m_db->session().exec(
            QStringLiteral("SELECT d.care_delivered #>> '{personal_care,text}' AS care, d.escalation ->> 'told' AS "
                           "told, u.first_name FROM daily_records AS d JOIN users AS u ON u.id = d.created_by WHERE "
                           "d.resident_id = $1::uuid AND d.escalation <> '{}'"),
            {edna});
        QVERIFY2(note.ok(), qPrintable(note.error().message));
        QCOMPARE(note.rowCount(), 1);
        QCOMPARE(note.text(0, "care"), QStringLiteral("Help i ymolchi"));
        QCOMPARE(note.text(0, "told"), QStringLiteral("Aino Testnurse"));
        QCOMPARE(note.text(0, "first_name"), QStringLiteral("Cai"));

        // The incident: a fall with a head injury, reported from the board.
        table->setCurrentIndex(model->index(model->rowFor(edna), ShiftBoardModel::NameColumn));
        QTest::mouseClick(find<QPushButton>("boardReportIncidentPushButton"), Qt::LeftButton);
        QTRY_VERIFY(find<QDialog>("incidentReportDialog") && find<QDialog>("incidentReportDialog")->isVisible());
        auto *dialog = find<QDialog>("incidentReportDialog");
        QCOMPARE(englishOnScreen(), QStringList());
        QCOMPARE(englishIn({dialog->windowTitle()}), QStringList());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reportSendPushButton")), Qt::LeftButton);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("reportProblemLabel"))->text(),
                 QStringLiteral("Dywedwch beth ddigwyddodd."));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reportLocationLineEdit")),
                         QStringLiteral("Lolfa"));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reportWhatHappenedPlainTextEdit")),
                         QStringLiteral("Ar y llawr wrth ei chadair"));
        dialog->findChild<QCheckBox *>(QStringLiteral("reportHeadStruckCheckBox"))->setChecked(true);
        QCOMPARE(englishOnScreen(), QStringList());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reportSendPushButton")), Qt::LeftButton);
        QTRY_COMPARE(find<QLabel>("boardStatusLabel")->text(),
                     QStringLiteral("Rhoddwyd gwybod am y digwyddiad: bydd rheolwr yn ei adolygu."));
        // The advice for a head injury, in Welsh, every line of it.
        QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("Anaf posibl i'r pen: ")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(englishIn(MessageBox::lastText().split(QLatin1Char('\n'))), QStringList());
        QCOMPARE(englishIn({MessageBox::lastText()}), QStringList());
        // The timeline tells of it in Welsh.
        const auto timelineSays = [this](const QString &words) {
            const QAbstractItemModel *timeline = find<QAbstractItemView>("timelineListView")->model();
            for (int row = 0; row < timeline->rowCount(); ++row)
                if (timeline->index(row, 0).data().toString().contains(words))
                    return true;
            return false;
        };
        QTRY_VERIFY(timelineSays(QStringLiteral(" - DIGWYDDIAD: ")));
        QTRY_COMPARE(englishOnScreen(), QStringList());
        const PgResult incident = m_db->session().exec(
            QStringLiteral(
                "SELECT i.type, i.what_happened, i.head_struck, u.first_name FROM incidents AS i JOIN "
                "users AS u ON u.id = i.reported_by WHERE i.resident_id = $1::uuid AND i.reported_by = $2::uuid"),
            {edna, m_fixture.user("carerA")});
        QVERIFY2(incident.ok(), qPrintable(incident.error().message));
        QCOMPARE(incident.rowCount(), 1);
        QCOMPARE(incident.text(0, "type"), QStringLiteral("fall"));
        QCOMPARE(incident.text(0, "what_happened"), QStringLiteral("Ar y llawr wrth ei chadair"));
        QCOMPARE(incident.text(0, "head_struck"), QStringLiteral("t"));
        QCOMPARE(incident.text(0, "first_name"), QStringLiteral("Cai"));
    }

    // Printed documents follow the language on screen: the handover on screen and on paper, in Welsh.
    void theHandoverIsPrintedInWelsh()
    {
        QTest::mouseClick(find<QPushButton>("handoverPushButton"), Qt::LeftButton);
        HandoverDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = find<HandoverDialog>("handoverDialog")) && dialog->isVisible());
        QVERIFY2(dialog->windowTitle().startsWith(QStringLiteral("Trosglwyddiad: Fern House, ")),
                 qPrintable(dialog->windowTitle()));
        QCOMPARE(englishOnScreen(), QStringList());
        QTemporaryDir folder;
        const QString pdf = folder.filePath(QStringLiteral("trosglwyddiad.pdf"));
        FileDialog::setNextAnswer(pdf);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pdfPushButton")), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(pdf));
        const QStringList pages = pdfPages(pdf);
        QVERIFY(!pages.isEmpty());
        const QString text = pages.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("Trosglwyddiad: Fern House, ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Help i ymolchi")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Argraffwyd o Write Care Notes gan y defnyddiwr Cai Testcarer")),
                 qPrintable(text));
        QCOMPARE(englishIn(text.split(QLatin1Char('\n'))), QStringList());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("closePushButton")), Qt::LeftButton);
        QTRY_VERIFY(!find<HandoverDialog>("handoverDialog"));
    }

    // The other dialog a carer opens herself: changing her password, and what it says when she mistypes.
    void changingThePasswordIsInWelsh()
    {
        find<QAction>("changePasswordAction")->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = find<QDialog>("changePasswordDialog")) && dialog->isVisible());
        QCOMPARE(englishOnScreen(), QStringList());
        QCOMPARE(englishIn({dialog->windowTitle()}), QStringList());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("currentPasswordLineEdit")),
                         QString::fromLatin1(TenantFixture::password));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newPasswordLineEdit")),
                         QStringLiteral("afon derwen mynydd glas"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmPasswordLineEdit")),
                         QStringLiteral("afon derwen mynydd"));
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("confirmPasswordLineEdit")), Qt::Key_Return);
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("changePasswordMessageLabel"));
        QVERIFY(!message->text().isEmpty());
        QCOMPARE(englishOnScreen(), QStringList());
        QVERIFY(dialog->isVisible());
        dialog->reject();
        QTRY_VERIFY(!find<QDialog>("changePasswordDialog"));
    }
};

QTEST_MAIN(TestWelshWindow)
#include "TestWelshWindow.moc"
