#!/usr/bin/env bash
# CI only: import the Developer ID certificate into a temporary keychain that codesign searches,
# so that sign.sh and make-dmg.sh can use CHATHOST_MAC_SIGN_IDENTITY. A throwaway runner's
# keychain goes with the runner; on a kept machine, delete it afterwards:
#   security delete-keychain "$RUNNER_TEMP/chathost-signing.keychain-db"
#
#   CHATHOST_MAC_CERT_P12_BASE64   the certificate and its private key, a base64 .p12
#   CHATHOST_MAC_CERT_PASSWORD     the .p12's password
# Without them it says so and exits 0: the build is then signed ad hoc.
set -euo pipefail
if [ -z "${CHATHOST_MAC_CERT_P12_BASE64:-}" ]; then
    echo "No Developer ID certificate to import: CHATHOST_MAC_CERT_P12_BASE64 is not set." >&2
    exit 0
fi
: "${CHATHOST_MAC_CERT_PASSWORD:?CHATHOST_MAC_CERT_PASSWORD must be set with the .p12}"
dir="${RUNNER_TEMP:-$(mktemp -d)}"
keychain="$dir/chathost-signing.keychain-db"
keychain_password="$(openssl rand -hex 24)"
p12="$(mktemp)"
trap 'rm -f "$p12"' EXIT
printf '%s' "$CHATHOST_MAC_CERT_P12_BASE64" | base64 --decode > "$p12"
security create-keychain -p "$keychain_password" "$keychain"
security set-keychain-settings -lut 7200 "$keychain"
security unlock-keychain -p "$keychain_password" "$keychain"
security import "$p12" -k "$keychain" -P "$CHATHOST_MAC_CERT_PASSWORD" -T /usr/bin/codesign
security set-key-partition-list -S apple-tool:,apple: -s -k "$keychain_password" "$keychain" >/dev/null
# codesign searches the user's keychain list: put this one first, keep the others.
existing=()
while IFS= read -r line; do
    line="${line//\"/}"
    existing+=("${line#"${line%%[![:space:]]*}"}")
done < <(security list-keychains -d user)
security list-keychains -d user -s "$keychain" "${existing[@]}"
security find-identity -v -p codesigning "$keychain"
