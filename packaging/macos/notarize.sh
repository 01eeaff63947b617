#!/usr/bin/env bash
# Notarize and staple a signed ChatHost.app or .dmg with notarytool, then check it as
# Gatekeeper will.
#
#   packaging/macos/notarize.sh dist/ChatHost.app
#   packaging/macos/notarize.sh dist/ChatHost-0.1.0.dmg
#
# Credentials come from the environment, either an App Store Connect API key (for CI):
#   CHATHOST_NOTARY_KEY          path of the AuthKey_XXXX.p8 file, or
#   CHATHOST_NOTARY_KEY_BASE64   its content, base64-encoded (a CI secret)
#   CHATHOST_NOTARY_KEY_ID       the key's id
#   CHATHOST_NOTARY_ISSUER       the issuer id
# or an Apple ID with an app-specific password:
#   CHATHOST_NOTARY_APPLE_ID, CHATHOST_NOTARY_TEAM_ID, CHATHOST_NOTARY_PASSWORD
# Without credentials it says so and exits 0 (--require: exit 3). A rejected submission prints
# the notary service's log and exits 1.
set -euo pipefail

require=0
if [ "${1:-}" = "--require" ]; then require=1; shift; fi
if [ $# -ne 1 ] || [ ! -e "$1" ]; then
    echo "usage: packaging/macos/notarize.sh [--require] PATH/ChatHost.app|PATH/ChatHost.dmg" >&2
    exit 2
fi
target="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

credentials=()
if [ -n "${CHATHOST_NOTARY_KEY_ID:-}" ]; then
    key="${CHATHOST_NOTARY_KEY:-}"
    if [ -n "${CHATHOST_NOTARY_KEY_BASE64:-}" ]; then
        key="$tmp/AuthKey.p8"
        printf '%s' "$CHATHOST_NOTARY_KEY_BASE64" | base64 --decode > "$key"
    fi
    : "${key:?CHATHOST_NOTARY_KEY or CHATHOST_NOTARY_KEY_BASE64 must be set with CHATHOST_NOTARY_KEY_ID}"
    : "${CHATHOST_NOTARY_ISSUER:?CHATHOST_NOTARY_ISSUER must be set with CHATHOST_NOTARY_KEY_ID}"
    credentials=(--key "$key" --key-id "$CHATHOST_NOTARY_KEY_ID" --issuer "$CHATHOST_NOTARY_ISSUER")
elif [ -n "${CHATHOST_NOTARY_APPLE_ID:-}" ]; then
    : "${CHATHOST_NOTARY_TEAM_ID:?CHATHOST_NOTARY_TEAM_ID must be set with CHATHOST_NOTARY_APPLE_ID}"
    : "${CHATHOST_NOTARY_PASSWORD:?CHATHOST_NOTARY_PASSWORD must be set with CHATHOST_NOTARY_APPLE_ID}"
    credentials=(--apple-id "$CHATHOST_NOTARY_APPLE_ID" --team-id "$CHATHOST_NOTARY_TEAM_ID"
        --password "$CHATHOST_NOTARY_PASSWORD")
else
    echo "Notarization SKIPPED: neither CHATHOST_NOTARY_KEY_ID nor CHATHOST_NOTARY_APPLE_ID is set;" \
        "$target is not notarized and Gatekeeper will refuse it on other Macs." >&2
    [ "$require" = 1 ] && exit 3
    exit 0
fi

# notarytool takes a .dmg, .pkg or .zip: an app is sent as a zip that keeps its symlinks.
upload="$target"
if [ -d "$target" ]; then
    upload="$tmp/$(basename "$target" .app).zip"
    ditto -c -k --sequesterRsrc --keepParent "$target" "$upload"
fi

echo "submitting $target to the notary service (this waits for the verdict)"
xcrun notarytool submit "$upload" "${credentials[@]}" --wait --output-format json > "$tmp/result.json" || true
cat "$tmp/result.json"
status="$(plutil -extract status raw -o - "$tmp/result.json" 2>/dev/null || echo unknown)"
submission="$(plutil -extract id raw -o - "$tmp/result.json" 2>/dev/null || echo "")"
if [ "$status" != "Accepted" ]; then
    echo "notarization of $target: $status" >&2
    if [ -n "$submission" ]; then
        xcrun notarytool log "$submission" "${credentials[@]}" >&2 || true
    fi
    exit 1
fi

xcrun stapler staple "$target"
xcrun stapler validate "$target"
if [ -d "$target" ]; then
    spctl --assess --type execute --verbose=2 "$target"
else
    spctl --assess --type open --context context:primary-signature --verbose=2 "$target"
fi
echo "notarized and stapled: $target"
