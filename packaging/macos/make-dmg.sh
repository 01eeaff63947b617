#!/usr/bin/env bash
# Pack a signed ChatHost.app into a compressed, signed .dmg with a link to /Applications.
#
#   packaging/macos/make-dmg.sh dist/ChatHost.app dist/ChatHost-0.1.0.dmg
#
# The .dmg is signed with CHATHOST_MAC_SIGN_IDENTITY when it is set (see sign.sh); notarize it
# afterwards with notarize.sh.
set -euo pipefail
if [ $# -ne 2 ] || [ ! -d "$1" ]; then
    echo "usage: packaging/macos/make-dmg.sh PATH/ChatHost.app OUT.dmg" >&2
    exit 2
fi
app="$1" dmg="$2"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
ditto "$app" "$staging/ChatHost.app"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname ChatHost -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
if [ -n "${CHATHOST_MAC_SIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$CHATHOST_MAC_SIGN_IDENTITY" "$dmg"
    codesign --verify --strict --verbose=2 "$dmg"
else
    echo "The .dmg is NOT signed: CHATHOST_MAC_SIGN_IDENTITY is not set." >&2
fi
echo "disk image: $dmg"
