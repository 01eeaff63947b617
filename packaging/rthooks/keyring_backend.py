"""PyInstaller runtime hook: on Windows and macOS the frozen console uses the OS keyring, named.

keyring finds its backends through entry points. PyInstaller's keyring hook copies keyring's
metadata so that discovery still works, but the frozen app should not depend on it, nor on a
user's keyringrc.cfg naming a backend that is not in the bundle (keyrings.alt). So the backend is
named here, through keyring's own PYTHON_KEYRING_BACKEND, which it reads before the config file
and discovery. Only the name is set: keyring imports and checks the backend lazily, on the
console's executor. An administrator who sets the variable deliberately keeps their choice;
chathost.core.credentials still refuses anything that is not an OS keyring.

Linux is left to discovery on purpose: only the Secret Service backend can work in the bundle,
so discovery picks it when a Secret Service answers, and falls back to keyring's `fail` backend
when none does. Naming it would make keyring raise instead, and `chathost wipe` in a logoff
script without the session's D-Bus would stop before deleting the cache files
(packaging/README.md, "The keyring")."""

import os
import sys

_BACKENDS = {
    "win32": "keyring.backends.Windows.WinVaultKeyring",
    "darwin": "keyring.backends.macOS.Keyring",
}

if sys.platform in _BACKENDS:
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", _BACKENDS[sys.platform])
