"""Switching language while the console runs: Qt sends every widget a LanguageChange event when
a translator is installed or removed, and each widget sets its texts again. A widget that sets
its texts in `retranslate()` (called once from its constructor) follows the switch for free."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixin for a QWidget: `retranslate()` again whenever the language changes.

    List it before the Qt class (`class Bar(Retranslating, QWidget)`), and call
    `self.retranslate()` at the end of `__init__`."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
