#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the README's screenshots of the real app against the demo library (scripts/demo's
# sandbox data), on a private Xvfb display, driving the window with xdotool.
# usage: docs/screenshots.sh   (after a build; needs xvfb, xdotool, ffmpeg)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=docs/screenshots
size=1400x860
datadir=${MINIKMC_DEMO_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/minikmc-demo}
mkdir -p "$datadir"
work=$(mktemp -d)
sandbox_pid= display_pid= app_pid=
cleanup() {
    for pid in $app_pid $display_pid $sandbox_pid; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

build/sandbox/kaltura-sandbox --listen 127.0.0.1:0 --data "$datadir" \
    --seed "${MINIKMC_DEMO_SEED:-12000}" --seed-media >"$work/ready" &
sandbox_pid=$!
for _ in $(seq 1200); do [[ -s $work/ready ]] && break; sleep 0.1; done
eval "$(python3 - "$work/ready" <<'PY'
import json, shlex, sys
r = json.loads(open(sys.argv[1]).readline())
for var, key in [("KALTURA_SERVICE_URL", "serviceUrl"), ("KALTURA_PARTNER_ID", "partnerId"),
                 ("KALTURA_APP_TOKEN_ID", "appTokenId"), ("KALTURA_APP_TOKEN", "appToken"),
                 ("KALTURA_APP_TOKEN_HASH_TYPE", "appTokenHashType")]:
    print(f"export {var}={shlex.quote(str(r[key]))}")
PY
)"

for n in $(seq 150 199); do [[ -e /tmp/.X$n-lock ]] || { display=:$n; break; }; done
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
display_pid=$!
sleep 0.5
export DISPLAY=$display QT_QPA_PLATFORM=xcb
# A private settings and cache directory: the screenshots never depend on this user's layout.
export XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache
# The upload journal too (the demo library's own data dir was chosen above).
export XDG_DATA_HOME=$work/data

shoot() { xdotool mousemove 1399 859; sleep "${2:-1.5}"; ffmpeg -loglevel error -y -f x11grab -video_size "$size" -i "$display" \
    -frames:v 1 "$out/$1.png"; echo "$out/$1.png"; }
keys() { xdotool key --delay 120 "$@"; }
click() { xdotool mousemove "$1" "$2" click 1; sleep 0.3; }

start_app() {
    build/app/minikmc -geometry "$size+0+0" &
    app_pid=$!
    for _ in $(seq 100); do xdotool search --name "mini-KMC" >/dev/null 2>&1 && break; sleep 0.1; done
    sleep 4 # signed in, first page and thumbnails shown
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=; }

# The library as a table, an entry selected (its facts in the details panel).
start_app
click 700 319
keys Down Down
shoot library-table
# The grid of thumbnails, same selection.
keys ctrl+2
shoot library-grid 2
keys ctrl+1
# Editing: a changed name (marked) and tags, not saved yet.
click 1262 306
xdotool key ctrl+a
xdotool type --delay 30 "Biology 201 - Lecture 16 (2026 edition)"
click 1262 480
xdotool key End
xdotool type --delay 30 ", economics"
shoot details-edit
# Moving to another entry with unsaved edits asks first; here they are discarded.
click 700 467
shoot unsaved-changes
click 803 409
# Several entries selected: one edit for all of them.
keys shift+Down shift+Down
sleep 1
click 1267 326
xdotool type --delay 30 "tutorial"
shoot multi-edit
# One video's renditions and thumbnails (the details tabs); the multi-edit is reverted first.
keys Escape
click 1273 690
click 700 264
sleep 1
click 1154 86
click 1100 140
shoot flavors 2
click 1235 86
shoot thumbnails 3
# Quick-look: Space plays the selected video in the Preview tab.
click 700 220
sleep 1
keys space
shoot preview 4
stop_app

# Uploads: four videos given on the command line go through the upload sheet into the queue,
# slowed down by the sandbox (a throttle fault) so that the queue is seen at work; then done.
mkdir -p "$work/uploads"
for name in "Field trip - river" "Lab safety briefing" "Interview with Dr. Chen" "Campus tour 2026"; do
    ffmpeg -loglevel error -y -f lavfi -i testsrc2=size=640x360:rate=25 -f lavfi \
        -i sine=frequency=330 -t 2 -vf noise=alls=30:allf=t -c:v libx264 -preset ultrafast \
        -qp 16 -pix_fmt yuv420p -c:a aac -shortest "$work/uploads/$name.mp4"
done
faults() { curl -sS -X "$1" "$KALTURA_SERVICE_URL/__sandbox/faults" ${2:+-d "$2"} >/dev/null; }
faults POST '{"rules":[{"match":"uploadToken.upload","throttleBytesPerSecond":400000}]}'
build/app/minikmc -geometry "$size+0+0" "$work/uploads" &
app_pid=$!
for _ in $(seq 100); do xdotool search --name "mini-KMC" >/dev/null 2>&1 && break; sleep 0.1; done
sleep 5
shoot upload-sheet
click 728 414
xdotool type --delay 30 "fieldwork, 2026"
click 772 471
sleep 6
shoot upload-queue 0.5
faults DELETE
sleep 15
shoot upload-done
stop_app
# The uploaded entries are deleted again: the demo library stays as it was for the next run.
ids=$(build/app/minikmc-cli list --tags fieldwork --json | python3 -c '
import json, sys
d = json.load(sys.stdin)
print(" ".join(e["id"] for e in (d if isinstance(d, list) else d.get("objects", d.get("entries", [])))))')
[[ -n $ids ]] && build/app/minikmc-cli delete --yes $ids >/dev/null
