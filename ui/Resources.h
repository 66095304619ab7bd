// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace minikmc::ui {

/// Registers the icons compiled into minikmc_ui (resources/resources.qrc, under ":/icons").
/// A static library's resource initializer is only linked in when something references it, so
/// every entry point that needs the icons before a MainWindow exists calls this. Idempotent.
void initResources();

} // namespace minikmc::ui
