// SPDX-License-Identifier: GPL-3.0-or-later
#include "Colors.h"

#include <QApplication>
#include <QWidget>

namespace minikmc::ui::colors {

QColor tone(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0x2e, 0x9d, 0x4f); // green
    case Tone::Busy:
        return QColor(0x2f, 0x7d, 0xd1); // blue
    case Tone::Waiting:
        return QColor(0xa8, 0x6f, 0x00); // amber, dark enough on white
    case Tone::Bad:
        return QColor(0xc0, 0x1c, 0x28); // red
    case Tone::Neutral:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

QColor readable(const QColor &color, const QPalette &palette)
{
    if (palette.color(QPalette::Base).lightnessF() >= 0.5F)
        return color;
    // On a dark base: the same hue, light enough for text.
    QColor light = color.toHsl();
    light.setHslF(light.hslHueF(), light.hslSaturationF(), std::max(light.lightnessF(), 0.68F));
    return light;
}

QColor toneFor(Tone t, const QPalette &palette)
{
    return readable(tone(t), palette);
}

QColor toneFor(Tone t)
{
    return toneFor(t, QApplication::palette());
}

void markAsError(QWidget *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, toneFor(Tone::Bad, palette));
    label->setPalette(palette);
}

} // namespace minikmc::ui::colors
