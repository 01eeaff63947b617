"""Translations: the console's own catalogue plus Qt's (standard buttons, dialogs), chosen by
the host's setting or the system's language. English is the source language.

The `.qm` catalogues are compiled from `translations/*.ts` by `pyside6-lrelease` and shipped in
the package; a test checks they are up to date."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

QM_DIR = Path(__file__).resolve().parent / "translations"
LANGUAGES = {"en": "English", "nb": "Norsk bokmål", "fi": "Suomi"}


def resolve_language(setting: str | None) -> str:
    """The setting if it names a language we have; otherwise the system's, else English."""
    if setting in LANGUAGES:
        return setting
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        code = "nb" if code in ("no", "nn") else code
        if code in LANGUAGES:
            return code
    return "en"


def translator_for(language: str) -> QTranslator | None:
    """The console's catalogue for `language`, or None for English or a missing catalogue."""
    if language == "en":
        return None
    translator = QTranslator()
    if translator.load(str(QM_DIR / f"chathost_{language}.qm")):
        return translator
    return None


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install both catalogues; the caller keeps the returned objects alive."""
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator()
    if language != "en" and qt.load(f"qtbase_{language}", qt_dir):
        installed.append(qt)
    own = translator_for(language)
    if own is not None:
        installed.append(own)
    for translator in installed:
        app.installTranslator(translator)
    return installed
