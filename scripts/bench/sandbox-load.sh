#!/usr/bin/env bash
# Loopback load test of the sandbox: how many requests per second a fetch and a create sustain.
# Usage: scripts/bench/sandbox-load.sh [--release] [--duration 10s] [--connections 8]
# Installs wrk (Debian package) when missing. Not part of scripts/test: numbers depend on the machine.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
cd "$repo_root"

configuration=debug
duration=10s
connections=8
while [ $# -gt 0 ]; do
    case "$1" in
        --release) configuration=release ;;
        --duration) duration=$2; shift ;;
        --connections) connections=$2; shift ;;
        *) echo "usage: $0 [--release] [--duration 10s] [--connections 8]" >&2; exit 2 ;;
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

quiet_swift swift build -c "$configuration" --product buildsh >&2
binary="$(swift build -c "$configuration" --show-bin-path)/buildsh"

account="AC$(printf 'f%.0s' {1..32})"
token="bench-token"
work=$(mktemp -d)
trap 'kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

"$binary" sandbox serve --port 0 --in-memory --account "$account:$token" --build-time 0s >"$work/out" 2>&1 &
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

run() {
    local name=$1 method_script=$2 path=$3 body=${4:-}
    local args=(-t2 -c"$connections" -d"$duration" -H "$auth")
    [ -n "$method_script" ] && args+=(-s "$method_script")
    local rps
    rps=$(BENCH_BODY="$body" wrk "${args[@]}" "$url$path" | awk '/Requests\/sec/ {print $2}')
    printf '%-28s %10s req/s\n' "$name" "$rps"
}

echo "sandbox load ($configuration build, $connections connections, $duration each, $(nproc) cores)"
run "fetch service" "" "/v1/Services/$service"
run "fetch function version" "" "/v1/Services/$service/Functions/$function/Versions/$version"
run "create function" "$work/post.lua" "/v1/Services/$service/Functions" "FriendlyName=load"
run "create build" "$work/post.lua" "/v1/Services/$service/Builds" "FunctionVersions=$version"
run "list functions (page of 50)" "" "/v1/Services/$service/Functions"
