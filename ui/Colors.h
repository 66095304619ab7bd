// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

/// The few colours mini-KMC adds to the system palette (status badges, error text), chosen so
/// that they stay readable on light and dark themes: on a dark base they are drawn lighter.
namespace minikmc::ui::colors {

enum class Tone {
    Good, ///< ready
    Busy, ///< work in progress (importing, converting, uploading)
    Waiting, ///< waits for someone (pending, moderation)
    Bad, ///< errors
    Neutral, ///< no content, deleted, unknown
};

/// The tone's colour for a light background.
QColor tone(Tone tone);
/// The colour adjusted to the palette's base: lighter when the base is dark.
QColor readable(const QColor &color, const QPalette &palette);
/// readable(tone(t), palette) — with the application's palette when none is given.
QColor toneFor(Tone tone, const QPalette &palette);
QColor toneFor(Tone tone);
/// Draws a label's text in the error colour of its palette.
void markAsError(QWidget *label);

} // namespace minikmc::ui::colors
