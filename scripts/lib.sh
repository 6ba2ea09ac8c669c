# Shared set-up for the scripts in this folder: install what a fresh machine lacks, quietly.
# Sourced, not run. Every step is idempotent and skips itself when its work is already done.

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# The system libraries the package links against (libedit for the REPL, SQLite for the sandbox).
ensure_system_packages() {
    local missing=()
    pkg-config --exists libedit 2>/dev/null || missing+=(libedit-dev)
    pkg-config --exists sqlite3 2>/dev/null || missing+=(libsqlite3-dev)
    command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
    if [ ${#missing[@]} -gt 0 ]; then
        echo "buildsh: installing ${missing[*]} (apt-get)" >&2
        local sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        $sudo apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
    fi
}

# A Python venv with the pinned official twilio library and the test tools, in .venv.
ensure_python_venv() {
    local venv="$repo_root/.venv"
    local stamp="$venv/.requirements-installed"
    local req="$repo_root/Tests/requirements.txt"
    if [ ! -f "$stamp" ] || ! cmp -s "$req" "$stamp"; then
        echo "buildsh: preparing the Python venv for the conformance and terminal tests" >&2
        python3 -m venv "$venv" >&2
        "$venv/bin/pip" install -q --disable-pip-version-check -r "$req" >&2
        cp "$req" "$stamp"
    fi
    PYTHON="$venv/bin/python"
}

# The real serverless-toolkit deploy library (serverless-api 5.8.0, transpiled, with its shims) lives
# outside the repository, in ../shared/toolkit-client (TOOLKIT_CLIENT_DIR overrides). It runs under
# node with Debian's node-got, node-debug, node-form-data and node-mime-types: installed here through
# apt-get when missing. Sets TOOLKIT_CLIENT_DIR when the library is found; leaves it empty otherwise.
ensure_toolkit_client() {
    local candidate
    if [ -z "${TOOLKIT_CLIENT_DIR:-}" ]; then
        for candidate in "$repo_root/../shared/toolkit-client" "$repo_root/../../shared/toolkit-client"; do
            if [ -f "$candidate/deploy.js" ]; then TOOLKIT_CLIENT_DIR=$(cd "$candidate" && pwd); break; fi
        done
    fi
    if [ -z "${TOOLKIT_CLIENT_DIR:-}" ] || [ ! -f "$TOOLKIT_CLIENT_DIR/deploy.js" ]; then
        TOOLKIT_CLIENT_DIR=""
        return 0
    fi
    local missing=() package
    for package in nodejs node-got node-debug node-form-data node-mime-types; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "buildsh: installing ${missing[*]} for the serverless-toolkit suite (apt-get)" >&2
        local sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        $sudo apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
    fi
    export TOOLKIT_CLIENT_DIR
}

# Run a command with SwiftPM's per-file progress lines filtered out; keep its exit status.
quiet_swift() {
    local rc
    set +e
    "$@" 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\] '
    rc=${PIPESTATUS[0]}
    set -e
    return "$rc"
}
