"""Centre-wide defaults (a TOML file the installer places), the host's own choices, and the one
place where the two meet with the command line.

Precedence, lowest first: built-in defaults < the centre file < the host's own choices (only
their preferences: language, sound where the centre allows, text size, theme, Enter key) <
command-line flags. The centre's security choices (server, CA, idle lock, longest shift) are
never changed by a host's choice; see `effective_settings`."""

from __future__ import annotations

import logging
import os
import sys
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

ENV_VAR = "CHATHOST_CONFIG"
FILE_NAME = "centre.toml"
# The languages the console has a catalogue for; a centre's default must be one of them.
CONSOLE_LANGUAGES = ("en", "nb", "fi", "sv")
# Alerts that sound whatever the host or the centre chose: someone may be in danger now.
ALWAYS_SOUNDING_ALERTS = frozenset({"acute", "help"})
# The console's colour themes a host can choose; "" (not listed) follows the system's scheme.
THEMES = ("light", "dark", "contrast")
# The host's text size: 0 is the system's, otherwise points in this range.
FONT_SIZES = range(8, 25)

# Every key the centre file understands, per table ([phrases] holds services instead).
KNOWN_KEYS: dict[str, tuple[str, ...]] = {
    "server": ("url", "ca_file"),
    "console": ("language",),
    "alerts": ("wait_minutes", "sound", "sound_required"),
    "workstation": ("lock_after_minutes", "break_after_minutes", "max_shift_hours"),
}

# Our own words; a centre replaces them per service and language in its config file.
DEFAULT_PHRASES: dict[str, list[str]] = {
    "nb": [
        "Hei, du skriver med en chattevert. Jeg er her nå. Hva har du på hjertet?",
        "Takk for at du forteller meg dette.",
        "Jeg leser det du skriver. Ta den tiden du trenger.",
        "Er du trygg akkurat nå?",
        "Vil du fortelle litt mer om det?",
        "Vi må snart avslutte. Er det noe du vil si før vi gjør det?",
    ],
    "fi": [
        "Hei, keskustelet chat-päivystäjän kanssa. Olen tässä nyt. Mitä mielessäsi on?",
        "Kiitos, että kerrot tästä minulle.",
        "Luen mitä kirjoitat. Ota se aika, jonka tarvitset.",
        "Oletko juuri nyt turvassa?",
        "Haluatko kertoa siitä vähän lisää?",
        "Meidän täytyy pian lopettaa. Haluatko sanoa vielä jotain ennen sitä?",
    ],
    "sv": [
        "Hej, du chattar med en chattvärd. Jag är här nu. Vad har du på hjärtat?",
        "Tack för att du berättar det här för mig.",
        "Jag läser det du skriver. Ta den tid du behöver.",
        "Är du i säkerhet just nu?",
        "Vill du berätta lite mer om det?",
        "Vi behöver snart avsluta. Är det något du vill säga innan vi gör det?",
    ],
    "en": [
        "Hi, you are chatting with a chat host. I'm here now. What's on your mind?",
        "Thank you for telling me this.",
        "I'm reading what you write. Take the time you need.",
        "Are you safe right now?",
        "Would you like to tell me a bit more about it?",
        "We need to finish soon. Is there anything you want to say before we do?",
    ],
}


class ConfigError(Exception):
    """The centre file cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class CentreConfig:
    server_url: str = ""
    ca_file: str | None = None
    # The console's language for hosts who have not chosen one ("": the system's).
    language: str = ""
    wait_alert_seconds: float = 300.0
    # Sound for hosts who have not chosen; `sound_required` takes the choice away from them.
    sound: bool = True
    sound_required: bool = False
    # The console locks after this long without keyboard or mouse input.
    lock_idle_seconds: float = 300.0
    # A gentle break reminder after this long holding conversations without a real pause.
    break_after_seconds: float = 90 * 60.0
    # A notes cache older than this is over, whatever the server says (a crash, a power cut).
    max_shift_seconds: float = 12 * 3600.0
    # phrases[service][language]; service "*" applies to every service without its own list.
    phrases: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    source: Path | None = None

    def phrases_for(self, service: str, language: str) -> list[str]:
        for key in (service, "*"):
            by_language = self.phrases.get(key, {})
            if language in by_language:
                return list(by_language[language])
        return list(DEFAULT_PHRASES.get(language, DEFAULT_PHRASES["en"]))


# ------------------------------------------------------------------ where the file is


def candidate_paths(
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    root: Path = Path("/"),
) -> list[Path]:
    """The system locations an installer may use, in the order they are tried. `platform`,
    `environ` and `root` (the file system's root) default to this machine's; tests pass their
    own to look at every system from one."""
    platform = sys.platform if platform is None else platform
    environ = os.environ if environ is None else environ
    if platform == "win32":
        base = environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return [Path(base) / "ChatHost" / FILE_NAME]
    if platform == "darwin":
        return [root / "Library" / "Application Support" / "ChatHost" / FILE_NAME]
    # Linux and the other Unixes: the packages' place first, then the XDG system directories
    # (for desktops managed that way). Relative entries are ignored, as the XDG spec says.
    xdg = environ.get("XDG_CONFIG_DIRS", "")
    dirs = [Path(d) for d in xdg.split(":") if d and Path(d).is_absolute()]
    return [
        root / "etc" / "chathost" / FILE_NAME,
        *(d / "chathost" / FILE_NAME for d in dirs or [root / "etc" / "xdg"]),
    ]


def default_path(
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    root: Path = Path("/"),
) -> Path:
    """Where installers put the centre file on this (or the given) system."""
    return candidate_paths(platform, environ, root)[0]


def find_centre_file(
    path: Path | None = None,
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    root: Path = Path("/"),
) -> tuple[Path | None, bool]:
    """(the file to read, whether it was asked for by name). `--config` wins over
    $CHATHOST_CONFIG, which wins over the system locations; the first of those that exists is
    used, and none at all is fine (the built-in defaults)."""
    environ = os.environ if environ is None else environ
    if path is not None:
        return path, True
    if environ.get(ENV_VAR):
        return Path(environ[ENV_VAR]), True
    for candidate in candidate_paths(platform, environ, root):
        if candidate.is_file():
            return candidate, False
    return None, False


def load_centre_config(
    path: Path | None = None,
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    root: Path = Path("/"),
) -> CentreConfig:
    """The centre file (see `find_centre_file`); one asked for by name must exist."""
    chosen, explicit = find_centre_file(path, platform, environ, root)
    if chosen is None:
        return CentreConfig()
    if not chosen.exists():
        if explicit:
            raise ConfigError(f"{chosen}: no such file")
        return CentreConfig()
    try:
        data = tomllib.loads(chosen.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{chosen}: {exc}") from exc
    return _parse(data, chosen)


# ------------------------------------------------------------------ reading it


def _parse(data: dict[str, Any], source: Path) -> CentreConfig:
    def fail(what: str) -> ConfigError:
        return ConfigError(f"{source}: {what}")

    def table(name: str) -> dict[str, Any]:
        value = data.get(name, {})
        if not isinstance(value, dict):
            raise fail(f"[{name}] must be a table")
        return value

    def number(name: str, key: str, default: float, low: float, high: float, unit: str) -> float:
        value = table(name).get(key, default)
        in_range = isinstance(value, int | float) and low <= value <= high
        if isinstance(value, bool) or not in_range:
            raise fail(f"{name}.{key} must be a number of {unit} from {low:g} to {high:g}")
        return float(value)

    def flag(name: str, key: str, default: bool) -> bool:
        value = table(name).get(key, default)
        if not isinstance(value, bool):
            raise fail(f"{name}.{key} must be true or false")
        return value

    _warn_unknown(data, source)
    server = table("server")
    url = server.get("url", "")
    if not isinstance(url, str) or (url and not url.startswith(("https://", "http://"))):
        raise fail("server.url must be an http(s) address")
    ca_file = server.get("ca_file")
    if ca_file is not None and not isinstance(ca_file, str):
        raise fail("server.ca_file must be a path")
    if ca_file:
        ca_path = Path(ca_file)
        ca_file = str(ca_path if ca_path.is_absolute() else source.parent / ca_path)
    language = table("console").get("language", "")
    if language != "" and language not in CONSOLE_LANGUAGES:
        raise fail(f"console.language must be one of {', '.join(CONSOLE_LANGUAGES)}")
    sound = flag("alerts", "sound", True)
    sound_required = flag("alerts", "sound_required", False)
    if sound_required and not sound:
        raise fail("alerts.sound = false contradicts alerts.sound_required = true")
    return CentreConfig(
        server_url=url,
        ca_file=ca_file or None,
        language=language,
        wait_alert_seconds=number("alerts", "wait_minutes", 5, 1, 240, "minutes") * 60,
        sound=sound,
        sound_required=sound_required,
        lock_idle_seconds=number("workstation", "lock_after_minutes", 5, 1, 60, "minutes") * 60,
        break_after_seconds=number("workstation", "break_after_minutes", 90, 15, 480, "minutes")
        * 60,
        max_shift_seconds=number("workstation", "max_shift_hours", 12, 1, 24, "hours") * 3600,
        phrases=_phrases(table("phrases"), fail),
        source=source,
    )


def _phrases(
    raw: dict[str, Any], fail: Callable[[str], ConfigError]
) -> dict[str, dict[str, list[str]]]:
    phrases: dict[str, dict[str, list[str]]] = {}
    for service, by_language in raw.items():
        if not isinstance(by_language, dict):
            raise fail(f"phrases.{service} must be a table of languages")
        for language, items in by_language.items():
            if not isinstance(items, list) or not all(isinstance(i, str) and i for i in items):
                raise fail(f"phrases.{service}.{language} must be a list of texts")
            phrases.setdefault(service, {})[language] = items
    return phrases


def _warn_unknown(data: dict[str, Any], source: Path) -> None:
    """A key this console does not know is named in the log, not refused: a file written for a
    newer console must not keep an older one from starting in the middle of a shift."""
    for name, value in data.items():
        if name == "phrases":
            continue
        if name not in KNOWN_KEYS:
            log.warning("%s: unknown table [%s] ignored", source, name)
            continue
        if isinstance(value, dict):
            for key in value:
                if key not in KNOWN_KEYS[name]:
                    log.warning("%s: unknown key %s.%s ignored", source, name, key)


# ------------------------------------------------------------------ the host's own choices


@dataclass(frozen=True)
class HostChoices:
    """What the host chose in Settings, kept per user by the UI. None: not chosen, so the
    centre's default applies, and keeps following the centre if it changes."""

    language: str | None = None  # "" is a choice too: the system's language
    sound: bool | None = None
    font_size: int = 0  # 0: the system's size
    enter_sends: bool = True
    last_server: str = ""
    last_username: str = ""
    theme: str = ""  # "": the system's light or dark; or one of THEMES


@dataclass
class Settings:
    """The host's settings in effect: what the console uses and the settings dialog shows."""

    language: str = ""  # "" follows the system
    sound: bool = True
    font_size: int = 0  # 0: the system's size
    enter_sends: bool = True
    last_server: str = ""
    last_username: str = ""
    theme: str = ""  # "": the system's light or dark; or one of THEMES
    # The centre's rule, not a choice: the dialog shows the sound setting fixed on.
    sound_required: bool = False


@dataclass(frozen=True)
class CommandLine:
    """Flags for one run (`--server`, `--ca-file`, `--language`): they win over everything and
    are never stored. `--config` chooses the centre file itself (`find_centre_file`)."""

    server: str | None = None
    ca_file: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class InEffect:
    centre: CentreConfig  # the centre's choices, after the command line
    settings: Settings  # the host's, after the centre's defaults and rules


def effective_settings(
    centre: CentreConfig, choices: HostChoices, flags: CommandLine = CommandLine()
) -> InEffect:
    """The one place the layers meet: built-in defaults < centre file < the host's own choices
    < command line. A host's choices reach only their preferences; the server, the CA, the idle
    lock and the longest shift are the centre's (or the command line's)."""
    centre = replace(
        centre,
        server_url=flags.server or centre.server_url,
        ca_file=flags.ca_file or centre.ca_file,
    )
    if flags.language:
        language = flags.language
    elif choices.language is not None:
        language = choices.language
    else:
        language = centre.language
    if centre.sound_required:
        sound = True
    else:
        sound = centre.sound if choices.sound is None else choices.sound
    settings = Settings(
        language=language,
        sound=sound,
        font_size=choices.font_size,
        enter_sends=choices.enter_sends,
        last_server=choices.last_server,
        last_username=choices.last_username,
        theme=choices.theme,
        sound_required=centre.sound_required,
    )
    return InEffect(centre, settings)


def choices_after(choices: HostChoices, shown: Settings, chosen: Settings) -> HostChoices:
    """The host's choices after the settings dialog. What they changed becomes their choice;
    what they left as shown stays as it was, so a default they never chose keeps following the
    centre, and a one-off `--language` is not stored. Sound is never a choice while the centre
    requires it."""
    language = choices.language if chosen.language == shown.language else chosen.language
    keep_sound = chosen.sound == shown.sound or shown.sound_required
    return replace(
        choices,
        language=language,
        sound=choices.sound if keep_sound else chosen.sound,
        font_size=chosen.font_size,
        enter_sends=chosen.enter_sends,
        last_server=chosen.last_server,
        last_username=chosen.last_username,
        theme=chosen.theme,
    )


def theme_in_effect(theme: str, system_dark: bool) -> str:
    """The theme to show: the host's choice, or with none (or one this console does not know,
    from a newer version) the system's scheme: dark when the system asks for dark colours."""
    if theme in THEMES:
        return theme
    return "dark" if system_dark else "light"


def alert_sounds(kind: str, sound: bool) -> bool:
    """Whether an alert of this kind makes a sound, with the host's sound setting in effect:
    acute danger and calls for help always do."""
    return sound or kind in ALWAYS_SOUNDING_ALERTS
