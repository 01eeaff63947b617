"""Questions that need an answer before something irreversible happens. They are opened, never
`exec()`ed, so the event loop (and with it every conversation) keeps running while they wait.

Their texts may be given as functions that translate (`lambda: self.tr("Log out?")`): a box
still open when the host switches language then says the same thing in the new language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from chathost.ui.retranslate import Retranslating

Text = str | Callable[[], str]  # a fixed text, or one made again in the language in use
Choice = tuple[str, Text, QMessageBox.ButtonRole]  # key, label, role


def text_of(text: Text) -> str:
    return text() if callable(text) else text


class MessageBox(Retranslating, QMessageBox):
    """A window-modal message box, deleted when closed, whose title, text and own buttons
    follow a language switch (Qt translates its standard buttons itself)."""

    def __init__(self, parent: QWidget, title: Text, text: Text) -> None:
        super().__init__(parent)
        self._title = title
        self._text = text
        self._labels: list[tuple[QPushButton, Text]] = []
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.retranslate()

    def add_choice(self, label: Text, role: QMessageBox.ButtonRole) -> QPushButton:
        button = self.addButton(text_of(label), role)
        self._labels.append((button, label))
        return button

    def retranslate(self) -> None:
        self.setWindowTitle(text_of(self._title))
        self.setText(text_of(self._text))
        for button, label in self._labels:
            button.setText(text_of(label))


def ask(
    parent: QWidget,
    title: Text,
    text: Text,
    choices: list[Choice],
    default: str,
    on_answer: Callable[[str], None],
    escape: str | None = None,
) -> QMessageBox:
    """Show a window-modal question; `on_answer` gets the chosen key ("" when dismissed).
    Escape chooses `escape` (by default the same as `default`, which must then be the safe
    choice)."""
    box = MessageBox(parent, title, text)
    box.setIcon(QMessageBox.Icon.Question)
    buttons = {}
    for key, label, role in choices:
        button = box.add_choice(label, role)
        buttons[button] = key
        if key == default:
            box.setDefaultButton(button)
        if key == (escape or default):
            box.setEscapeButton(button)

    def finished() -> None:
        on_answer(buttons.get(box.clickedButton(), ""))

    box.finished.connect(finished)
    box.open()
    return box


def tell(parent: QWidget, title: Text, text: Text, warning: bool = False) -> QMessageBox:
    """Show a window-modal notice with one OK button; nothing waits for it to be closed."""
    box = MessageBox(parent, title, text)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box
