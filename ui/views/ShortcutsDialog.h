// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

namespace minikmc::ui {

/// Help > Keyboard Shortcuts: every key of the window, grouped by where it works, with the
/// keys shown as this platform writes them.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    struct Shortcut {
        QString group; ///< where it works, e.g. "Library"
        QString description;
        QKeySequence keys;
    };

    explicit ShortcutsDialog(const QList<Shortcut> &shortcuts, QWidget *parent = nullptr);
};

} // namespace minikmc::ui
