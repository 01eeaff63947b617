"""Switching language in Settings changes the whole console at once, without a restart: every
text on screen, the menus, and the dates and numbers, for a host holding a conversation and for
a supervisor on the floor. Checked against the catalogues themselves: no text that has a
translation may still be showing in English."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QMenu

from tests.ui.console_fixtures import (
    deliver_language_change,
    log_in,
    one_conversation,
    wait_for,
)
from tests.ui.test_floor_view import until_floor
from tests.ui.visible_texts import visible_text

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\\\{\d+(?::[^}]*)?\\\}|%n|%\d")


def _english_that_changes(language: str) -> tuple[set[str], list[re.Pattern[str]]]:
    """Source texts whose translation differs: whole texts, and patterns for {0} templates."""
    whole: set[str] = set()
    templates: list[re.Pattern[str]] = []
    for message in ET.parse(ROOT / "translations" / f"chathost_{language}.ts").iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [] if translation is None else [f.text or "" for f in translation.iter()]
        if not source.strip() or source in forms:
            continue
        for line in source.replace("&", "").splitlines():
            line = line.strip()
            if len(line) < 4 or line in (f.replace("&", "") for f in forms):
                continue
            pattern = PLACEHOLDER.sub(".+", re.escape(line))
            if pattern == re.escape(line):
                whole.add(line)
            else:
                templates.append(re.compile(pattern))
    return whole, templates


def _menu_texts(window) -> list[str]:
    return [a.text() for menu in window.findChildren(QMenu) for a in menu.actions()] + [
        a.text() for a in window.menuBar().actions()
    ]


def still_english(window, language: str) -> list[str]:
    whole, templates = _english_that_changes(language)
    shown = visible_text(window).split("\n") + _menu_texts(window)
    combos = [window, *window.findChildren(QComboBox)]
    shown += [c.itemText(i) for c in combos if isinstance(c, QComboBox) for i in range(c.count())]
    found = []
    for text in shown:
        line = text.replace("&", "").strip()
        if line in whole or any(t.fullmatch(line) for t in templates):
            found.append(line)
    return sorted(set(found))


async def choose_language(console, language: str) -> None:
    dialog = console.window.open_settings()
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog._accept()
    await wait_for(lambda: QLocale().name().startswith(language), console)
    deliver_language_change()


@pytest.mark.parametrize("language", ["nb", "fi", "sv"])
async def test_a_host_switches_language_and_every_text_follows(
    console, clients, qtbot, language
):
    visitor, _tab = await one_conversation(console, clients)
    await visitor.send("hei")
    window = console.window
    await wait_for(lambda: "hei" in visible_text(window), console)
    assert still_english(window, language), "the check sees the English texts before switching"

    await choose_language(console, language)

    assert still_english(window, language) == []
    assert console.settings.language == language

    # And back: English again everywhere, without a restart.
    await choose_language(console, "en")
    assert "Send" in [b.replace("&", "") for b in visible_text(window).split("\n")]


async def test_a_supervisor_switches_language_on_the_floor(console, clients, qtbot):
    await log_in(console, "super1")
    window = console.window
    host = await clients.staff("host1", shift=True)
    visitors = [await clients.visitor("ung", "nb") for _ in range(2)]
    taken = await host.take(visitors[0].conversation)
    await until_floor(console, lambda: taken.alias in visible_text(window))

    await choose_language(console, "fi")

    assert still_english(window, "fi") == []
    assert taken.alias in visible_text(window)  # the rows are still there
