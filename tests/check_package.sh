#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The DEB package (issue 10): cpack builds it from this build tree; its Depends carry the
# libraries dpkg-shlibdeps found plus the plug-ins loaded at run time (SQLite driver, libsecret,
# GStreamer, SVG); it holds both programs, the desktop entry, the AppStream metainfo and the icon,
# and the last two validate. Then it is installed (as root; otherwise unpacked) and the installed
# programs are started.
# usage: tests/check_package.sh BUILD_DIR VERSION
set -euo pipefail
build=${1:?usage: check_package.sh BUILD_DIR VERSION}
version=${2:?usage: check_package.sh BUILD_DIR VERSION}
work=$(mktemp -d "${TMPDIR:-/tmp}/minikmc-package.XXXXXX")
installed=
cleanup() {
    [[ -n $installed ]] && dpkg -r minikmc >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "check_package: $*" >&2; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$work"/out/minikmc_*.deb 2>/dev/null | head -1)
[[ -f $deb ]] || fail "no .deb was made"
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for dep in libqt6sql6-sqlite libsecret-1-0 gstreamer1.0-plugins-good gstreamer1.0-plugins-bad \
    libqt6svg6 libqt6core6 libqt6widgets6 libqt6multimedia6 libqt6keychain1; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep"
done
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "version is not $version"

contents=$(dpkg-deb -c "$deb" | awk '{print $NF}')
for path in ./usr/bin/minikmc ./usr/bin/minikmc-cli \
    ./usr/share/applications/io.github.minikmc.desktop \
    ./usr/share/metainfo/io.github.minikmc.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/io.github.minikmc.svg; do
    grep -qx -- "$path" <<<"$contents" || fail "the package lacks $path"
done

dpkg-deb -x "$deb" "$work/root"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$work/root/usr/share/metainfo/io.github.minikmc.metainfo.xml"
else
    echo "appstreamcli is not installed: the metainfo was not validated"
fi
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$work/root/usr/share/applications/io.github.minikmc.desktop"
    echo "desktop entry: valid"
fi

prefix=$work/root/usr
if [[ $(id -u) == 0 && -z ${MINIKMC_PACKAGE_NO_INSTALL:-} ]]; then
    dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -i failed"; }
    installed=1
    prefix=/usr
    echo "installed with dpkg -i"
else
    echo "not root: the package was unpacked, not installed"
fi
out=$("$prefix/bin/minikmc-cli" --version)
grep -q "$version" <<<"$out" || fail "minikmc-cli --version said: $out"
out=$(QT_QPA_PLATFORM=offscreen "$prefix/bin/minikmc" --version)
grep -q "$version" <<<"$out" || fail "minikmc --version said: $out"
# The GUI itself starts and keeps running (it waits at the sign-in dialog) until stopped.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
status=0
env -u KALTURA_SERVICE_URL -u KALTURA_APP_TOKEN QT_QPA_PLATFORM=offscreen \
    timeout 4 "$prefix/bin/minikmc" >"$work/gui.log" 2>&1 || status=$?
[[ $status == 124 ]] || { cat "$work/gui.log" >&2; fail "the installed minikmc exited with $status"; }
echo "the installed minikmc and minikmc-cli run"
