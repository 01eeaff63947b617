"""Every user-visible string of the console is translated into Norwegian bokmål, Finnish and
Swedish, in the class (context) the code asks for it in, with the same placeholders; the shipped
`.qm` catalogues are compiled from the current `.ts` files; and Qt's own texts (standard buttons,
text menus) follow the chosen language too."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from chathost.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["nb", "fi", "sv"]
# Qt's plural rules: bokmål, Finnish and Swedish each have a singular and a plural form.
NUMERUS_FORMS = {"nb": 2, "fi": 2, "sv": 2}
PLACEHOLDER = re.compile(r"\{\w*(?::[^}]*)?\}|%n|%\d")
MNEMONIC = re.compile(r"&[^&\s]")
UNFINISHED = ("unfinished", "vanished", "obsolete")

Key = tuple[str, str, str]  # context, source, comment


def _messages(ts: Path) -> dict[Key, list[str] | None]:
    """Each message's translated forms, or None when it is unfinished or empty."""
    found: dict[Key, list[str] | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            if translation is None or translation.get("type") in UNFINISHED:
                found[key] = None
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            found[key] = forms if forms and all(forms) else None
    return found


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    assert found, f"{name} comes with PySide6-Essentials"
    return found


@pytest.fixture(scope="module")
def in_code(tmp_path_factory) -> set[Key]:
    """Every translatable string the code asks for, as lupdate finds it now."""
    out = tmp_path_factory.mktemp("lupdate") / "current.ts"
    files = sorted(str(p) for p in (ROOT / "chathost").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *files, "-ts", str(out)], check=True, capture_output=True
    )
    found = set(_messages(out))
    assert found, "lupdate found no strings: the check itself is broken"
    return found


def test_every_string_is_asked_for_in_a_named_context(in_code):
    """lupdate files a `tr()` outside a class (a local helper, a module function) under an empty
    context, while the code asks Qt for it under a class name: such a string shows in English
    however complete the catalogues are."""
    assert sorted(source for context, source, _ in in_code if not context) == []


def test_the_console_offers_exactly_the_translated_languages():
    assert sorted(i18n.LANGUAGES) == sorted(["en", *LANGUAGES])
    catalogues = sorted(p.stem.removeprefix("chathost_") for p in (ROOT / "translations").glob(
        "chathost_*.ts"
    ))
    assert catalogues == sorted(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_code_is_translated(language, in_code):
    translated = _messages(ROOT / "translations" / f"chathost_{language}.ts")
    missing = sorted(key for key in in_code if not translated.get(key))
    assert missing == [], f"untranslated in {language} (context, source, comment): {missing}"
    unfinished = sorted(key for key, forms in translated.items() if forms is None)
    assert unfinished == [], f"unfinished or empty in {language}: {unfinished}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_shortcuts(language):
    translated = _messages(ROOT / "translations" / f"chathost_{language}.ts")
    numerus = {
        (context.findtext("name") or "", m.findtext("source") or "", m.findtext("comment") or "")
        for context in ET.parse(ROOT / "translations" / f"chathost_{language}.ts").iter("context")
        for m in context.iter("message")
        if m.get("numerus") == "yes"
    }
    wrong = []
    for key, forms in translated.items():
        source = key[1]
        if key in numerus and len(forms or []) != NUMERUS_FORMS[language]:
            wrong.append((source, "numerus forms", forms))
        for text in forms or []:
            if Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(source)):
                wrong.append((source, "placeholders", text))
            if bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(text)):
                wrong.append((source, "keyboard shortcut (&)", text))
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_catalogue_is_compiled_from_the_current_translations(language, tmp_path):
    compiled = tmp_path / f"chathost_{language}.qm"
    subprocess.run(
        [
            _tool("pyside6-lrelease"),
            str(ROOT / "translations" / f"chathost_{language}.ts"),
            "-qm",
            str(compiled),
        ],
        check=True,
        capture_output=True,
    )
    shipped = i18n.QM_DIR / f"chathost_{language}.qm"
    assert shipped.read_bytes() == compiled.read_bytes(), (
        f"{shipped.name} is out of date: run pyside6-lrelease on translations/{language}"
    )


# What Qt itself shows on a Cancel button and in a text field's context menu, and the
# console's own "End shift" button.
SHOWN = {
    "nb": ("Avbryt", "&Kopier", "Avslutt vakt"),  # Qt's nynorsk: the same words in bokmål
    "fi": ("Peru", "K&opioi", "Lopeta vuoro"),
    "sv": ("Avbryt", "&Kopiera", "Avsluta pass"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_qt_standard_texts_follow_the_language(language, qapp):
    installed = i18n.install(qapp, language)
    try:
        assert len(installed) == 2, "both Qt's catalogue and the console's are installed"
        cancel, copy, end_shift = SHOWN[language]
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
        assert QCoreApplication.translate("QWidgetTextControl", "&Copy") == copy
        assert QCoreApplication.translate("ShiftBar", "End shift") == end_shift
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        (["sv-FI", "fi-FI", "en-US"], "sv"),
        (["sv-SE"], "sv"),
        (["fi-FI", "sv-FI"], "fi"),
        (["nn-NO"], "nb"),
        (["no"], "nb"),
        (["nb-NO"], "nb"),
        (["de-DE", "sv-SE"], "sv"),
        (["de-DE"], "en"),
    ],
)
def test_the_system_language_chooses_the_console_language(system, expected):
    assert i18n.resolve_language(None, system) == expected
    assert i18n.resolve_language("en", system) == "en", "the host's own setting wins"


def test_a_shipped_build_reads_its_catalogues_from_the_bundled_qt_resources(
    tmp_path, monkeypatch, qapp
):
    """The build compiles translations/*.ts afresh and packs them as Qt resources; a build that
    carries them speaks every language with no .qm file beside the code."""
    from PySide6.QtCore import QResource

    from chathost.devtools.catalogues import build

    shipped = tmp_path / "translations"
    shipped.mkdir()  # no .qm files in it: only the resources can answer
    bundled = shipped / "catalogues.rcc"
    assert sorted(build(bundled)) == [f"chathost_{code}.qm" for code in sorted(LANGUAGES)]
    monkeypatch.setattr(i18n, "QM_DIR", shipped)
    monkeypatch.setattr(i18n, "BUNDLED", bundled)
    monkeypatch.setattr(i18n, "RESOURCE_ROOT", "/bundled-in-test")  # not where a build's go
    try:
        for language, (_cancel, _copy, end_shift) in SHOWN.items():
            assert i18n.catalogue_path(language).startswith(":/")
            translator = i18n.translator_for(language)
            assert translator is not None, language
            assert translator.translate("ShiftBar", "End shift") == end_shift
            del translator  # (a resource in use cannot be unregistered)
    finally:
        assert QResource.unregisterResource(str(bundled), "/bundled-in-test")
        i18n._registered.remove(str(bundled))
    monkeypatch.undo()
    assert not i18n.catalogue_path("fi").startswith(":/")  # a checkout: the files beside the code
