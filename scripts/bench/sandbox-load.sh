#!/usr/bin/env bash
# Loopback load test of the sandbox: how many requests per second fetches, creates and list pages
# sustain, and the server time of a page of 1,000 builds — each beside a reference measured in the
# same run: a bare SQLite read (Python's sqlite3) of the same rows from the sandbox's own data file.
# Each load line also says how much CPU wrk itself used (on a 2-core machine the load generator
# competes with the server it measures) and the load average when it ended.
# Usage: scripts/bench/sandbox-load.sh [--release] [--duration 10s] [--connections 8] [--threads 2] [--binary PATH]
# Installs wrk (Debian package) when missing. Not part of scripts/test: numbers depend on the machine.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
cd "$repo_root"

configuration=debug
duration=10s
connections=8
threads=2
binary=""
while [ $# -gt 0 ]; do
    case "$1" in
        --release) configuration=release ;;
        --duration) duration=$2; shift ;;
        --connections) connections=$2; shift ;;
        --threads) threads=$2; shift ;;
        --binary) binary=$2; binary_given=1; shift ;;
        *) echo "usage: $0 [--release] [--duration 10s] [--connections 8] [--threads 2] [--binary PATH]" >&2; exit 2 ;;
    esac
    shift
done

if ! command -v wrk >/dev/null 2>&1; then
    echo "sandbox-load: installing wrk (apt-get)" >&2
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >&2
fi

if [ -z "$binary" ]; then
    quiet_swift swift build -c "$configuration" --product buildsh >&2
    binary="$(swift build -c "$configuration" --show-bin-path)/buildsh"
fi

account="AC$(printf 'f%.0s' {1..32})"
token="bench-token"
work=$(mktemp -d)
trap 'kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

# A data file (not --in-memory) so the reference can read the very same rows; no concurrency limit,
# so wrk measures throughput rather than 429s.
"$binary" sandbox serve --port 0 --data "$work/bench.sqlite" --account "$account:$token" --build-time 0s \
    --max-concurrent 0 >"$work/out" 2>&1 &
server_pid=$!
url=""
for _ in $(seq 1 100); do
    url=$(grep -oE 'http://[0-9.:]+' "$work/out" | head -1 || true)
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || { echo "sandbox-load: the sandbox did not start" >&2; cat "$work/out" >&2; exit 1; }

auth="Authorization: Basic $(printf '%s:%s' "$account" "$token" | base64 -w0)"
json_field() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }
service=$(curl -sf -H "$auth" -d UniqueName=bench -d FriendlyName=Bench "$url/v1/Services" | json_field sid)
function=$(curl -sf -H "$auth" -d FriendlyName=hello "$url/v1/Services/$service/Functions" | json_field sid)
printf 'exports.handler = () => {};' >"$work/hello.js"
version=$(curl -sf -H "$auth" -F Path=/hello -F Visibility=public -F "Content=@$work/hello.js;type=application/javascript" \
    "$url/v1/Services/$service/Functions/$function/Versions" | json_field sid)

cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = os.getenv("BENCH_BODY")
LUA

seconds=$(awk -v d="$duration" 'BEGIN { n = d + 0; if (d ~ /m$/) n *= 60; if (d ~ /h$/) n *= 3600; print n }')
run() {
    local name=$1 method_script=$2 path=$3 body=${4:-}
    local args=(-t"$threads" -c"$connections" -d"$duration" -H "$auth")
    [ -n "$method_script" ] && args+=(-s "$method_script")
    local rps cpu
    # wrk's own user + system time, from the shell's `time`.
    { TIMEFORMAT='%U %S'; time BENCH_BODY="$body" wrk "${args[@]}" "$url$path" >"$work/wrk.out"; } 2>"$work/wrk.time"
    rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.out")
    cpu=$(awk -v s="$seconds" '{ printf "%.0f", ($1 + $2) / s * 100 }' "$work/wrk.time")
    printf '%-28s %10s req/s (wrk: %s%% of a core; load %s)\n' "$name" "$rps" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)"
}

build_name="$configuration build"
[ -n "${binary_given:-}" ] && build_name="$binary"
echo "sandbox load ($build_name, $connections connections, $threads wrk threads, $duration each, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
run "fetch service" "" "/v1/Services/$service"
run "fetch function version" "" "/v1/Services/$service/Functions/$function/Versions/$version"
run "create function" "$work/post.lua" "/v1/Services/$service/Functions" "FriendlyName=load"
run "create build" "$work/post.lua" "/v1/Services/$service/Builds" "FunctionVersions=$version"
run "list functions (page of 50)" "" "/v1/Services/$service/Functions"

# Lists and the page of 1,000: a second service with 1,000 builds of three versions each.
python3 - "$url" "$auth" "$work" <<'PY'
import http.client, json, sys, urllib.parse
url, auth, work = sys.argv[1], sys.argv[2].split(": ", 1)[1], sys.argv[3]
parsed = urllib.parse.urlparse(url)
connection = http.client.HTTPConnection(parsed.hostname, parsed.port)
def post(path, form=None, body=None, content_type="application/x-www-form-urlencoded"):
    connection.request("POST", path, body=body if body is not None else urllib.parse.urlencode(form, doseq=True),
                       headers={"Authorization": auth, "Content-Type": content_type})
    response = connection.getresponse()
    return json.loads(response.read())
service = post("/v1/Services", {"UniqueName": "pages", "FriendlyName": "Pages"})["sid"]
versions = []
for name in ("a", "b", "c"):
    function = post(f"/v1/Services/{service}/Functions", {"FriendlyName": name})["sid"]
    body = (f"--B\r\nContent-Disposition: form-data; name=\"Path\"\r\n\r\n/{name}\r\n"
            f"--B\r\nContent-Disposition: form-data; name=\"Visibility\"\r\n\r\npublic\r\n"
            f"--B\r\nContent-Disposition: form-data; name=\"Content\"; filename=\"{name}.js\"\r\n\r\nx\r\n--B--\r\n")
    versions.append(post(f"/v1/Services/{service}/Functions/{function}/Versions", body=body, content_type="multipart/form-data; boundary=B")["sid"])
for _ in range(1000):
    post(f"/v1/Services/{service}/Builds", {"FunctionVersions": versions, "Dependencies": '[{"name":"twilio","version":"5.3.0"}]'})
build = post(f"/v1/Services/{service}/Builds", {"FunctionVersions": versions})["sid"]
open(f"{work}/pages", "w").write(f"{service} {build}\n")
PY
read -r pages_service pages_build <"$work/pages"
run "fetch build" "" "/v1/Services/$pages_service/Builds/$pages_build"
run "list builds (page of 50)" "" "/v1/Services/$pages_service/Builds?PageSize=50"

# Server time of a page of 1,000 builds: time to the first byte (the sandbox writes a response
# only once it is complete), median of 20, beside the same read done by SQLite alone.
samples=()
for _ in $(seq 1 20); do
    samples+=("$(curl -s -o /dev/null -H "$auth" -w '%{time_pretransfer} %{time_starttransfer}\n' \
        "$url/v1/Services/$pages_service/Builds?PageSize=1000" | awk '{printf "%.2f", ($2 - $1) * 1000}')")
done
page_ms=$(printf '%s\n' "${samples[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
printf '%-28s %10s ms (server, median of 20; load %s)\n' "page of 1,000 builds" "$page_ms" "$(cut -d' ' -f1 /proc/loadavg)"

python3 - "$work/bench.sqlite" "$pages_service" <<'PY'
import sqlite3, statistics, sys, time
path, service = sys.argv[1], sys.argv[2]
db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
page = "SELECT * FROM build WHERE service_sid = ? ORDER BY seq LIMIT ?"
versions = ("SELECT bv.build_sid, v.sid, v.kind, v.account_sid, v.service_sid, v.component_sid, v.path, v.visibility, "
            "v.date_created FROM build_version bv JOIN version v ON v.sid = bv.version_sid "
            "WHERE bv.build_sid IN (SELECT sid FROM build WHERE service_sid = ? ORDER BY seq LIMIT ?) ORDER BY bv.build_sid, bv.position")
def read(size):
    rows = db.execute(page, (service, size)).fetchall()
    embedded = db.execute(versions, (service, size)).fetchall()
    return len(rows) + len(embedded)
def timed(size, runs):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        read(size)
        samples.append(time.perf_counter() - start)
    return samples
print(f"{'reference: SQLite, 1,000':<28} {statistics.median(timed(1000, 20)) * 1000:10.2f} ms (bare read of the same rows, median of 20)")
fifty = timed(50, 2000)
print(f"{'reference: SQLite, 50':<28} {1 / statistics.median(fifty):10.0f} reads/s (one thread)")
fetch = []
for _ in range(5000):
    start = time.perf_counter()
    db.execute("SELECT * FROM service WHERE sid = ? AND account_sid IS NOT NULL", (service,)).fetchall()
    fetch.append(time.perf_counter() - start)
print(f"{'reference: SQLite, one row':<28} {1 / statistics.median(fetch):10.0f} reads/s (one thread)")
PY
