#!/usr/bin/env bash
# Build the Linux one-folder bundle with PyInstaller and check it as an installer would:
#
#   packaging/build-linux.sh [--python PYTHON] OUTDIR
#
# leaves OUTDIR/chathost/ (the program: OUTDIR/chathost/chathost, with chathost.desktop and
# chathost.svg beside it), then runs the frozen program's --self-test offscreen inside a private
# D-Bus session with an unlocked gnome-keyring (a Secret Service of its own: the machine's
# keyring is never touched), `chathost wipe` (with and without a D-Bus session) and
# `chathost guidelines match` (the shipped packs).
# PYTHON (default: $CHATHOST_VENV or .venv, else python3) must have ChatHost installed with its
# console, server and package extras. Exits non-zero when the build or any check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

PYTHON_BIN=""
if [ "${1:-}" = "--python" ]; then
    PYTHON_BIN="$2"
    shift 2
fi
if [ $# -ne 1 ]; then
    echo "usage: packaging/build-linux.sh [--python PYTHON] OUTDIR" >&2
    exit 2
fi
OUT="$(mkdir -p "$1" && cd "$1" && pwd)"
if [ -z "$PYTHON_BIN" ]; then
    venv="${CHATHOST_VENV:-.venv}"
    if [ -x "$venv/bin/python" ]; then PYTHON_BIN="$venv/bin/python"; else PYTHON_BIN=python3; fi
fi

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
fail() { printf 'build-linux: %s\n' "$*" >&2; exit 1; }

"$PYTHON_BIN" -m PyInstaller --version >/dev/null 2>&1 \
    || fail "PyInstaller is not installed for $PYTHON_BIN: pip install -e '.[console,server,package]'"
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 \
        || fail "$tool is missing: the self-test needs a Secret Service (apt-get install dbus gnome-keyring)"
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/chathost-bundle.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

say "PyInstaller: building $OUT/chathost"
start=$SECONDS
QT_QPA_PLATFORM=offscreen "$PYTHON_BIN" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$OUT" --workpath "$WORK/build" packaging/chathost.spec
BUNDLE="$OUT/chathost"
cp packaging/linux/chathost.desktop "$BUNDLE/chathost.desktop"
cp chathost/ui/assets/icon.svg "$BUNDLE/chathost.svg"
say "built in $((SECONDS - start)) s: $(du -sh "$BUNDLE" | cut -f1) in $(find "$BUNDLE" -type f | wc -l) files"

# What the spec promised to bundle is where the code looks for it.
internal="$BUNDLE/_internal"
for path in chathost/ui/translations/catalogues.rcc \
    chathost/ui/assets/icon.svg chathost/server/static/index.html \
    resources/guidelines/nb resources/guidelines/fi resources/guidelines/sv \
    resources/guidelines/en PySide6/Qt/translations/qtbase_fi.qm \
    PySide6/Qt/translations/qtbase_sv.qm PySide6/Qt/translations/qtbase_nn.qm \
    PySide6/Qt/plugins/platforms/libqxcb.so \
    PySide6/Qt/plugins/platforms/libqoffscreen.so PySide6/Qt/plugins/iconengines/libqsvgicon.so; do
    [ -e "$internal/$path" ] || fail "the bundle lacks $path"
done

# A private HOME, runtime dir and D-Bus session: the frozen program sees only its own keyring.
home="$WORK/home" run="$WORK/run"
mkdir -p "$home" && mkdir -m 700 "$run"
in_session() {
    env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS -u PYTHON_KEYRING_BACKEND \
        -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_CACHE_HOME -u CHATHOST_CONFIG \
        -u CHATHOST_DATA_DIR -u PYTHONPATH -u PYTHONHOME \
        HOME="$home" XDG_RUNTIME_DIR="$run" QT_QPA_PLATFORM=offscreen \
        dbus-run-session -- sh -c \
        'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
        sh "$@"
}

say "frozen chathost --self-test (offscreen, private Secret Service, no server)"
in_session "$BUNDLE/chathost" --self-test | tee "$WORK/self-test.txt"
grep -q "from the bundled Qt resources" "$WORK/self-test.txt" \
    || fail "the frozen console did not read its catalogues from the bundled Qt resources"

say "frozen chathost wipe"
in_session "$BUNDLE/chathost" wipe

say "frozen chathost wipe without any D-Bus session (a logoff script outside the desktop's)"
nobus="$WORK/nobus"
mkdir -p "$nobus/.local/share/chathost/notes"
: > "$nobus/.local/share/chathost/notes/notes-standin_1_shift.db"
env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY -u WAYLAND_DISPLAY -u PYTHON_KEYRING_BACKEND \
    -u XDG_DATA_HOME -u CHATHOST_DATA_DIR HOME="$nobus" XDG_RUNTIME_DIR="$run" \
    "$BUNDLE/chathost" wipe
[ -z "$(ls -A "$nobus/.local/share/chathost/notes")" ] || fail "chathost wipe left cache files"

say "frozen chathost guidelines match (the shipped packs)"
matched="$(in_session "$BUNDLE/chathost" guidelines match --lang nb --text "jeg vil ta livet mitt")"
case "$matched" in
    *'"id"'*) ;;
    *) fail "the shipped guideline packs fired nothing: $matched" ;;
esac

if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$BUNDLE/chathost.desktop"
fi
say "bundle OK: $BUNDLE ($((SECONDS - start)) s in all)"
