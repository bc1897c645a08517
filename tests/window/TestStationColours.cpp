// The station's colours against WCAG 2.1 AA: the contrast arithmetic at its known boundaries, the system palette made
// readable where it is not (Fusion's own selected rows were 3.7:1) while a palette that passes is left alone, and
// every colour the app adds (problems, the escalation box, the NEWS2 bands, notices) readable on what it is drawn on,
// on a light desktop and a dark one.

#include "widgets/StationColours.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <memory>

namespace {

constexpr QPalette::ColorRole textRoles[][2] = {
    {QPalette::WindowText, QPalette::Window},
    {QPalette::Text, QPalette::Base},
    {QPalette::Text, QPalette::AlternateBase},
    {QPalette::ButtonText, QPalette::Button},
    {QPalette::PlaceholderText, QPalette::Base},
    {QPalette::ToolTipText, QPalette::ToolTipBase},
    {QPalette::Link, QPalette::Base},
    {QPalette::LinkVisited, QPalette::Base},
    {QPalette::HighlightedText, QPalette::Highlight},
};

// Every pair a person reads that falls short, as "group role on role: ratio".
QStringList unreadable(const QPalette &palette)
{
    QStringList found;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        for (const auto &[text, background] : textRoles) {
            const double ratio = StationColours::contrast(palette.color(group, text), palette.color(group, background));
            if (ratio < StationColours::textContrast)
                found.append(QStringLiteral("%1 %2 on %3: %4").arg(group).arg(text).arg(background).arg(ratio));
        }
        for (const QPalette::ColorRole around : {QPalette::Base, QPalette::Window}) {
            const double ratio =
                StationColours::contrast(palette.color(group, QPalette::Highlight), palette.color(group, around));
            if (ratio < StationColours::controlContrast)
                found.append(QStringLiteral("%1 highlight on %2: %3").arg(group).arg(around).arg(ratio));
        }
    }
    return found;
}

QPalette fusionPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

// A dark desktop, as KDE's Breeze Dark and GNOME's Adwaita dark roughly have it.
QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::PlaceholderText, QColor(0xe0, 0xe0, 0xe0, 100));
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ToolTipText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Link, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::LinkVisited, QColor(0x8e, 0x44, 0xad));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    return dark;
}

News2Result scoreOf(int total, bool singleThree, bool complete)
{
    News2Result score;
    score.total = total;
    score.parts = {{News2Result::Parameter::RespirationRate, singleThree ? 3 : 0}};
    if (!complete)
        score.missing = {News2Result::Parameter::Temperature};
    return score;
}

} // namespace

class TestStationColours : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QApplication::setPalette(fusionPalette()); }

    void theContrastRatioIsWcags()
    {
        QCOMPARE(StationColours::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(StationColours::contrast(Qt::white, Qt::black), 21.0);
        QCOMPARE(StationColours::contrast(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
        // The well-known boundary: #767676 is the lightest grey that passes on white, #777777 fails.
        QVERIFY(StationColours::contrast(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
        QVERIFY(StationColours::contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
        QCOMPARE(qRound(StationColours::contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
        QCOMPARE(qRound(StationColours::contrast(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
        // A colour with alpha counts as it is drawn: half black on white is a mid grey, not black.
        const double half = StationColours::contrast(QColor(0, 0, 0, 128), Qt::white);
        QVERIFY2(half > 3.8 && half < 4.1, qPrintable(QString::number(half)));
        QCOMPARE(StationColours::luminance(Qt::white), 1.0);
        QCOMPARE(StationColours::luminance(Qt::black), 0.0);
    }

    void readableMovesOnlyWhatFails()
    {
        QCOMPARE(StationColours::readable(Qt::black, Qt::white), QColor(Qt::black));
        const QColor red(0xa0, 0x00, 0x00);
        QCOMPARE(StationColours::readable(red, Qt::white), red); // 8:1 already
        const QColor grey(0x99, 0x99, 0x99);
        const QColor onWhite = StationColours::readable(grey, Qt::white);
        QVERIFY(StationColours::contrast(onWhite, Qt::white) >= 4.5);
        QVERIFY(StationColours::luminance(onWhite) < StationColours::luminance(grey));
        // No darker than it needs to be: a step back towards the grey fails.
        QVERIFY(StationColours::contrast(onWhite.lighter(103), Qt::white) < 4.5 || onWhite == grey);
        const QColor onBlack = StationColours::readable(QColor(0x40, 0x40, 0x40), Qt::black);
        QVERIFY(StationColours::contrast(onBlack, Qt::black) >= 4.5);
        QVERIFY(StationColours::luminance(onBlack) > StationColours::luminance(QColor(0x40, 0x40, 0x40)));
        // Asked for the 3:1 of a control's edge, it stops there.
        const QColor edge = StationColours::readable(QColor(0xcc, 0xcc, 0xcc), Qt::white, 3.0);
        QVERIFY(StationColours::contrast(edge, Qt::white) >= 3.0);
        QVERIFY(StationColours::contrast(edge, Qt::white) < 4.5);
    }

    // Fusion's own palette, which the station uses on a desktop without a theme: white on its blue selection is
    // 3.7:1, and its placeholder text (half the text colour) 3.9:1.
    void fusionsSelectionIsMadeReadable()
    {
        const QPalette fusion = fusionPalette();
        const QStringList before = unreadable(fusion);
        QVERIFY2(before.contains(QStringLiteral("0 %1 on %2: %3")
                                     .arg(QPalette::HighlightedText)
                                     .arg(QPalette::Highlight)
                                     .arg(StationColours::contrast(fusion.color(QPalette::HighlightedText),
                                                                   fusion.color(QPalette::Highlight)))),
                 qPrintable(before.join(QLatin1Char('\n'))));
        const QPalette fixed = StationColours::accessible(fusion);
        QCOMPARE(unreadable(fixed), QStringList());
        // What passed is left as it was: black text on white fields, the window's grey.
        QCOMPARE(fixed.color(QPalette::Active, QPalette::Text), fusion.color(QPalette::Active, QPalette::Text));
        QCOMPARE(fixed.color(QPalette::Active, QPalette::Base), fusion.color(QPalette::Active, QPalette::Base));
        QCOMPARE(fixed.color(QPalette::Active, QPalette::Window), fusion.color(QPalette::Active, QPalette::Window));
        QCOMPARE(fixed.color(QPalette::Active, QPalette::HighlightedText), QColor(Qt::white));
        // The selection is still blue, only darker.
        QCOMPARE(fixed.color(QPalette::Active, QPalette::Highlight).hue(),
                 fusion.color(QPalette::Active, QPalette::Highlight).hue());
        QVERIFY(StationColours::luminance(fixed.color(QPalette::Active, QPalette::Highlight)) <
                StationColours::luminance(fusion.color(QPalette::Active, QPalette::Highlight)));
        // Disabled controls are exempt and untouched.
        QCOMPARE(fixed.color(QPalette::Disabled, QPalette::Text), fusion.color(QPalette::Disabled, QPalette::Text));
        // Once readable, it stays as it is.
        QCOMPARE(StationColours::accessible(fixed), fixed);
    }

    void aDarkDesktopStaysDark()
    {
        const QPalette fixed = StationColours::accessible(darkPalette());
        QCOMPARE(unreadable(fixed), QStringList());
        QCOMPARE(fixed.color(QPalette::Active, QPalette::Window), QColor(0x2b, 0x2b, 0x2b));
        QCOMPARE(fixed.color(QPalette::Active, QPalette::Base), QColor(0x1e, 0x1e, 0x1e));
        QCOMPARE(fixed.color(QPalette::Active, QPalette::Text), QColor(0xe0, 0xe0, 0xe0));
        // Its faint placeholder is made lighter, not darker.
        QVERIFY(StationColours::luminance(fixed.color(QPalette::Active, QPalette::PlaceholderText)) > 0.2);
    }

    void evenGreyOnGreyIsRescued()
    {
        QPalette grey;
        for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase,
                                               QPalette::Button, QPalette::ToolTipBase, QPalette::Highlight})
            grey.setColor(role, QColor(0x80, 0x80, 0x80));
        for (const QPalette::ColorRole role :
             {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText,
              QPalette::ToolTipText, QPalette::Link, QPalette::LinkVisited, QPalette::HighlightedText})
            grey.setColor(role, QColor(0x88, 0x88, 0x88));
        QCOMPARE(unreadable(StationColours::accessible(grey)), QStringList());
    }

    void theStationsOwnColoursAreReadable_data()
    {
        QTest::addColumn<QPalette>("desktop");
        QTest::newRow("light (Fusion)") << fusionPalette();
        QTest::newRow("dark") << darkPalette();
    }
    void theStationsOwnColoursAreReadable()
    {
        QFETCH(QPalette, desktop);
        QApplication::setPalette(desktop);
        StationColours::apply();
        const QPalette palette = QApplication::palette();
        QCOMPARE(unreadable(palette), QStringList());
        const QColor window = palette.color(QPalette::Window);
        QVERIFY(StationColours::contrast(StationColours::problem(), window) >= 4.5);
        QVERIFY(StationColours::contrast(StationColours::urgent(), window) >= 4.5);
        QVERIFY(StationColours::problemStyle().contains(StationColours::problem().name()));
        QVERIFY(StationColours::problemHtml(QStringLiteral("x")).contains(StationColours::problem().name()));
        QVERIFY(StationColours::contrast(StationColours::noticeText(), StationColours::noticeBackground()) >= 4.5);
        const QRegularExpression colour(QStringLiteral("color:(#[0-9a-f]{6})"));
        const QString good = colour.match(StationColours::goodHtml(QStringLiteral("x"))).captured(1);
        QVERIFY(QColor(good).isValid());
        QVERIFY(StationColours::contrast(QColor(good), window) >= 4.5);
    }

    // The NEWS2 headline's words on its band's colour, for every band; never the reassuring green for a score not
    // all taken, and the bands still told apart by colour as the RCP chart has them.
    void news2BandsAreReadableAndNeverFalselyGreen()
    {
        const QList<News2Result> scores = {scoreOf(0, false, true), scoreOf(3, true, true),   scoreOf(5, false, true),
                                           scoreOf(7, false, true), scoreOf(2, false, false), scoreOf(6, false, false)};
        QSet<QRgb> bands;
        for (const News2Result &score : scores) {
            const QColor background = StationColours::news2Background(score);
            QVERIFY(StationColours::contrast(StationColours::news2Text(score), background) >= 4.5);
            bands.insert(background.rgb());
        }
        QCOMPARE(StationColours::news2Background(scoreOf(0, false, true)), QColor(0xbf, 0xe3, 0xc0));
        QCOMPARE(StationColours::news2Background(scoreOf(2, false, false)), QColor(0xe0, 0xe0, 0xe0));
        QCOMPARE(StationColours::news2Background(scoreOf(6, false, false)), QColor(0xf0, 0xa0, 0x30));
        QCOMPARE(StationColours::news2Background(scoreOf(7, false, true)), QColor(0xb0, 0x00, 0x20));
        QCOMPARE(StationColours::news2Text(scoreOf(7, false, true)), QColor(Qt::white));
        QCOMPARE(bands.size(), 5); // low, low-medium, medium, high, and grey for not all taken
    }
};

QTEST_MAIN(TestStationColours)
#include "TestStationColours.moc"
