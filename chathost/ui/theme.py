"""The console's look: light (the system's own), dark or high contrast, and the host's text size,
switched at once while it runs. Each theme is a palette, for every standard widget (dark and high
contrast are drawn by Fusion, the one style that uses a palette alike on every platform), and a
stylesheet for the console's own named parts: console.qss, and for dark and high contrast a
second file read after it that changes only colours and borders.

The text size is a stylesheet rule too: under an application stylesheet Qt recomputes a widget's
font whenever the stylesheet is set again, and a font set with setFont() after the widget was
first shown is lost then."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from chathost.core.config import THEMES, theme_in_effect

ASSETS = Path(__file__).resolve().parent / "assets"
# Read after console.qss: the later rule wins, so these files hold colours only.
OVERLAYS = {"dark": "console-dark.qss", "contrast": "console-contrast.qss"}
# What the host reads most, in the size they chose: the conversations, the queue, the floor.
TEXT_SIZE_PARTS = ("ConversationTabs", "QueuePanel", "FloorView")


def os_prefers_dark() -> bool:
    """Whether the system asks applications for dark colours (Qt 6.5+ reads the OS setting)."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def stylesheet_for(theme: str, text_size: int = 0) -> str:
    """console.qss, the theme's colours over it, and the host's text size (0: the system's).
    The console's own headings keep their sizes: a rule naming them wins over this one."""
    sheets = ["console.qss"] + ([OVERLAYS[theme]] if theme in OVERLAYS else [])
    parts = [(ASSETS / name).read_text(encoding="utf-8") for name in sheets]
    if text_size > 0:
        selectors = ", ".join(f"{part}, {part} *" for part in TEXT_SIZE_PARTS)
        parts.append(f"{selectors} {{ font-size: {text_size}pt; }}")
    return "\n".join(parts)


@dataclass(frozen=True)
class Colours:
    """The few colours a theme is made of; `palette_of` spreads them over Qt's roles."""

    window: str
    text: str
    base: str
    alternate: str
    button: str
    highlight: str
    highlighted_text: str
    link: str
    placeholder: str
    disabled: str
    frame: str  # lines between parts (Fusion's bevels and separators)
    tooltip: str


# Only when the host chose light on a system that is dark: the system's palette would be dark.
LIGHT = Colours(
    window="#efefef",
    text="#111111",
    base="#ffffff",
    alternate="#f3f5f8",
    button="#efefef",
    highlight="#2f65ad",
    highlighted_text="#ffffff",
    link="#1d4ed8",
    placeholder="#5f6368",
    disabled="#7b7f85",
    frame="#a0a4aa",
    tooltip="#ffffdc",
)
DARK = Colours(
    window="#1f2023",
    text="#e8eaed",
    base="#16171a",
    alternate="#2a2c31",
    button="#2d2f34",
    highlight="#2f65ad",
    highlighted_text="#ffffff",
    link="#8ab4f8",
    placeholder="#9aa0a6",
    disabled="#7b7f85",
    frame="#4a4d54",
    tooltip="#2d2f34",
)
# Black, white text, yellow for what is selected or matters; every colour pair is 7:1 or more.
CONTRAST = Colours(
    window="#000000",
    text="#ffffff",
    base="#000000",
    alternate="#000000",
    button="#000000",
    highlight="#ffff00",
    highlighted_text="#000000",
    link="#ffff00",
    placeholder="#c8c8c8",
    disabled="#a6a6a6",
    frame="#ffffff",
    tooltip="#000000",
)
COLOURS = {"light": LIGHT, "dark": DARK, "contrast": CONTRAST}


def palette_of(colours: Colours) -> QPalette:
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    for roles, colour in (
        ((role.Window,), colours.window),
        ((role.WindowText, role.Text, role.ButtonText, role.BrightText), colours.text),
        ((role.Base,), colours.base),
        ((role.AlternateBase,), colours.alternate),
        ((role.Button,), colours.button),
        ((role.Highlight,), colours.highlight),
        ((role.HighlightedText,), colours.highlighted_text),
        ((role.Link, role.LinkVisited), colours.link),
        ((role.PlaceholderText,), colours.placeholder),
        ((role.ToolTipBase,), colours.tooltip),
        ((role.ToolTipText,), colours.text),
        ((role.Light, role.Midlight, role.Mid, role.Dark), colours.frame),
        ((role.Shadow,), "#000000"),
    ):
        for each in roles:
            palette.setColor(each, QColor(colour))
    for each in (role.WindowText, role.Text, role.ButtonText, role.HighlightedText):
        palette.setColor(group.Disabled, each, QColor(colours.disabled))
    return palette


class Themes(QObject):
    """One per application: the system's own look (to go back to), the host's theme setting,
    and a change of the system's scheme followed while the setting is "the system's"."""

    switched = Signal(str)  # the theme now on screen, after its palette and stylesheet

    def __init__(
        self, app: QApplication, system_dark: Callable[[], bool] = os_prefers_dark
    ) -> None:
        super().__init__(app)
        self.setObjectName("chathostThemes")
        self.app = app
        # Injectable: tests fake the system's scheme.
        self.system_dark = system_dark
        self.native_style = _native_style_name(app)
        self.setting = ""
        self.text_size = 0
        self.shown = ""
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.system_changed)

    @classmethod
    def of(cls, app: QApplication) -> Themes:
        found = app.findChild(cls, "chathostThemes")
        return found if isinstance(found, cls) else cls(app)

    def use(self, setting: str, text_size: int = 0) -> str:
        """Show the theme the host's setting ("" follows the system) means now, with their text
        size (0: the system's); returns the theme shown."""
        self.setting, self.text_size = setting, text_size
        self.apply(theme_in_effect(setting, self.system_dark()))
        return self.shown

    def system_changed(self, *_: object) -> None:
        if self.setting not in THEMES:
            self.use(self.setting, self.text_size)

    def apply(self, theme: str) -> None:
        global _shown
        _shown = theme
        if theme == "light" and not self.system_dark():
            # The system's own style and palette, as the console looked before any theme.
            self.app.setStyle(self.native_style)
            self.app.setPalette(QPalette())
        else:
            self.app.setStyle("Fusion")
            self.app.setPalette(palette_of(COLOURS[theme]))
        self.app.setStyleSheet(stylesheet_for(theme, self.text_size))
        self.shown = theme
        self.switched.emit(theme)


@dataclass(frozen=True)
class Tone:
    """Text with a meaning, on its own background ("": the widget's own, e.g. a list's)."""

    text: str
    background: str = ""


# For code that colours text or rows itself (models, tab titles, painted bubbles), so that it
# reads in every theme: the same families as the stylesheets, each pair at least 4.5:1 (7:1 in
# high contrast, where meaning is yellow and black and the words say which).
TONES: dict[str, dict[str, Tone]] = {
    # acute danger: the strongest sign there is
    "acute": {
        "light": Tone("#ffffff", "#b42318"),
        "dark": Tone("#ffffff", "#b42318"),
        "contrast": Tone("#000000", "#ffff00"),
    },
    # something failed or is at high risk
    "problem": {
        "light": Tone("#9b1c1c", "#fde2e2"),
        "dark": Tone("#ffc9c4", "#5c1a14"),
        "contrast": Tone("#ffff00", "#000000"),
    },
    # needs attention soon: a call for help, a long wait, a host at capacity, unread
    "attention": {
        "light": Tone("#3d2c00", "#fff1c2"),
        "dark": Tone("#ffe58f", "#4a3a00"),
        "contrast": Tone("#ffff00", "#000000"),
    },
    # for information: acknowledged, a debrief asked for
    "info": {
        "light": Tone("#1e3a6e", "#e0eaf8"),
        "dark": Tone("#cfe0ff", "#1e3357"),
        "contrast": Tone("#ffffff", "#000000"),
    },
    # only staff see it: the private host-supervisor channel
    "private": {
        "light": Tone("#1e1433", "#ece4fb"),
        "dark": Tone("#f1ecff", "#2a2045"),
        "contrast": Tone("#ffffff", "#000000"),
    },
    # all is well: on shift, an offer to take over
    "calm": {
        "light": Tone("#17402a", "#e6f2ea"),
        "dark": Tone("#c8f7d6", "#1c4a2b"),
        "contrast": Tone("#ffffff", "#000000"),
    },
    # secondary text on the widget's own background: off shift, not available
    "muted": {"light": Tone("#5b6472"), "dark": Tone("#b8bcc4"), "contrast": Tone("#ffffff")},
}


_shown = "light"  # one application, one theme on screen; read on every painted cell


def current_theme() -> str:
    """The theme on screen now ("light" before any was applied)."""
    return _shown


def tone(name: str) -> Tone:
    """The colours of a meaning (see TONES) in the theme on screen. Read them when painting or
    when the widget gets a QEvent.PaletteChange, not once: the host may switch theme."""
    return tone_in(name, current_theme())


def tone_in(name: str, theme: str) -> Tone:
    return TONES[name][theme]


@cache
def _brush(colour: str) -> QBrush:
    return QBrush(QColor(colour)) if colour else QBrush()


def tone_brushes(name: str) -> tuple[QBrush, QBrush]:
    """A meaning's (background, text) as brushes for a model's roles; an empty brush (the
    view's own) where the tone has no background."""
    chosen = tone(name)
    return _brush(chosen.background), _brush(chosen.text)


def theme_switches() -> SignalInstance:
    """Emitted when another theme is on screen: for widgets that colour parts themselves with
    tone() and keep the colour (items, tab titles), to colour them again. Connect a bound
    method of the widget, so that the connection ends with it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return Themes.of(app).switched


def tint(base: QColor, colour: QColor, share: float) -> QColor:
    """`colour` laid over `base` at `share` (0-1): a fill that stays light on a light theme and
    dark on a dark one, so the theme's own text colour reads on it."""
    pairs = zip(base.getRgbF()[:3], colour.getRgbF()[:3], strict=True)
    return QColor.fromRgbF(*(b + (c - b) * share for b, c in pairs))


def _native_style_name(app: QApplication) -> str:
    """The style the platform gave the console. A stylesheet hides it behind its own style, so
    it is read with the stylesheet set aside for a moment (once, at start)."""
    name = app.style().name()
    if name:
        return name
    sheet = app.styleSheet()
    app.setStyleSheet("")
    name = app.style().name()
    app.setStyleSheet(sheet)
    return name or "Fusion"


def apply_theme(app: QApplication, theme: str, text_size: int = 0) -> str:
    """Show the host's theme setting at once ("" follows the system's light or dark, also when
    the system switches later) and their text size (0: the system's); the theme now shown."""
    return Themes.of(app).use(theme, text_size)
