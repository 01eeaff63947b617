"""Translations: the console's own catalogue plus Qt's (standard buttons, dialogs), chosen by
the host's setting or the system's language. English is the source language.

A shipped build carries the catalogues as one Qt resource file, compiled from
`translations/*.ts` as part of the build (chathost.devtools.catalogues); a checkout uses the `.qm`
files beside this module, which a test keeps up to date with the `.ts` files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFile, QLibraryInfo, QLocale, QResource, QTranslator

from chathost.devtools.catalogues import PREFIX as RESOURCE_PREFIX

QM_DIR = Path(__file__).resolve().parent / "translations"
# Put there by the build (packaging/chathost.spec); its files appear under RESOURCE_DIR.
BUNDLED = QM_DIR / "catalogues.rcc"
RESOURCE_ROOT = ""  # where in ":/" it is mapped (tests map theirs elsewhere)
RESOURCE_DIR = RESOURCE_PREFIX  # as the build packs them
_registered: list[str] = []  # the resource files registered so far (once each)
LANGUAGES = {"en": "English", "nb": "Norsk bokmål", "fi": "Suomi", "sv": "Svenska"}
# System languages we answer with one of ours: any Norwegian gets bokmål. Swedish in Finland
# (sv-FI) and in Sweden (sv-SE) both get Swedish, by the language code alone.
SYSTEM_ALIASES = {"no": "nb", "nn": "nb"}
# Qt's own catalogues (standard buttons, dialogs, text menus), best first. Qt ships no bokmål
# catalogue, only nynorsk: for Norwegian the nynorsk one is far closer than English, and its
# button texts (Avbryt, Ja, Nei, Kopier, Lim inn) are the same as in bokmål.
QT_CATALOGUES = {"nb": ("nb", "no", "nn")}


def resolve_language(setting: str | None, system_languages: Sequence[str] | None = None) -> str:
    """The setting if it names a language we have; otherwise the first of the system's
    languages (`system_languages`, by default the system's own list) that we have, else
    English."""
    if setting in LANGUAGES:
        return setting
    if system_languages is None:
        system_languages = QLocale.system().uiLanguages()
    for name in system_languages:
        code = name.replace("_", "-").split("-")[0].lower()
        code = SYSTEM_ALIASES.get(code, code)
        if code in LANGUAGES:
            return code
    return "en"


def catalogue_path(language: str) -> str:
    """Where the console's catalogue for `language` is read from: the bundled resources when
    this is a shipped build, else the file beside the code."""
    bundled = str(BUNDLED)
    if (
        bundled not in _registered
        and BUNDLED.is_file()
        and QResource.registerResource(bundled, RESOURCE_ROOT or "/")
    ):
        _registered.append(bundled)
    in_resources = f":{RESOURCE_ROOT}{RESOURCE_DIR}/chathost_{language}.qm"
    return in_resources if QFile.exists(in_resources) else str(QM_DIR / f"chathost_{language}.qm")


def translator_for(language: str) -> QTranslator | None:
    """The console's catalogue for `language`, or None for English or a missing catalogue."""
    if language == "en":
        return None
    translator = QTranslator()
    if translator.load(catalogue_path(language)):
        return translator
    return None


def qt_translator_for(language: str) -> QTranslator | None:
    """Qt's own catalogue for `language` (the closest one Qt ships), or None for English."""
    if language == "en":
        return None
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in QT_CATALOGUES.get(language, (language,)):
        translator = QTranslator()
        if translator.load(f"qtbase_{name}", qt_dir):
            return translator
    return None


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install both catalogues; the caller keeps the returned objects alive."""
    installed: list[QTranslator] = []
    qt = qt_translator_for(language)
    if qt is not None:
        installed.append(qt)
    own = translator_for(language)
    if own is not None:
        installed.append(own)
    for translator in installed:
        app.installTranslator(translator)
    return installed


# The formats of dates, times and numbers that go with each language, where the system's own
# locale speaks another language (a Swedish system in Finland keeps sv_FI).
LOCALES = {"en": "en_GB", "nb": "nb_NO", "fi": "fi_FI", "sv": "sv_SE"}


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    system = system or QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale(LOCALES.get(language, "en_GB"))


class Catalogues:
    """The language in use, switchable while the console runs: the old catalogues out, the new
    ones in, and the default locale for dates, times and numbers. Qt then sends every widget a
    LanguageChange event, and each sets its texts again (see `retranslate.Retranslating`)."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = ""
        self._installed: list[QTranslator] = []
        self._system_locale = QLocale()

    def use(self, language: str) -> None:
        if language == self.language:
            return
        self._remove()
        self._installed = install(self.app, language)
        QLocale.setDefault(locale_for(language))
        self.language = language

    def close(self) -> None:
        """Leave the application as it was found (one QApplication serves many runs in tests)."""
        self._remove()
        QLocale.setDefault(self._system_locale)
        self.language = ""

    def _remove(self) -> None:
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
