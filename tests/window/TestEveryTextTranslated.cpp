// Every word the window shows went through tr(), or is the records' own data. The catalogues cannot tell: a literal
// that never reached tr() is in no catalogue, and shows in English whatever the language. So the test translates with
// a translator that marks each text it is asked for (⟦...⟧); then, page by page for each role, whatever visible text
// is left outside the marks must be words found in the database (names, homes, notes), numbers or the few names
// that are never translated (the product, PostgreSQL, each language's own name).

#include "StationWindowDriver.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "VisibleTexts.h"
#include "database/PgSession.h"
#include "widgets/MessageBox.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTranslator>

#include <memory>

namespace {

const QString open = QStringLiteral("\u27e6");
const QString close = QStringLiteral("\u27e7");

// Answers every text it is asked for, marked.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        if (!source || !*source)
            return {};
        return open + QString::fromUtf8(source) + close;
    }
};

// The text with every marked part taken out, the innermost first (a marked sentence may hold a marked word).
QString unmarked(QString text)
{
    static const QRegularExpression innermost(QStringLiteral("\u27e6[^\u27e6\u27e7]*\u27e7"));
    for (int round = 0; round < 8 && text.contains(open); ++round)
        text.remove(innermost);
    return text;
}

template <typename T>
T *child(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestEveryTextTranslated : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    MarkingTranslator m_marking;
    QSet<QString> m_dataWords;
    QSet<QString> m_referenceTexts;

    // The words of what text shows that are neither marked nor data.
    QStringList untranslated(const QString &text) const
    {
        static const QRegularExpression word(QStringLiteral("[\\p{L}]{2,}"));
        // Never translated: the product's name, the server's, each language's own name.
        static const QSet<QString> names = {QStringLiteral("Write"),   QStringLiteral("Care"),
                                            QStringLiteral("Notes"),   QStringLiteral("PostgreSQL"),
                                            QStringLiteral("English"), QStringLiteral("Cymraeg")};
        QStringList found;
        // Rich text is read as shown, without its markup.
        const QString rest =
            unmarked(Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text);
        for (auto match = word.globalMatch(rest); match.hasNext();) {
            const QString w = match.next().captured();
            if (!names.contains(w) && !m_dataWords.contains(w.toLower()))
                found.append(w);
        }
        return found;
    }
    QStringList untranslatedOnScreen(QWidget *root, const QString &where) const
    {
        QStringList problems;
        for (const QString &text : visibleTexts(root)) {
            if (m_referenceTexts.contains(text.trimmed()))
                continue;
            const QStringList words = untranslated(text);
            if (!words.isEmpty())
                problems.append(
                    QStringLiteral("%1: \"%2\" (%3)").arg(where, text.left(80), words.join(QLatin1Char(' '))));
        }
        return problems;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
        // The records' own data: every word stored about the homes, their people and what was recorded.
        const PgSession owner = m_db->session();
        static const QRegularExpression word(QStringLiteral("[\\p{L}]{2,}"));
        const auto valuesOf = [&owner](const QString &tables) -> QStringList {
            QStringList found;
            for (const QString &table : tables.split(QLatin1Char(','))) {
                const PgResult rows = owner.exec(
                    QStringLiteral(
                        "SELECT e.value FROM public.%1 AS x CROSS JOIN LATERAL jsonb_each_text(to_jsonb(x)) AS e "
                        "WHERE e.value IS NOT NULL")
                        .arg(table));
                if (!rows.ok())
                    return {QStringLiteral("!") + table + QStringLiteral(": ") + rows.error().message};
                for (int r = 0; r < rows.rowCount(); ++r)
                    found.append(rows.text(r, "value"));
            }
            return found;
        };
        const QStringList data = valuesOf(QStringLiteral("organizations,facilities,users,residents,care_plans,"
                                                         "daily_records,incidents,assessments,audits,audit_answers,"
                                                         "audit_actions"));
        QVERIFY2(data.isEmpty() || !data.first().startsWith(QLatin1Char('!')), qPrintable(data.value(0)));
        for (const QString &value : data)
            for (auto match = word.globalMatch(value); match.hasNext();)
                m_dataWords.insert(match.next().captured().toLower());
        // Reference texts kept in the database and shown whole, as stored, in English whatever the language: the audit
        // library an organisation edits, the CQC's own framework, who made a change in the audit trail (the hazard
        // log's G-14). Allowed only as whole texts: a word of them elsewhere still counts.
        const QStringList reference =
            valuesOf(QStringLiteral("audit_types,audit_templates,audit_template_questions,audit_library_types,"
                                    "audit_library_questions,inspection_frameworks,framework_key_questions,"
                                    "quality_statements,audit_log,record_history"));
        QVERIFY2(reference.isEmpty() || !reference.first().startsWith(QLatin1Char('!')),
                 qPrintable(reference.value(0)));
        m_referenceTexts = QSet<QString>(reference.begin(), reference.end());
        QVERIFY(m_dataWords.contains(QStringLiteral("testresident")));
        // The station's own name (the computer's), as the audit trail shows where a change was made.
        for (auto match = word.globalMatch(QSysInfo::machineHostName()); match.hasNext();)
            m_dataWords.insert(match.next().captured().toLower());
        // Month and day names come from the locale (QLocale), in the language chosen, not from the catalogues.
        for (int i = 1; i <= 12; ++i)
            for (const QLocale::FormatType format : {QLocale::LongFormat, QLocale::ShortFormat}) {
                m_dataWords.insert(QLocale().monthName(i, format).toLower().remove(QLatin1Char('.')));
                if (i <= 7)
                    m_dataWords.insert(QLocale().dayName(i, format).toLower().remove(QLatin1Char('.')));
            }
        QVERIFY(QCoreApplication::installTranslator(&m_marking));
        // The test itself is checked: a marked text passes, a literal does not, data passes.
        QCOMPARE(untranslated(QCoreApplication::translate("MainWindow", "Shift board")), QStringList());
        QCOMPARE(untranslated(QStringLiteral("Handover board")),
                 (QStringList{QStringLiteral("Handover"), QStringLiteral("board")}));
        QCOMPARE(
            untranslated(QCoreApplication::translate("X", "Signed in: %1").arg(QStringLiteral("Edna Testresident"))),
            QStringList());
    }
    void cleanupTestCase()
    {
        QCoreApplication::removeTranslator(&m_marking);
        m_db.reset();
    }

    void everyPageOfEveryRole_data()
    {
        QTest::addColumn<QString>("who");
        for (const char *who : {"carerA", "nurseA", "managerA", "adminA"})
            QTest::newRow(who) << QString::fromLatin1(who);
    }
    void everyPageOfEveryRole()
    {
        QFETCH(QString, who);
        QTemporaryDir drafts;
        StationWindowDriver driver(m_fixture.stationSettings(*m_db), drafts.path());
        QVERIFY(driver.signIn(m_fixture.emails.value(who), QString::fromLatin1(TenantFixture::password), QString()));
        MainWindow &window = *driver.window();
        QStringList problems;
        auto *navigation = child<QListWidget>(window, "navigationListWidget");
        QVERIFY(navigation->count() >= 4);
        for (int row = 0; row < navigation->count(); ++row) {
            navigation->setCurrentRow(row);
            // Pages read off the window's thread: judged once what they show has arrived ("Reading…" gone).
            QTRY_VERIFY_WITH_TIMEOUT(
                !visibleTexts(&window).join(QLatin1Char('\n')).contains(open + QStringLiteral("Reading")), 15000);
            problems += untranslatedOnScreen(&window, navigation->item(row)->text());
        }
        // And the sign-in page, once signed out.
        window.signOut();
        QTRY_VERIFY(child<QWidget>(window, "signInPage")->isVisible());
        problems += untranslatedOnScreen(&window, QStringLiteral("Sign in"));
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // A carer's note with its NEWS2 escalation, and an incident report with its advice.
    void theNoteFormAndTheIncidentReport()
    {
        QTemporaryDir drafts;
        StationWindowDriver driver(m_fixture.stationSettings(*m_db), drafts.path());
        QVERIFY(driver.signIn(m_fixture.emails.value(QStringLiteral("carerA")),
                              QString::fromLatin1(TenantFixture::password), QString()));
        MainWindow &window = *driver.window();
        auto *navigation = child<QListWidget>(window, "navigationListWidget");
        navigation->setCurrentRow(navigation->count() - 1); // the shift board, a carer's last page
        auto *board = child<QTableView>(window, "boardTableView");
        QVERIFY(board && board->isVisible());
        QTRY_COMPARE(board->model()->rowCount(), 2);
        board->setCurrentIndex(board->model()->index(0, 1));
        QTest::keyClick(board, Qt::Key_Return);
        QTRY_VERIFY(child<QWidget>(window, "noteForm")->isVisible());
        for (const auto &[field, value] : QList<QPair<const char *, const char *>>{
                 {"respirationLineEdit", "26"}, {"spo2LineEdit", "95"}, {"pulseLineEdit", "96"}})
            QTest::keyClicks(child<QLineEdit>(window, field), QString::fromLatin1(value));
        QTRY_VERIFY(child<QWidget>(window, "escalationGroupBox")->isVisible());
        QTest::mouseClick(child<QPushButton>(window, "saveNotePushButton"), Qt::LeftButton);
        QStringList problems = untranslatedOnScreen(&window, QStringLiteral("Note"));
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QTest::mouseClick(child<QPushButton>(window, "backToBoardPushButton"), Qt::LeftButton);
        QTRY_VERIFY(board->isVisible());

        QTest::mouseClick(child<QPushButton>(window, "boardReportIncidentPushButton"), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = child<QDialog>(window, "incidentReportDialog")) && dialog->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reportSendPushButton")), Qt::LeftButton);
        problems += untranslatedOnScreen(dialog, QStringLiteral("Report an incident"));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reportWhatHappenedPlainTextEdit")),
                         QStringLiteral("Found on the floor"));
        dialog->findChild<QCheckBox *>(QStringLiteral("reportHeadStruckCheckBox"))->setChecked(true);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reportSendPushButton")), Qt::LeftButton);
        QTRY_VERIFY(!MessageBox::lastText().isEmpty() && board->isVisible());
        problems += untranslated(MessageBox::lastText());
        problems += untranslatedOnScreen(&window, QStringLiteral("Shift board after the report"));
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestEveryTextTranslated)
#include "TestEveryTextTranslated.moc"
