"""Questions that need an answer before something irreversible happens. They are opened, never
`exec()`ed, so the event loop (and with it every conversation) keeps running while they wait."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Choice = tuple[str, str, QMessageBox.ButtonRole]  # key, label, role


def ask(
    parent: QWidget,
    title: str,
    text: str,
    choices: list[Choice],
    default: str,
    on_answer: Callable[[str], None],
    escape: str | None = None,
) -> QMessageBox:
    """Show a window-modal question; `on_answer` gets the chosen key ("" when dismissed).
    Escape chooses `escape` (by default the same as `default`, which must then be the safe
    choice)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    buttons = {}
    for key, label, role in choices:
        button = box.addButton(label, role)
        buttons[button] = key
        if key == default:
            box.setDefaultButton(button)
        if key == (escape or default):
            box.setEscapeButton(button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished() -> None:
        on_answer(buttons.get(box.clickedButton(), ""))

    box.finished.connect(finished)
    box.open()
    return box


def tell(parent: QWidget, title: str, text: str, warning: bool = False) -> QMessageBox:
    """Show a window-modal notice with one OK button; nothing waits for it to be closed."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
