// The station window at the sizes of real station screens (1366x768 and 1280x720, less a task bar and the window's
// title): every page fits, nothing grows the window past the screen, and no text is cut off. Found in use: once the
// escalation box appeared the note form grew the window past the bottom of the screen and hid the status bar, the
// NEWS2 headline was cut to half its height, and the board's NEWS2 column was off the right edge.
// WCN_LAYOUT_SHOTS=<folder> also saves a picture of each page, to look at.

#include "StationWindowDriver.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "board/ShiftBoardModel.h"
#include "board/ShiftBoardPage.h"
#include "common/AppTranslations.h"
#include "common/Clock.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestStationLayout : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_drafts;
    std::unique_ptr<StationWindowDriver> m_driver;
    double m_normalTextSize = QApplication::font().pointSizeF();

    template <typename T>
    T *child(const char *name) const
    {
        return m_driver->child<T>(name);
    }
    MainWindow *window() const { return m_driver->window(); }

    bool signIn(const char *who, const QString &page, const QSize &size)
    {
        // A drafts folder of its own: a note left unsaved by the row before would otherwise come back.
        m_drafts = std::make_unique<QTemporaryDir>();
        m_driver = std::make_unique<StationWindowDriver>(m_fixture.stationSettings(*m_db), m_drafts->path());
        if (!m_driver->signIn(m_fixture.emails.value(QString::fromLatin1(who)),
                              QString::fromLatin1(TenantFixture::password), page))
            return false;
        window()->resize(size);
        QApplication::processEvents();
        return true;
    }

    void shoot(const QString &name) const
    {
        const QString folder = qEnvironmentVariable("WCN_LAYOUT_SHOTS");
        const int textPercent = qRound(100 * QApplication::font().pointSizeF() / m_normalTextSize);
        if (!folder.isEmpty())
            window()->grab().save(QStringLiteral("%1/%2-%3x%4%5.png")
                                      .arg(folder, name)
                                      .arg(window()->width())
                                      .arg(window()->height())
                                      .arg(textPercent == 100 ? QString() : QStringLiteral("-%1").arg(textPercent)));
    }

    // How far the label's text reaches, drawn from the left as the label draws it.
    static int inkWidth(const QLabel *label)
    {
        const QSize room(label->fontMetrics().horizontalAdvance(label->text()) * 2 + 20, label->height());
        QImage image(room, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setFont(label->font());
        painter.drawText(QRect(QPoint(0, 0), room), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextShowMnemonic,
                         label->text());
        painter.end();
        for (int x = room.width() - 1; x >= 0; --x)
            for (int y = 0; y < room.height(); ++y)
                if (qAlpha(image.pixel(x, y)) > 0)
                    return x + 1;
        return 0;
    }

    // Every visible label whose text does not fit the room the layout gave it.
    QStringList cutLabels() const
    {
        QStringList cut;
        for (const QLabel *label : window()->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(window()) || label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            // Inside a scroll area the label may be out of view, never cut: only its own size counts.
            const bool fits = label->wordWrap() ? label->height() >= label->heightForWidth(label->width())
                                                : label->width() >= label->minimumSizeHint().width() &&
                                                      label->height() >= label->minimumSizeHint().height();
            // A label with a shortcut letter is drawn in pieces around the underlined letter, without the kerning
            // its size was measured with: "&To" was drawn a pixel wider than its label and read "Tc". Drawn here
            // as the label draws it, the ink must end inside the label.
            const bool inkFits = label->wordWrap() || !label->text().contains(QLatin1Char('&')) ||
                                 !(label->alignment() & (Qt::AlignLeft | Qt::AlignLeading)) ||
                                 label->contentsRect().left() + inkWidth(label) <= label->width();
            if (!fits || !inkFits)
                cut.append(QStringLiteral("%1 (%2x%3): %4")
                               .arg(label->objectName())
                               .arg(label->width())
                               .arg(label->height())
                               .arg(label->text().left(60)));
        }
        // A check box, radio button or push button narrower than its text is cut too.
        for (const QAbstractButton *button : window()->findChildren<QAbstractButton *>()) {
            if (!button->isVisibleTo(window()) || button->text().isEmpty() ||
                !(qobject_cast<const QCheckBox *>(button) || qobject_cast<const QRadioButton *>(button) ||
                  qobject_cast<const QPushButton *>(button)))
                continue;
            if (button->width() < button->sizeHint().width())
                cut.append(QStringLiteral("%1 (%2 < %3): %4")
                               .arg(button->objectName())
                               .arg(button->width())
                               .arg(button->sizeHint().width())
                               .arg(button->text().left(60)));
        }
        // A combo box narrower than the choice it shows.
        for (const QComboBox *combo : window()->findChildren<QComboBox *>()) {
            if (!combo->isVisibleTo(window()) || combo->currentText().isEmpty())
                continue;
            // As the style draws it: the choice's words in the box's text field.
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = combo->isEditable();
            const int room = combo->style()
                                 ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo)
                                 .width();
            const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
            if (room < needed)
                cut.append(QStringLiteral("%1 (%2 < %3): %4")
                               .arg(combo->objectName())
                               .arg(room)
                               .arg(needed)
                               .arg(combo->currentText().left(60)));
        }
        // A line of a list (the navigation) wider than the list shows.
        for (const QListWidget *list : window()->findChildren<QListWidget *>()) {
            if (!list->isVisibleTo(window()) || list->wordWrap() ||
                list->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
                continue;
            for (int row = 0; row < list->count(); ++row) {
                const QRect shown = list->visualItemRect(list->item(row));
                const int needed = list->fontMetrics().horizontalAdvance(list->item(row)->text());
                if (shown.left() + needed > list->viewport()->width())
                    cut.append(QStringLiteral("%1 line %2 (%3 < %4)")
                                   .arg(list->objectName(), list->item(row)->text())
                                   .arg(list->viewport()->width() - shown.left())
                                   .arg(needed));
            }
        }
        // A column heading narrower than its words.
        for (const QHeaderView *header : window()->findChildren<QHeaderView *>()) {
            if (!header->isVisibleTo(window()) || !header->model() || header->orientation() != Qt::Horizontal)
                continue;
            // A selected row's headings are drawn in bold.
            QFont drawn = header->font();
            drawn.setBold(header->highlightSections());
            for (int column = 0; column < header->count(); ++column) {
                if (header->isSectionHidden(column))
                    continue;
                const QString heading = header->model()->headerData(column, Qt::Horizontal).toString();
                const int needed = QFontMetrics(drawn).horizontalAdvance(heading) +
                                   2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin);
                if (!heading.isEmpty() && header->sectionSize(column) < needed)
                    cut.append(QStringLiteral("%1 column %2 (%3 < %4)")
                                   .arg(header->parentWidget()->objectName(), heading)
                                   .arg(header->sectionSize(column))
                                   .arg(needed));
            }
        }
        // Two controls laid over each other: a layout squeezed below what its contents need.
        for (const QWidget *parent : window()->findChildren<QWidget *>()) {
            if (!parent->isVisibleTo(window()) || !parent->layout())
                continue;
            QList<const QWidget *> laid;
            for (const QObject *object : parent->children())
                if (const auto *widget = qobject_cast<const QWidget *>(object);
                    widget && !widget->isWindow() && widget->isVisibleTo(window()) &&
                    widget->objectName() != QLatin1String("focusRing")) // drawn over a control on purpose
                    laid.append(widget);
            for (int a = 0; a < laid.size(); ++a)
                for (int b = a + 1; b < laid.size(); ++b)
                    if (laid[a]->geometry().intersects(laid[b]->geometry()))
                        cut.append(QStringLiteral("%1 over %2").arg(laid[a]->objectName(), laid[b]->objectName()));
        }
        return cut;
    }

    // The window still has the size of the screen, and its status bar shows.
    void checkFits(const QSize &size, const QString &what, const QString &shot, bool mayScroll = false) const
    {
        // Laid out as a person would see it: pending layout requests first.
        QApplication::processEvents();
        QApplication::processEvents();
        shoot(shot);
        QVERIFY2(window()->size() == size, qPrintable(QStringLiteral("%1: the window grew to %2x%3")
                                                          .arg(what)
                                                          .arg(window()->width())
                                                          .arg(window()->height())));
        QVERIFY2(window()->minimumSizeHint().height() <= size.height() &&
                     window()->minimumSizeHint().width() <= size.width(),
                 qPrintable(QStringLiteral("%1: needs at least %2x%3")
                                .arg(what)
                                .arg(window()->minimumSizeHint().width())
                                .arg(window()->minimumSizeHint().height())));
        // A page that must scroll to be seen whole is cut off too, unless it is one made to scroll.
        const auto *workspace = window()->findChild<QScrollArea *>(QStringLiteral("workspaceScrollArea"));
        QVERIFY2(mayScroll || (workspace->verticalScrollBar()->maximum() == 0 &&
                               workspace->horizontalScrollBar()->maximum() == 0),
                 qPrintable(what + QStringLiteral(": the page needs scrolling (it needs %1x%2, or %3 high for its "
                                                  "width; there is %4x%5)")
                                       .arg(workspace->widget()->minimumSizeHint().width())
                                       .arg(workspace->widget()->minimumSizeHint().height())
                                       .arg(workspace->widget()->heightForWidth(workspace->viewport()->width()))
                                       .arg(workspace->viewport()->width())
                                       .arg(workspace->viewport()->height())));
        QVERIFY(window()->statusBar()->isVisible());
        QVERIFY(window()->statusBar()->geometry().bottom() < size.height());
        // A label whose text has just changed (a page's read arriving) is laid out again by the next events: a cut
        // that lasts is a cut.
        if (!QTest::qWaitFor([this] { return cutLabels().isEmpty(); }, 5000))
            QFAIL(qPrintable(what + QStringLiteral(": ") + cutLabels().join(QStringLiteral("; "))));
    }

    static void addScreens()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("textScale");
        // The screen less a task bar (40) and the window's title bar (30).
        QTest::newRow("1366x768") << QSize(1366, 768 - 70) << 1.0;
        QTest::newRow("1280x720") << QSize(1280, 720 - 70) << 1.0;
        // Text at 150% of the system's size, on the station's screen.
        QTest::newRow("1366x768 text 150%") << QSize(1366, 768 - 70) << 1.5;
    }
    // The application's text made larger, as the desktop's text size setting does, until the guard goes.
    [[nodiscard]] static auto scaleText(double scale)
    {
        const QFont normal = QApplication::font();
        QFont larger = normal;
        larger.setPointSizeF(normal.pointSizeF() * scale);
        QApplication::setFont(larger);
        return qScopeGuard([normal] { QApplication::setFont(normal); });
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
        m_drafts = std::make_unique<QTemporaryDir>();
    }
    void cleanup()
    {
        m_driver.reset();
        AppTranslations::switchTo(AppTranslations::Language::English);
    }
    void cleanupTestCase() { m_db.reset(); }

    // Maximised the first time on a station; after that where it was left.
    void theWindowOpensMaximisedThenWhereItWasLeft()
    {
        QSettings().remove(QStringLiteral("window/geometry"));
        {
            MainWindow first(nullptr, m_drafts->path());
            first.showAsLastTime();
            QVERIFY(first.windowState().testFlag(Qt::WindowMaximized));
            first.showNormal();
            first.setGeometry(QRect(40, 30, 1100, 640));
            QTRY_COMPARE(first.geometry().size(), QSize(1100, 640));
        }
        MainWindow second(nullptr, m_drafts->path());
        second.showAsLastTime();
        QVERIFY(!second.windowState().testFlag(Qt::WindowMaximized));
        QTRY_COMPARE(second.geometry().size(), QSize(1100, 640));
    }

    void theShiftBoardAndTheNoteFormFit_data() { addScreens(); }
    void theShiftBoardAndTheNoteFormFit()
    {
        QFETCH(QSize, size);
        QFETCH(double, textScale);
        const auto text = scaleText(textScale);
        QVERIFY(signIn("nurseA", QStringLiteral("Shift board"), size));
        auto *table = child<QTableView>("boardTableView");
        auto *board = qobject_cast<ShiftBoardModel *>(table->model());
        QTRY_COMPARE(board->rowCount(), 2);
        checkFits(size, QStringLiteral("the shift board"), QStringLiteral("board"));
        // Every column in view, and every heading whole.
        QHeaderView *header = table->horizontalHeader();
        QVERIFY2(
            header->length() <= table->viewport()->width(),
            qPrintable(QStringLiteral("columns %1 wide in %2").arg(header->length()).arg(table->viewport()->width())));
        for (int column = 0; column < board->columnCount(); ++column) {
            const QString heading = board->headerData(column, Qt::Horizontal).toString();
            const int needed = header->fontMetrics().horizontalAdvance(heading) +
                               2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin);
            QVERIFY2(
                header->sectionSize(column) >= needed,
                qPrintable(QStringLiteral("%1: %2 < %3").arg(heading).arg(header->sectionSize(column)).arg(needed)));
        }

        QVERIFY(
            child<ShiftBoardPage>("shiftBoardPage")->writeNoteFor(m_fixture.residents.value(QStringLiteral("A1a"))));
        const QList<QPair<const char *, const char *>> readings = {{"respirationLineEdit", "26"},
                                                                   {"spo2LineEdit", "95"},
                                                                   {"systolicLineEdit", "118"},
                                                                   {"pulseLineEdit", "96"},
                                                                   {"temperatureLineEdit", "38.4"}};
        for (const auto &[field, value] : readings)
            QTest::keyClicks(child<QLineEdit>(field), QString::fromLatin1(value));
        child<QComboBox>("oxygenComboBox")->setCurrentIndex(1);
        child<QComboBox>("consciousnessComboBox")->setCurrentIndex(1);
        QTRY_VERIFY(child<QGroupBox>("escalationGroupBox")->isVisible());
        checkFits(size, QStringLiteral("the note form with its escalation box"), QStringLiteral("note-escalation"));
        // The headline is in view as the observations are typed, whole, in large type.
        auto *headline = child<QLabel>("news2Label");
        QCOMPARE(headline->text(), QStringLiteral("NEWS2 6, medium risk"));
        QVERIFY(headline->font().pointSizeF() >= 1.5 * window()->font().pointSizeF());
        QVERIFY(headline->height() >= headline->heightForWidth(headline->width()));
        // Tabbing to the escalation box brings it into view.
        child<QLineEdit>("escalationActionLineEdit")->setFocus();
        auto *scroll = child<QScrollArea>("noteFormScrollArea");
        const QWidget *box = child<QGroupBox>("escalationGroupBox");
        QTRY_VERIFY(
            scroll->viewport()->rect().intersects(QRect(box->mapTo(scroll->viewport(), QPoint(0, 0)), box->size())));
    }

    // Found under Xvfb at 1366x768: the record's tallest tab pushed the page past the window, so "Start a new care
    // plan" and Save were below the fold on every tab.
    void theRecordAndACarePlanFit_data() { addScreens(); }
    void theRecordAndACarePlanFit()
    {
        QFETCH(QSize, size);
        QFETCH(double, textScale);
        const auto text = scaleText(textScale);
        QVERIFY(signIn("nurseA", QStringLiteral("Residents"), size));
        auto *search = child<QLineEdit>("searchLineEdit");
        QTest::keyClicks(search, QStringLiteral("edna"));
        QTest::keyClick(search, Qt::Key_Return);
        auto *tabs = child<QTabWidget>("recordTabWidget");
        QTRY_VERIFY(tabs->isVisible());
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            const QString name = tabs->widget(tab)->objectName();
            checkFits(size, QStringLiteral("the record's %1").arg(name), QStringLiteral("record-") + name);
        }
        tabs->setCurrentWidget(child<QWidget>("carePlansTab"));
        QTest::mouseClick(child<QPushButton>("newCarePlanPushButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QWidget>("needsPlainTextEdit")->isVisible());
        checkFits(size, QStringLiteral("a new care plan"), QStringLiteral("care-plan"));
        // Its title on one line, not wrapped beside the Back button (seen under Xvfb).
        const auto *title = child<QLabel>("carePlanTitleLabel");
        QVERIFY2(title->height() < 2 * title->fontMetrics().lineSpacing(), qPrintable(title->text()));
    }

    void everyPageFits_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("page");
        QTest::addColumn<bool>("welsh");
        // Welsh sentences run longer than English ones: every page in both.
        for (const bool welsh : {false, true}) {
            const char *language = welsh ? " Cymraeg" : "";
            for (const QSize size : {QSize(1366, 768 - 70), QSize(1280, 720 - 70)}) {
                for (const char *page : {"Home", "Residents", "Reviews due", "Assessments due", "Shift board"})
                    QTest::addRow("%s %dx%d%s", page, size.width(), size.height(), language)
                        << size << QStringLiteral("nurseA") << QString::fromLatin1(page) << welsh;
                for (const char *page : {"Users", "Homes", "Records kept", "Health", "Audit trail"})
                    QTest::addRow("%s %dx%d%s", page, size.width(), size.height(), language)
                        << size << QStringLiteral("adminA") << QString::fromLatin1(page) << welsh;
                // A manager's Users page: the accounts waiting for her confirmation.
                QTest::addRow("Users of a manager %dx%d%s", size.width(), size.height(), language)
                    << size << QStringLiteral("managerA") << QStringLiteral("Users") << welsh;
                // A manager's audit trail: residents to choose, and her homes' records' changes.
                QTest::addRow("Audit trail of a manager %dx%d%s", size.width(), size.height(), language)
                    << size << QStringLiteral("managerA") << QStringLiteral("Audit trail") << welsh;
            }
        }
    }
    void everyPageFits()
    {
        QFETCH(QSize, size);
        QFETCH(QString, who);
        QFETCH(QString, page);
        QFETCH(bool, welsh);
        QVERIFY(signIn(who.toLatin1().constData(), page, size));
        if (welsh) {
            // Switched on the open page, as from the Language menu: the pages are built again in Welsh.
            AppTranslations::switchTo(AppTranslations::Language::Welsh);
            auto *navigation = child<QListWidget>("navigationListWidget");
            QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("Hafan"));
            if (page == QLatin1String("Health"))
                QTRY_VERIFY(!child<QLabel>("healthAttentionLabel")->text().endsWith(QStringLiteral("…")));
            checkFits(size, page + QStringLiteral(" (Cymraeg)"),
                      (who == QLatin1String("managerA") ? page + QStringLiteral("-manager") : page) +
                          QStringLiteral("-cy"),
                      page == QLatin1String("Homes"));
            return;
        }
        // Pages read off the window's thread are judged as they are once read.
        if (page == QLatin1String("Health")) {
            QTRY_VERIFY(child<QLabel>("healthAttentionLabel")->text() != QStringLiteral("Reading…"));
            // Refused on a server of two organizations: the sentence alone, no empty lists.
            QVERIFY(child<QLabel>("healthAttentionLabel")->text().contains(QStringLiteral("ask whoever runs")));
            QVERIFY(!child<QWidget>("healthListsTabWidget")->isVisible());
        }
        if (page == QLatin1String("Records kept")) // the fixture's residents all live in their homes
            QTRY_COMPARE(child<QLabel>("recordsKeptSummaryLabel")->text(),
                         QStringLiteral("No resident has left or died yet."));
        // The administrator's settings are a long page: it may scroll on the smaller screen, never be cut.
        checkFits(size, page, who == QLatin1String("managerA") ? page + QStringLiteral("-manager") : page,
                  page == QLatin1String("Homes"));
        if (page == QLatin1String("Residents")) {
            // The longest message the list gives: the hint when nobody matches.
            QTest::keyClicks(child<QLineEdit>("searchLineEdit"), QStringLiteral("zzqx"));
            QTRY_VERIFY(child<QLabel>("resultLabel")->text().startsWith(QStringLiteral("Nobody matches")));
            checkFits(size, QStringLiteral("Residents, nobody found"), QStringLiteral("Residents-nobody"));
        }
    }

    // Text at 150% of the system's size (a person who reads with larger text sets it once for the whole desktop):
    // every page still fits the station's screen or scrolls, and no text is cut.
    void everyPageFitsInLargeText_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("page");
        for (const char *page : {"Home", "Residents", "Reviews due", "Assessments due", "Shift board"})
            QTest::addRow("%s", page) << QStringLiteral("nurseA") << QString::fromLatin1(page);
        for (const char *page : {"Users", "Homes", "Records kept", "Health", "Audit trail"})
            QTest::addRow("%s", page) << QStringLiteral("adminA") << QString::fromLatin1(page);
        for (const char *page : {"Incidents", "Audits", "Reports", "Inspection"})
            QTest::addRow("%s of a manager", page) << QStringLiteral("managerA") << QString::fromLatin1(page);
    }
    void everyPageFitsInLargeText()
    {
        QFETCH(QString, who);
        QFETCH(QString, page);
        const auto text = scaleText(1.5);
        const QSize size(1366, 768 - 70);
        QVERIFY(signIn(who.toLatin1().constData(), page, size));
        QCOMPARE(child<QListWidget>("navigationListWidget")->font().pointSizeF(), m_normalTextSize * 1.5);
        checkFits(size, page + QStringLiteral(" at 150%"), page, true);
    }
};

QTEST_MAIN(TestStationLayout)
#include "TestStationLayout.moc"
