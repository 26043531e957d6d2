# shellcheck shell=bash
# Shared set-up for ./app.sh and ./test.sh. Source it, then call `bootstrap app|test`.
#
#   1. Debian system packages Qt needs (design.md §9): installed with apt-get when run as
#      root, otherwise the exact command is printed and the script stops. Skipped when
#      there is no dpkg (not Debian). In test mode also LibreOffice Calc (headless), which
#      the Excel recalculation tests need, and poppler-utils (pdfinfo, pdftotext,
#      pdftoppm), which the PDF tests read the exported pages with: installed when root,
#      otherwise their install command is printed and the tests that need them fail with
#      the same hint.
#   2. .venv with `pip install -e '.[test]'`, redone only when pyproject.toml changes
#      (stamp file .venv/.installed-<sha256 of pyproject.toml>).
#   3. resources/i18n/*.ts compiled to .qm when a .ts is newer than its .qm.
#
# Quiet when there is nothing to do; one line per real step; the log tail on failure.
# Environment: PYTHON=/path/to/python3.11+ picks the interpreter for a new .venv.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$REPO_ROOT/.venv"

# Qt's runtime libraries, even offscreen, and a Japanese font (else Japanese renders as boxes).
_BOOTSTRAP_PKGS_QT="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libglib2.0-0 libxkbcommon0 fonts-ipafont-gothic"
# The Excel export tests recalculate the exported workbooks with LibreOffice, the PDF tests
# read the exported pages with poppler's tools (tests/export).
_BOOTSTRAP_PKGS_TEST="libreoffice-calc-nogui poppler-utils"
# A real window on an X11 display (./app.sh) goes through Qt's xcb plugin, which needs these.
_BOOTSTRAP_PKGS_XCB="libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0"

_bs_say() { printf '%s\n' "$*" >&2; }
_bs_die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Run a command with its output in a log file; on failure show the log's tail and stop.
_bs_run_logged() {
    local what="$1"; shift
    local log
    log="$(mktemp "${TMPDIR:-/tmp}/canvas-bootstrap.XXXXXX")"
    if ! "$@" >"$log" 2>&1; then
        _bs_say "error: $what failed. Last lines of its output ($log):"
        tail -n 25 "$log" >&2
        exit 1
    fi
    rm -f "$log"
}

_bs_pkg_installed() {
    # Debian 13 / Ubuntu 24.04 renamed some libraries with a t64 suffix (e.g. libglib2.0-0t64).
    # (Output captured, not piped into `grep -q`: under pipefail an early-exiting grep can
    # make dpkg die of SIGPIPE and the check fail.)
    local p info
    for p in "$1" "${1}t64"; do
        info="$(dpkg -s "$p" 2>/dev/null)" || continue
        case "$info" in
            *"Status: install ok installed"*) return 0 ;;
        esac
    done
    return 1
}

_bs_find_python() {
    local candidates=("${PYTHON:-}" python3 python3.13 python3.12 python3.11) c
    for c in "${candidates[@]}"; do
        [ -n "$c" ] || continue
        command -v "$c" >/dev/null 2>&1 || continue
        if "$c" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$c"
            return 0
        fi
    done
    return 1
}

bootstrap_system_packages() {
    local mode="$1" python="$2"
    command -v dpkg >/dev/null 2>&1 || return 0   # not Debian: nothing we can check

    local wanted="$_BOOTSTRAP_PKGS_QT" missing=() p
    [ "$mode" = app ] && wanted="$wanted $_BOOTSTRAP_PKGS_XCB"
    # Debian's own python3 cannot create a venv without python3-venv (no ensurepip).
    if [ ! -x "$VENV/bin/python" ] && ! "$python" -c 'import ensurepip, venv' >/dev/null 2>&1; then
        wanted="$wanted python3-venv"
    fi
    for p in $wanted; do
        _bs_pkg_installed "$p" || missing+=("$p")
    done
    if [ "$mode" = test ]; then
        for p in $_BOOTSTRAP_PKGS_TEST; do
            _bs_pkg_installed "$p" && continue
            if [ "$(id -u)" -eq 0 ]; then
                missing+=("$p")
            else
                _bs_say "note: $p is not installed; the Excel recalculation or PDF tests will fail. Install it with:"
                _bs_say "    sudo apt-get install -y --no-install-recommends $p"
            fi
        done
    fi
    [ "${#missing[@]}" -eq 0 ] && return 0

    if [ "$(id -u)" -ne 0 ]; then
        _bs_say "error: missing system packages: ${missing[*]}"
        _bs_say "Install them with:"
        _bs_say ""
        _bs_say "    sudo apt-get update && sudo apt-get install -y ${missing[*]}"
        _bs_say ""
        exit 1
    fi
    _bs_say "Installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    _bs_run_logged "apt-get update" apt-get update
    _bs_run_logged "apt-get install ${missing[*]}" \
        apt-get install -y --no-install-recommends "${missing[@]}"
}

bootstrap_venv() {
    local python="$1"
    if [ -x "$VENV/bin/python" ] && ! "$VENV/bin/python" -c '' >/dev/null 2>&1; then
        _bs_say "The virtual environment .venv is broken (its Python moved?): recreating it."
        rm -rf "$VENV"
    fi
    if [ ! -x "$VENV/bin/python" ]; then
        _bs_say "Creating the virtual environment .venv ($("$python" --version 2>&1))"
        _bs_run_logged "creating .venv with $python" "$python" -m venv "$VENV"
    fi

    local sum stamp
    sum="$("$VENV/bin/python" -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' "$REPO_ROOT/pyproject.toml")"
    stamp="$VENV/.installed-$sum"
    [ -e "$stamp" ] && return 0

    _bs_say "Installing the app and its test tools into .venv (pip install -e '.[test]')"
    _bs_run_logged "pip install -e '.[test]'" \
        env PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1 \
        "$VENV/bin/python" -m pip install --quiet -e "$REPO_ROOT[test]"
    rm -f "$VENV"/.installed-*
    : >"$stamp"
}

# Compile through a temporary file, so that a failed run never leaves a .qm that looks
# newer than its .ts.
_bs_lrelease() {
    local ts="$1" qm="$2"
    if "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm.tmp"; then
        mv -f "$qm.tmp" "$qm"
    else
        rm -f "$qm.tmp"
        return 1
    fi
}

bootstrap_translations() {
    local ts qm
    shopt -s nullglob
    local files=("$REPO_ROOT"/resources/i18n/*.ts)
    shopt -u nullglob
    for ts in "${files[@]}"; do
        qm="${ts%.ts}.qm"
        if [ ! -e "$qm" ] || [ "$ts" -nt "$qm" ]; then
            _bs_run_logged "pyside6-lrelease $(basename "$ts")" _bs_lrelease "$ts" "$qm"
        fi
    done
}

# bootstrap app|test — everything above, in order. Leaves the caller in the repo root.
bootstrap() {
    local mode="${1:-test}" python
    cd "$REPO_ROOT" || _bs_die "cannot enter $REPO_ROOT"
    if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c '' >/dev/null 2>&1; then
        python="$VENV/bin/python"
    else
        python="$(_bs_find_python)" ||
            _bs_die "Python 3.11 or newer is needed (looked for python3, python3.13, python3.12, python3.11; set PYTHON=/path/to/python to choose one)."
    fi
    bootstrap_system_packages "$mode" "$python"
    bootstrap_venv "$python"
    bootstrap_translations
}
