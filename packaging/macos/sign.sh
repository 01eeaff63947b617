#!/usr/bin/env bash
# Sign ChatHost.app for distribution: every Mach-O file inside out, then the frameworks, then
# the app, all with the hardened runtime (--options runtime) and a secure timestamp; the app
# with packaging/macos/entitlements.plist. Then `codesign --verify --deep --strict`.
#
#   packaging/macos/sign.sh dist/ChatHost.app
#
# The identity comes from the environment:
#   CHATHOST_MAC_SIGN_IDENTITY   "Developer ID Application: Centre name (TEAMID)", in a keychain
#                                (on CI, import-certificate.sh puts it there first)
# Without an identity the app is signed ad hoc ("-"): it runs on this Mac, is not for
# distribution, and the script says so (exit 0; --require makes it exit 3 instead).
set -euo pipefail

require=0
if [ "${1:-}" = "--require" ]; then require=1; shift; fi
if [ $# -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: packaging/macos/sign.sh [--require] PATH/ChatHost.app" >&2
    exit 2
fi
APP="$(cd "$1" && pwd)"
ENTITLEMENTS="$(cd "$(dirname "$0")" && pwd)/entitlements.plist"
identity="${CHATHOST_MAC_SIGN_IDENTITY:-}"

if [ -z "$identity" ]; then
    if [ "$require" = 1 ]; then
        echo "sign.sh: CHATHOST_MAC_SIGN_IDENTITY is not set" >&2
        exit 3
    fi
    echo "Code signing with a Developer ID SKIPPED: CHATHOST_MAC_SIGN_IDENTITY is not set." >&2
    echo "Signing ad hoc, without the hardened runtime (its library validation refuses ad hoc" \
        "signed libraries): this app runs here but cannot be notarized or distributed." >&2
    identity="-"
    options=(--timestamp=none)
else
    options=(--timestamp --options runtime)
fi

sign() {
    codesign --force "${options[@]}" --sign "$identity" "$@"
}

# 1. Every Mach-O file (libraries, Python extensions, Qt plugins, helper executables), the
#    deepest first, except the app's main executable, which is signed with the app.
main_exe="$APP/Contents/MacOS/$(/usr/libexec/PlistBuddy -c 'Print :CFBundleExecutable' "$APP/Contents/Info.plist")"
count=0
while IFS= read -r file; do
    [ "$file" = "$main_exe" ] && continue
    if file -b "$file" | grep -q 'Mach-O'; then
        sign "$file"
        count=$((count + 1))
    fi
done < <(find "$APP/Contents" -type f -print | awk -F/ '{ print NF "\t" $0 }' | sort -rn | cut -f2-)
echo "signed $count Mach-O files"

# 2. Framework bundles (Qt's), the deepest first: their seal covers their resources.
while IFS= read -r framework; do
    sign "$framework"
done < <(find "$APP/Contents" -type d -name '*.framework' -print | awk -F/ '{ print NF "\t" $0 }' | sort -rn | cut -f2-)

# 3. The app: its main executable, Info.plist and resources, with the entitlements.
sign --entitlements "$ENTITLEMENTS" "$APP"

# 4. What Gatekeeper and the notary service will check.
codesign --verify --deep --strict --verbose=2 "$APP"
codesign --display --entitlements - --verbose=2 "$APP" 2>&1 | grep -E 'Authority|TeamIdentifier|flags|Identifier' || true
echo "signed: $APP (identity: $identity)"
