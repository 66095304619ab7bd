#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# kaltura-sandbox benchmark (issue 3), run by scripts/bench:
#   1. ingest throughput of a single-shot curl upload (uploadToken.upload, resume=0,
#      finalChunk=1) of a SIZE_MIB file, as a ratio to copying the same file on the same disk,
#      with the sandbox's peak RSS as a fraction of the file size (bytes are streamed to disk);
#   2. the time to seed N entries (--seed N), as a fraction of the one-minute budget and as a
#      ratio to a start without seeding.
# The uploaded bytes are checked (sha256 from /__sandbox/uploads) so that a fast wrong answer
# cannot pass for a result.
# usage: tests/bench/sandbox.sh SANDBOX_BINARY [SIZE_MIB=1024] [SEED=100000]
set -euo pipefail

binary=${1:?usage: sandbox.sh SANDBOX_BINARY [SIZE_MIB] [SEED]}
size_mib=${2:-1024}
seed=${3:-100000}
work=$(mktemp -d "${TMPDIR:-/tmp}/minikmc-bench.XXXXXX")
pid=
cleanup() {
    [[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.3f}')" "$@"; }

# Starts the sandbox on a data dir; sets pid and ready (the JSON ready line).
start() {
    local data=$1
    shift
    coproc SANDBOX { exec "$binary" --listen 127.0.0.1:0 --data "$data" "$@"; }
    pid=$SANDBOX_PID
    read -r ready <&"${SANDBOX[0]}"
}
stop() {
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    pid=
}
field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$ready" "$1"; }

# --- 1. single-shot upload ---------------------------------------------------------------
file=$work/upload.bin
head -c $((size_mib * 1024 * 1024)) /dev/urandom >"$file"
expected_sha=$(sha256sum "$file" | cut -d' ' -f1)
bytes=$(stat -c %s "$file")

t0=$(now)
cp "$file" "$work/copy.bin"
t1=$(now)
copy_seconds=$(python3 -c "print($t1 - $t0)")
rm -f "$work/copy.bin"

start "$work/data-upload"
url=$(field serviceUrl)
api() { curl -sS --fail "$url/api_v3/service/$1/action/$2" -H 'Content-Type: application/json' -d "$3"; }
ks=$(api session start "{\"format\":1,\"secret\":\"$(field adminSecret)\",\"type\":2,\"partnerId\":$(field partnerId)}" | tr -d '"')
token=$(api uploadToken add "{\"format\":1,\"ks\":\"$ks\",\"uploadToken\":{\"objectType\":\"KalturaUploadToken\",\"fileName\":\"upload.bin\",\"fileSize\":$bytes}}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
rss_before=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
t0=$(now)
answer=$(curl -sS --fail "$url/api_v3/service/uploadToken/action/upload" \
    -F format=1 -F "ks=$ks" -F "uploadTokenId=$token" -F resume=0 -F finalChunk=1 -F resumeAt=0 \
    -F "fileData=@$file;type=application/octet-stream")
t1=$(now)
upload_seconds=$(python3 -c "print($t1 - $t0)")
peak_kib=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
status=$(python3 -c 'import json,sys; a=json.loads(sys.argv[1]); print(a.get("status"), int(a.get("uploadedFileSize", -1)))' "$answer")
stored=$(curl -sS --fail "$url/__sandbox/uploads/$token")
stored_sha=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["sha256"])' "$stored")
stop
if [[ $status != "2 $bytes" || $stored_sha != "$expected_sha" ]]; then
    echo "sandbox.sh: the upload is wrong: answer status/size '$status' (want '2 $bytes'), sha256 $stored_sha (want $expected_sha)" >&2
    exit 1
fi
rm -f "$file"

# --- 2. seeding ------------------------------------------------------------------------------
t0=$(now)
start "$work/data-empty"
t1=$(now)
stop
empty_seconds=$(python3 -c "print($t1 - $t0)")
t0=$(now)
start "$work/data-seed" --seed "$seed"
t1=$(now)
seed_seconds=$(python3 -c "print($t1 - $t0)")
# The seeded entries are there: count them (every status) with media.count.
url=$(field serviceUrl)
ks=$(api session start "{\"format\":1,\"secret\":\"$(field adminSecret)\",\"type\":2,\"partnerId\":$(field partnerId)}" | tr -d '"')
count=$(api baseEntry count "{\"format\":1,\"ks\":\"$ks\",\"filter\":{\"objectType\":\"KalturaBaseEntryFilter\",\"statusIn\":\"-2,-1,0,1,2,4,5,6,7\",\"displayInSearchIn\":\"-2,-1,0,1,2\",\"moderationStatusIn\":\"1,2,3,4,5,6\"}}")
stop

cat <<REPORT
kaltura-sandbox benchmark ($(nproc) cores, $(date -u +%Y-%m-%d))
single-shot upload of $size_mib MiB (uploadToken.upload by curl, sha256 verified):
  throughput vs. cp of the same file on the same disk: $(ratio "$copy_seconds" "$upload_seconds") (1.0 = as fast as a local copy)
  sandbox peak RSS / file size: $(ratio "$peak_kib" $((bytes / 1024))) (peak RSS $((peak_kib / 1024)) MiB, $((rss_before / 1024)) MiB before the upload)
seeding $seed entries (--seed; media.count finds $count):
  seed time / the 60 s budget: $(ratio "$seed_seconds" 60)
  seeded start / empty start: $(ratio "$seed_seconds" "$empty_seconds")
REPORT
