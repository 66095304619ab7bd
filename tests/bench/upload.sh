#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Upload benchmark (issue 8), run by scripts/bench:
#   1. throughput of `minikmc-cli upload` of a SIZE_MIB file (whole process: sign-in, entry,
#      chunks, verification) vs curl posting the same file in one uploadToken.upload to the same
#      sandbox, for K = 1, 2, 4 and 6 chunks in flight (--parallel) and the default (adaptive
#      chunk size, K = 4);
#   2. the CLI's peak RSS while uploading a 2×SIZE_MIB file, against the 64 MiB target.
# Every upload is checked: the sandbox's sha256 of the received bytes equals the file's.
# usage: tests/bench/upload.sh SANDBOX_BINARY CLI_BINARY [SIZE_MIB=1024]
set -euo pipefail

sandbox=${1:?usage: upload.sh SANDBOX_BINARY CLI_BINARY [SIZE_MIB]}
cli=${2:?usage: upload.sh SANDBOX_BINARY CLI_BINARY [SIZE_MIB]}
size_mib=${3:-1024}
work=$(mktemp -d "${TMPDIR:-/tmp}/minikmc-bench-upload.XXXXXX")
pid=
cleanup() {
    [[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.3f}')" "$@"; }

coproc SANDBOX { exec "$sandbox" --listen 127.0.0.1:0 --data "$work/data"; }
pid=$SANDBOX_PID
read -r ready <&"${SANDBOX[0]}"
field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$ready" "$1"; }
url=$(field serviceUrl)
export KALTURA_SERVICE_URL=$url KALTURA_PARTNER_ID=$(field partnerId)
export KALTURA_APP_TOKEN_ID=$(field appTokenId) KALTURA_APP_TOKEN=$(field appToken)
export XDG_DATA_HOME=$work/xdg # the CLI's upload journal
api() { curl -sS --fail "$url/api_v3/service/$1/action/$2" -H 'Content-Type: application/json' -d "$3"; }
ks=$(api session start "{\"format\":1,\"secret\":\"$(field adminSecret)\",\"type\":2,\"partnerId\":$(field partnerId)}" | tr -d '"')
stored_sha() { curl -sS --fail "$url/__sandbox/uploads/$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["sha256"])'; }

file=$work/upload.mp4 # random bytes; the name makes it a video for the CLI
head -c $((size_mib * 1024 * 1024)) /dev/urandom >"$file"
sha=$(sha256sum "$file" | cut -d' ' -f1)
bytes=$(stat -c %s "$file")

# curl: one uploadToken.upload with the whole file (resume=0, finalChunk=1).
curl_run() {
    local token t0 t1
    token=$(api uploadToken add "{\"format\":1,\"ks\":\"$ks\",\"uploadToken\":{\"objectType\":\"KalturaUploadToken\",\"fileName\":\"upload.mp4\",\"fileSize\":$bytes}}" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    t0=$(now)
    curl -sS --fail -o /dev/null "$url/api_v3/service/uploadToken/action/upload" \
        -F format=1 -F "ks=$ks" -F "uploadTokenId=$token" -F resume=0 -F finalChunk=1 \
        -F resumeAt=0 -F "fileData=@$file;type=application/octet-stream"
    t1=$(now)
    [[ $(stored_sha "$token") == "$sha" ]] || { echo "upload.sh: curl's upload is wrong" >&2; exit 1; }
    python3 -c "print($t1 - $t0)"
}

# The CLI, whole process; prints "seconds peak_rss_kib".
cli_run() {
    local path=$1 want=$2
    shift 2
    python3 - "$cli" "$path" "$want" "$url" "$@" <<'PY'
import json, resource, subprocess, sys, time, urllib.request
cli, path, want, url, *extra = sys.argv[1:]
t0 = time.monotonic()
out = subprocess.run([cli, "upload", path, "--json", *extra], capture_output=True, check=True).stdout
seconds = time.monotonic() - t0
result = json.loads(out)[0]
stored = json.load(urllib.request.urlopen(f"{url}/__sandbox/uploads/{result['uploadTokenId']}"))
if result["status"] != "done" or stored["sha256"] != want:
    sys.exit(f"upload.sh: the CLI's upload is wrong: {result}")
print(f"{seconds} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}")
PY
}

curl_s=$(curl_run)
declare -A cli_s
for k in 1 2 4 6; do
    read -r s _ < <(cli_run "$file" "$sha" --parallel "$k" --chunk-size $((16 * 1024 * 1024)))
    cli_s[$k]=$s
done
read -r default_s default_rss < <(cli_run "$file" "$sha")
curl2_s=$(curl_run) # again, to see how much the machine moved meanwhile

rm -f "$file"
big=$work/big.mp4
head -c $((2 * size_mib * 1024 * 1024)) /dev/urandom >"$big"
big_sha=$(sha256sum "$big" | cut -d' ' -f1)
read -r big_s big_rss < <(cli_run "$big" "$big_sha")

mib() { python3 -c "print(f'{$1 / 1024:.1f}')"; }
cat <<REPORT
upload benchmark ($(nproc) cores, $(date -u +%Y-%m-%d)), $size_mib MiB of random bytes, sha256 checked
curl single uploadToken.upload: ${curl_s} s (again at the end: ${curl2_s} s)
throughput of minikmc-cli upload / curl (>= 0.9 wanted; 1.0 = as fast as curl):
  default (adaptive chunks, K=4): $(ratio "$curl_s" "$default_s")
  16 MiB chunks, K=1: $(ratio "$curl_s" "${cli_s[1]}")
  16 MiB chunks, K=2: $(ratio "$curl_s" "${cli_s[2]}")
  16 MiB chunks, K=4: $(ratio "$curl_s" "${cli_s[4]}")
  16 MiB chunks, K=6: $(ratio "$curl_s" "${cli_s[6]}")
peak RSS of minikmc-cli uploading $((2 * size_mib)) MiB / 64 MiB: $(ratio "$big_rss" 65536) ($(mib "$big_rss") MiB; $(mib "$default_rss") MiB for $size_mib MiB)
REPORT
