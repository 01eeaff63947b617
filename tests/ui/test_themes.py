"""Dark and high-contrast themes and the system's text size (issue 7): a theme chosen in Settings
changes the whole console at once and is there again at the next start; "Same as the system"
follows the system's light or dark, also when the system switches; with no text size chosen the
conversations are in the system's size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from chathost.ui.settings import SettingsDialog
from chathost.ui.theme import COLOURS, TONES, Themes, os_prefers_dark, palette_of, tone
from chathost.ui.transcript_view import bubble_colours
from tests.ui.console_fixtures import (
    deliver_language_change,
    make_console,
    one_conversation,
    wait_for,
)

Role = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def ratio(background: QColor, text: QColor) -> float:
    lighter, darker = sorted((luminance(background), luminance(text)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def contrast(palette: QPalette, background: QPalette.ColorRole, text: QPalette.ColorRole) -> float:
    return ratio(palette.color(background), palette.color(text))


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Window).lightness() < 80


@pytest.fixture
def system():
    """The system's colour scheme, faked: `system.dark = True` is a system in dark mode."""
    app = QApplication.instance()
    themes = Themes.of(app)
    before = QPalette(app.palette())

    class FakeSystem:
        dark = False

    fake = FakeSystem()
    themes.system_dark = lambda: fake.dark
    yield fake
    themes.system_dark = os_prefers_dark
    themes.use("")  # the system's look again for the tests after this one
    assert app.palette() == before


def choose(window, theme: str = "", font_size: int | None = None) -> None:
    dialog = window.open_settings()
    dialog.theme.setCurrentIndex(dialog.theme.findData(theme))
    if font_size is not None:
        dialog.font_size.setValue(font_size)
    dialog._accept()


async def test_dark_is_applied_at_once_and_again_at_the_next_start(
    console, clients, server, http, tmp_path, system, qtbot
):
    _visitor, tab = await one_conversation(console, clients)
    app, window = QApplication.instance(), console.window
    assert not is_dark(app.palette())

    choose(window, "dark")

    assert is_dark(app.palette()) and is_dark(window.palette()) and is_dark(tab.palette())
    assert contrast(tab.palette(), Role.Base, Role.Text) >= 7
    assert console.settings_store.load().theme == "dark"

    Themes.of(app).use("light")  # as a fresh start would look before reading the settings
    assert not is_dark(app.palette())
    again = make_console(server.url, http, tmp_path)
    assert again.settings.theme == "dark"
    assert is_dark(app.palette())
    again.catalogues.close()


async def test_high_contrast_is_black_with_text_of_at_least_7_to_1(console, clients, system, qtbot):
    _visitor, tab = await one_conversation(console, clients)
    app = QApplication.instance()

    choose(console.window, "contrast")

    palette = app.palette()
    assert palette.color(Role.Window) == QColor("#000000")
    assert contrast(palette, Role.Window, Role.WindowText) >= 7
    assert contrast(palette, Role.Base, Role.Text) >= 7
    assert contrast(palette, Role.Highlight, Role.HighlightedText) >= 7
    assert contrast(tab.palette(), Role.Base, Role.Text) >= 7
    # The console's own parts (risk marks, banners) get their high-contrast colours too.
    assert "#acuteButton" in app.styleSheet() and "#ffff00" in app.styleSheet()

    choose(console.window, "light")
    assert not is_dark(app.palette())


async def test_same_as_the_system_follows_the_system_also_when_it_switches(
    console, clients, system, qtbot
):
    await one_conversation(console, clients)
    app, window = QApplication.instance(), console.window

    choose(window, "")
    assert not is_dark(app.palette())

    system.dark = True  # the host's desktop goes dark in the evening
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert is_dark(app.palette()) and is_dark(window.palette())

    choose(window, "light")  # a chosen theme stays, whatever the system does
    assert not is_dark(app.palette())
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not is_dark(app.palette())
    assert contrast(app.palette(), Role.Base, Role.Text) >= 7


async def test_with_no_text_size_chosen_the_conversations_use_the_systems_size(
    console, clients, system, qtbot
):
    system_size = QGuiApplication.font().pointSize()
    _visitor, tab = await one_conversation(console, clients)
    window = console.window
    assert console.settings.font_size == 0
    assert tab.font().pointSize() == system_size
    assert QApplication.instance().font().pointSize() == system_size

    choose(window, font_size=system_size + 5)
    assert tab.font().pointSize() == system_size + 5

    dialog = window.open_settings()
    assert dialog.font_size.value() == system_size + 5
    dialog.font_size.setValue(dialog.font_size.minimum())
    assert dialog.font_size.text() == "Same as the system"
    dialog._accept()
    assert tab.font().pointSize() == system_size
    assert console.settings_store.load().font_size == 0


async def test_the_settings_dialog_follows_a_language_switch_while_open(console, system, qtbot):
    dialog = SettingsDialog(console.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Settings"
    assert dialog.labels[dialog.theme].buddy() is dialog.theme
    assert dialog.theme.accessibleName() == "Theme"

    console.catalogues.use("nb")
    deliver_language_change()
    try:
        assert QLocale().name().startswith("nb")
        assert dialog.windowTitle() not in ("", "Settings")
        assert dialog.theme.itemText(0) not in ("", "Same as the system")
        assert dialog.theme.currentIndex() == 0  # the choice stays as it was
    finally:
        console.catalogues.use("en")


@pytest.mark.parametrize("meaning", sorted(TONES))
def test_every_coloured_meaning_reads_in_every_theme(meaning):
    """The colours widgets use for risk, problems and waits (theme.tone) are readable on their
    own background, or on the theme's lists where they have none."""
    for theme, pair in TONES[meaning].items():
        background = QColor(pair.background or COLOURS[theme].base)
        assert ratio(background, QColor(pair.text)) >= (7 if theme == "contrast" else 4.5), theme


def test_the_coloured_meanings_follow_the_theme_on_screen(system):
    app = QApplication.instance()
    Themes.of(app).use("contrast")
    assert tone("acute").background == "#ffff00"
    Themes.of(app).use("dark")
    assert tone("problem").text == TONES["problem"]["dark"].text


@pytest.mark.parametrize("kind", ["visitor", "own", "automatic", "private", "notice", "failed"])
def test_every_message_bubble_reads_in_every_theme(kind):
    """The transcript's bubbles (the host's own, a visitor's, a private message, a staff notice,
    one that failed to send) keep their text readable in light, dark and high contrast: the
    bubbles once kept their light fills under a dark theme's light text."""
    for theme, colours in COLOURS.items():
        painted = bubble_colours(kind, palette_of(colours), theme)
        least = 7 if theme == "contrast" else 4.5
        assert ratio(painted.fill, painted.text) >= least, theme
        assert ratio(painted.fill, painted.label) >= least, theme


async def test_an_unread_tab_keeps_a_readable_colour_when_the_theme_changes(
    console, clients, system, qtbot
):
    """A tab with unread messages is coloured as a problem in the theme on screen; switching
    theme colours it again (it once kept the light theme's dark red on a dark tab bar)."""
    _visitor, _tab = await one_conversation(console, clients)
    window, session = console.window, console.session
    second = await clients.visitor("ung", "nb")
    await session.take(second.conversation)
    tabs = window.tabs
    await wait_for(lambda: tabs.count() == 2, console)
    tabs.jump(0)
    tabs.set_window_active(True)
    await second.send("er du der?")
    await wait_for(lambda: tabs.tabText(1).endswith("(1)"), console)
    bar = tabs.tabBar()
    assert bar.tabTextColor(1) == QColor(TONES["problem"]["light"].text)

    for theme in ("dark", "contrast"):
        choose(window, theme)
        assert bar.tabTextColor(1) == QColor(TONES["problem"][theme].text), theme
        assert ratio(QColor(COLOURS[theme].window), bar.tabTextColor(1)) >= 4.5, theme
    assert bar.tabTextColor(0) != QColor(TONES["problem"]["contrast"].text)  # read: not marked
