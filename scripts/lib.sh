# Shared set-up for the scripts in this folder: install what a fresh machine lacks, quietly.
# Sourced, not run. Every step is idempotent and skips itself when its work is already done.

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Installs PACKAGES through apt-get (with sudo when not root), saying on stderr what and why (WHY,
# the first argument, may be empty). Recommended packages come too unless the caller sets
# APT_RECOMMENDS=0.
apt_install() {
    local why=$1
    shift
    echo "buildsh: installing $*${why:+ $why} (apt-get)" >&2
    local sudo="" extra=()
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    [ "${APT_RECOMMENDS:-1}" = 0 ] && extra=(--no-install-recommends)
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${extra[@]}" "$@" >&2
}

# Installs what provides each missing command: arguments are COMMAND:PACKAGE pairs after WHY (as in
# apt_install), e.g. `ensure_commands "for the benchmarks" tclsh:tcl curl:curl`.
ensure_commands() {
    local why=$1 pair missing=()
    shift
    for pair in "$@"; do
        command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
    done
    if [ ${#missing[@]} -gt 0 ]; then APT_RECOMMENDS=0 apt_install "$why" "${missing[@]}"; fi
}

# The system libraries the package links against (libedit for the REPL, SQLite for the sandbox).
ensure_system_packages() {
    local missing=()
    pkg-config --exists libedit 2>/dev/null || missing+=(libedit-dev)
    pkg-config --exists sqlite3 2>/dev/null || missing+=(libsqlite3-dev)
    command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
    if [ ${#missing[@]} -gt 0 ]; then apt_install "" "${missing[@]}"; fi
}

# man and groff, to render the manual page in its check and the install tests (a slim Debian image
# lacks them).
ensure_manual_tools() {
    ensure_commands "for the manual page's check" man:man-db groff:groff
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
# apt-get when missing. Sets TOOLKIT_CLIENT_DIR when the library is found; otherwise leaves it empty
# and says in TOOLKIT_CLIENT_MISSING why (scripts/test prints it where the suite would run).
ensure_toolkit_client() {
    local candidate
    TOOLKIT_CLIENT_MISSING=""
    if [ -n "${TOOLKIT_CLIENT_DIR:-}" ] && [ ! -f "$TOOLKIT_CLIENT_DIR/deploy.js" ]; then
        TOOLKIT_CLIENT_MISSING="TOOLKIT_CLIENT_DIR=$TOOLKIT_CLIENT_DIR has no deploy.js"
    elif [ -z "${TOOLKIT_CLIENT_DIR:-}" ]; then
        for candidate in "$repo_root/../shared/toolkit-client" "$repo_root/../../shared/toolkit-client"; do
            if [ -f "$candidate/deploy.js" ]; then TOOLKIT_CLIENT_DIR=$(cd "$candidate" && pwd); break; fi
        done
        [ -n "${TOOLKIT_CLIENT_DIR:-}" ] \
            || TOOLKIT_CLIENT_MISSING="no serverless-toolkit client (deploy.js) in ../shared/toolkit-client beside the checkout, and TOOLKIT_CLIENT_DIR is not set"
    fi
    if [ -n "$TOOLKIT_CLIENT_MISSING" ]; then
        TOOLKIT_CLIENT_DIR=""
        return 0
    fi
    local missing=() package
    for package in nodejs node-got node-debug node-form-data node-mime-types; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        APT_RECOMMENDS=0 apt_install "for the serverless-toolkit suite" "${missing[@]}"
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

# The static release binary scripts/install and scripts/package-deb install: $BUILDSH_BINARY when set
# (an already-built binary, e.g. a debug one in the tests), else .build/release/buildsh, built or
# brought up to date first. Sets RELEASE_BINARY.
ensure_release_binary() {
    if [ -n "${BUILDSH_BINARY:-}" ]; then
        if [ ! -x "$BUILDSH_BINARY" ]; then
            echo "buildsh: BUILDSH_BINARY=$BUILDSH_BINARY is not an executable file" >&2
            return 2
        fi
        if ! "$BUILDSH_BINARY" --version >/dev/null 2>&1; then
            echo "buildsh: BUILDSH_BINARY=$BUILDSH_BINARY does not run as buildsh (--version fails)" >&2
            return 2
        fi
        RELEASE_BINARY=$BUILDSH_BINARY
        return 0
    fi
    ensure_system_packages
    RELEASE_BINARY="$repo_root/.build/release/buildsh"
    if [ -x "$RELEASE_BINARY" ]; then
        echo "buildsh: bringing the release build up to date" >&2
    else
        echo "buildsh: building the static release binary; a first build takes about ten minutes on 2 cores" >&2
    fi
    local log
    log=$(mktemp)
    if ! (cd "$repo_root" && swift build -c release --static-swift-stdlib --product buildsh >"$log" 2>&1); then
        grep -vE '^\[[0-9]+/[0-9]+\] ' "$log" >&2
        rm -f "$log"
        return 2
    fi
    rm -f "$log"
}

# Installs buildsh's files under ROOT (empty for /) for PREFIX: the stripped binary, the manual page
# (gzipped when GZIP_MANUAL=1, as Debian wants), and the bash, zsh and fish completions, which the
# binary writes (`--generate-completion-script`). ZSH_FOLDER is where zsh's completion goes, relative
# to PREFIX (site-functions for a local install, vendor-completions for Debian). Prints each file
# installed, as PREFIX/…, one a line; creates the folders it needs and names those on lines
# starting with `folder `, so an uninstall can remove exactly what was made.
install_buildsh_files() {
    local binary=$1 root=$2 prefix=$3 zsh_folder=${ZSH_FOLDER:-share/zsh/site-functions}
    local manual="$repo_root/docs/manual/buildsh.1"
    [ -f "$manual" ] || { echo "buildsh: $manual is missing; run scripts/generate-manual" >&2; return 2; }
    local -a files=(
        "bin/buildsh"
        "share/man/man1/buildsh.1"
        "share/bash-completion/completions/buildsh"
        "$zsh_folder/_buildsh"
        "share/fish/vendor_completions.d/buildsh.fish"
    )
    [ "${GZIP_MANUAL:-0}" = 1 ] && files[1]="share/man/man1/buildsh.1.gz"
    local file folder
    for file in "${files[@]}"; do
        folder=$(dirname "$root$prefix/$file")
        make_folders "$folder" "$root"
    done
    local bin="$root$prefix/bin/buildsh"
    if command -v strip >/dev/null 2>&1; then
        strip --strip-all --remove-section=.comment -o "$bin.new" "$binary"
    else
        echo "buildsh: strip is missing (apt-get install binutils); installing the binary unstripped" >&2
        cp "$binary" "$bin.new"
    fi
    chmod 0755 "$bin.new"
    mv -f "$bin.new" "$bin"
    if [ "${GZIP_MANUAL:-0}" = 1 ]; then
        gzip -9n <"$manual" >"$root$prefix/${files[1]}"
    else
        cp "$manual" "$root$prefix/${files[1]}"
    fi
    # Sourced, never run: no #! line (which the generator writes).
    "$bin" --generate-completion-script bash | sed '1{/^#!/d}' >"$root$prefix/${files[2]}"
    "$bin" --generate-completion-script zsh >"$root$prefix/${files[3]}"
    "$bin" --generate-completion-script fish >"$root$prefix/${files[4]}"
    for file in "${files[@]:1}"; do chmod 0644 "$root$prefix/$file"; done
    for file in "${files[@]}"; do echo "$prefix/$file"; done
}

# Creates FOLDER and its missing parents below ROOT; prints `folder PATH` (without ROOT) for each
# one it made, outermost first.
make_folders() {
    local folder=$1 root=$2 missing=()
    while [ ! -d "$folder" ]; do
        missing=("$folder" "${missing[@]}")
        folder=$(dirname "$folder")
    done
    for folder in "${missing[@]}"; do
        mkdir "$folder"
        echo "folder ${folder#"$root"}"
    done
}
