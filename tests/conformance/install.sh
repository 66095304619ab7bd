#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the pinned official Kaltura Node client into tests/conformance/node_modules with
# `npm ci` (registry only, exact versions and integrity hashes from package-lock.json).
# Idempotent and quick: does nothing when node_modules was installed from the same
# package.json + package-lock.json. usage: tests/conformance/install.sh [--force]
set -eu
cd "$(dirname "$0")"

if ! command -v npm >/dev/null 2>&1; then
    echo "conformance/install.sh: npm not found (apt-get install -y nodejs npm)" >&2
    exit 1
fi

stamp=node_modules/.minikmc-installed
want=$(cat package.json package-lock.json | sha256sum | cut -d' ' -f1)
if [ "${1:-}" != "--force" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] \
    && [ -f node_modules/kaltura-client/package.json ]; then
    echo "conformance/install.sh: node_modules up to date"
    exit 0
fi

npm ci --no-audit --no-fund --prefer-offline --loglevel=error
printf '%s\n' "$want" >"$stamp"
echo "conformance/install.sh: installed kaltura-client $(node -p "require('./node_modules/kaltura-client/package.json').version")"
