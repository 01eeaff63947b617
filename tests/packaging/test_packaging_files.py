"""The packaging files against the source tree: what the PyInstaller spec bundles, what the
installers do on uninstall, and that each file is well-formed for the tool that reads it. No
PyInstaller build here (packaging/build-linux.sh does that); each check is one a broken
installer would fail in front of a centre's IT staff."""

from __future__ import annotations

import ast
import plistlib
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

from chathost.core.credentials import SECURE_BACKENDS

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "chathost.spec"
ISS = PACKAGING / "windows" / "chathost.iss"


def assigned(path: Path, name: str) -> object:
    """The literal value of a top-level `name = ...` in a Python file (the spec, a hook)."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{path.name} assigns no {name}")


def iss_section(name: str) -> str:
    text = ISS.read_text(encoding="utf-8")
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", text, re.M | re.S)
    assert match, f"chathost.iss has no [{name}] section"
    return match.group(1)


# ------------------------------------------------------------------ what the spec bundles


def test_the_spec_bundles_every_compiled_catalogue_and_nothing_that_is_missing():
    on_disk = sorted(p.name for p in (ROOT / "chathost" / "ui" / "translations").glob("*.qm"))
    assert on_disk, "no .qm files: run pyside6-lrelease"
    assert sorted(assigned(SPEC, "CONSOLE_CATALOGUES")) == on_disk  # type: ignore[arg-type]


def test_the_spec_ships_qts_catalogues_for_every_language_the_console_offers():
    from chathost.ui.i18n import LANGUAGES

    shipped = assigned(SPEC, "SHIPPED_LANGUAGES")
    assert set(LANGUAGES) <= set(shipped)  # type: ignore[arg-type]
    # and the stand-ins the console falls back to where Qt has no catalogue (nynorsk for nb)
    from chathost.ui.i18n import QT_CATALOGUES

    stand_ins = {name for names in QT_CATALOGUES.values() for name in names} - set(LANGUAGES)
    qt_dir = Path(PySide6.__file__).parent / "Qt" / "translations"
    available = {name for name in stand_ins if (qt_dir / f"qtbase_{name}.qm").is_file()}
    assert available and available <= set(assigned(SPEC, "QT_STAND_INS"))  # type: ignore[arg-type]


def test_the_spec_bundles_every_guideline_language_folder():
    folders = sorted(p.name for p in (ROOT / "resources" / "guidelines").iterdir() if p.is_dir())
    assert folders, "no guideline packs"
    assert sorted(assigned(SPEC, "GUIDELINE_LANGUAGES")) == folders  # type: ignore[arg-type]


def test_the_spec_excludes_no_qt_module_the_console_imports():
    imported = set()
    for path in (ROOT / "chathost").rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
        imported |= {
            name.strip()
            for line in re.findall(r"from PySide6 import ([\w, ]+)", path.read_text("utf-8"))
            for name in line.split(",")
            if name.strip().startswith("Qt")
        }
    assert {"QtCore", "QtGui", "QtWidgets"} <= imported
    excluded = set(assigned(SPEC, "UNUSED_QT_MODULES"))  # type: ignore[arg-type]
    assert imported & excluded == set()


def test_the_frozen_app_names_an_os_keyring_the_console_trusts_on_every_platform():
    hook = PACKAGING / "rthooks" / "keyring_backend.py"
    named = assigned(hook, "_BACKENDS")
    assert isinstance(named, dict) and set(named) == {"win32", "darwin"}
    for backend in named.values():
        assert backend in SECURE_BACKENDS
    # The hook is one the spec runs, and the spec bundles each named backend's module.
    spec = SPEC.read_text(encoding="utf-8")
    assert '"rthooks" / "keyring_backend.py"' in spec
    for backend in [*named.values(), "keyring.backends.SecretService.Keyring"]:
        module = backend.rsplit(".", 1)[0]
        assert f'"{module}"' in spec, f"the spec does not bundle {module}"


def test_the_spec_bundles_sqlciphers_native_module():
    import sqlcipher3._sqlite3  # noqa: F401  (the module the spec names exists)

    assert '"sqlcipher3._sqlite3"' in SPEC.read_text(encoding="utf-8")


# ------------------------------------------------------------------ Windows


def test_the_uninstaller_wipes_notes_before_removing_the_program():
    run = iss_section("UninstallRun")
    assert re.search(r'Filename: "\{app\}\\chathost\.exe"; Parameters: "wipe"', run)
    assert "waituntilterminated" in run and "runhidden" in run
    code = iss_section("Code")
    # Every other profile's notes folder is deleted too, at the uninstall step.
    assert r"\AppData\Local\ChatHost\notes" in code
    assert re.search(r"usUninstall then\s+DeleteEveryProfilesNotes", code)


def test_the_installer_places_the_centre_file_where_the_console_reads_it(monkeypatch):
    from chathost.core import config

    monkeypatch.setattr(config.sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", "PROGRAMDATA")
    assert config.default_path().parts[-3:] == ("PROGRAMDATA", "ChatHost", "centre.toml")
    code = iss_section("Code")
    assert "{param:CENTRECONFIG|}" in code
    assert r"'{commonappdata}\ChatHost\centre.toml'" in code


def test_the_installer_is_per_machine_with_a_start_menu_entry_to_the_windowed_program():
    setup = iss_section("Setup")
    assert "PrivilegesRequired=admin" in setup
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    icons = iss_section("Icons")
    assert r'"{autoprograms}\ChatHost"; Filename: "{app}\chathostw.exe"' in icons
    assert '_exe("chathostw", console=False)' in SPEC.read_text(encoding="utf-8")


def test_the_files_the_installer_ships_exist():
    for source in re.findall(r'^Source: "([^"{]+)"', iss_section("Files"), re.M):
        assert (ISS.parent / source).is_file(), source


def test_the_logoff_scripts_run_chathost_wipe_and_pass_its_exit_code_on():
    cmd = (PACKAGING / "windows" / "logoff-wipe.cmd").read_text(encoding="utf-8")
    assert '"%CHATHOST%" wipe' in cmd and "exit /b %ERRORLEVEL%" in cmd
    ps1 = (PACKAGING / "windows" / "logoff-wipe.ps1").read_text(encoding="utf-8")
    assert "& $ChatHost wipe" in ps1 and "exit $code" in ps1


# ------------------------------------------------------------------ macOS


def test_the_entitlements_parse_and_grant_nothing_notarization_refuses():
    with (PACKAGING / "macos" / "entitlements.plist").open("rb") as f:
        entitlements = plistlib.load(f)
    assert isinstance(entitlements, dict)
    assert "com.apple.security.get-task-allow" not in entitlements  # refused by the notary
    assert "com.apple.security.app-sandbox" not in entitlements  # the keyring needs no sandbox
    # Every entitlement granted is explained in the file itself.
    text = (PACKAGING / "macos" / "entitlements.plist").read_text(encoding="utf-8")
    comment = text.split("<plist", 2)[1]
    for key in entitlements:
        assert key.rsplit(".", 1)[-1] in comment


def test_the_logout_agent_wipes_with_the_apps_own_executable():
    with (PACKAGING / "macos" / "org.chathost.wipe-notes.plist").open("rb") as f:
        agent = plistlib.load(f)
    script = agent["ProgramArguments"][-1]
    assert "/Applications/ChatHost.app/Contents/MacOS/chathost wipe" in script
    assert "trap" in script and "TERM" in script  # again at logout, not only at login
    assert agent["RunAtLoad"] is True
    spec = SPEC.read_text(encoding="utf-8")
    assert 'name="ChatHost.app"' in spec and '_exe("chathost", console=not MACOS)' in spec


def test_the_sign_script_uses_the_hardened_runtime_and_verifies_strictly():
    sign = (PACKAGING / "macos" / "sign.sh").read_text(encoding="utf-8")
    assert "options=(--timestamp --options runtime)" in sign
    assert '--entitlements "$ENTITLEMENTS"' in sign
    assert "codesign --verify --deep --strict" in sign


# ------------------------------------------------------------------ Linux and scripts


def test_the_desktop_file_validates():
    desktop = PACKAGING / "linux" / "chathost.desktop"
    lines = desktop.read_text(encoding="utf-8").splitlines()
    entries = dict(line.split("=", 1) for line in lines if "=" in line)
    assert entries["Exec"].split()[0] == "chathost" and entries["Icon"] == "chathost"
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    result = subprocess.run([validator, str(desktop)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.parametrize(
    "script",
    ["build-linux.sh", "macos/sign.sh", "macos/notarize.sh", "macos/make-dmg.sh",
     "macos/import-certificate.sh"],
)  # fmt: skip
def test_the_shell_scripts_parse(script):
    result = subprocess.run(["bash", "-n", str(PACKAGING / script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_icons_are_rendered_into_valid_ico_and_icns_files(tmp_path):
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "make_icons.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    ico = (tmp_path / "chathost.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, 7)
    for i in range(count):
        size, offset = struct.unpack_from("<II", ico, 6 + 16 * i + 8)
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + size <= len(ico)
    icns = (tmp_path / "chathost.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)
    assert b"ic10" in icns  # the 1024 px image Retina docks use
