#include "widgets/StationColours.h"

#include <QApplication>

#include <algorithm>
#include <cmath>

namespace {

// The colour as drawn over background: its alpha blended away.
QColor over(const QColor &colour, const QColor &background)
{
    if (colour.alpha() == 255)
        return colour;
    const double a = colour.alphaF();
    return QColor::fromRgbF(float(colour.redF() * a + background.redF() * (1 - a)),
                            float(colour.greenF() * a + background.greenF() * (1 - a)),
                            float(colour.blueF() * a + background.blueF() * (1 - a)));
}

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

QColor towards(const QColor &from, const QColor &to, double share)
{
    const auto mix = [share](int a, int b) {
        return int(std::lround(a + (b - a) * share));
    };
    return QColor(mix(from.red(), to.red()), mix(from.green(), to.green()), mix(from.blue(), to.blue()));
}

// The pairs a person reads: text role on background role.
struct Pair
{
    QPalette::ColorRole text;
    QPalette::ColorRole background;
};
constexpr Pair textPairs[] = {
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

const QColor problemRed(0xa0, 0x00, 0x00);
const QColor urgentRed(0xb0, 0x00, 0x20);
const QColor goodGreen(0x00, 0x64, 0x00);

QColor onWindow(const QColor &colour)
{
    return StationColours::readable(colour, QApplication::palette().color(QPalette::Active, QPalette::Window));
}

} // namespace

double StationColours::luminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double StationColours::contrast(const QColor &foreground, const QColor &background)
{
    const QColor behind = over(background, Qt::white);
    const double a = luminance(over(foreground, behind));
    const double b = luminance(behind);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

namespace {

// The side a colour is on against a background: towards white if it is lighter, else towards black; level with
// it, the side with more room.
QColor sideOf(const QColor &colour, const QColor &background)
{
    const double text = StationColours::luminance(colour);
    const double behind = StationColours::luminance(over(background, Qt::white));
    const bool lighter = text != behind ? text > behind
                                        : StationColours::contrast(Qt::white, background) >
                                              StationColours::contrast(Qt::black, background);
    return lighter ? QColor(Qt::white) : QColor(Qt::black);
}

// colour moved towards extreme in small steps (so it keeps what it can of its hue) until it reaches ratio; invalid
// if even the extreme does not.
QColor movedTowards(const QColor &colour, const QColor &extreme, const QColor &background, double ratio)
{
    for (int step = 1; step <= 64; ++step) {
        const QColor moved = towards(colour, extreme, step / 64.0);
        if (StationColours::contrast(moved, background) >= ratio)
            return moved;
    }
    return {};
}

} // namespace

QColor StationColours::readable(const QColor &foreground, const QColor &background, double ratio)
{
    const QColor solid = over(foreground, over(background, Qt::white));
    if (contrast(solid, background) >= ratio)
        return solid;
    // On the side it is already on (light text stays light); across to the other only when that side cannot reach.
    const QColor side = sideOf(solid, background);
    if (const QColor moved = movedTowards(solid, side, background, ratio); moved.isValid())
        return moved;
    const QColor other = side == QColor(Qt::white) ? QColor(Qt::black) : QColor(Qt::white);
    if (const QColor moved = movedTowards(solid, other, background, ratio); moved.isValid())
        return moved;
    return contrast(side, background) >= contrast(other, background) ? side : other;
}

QPalette StationColours::accessible(QPalette palette)
{
    // A background moved for one pair is read again by the others on it: a few rounds until nothing changes.
    for (int round = 0; round < 4; ++round) {
        bool changed = false;
        const auto set = [&palette, &changed](QPalette::ColorGroup group, QPalette::ColorRole role,
                                              const QColor &colour) {
            if (palette.color(group, role) != colour) {
                palette.setColor(group, role, colour);
                changed = true;
            }
        };
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            for (const Pair &pair : textPairs) {
                const QColor background = palette.color(group, pair.background);
                const QColor text = palette.color(group, pair.text);
                if (contrast(text, background) >= textContrast)
                    continue;
                const QColor side = sideOf(over(text, over(background, Qt::white)), background);
                if (contrast(side, background) >= textContrast) {
                    set(group, pair.text,
                        movedTowards(over(text, over(background, Qt::white)), side, background, textContrast));
                } else {
                    // Light text on a mid background (white on the selection's blue): the text keeps its side and
                    // the background moves away from it.
                    set(group, pair.background, readable(background, side));
                    set(group, pair.text, side);
                }
            }
            // The selected row and the focus seen against the window and the fields.
            for (const QPalette::ColorRole around : {QPalette::Base, QPalette::Window}) {
                const QColor highlight = palette.color(group, QPalette::Highlight);
                if (contrast(highlight, palette.color(group, around)) < controlContrast)
                    set(group, QPalette::Highlight, readable(highlight, palette.color(group, around), controlContrast));
            }
        }
        if (!changed)
            break;
    }
    return palette;
}

void StationColours::apply()
{
    const QPalette current = QApplication::palette();
    const QPalette fixed = accessible(current);
    if (fixed != current)
        QApplication::setPalette(fixed);
}

QColor StationColours::problem()
{
    return onWindow(problemRed);
}

QString StationColours::problemStyle()
{
    return QStringLiteral("color: %1; font-weight: bold;").arg(problem().name());
}

QString StationColours::problemHtml(const QString &escapedText)
{
    return QStringLiteral("<b style=\"color:%1\">%2</b>").arg(problem().name(), escapedText);
}

QString StationColours::goodHtml(const QString &escapedText)
{
    return QStringLiteral("<b style=\"color:%1\">%2</b>").arg(onWindow(goodGreen).name(), escapedText);
}

QColor StationColours::urgent()
{
    return onWindow(urgentRed);
}

QColor StationColours::noticeText()
{
    return QColor(0x5c, 0x3c, 0x00);
}

QColor StationColours::noticeBackground()
{
    return QColor(0xff, 0xf3, 0xcd);
}

QColor StationColours::news2Background(const News2Result &score)
{
    if (!score.complete() && !score.needsEscalation())
        return QColor(0xe0, 0xe0, 0xe0);
    switch (score.risk()) {
    case News2Result::Risk::High:
        return QColor(0xb0, 0x00, 0x20);
    case News2Result::Risk::Medium:
        return QColor(0xf0, 0xa0, 0x30);
    case News2Result::Risk::LowMedium:
        return QColor(0xff, 0xe3, 0x6e);
    case News2Result::Risk::Low:
        break;
    }
    return score.complete() ? QColor(0xbf, 0xe3, 0xc0) : QColor(0xe0, 0xe0, 0xe0);
}

QColor StationColours::news2Text(const News2Result &score)
{
    // Black or white, whichever stands out more: white on the red.
    const QColor background = news2Background(score);
    return contrast(Qt::black, background) >= contrast(Qt::white, background) ? QColor(Qt::black) : QColor(Qt::white);
}

QColor StationColours::noticeBorder()
{
    return QColor(0xd4, 0xa0, 0x17);
}
