// SPDX-License-Identifier: GPL-3.0-or-later
#include "Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE declares the initializer in the current namespace, so it must be used from the
// global namespace (Qt documentation of Q_INIT_RESOURCE).
static void registerUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace minikmc::ui {

void initResources()
{
    ::registerUiResources();
}

} // namespace minikmc::ui
