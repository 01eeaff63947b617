"""Centre-wide defaults (a TOML file the installer places) and the host's own settings.

The centre file says where the server is, which CA to trust, when a wait is too long and which
quick phrases each service offers. Command-line flags override it; the host's own settings
(language, sound, font size, Enter key) are kept by the UI and never override the centre's
security choices."""

from __future__ import annotations

import os
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ENV_VAR = "CHATHOST_CONFIG"

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
    wait_alert_seconds: float = 300.0
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


def default_path() -> Path:
    """Where installers put the centre file on each system."""
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(base) / "ChatHost" / "centre.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/ChatHost/centre.toml")
    return Path("/etc/chathost/centre.toml")


def load_centre_config(path: Path | None = None) -> CentreConfig:
    """The given file, else $CHATHOST_CONFIG, else the system location; none at all is fine."""
    explicit = path is not None or ENV_VAR in os.environ
    chosen = path or Path(os.environ.get(ENV_VAR) or default_path())
    if not chosen.exists():
        if explicit:
            raise ConfigError(f"{chosen}: no such file")
        return CentreConfig()
    try:
        data = tomllib.loads(chosen.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{chosen}: {exc}") from exc
    return _parse(data, chosen)


def _parse(data: dict[str, Any], source: Path) -> CentreConfig:
    def fail(what: str) -> ConfigError:
        return ConfigError(f"{source}: {what}")

    server = data.get("server", {})
    alerts = data.get("alerts", {})
    workstation = data.get("workstation", {})
    if not isinstance(workstation, dict):
        raise fail("[workstation] must be a table")
    idle = workstation.get("lock_after_minutes", 5)
    if not isinstance(idle, int | float) or not 1 <= idle <= 60:
        raise fail("workstation.lock_after_minutes must be a number of minutes from 1 to 60")
    break_after = workstation.get("break_after_minutes", 90)
    if not isinstance(break_after, int | float) or not 15 <= break_after <= 480:
        raise fail("workstation.break_after_minutes must be a number of minutes from 15 to 480")
    hours = workstation.get("max_shift_hours", 12)
    if not isinstance(hours, int | float) or not 1 <= hours <= 24:
        raise fail("workstation.max_shift_hours must be a number of hours from 1 to 24")
    phrases_raw = data.get("phrases", {})
    if not isinstance(server, dict) or not isinstance(alerts, dict):
        raise fail("[server] and [alerts] must be tables")
    url = server.get("url", "")
    if not isinstance(url, str) or (url and not url.startswith(("https://", "http://"))):
        raise fail("server.url must be an http(s) address")
    ca_file = server.get("ca_file")
    if ca_file is not None and not isinstance(ca_file, str):
        raise fail("server.ca_file must be a path")
    if ca_file:
        ca_path = Path(ca_file)
        ca_file = str(ca_path if ca_path.is_absolute() else source.parent / ca_path)
    minutes = alerts.get("wait_minutes", 5)
    if not isinstance(minutes, int | float) or not 0 < minutes <= 240:
        raise fail("alerts.wait_minutes must be a number of minutes between 1 and 240")
    phrases: dict[str, dict[str, list[str]]] = {}
    if not isinstance(phrases_raw, dict):
        raise fail("[phrases] must be a table")
    for service, by_language in phrases_raw.items():
        if not isinstance(by_language, dict):
            raise fail(f"phrases.{service} must be a table of languages")
        for language, items in by_language.items():
            if not isinstance(items, list) or not all(isinstance(i, str) and i for i in items):
                raise fail(f"phrases.{service}.{language} must be a list of texts")
            phrases.setdefault(service, {})[language] = items
    return CentreConfig(
        server_url=url,
        ca_file=ca_file or None,
        wait_alert_seconds=float(minutes) * 60,
        lock_idle_seconds=float(idle) * 60,
        break_after_seconds=float(break_after) * 60,
        max_shift_seconds=float(hours) * 3600,
        phrases=phrases,
        source=source,
    )


@dataclass
class Settings:
    """The host's own choices, kept per user by the UI."""

    language: str = ""  # "" follows the system
    sound: bool = True
    font_size: int = 11
    enter_sends: bool = True
    last_server: str = ""
    last_username: str = ""
