"""Every user-visible string of the console is translated into Norwegian bokmål and Finnish."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["nb", "fi"]


def _messages(ts: Path) -> dict[str, str | None]:
    found = {}
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        unfinished = translation is None or translation.get("type") in (
            "unfinished",
            "vanished",
            "obsolete",
        )
        found[message.findtext("source") or ""] = (
            None if unfinished else (translation.text or "") if translation is not None else None
        )
    return found


def _sources_in_code(tmp_path: Path) -> set[str]:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate comes with PySide6-Essentials"
    out = tmp_path / "current.ts"
    files = sorted(str(p) for p in (ROOT / "chathost").rglob("*.py"))
    subprocess.run([lupdate, *files, "-ts", str(out)], check=True, capture_output=True)
    return set(_messages(out))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_code_is_translated(language, tmp_path):
    in_code = _sources_in_code(tmp_path)
    assert in_code, "lupdate found no strings: the check itself is broken"
    translated = _messages(ROOT / "translations" / f"chathost_{language}.ts")
    missing = sorted(s for s in in_code if not translated.get(s))
    assert missing == [], f"untranslated in {language}: {missing}"
    for source, text in translated.items():
        for placeholder in ("{0}", "{1}"):
            assert (placeholder in source) == (placeholder in (text or "")), (source, text)
