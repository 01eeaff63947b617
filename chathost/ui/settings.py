"""The host's own settings: kept per user with QSettings, changed in a small dialog."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from chathost.core.config import Settings
from chathost.ui.i18n import LANGUAGES


class SettingsStore:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings or QSettings("ChatHost", "ChatHost")

    def load(self) -> Settings:
        q, d = self.qsettings, Settings()

        def flag(key: str, default: bool) -> bool:
            value = q.value(key, default)
            return value in (True, "true", "1", 1) if not isinstance(value, bool) else value

        try:
            font_size = int(str(q.value("font_size", d.font_size)))
        except ValueError:
            font_size = d.font_size
        return Settings(
            language=str(q.value("language", d.language) or ""),
            sound=flag("sound", d.sound),
            font_size=min(24, max(8, font_size)),
            enter_sends=flag("enter_sends", d.enter_sends),
            last_server=str(q.value("last_server", "") or ""),
            last_username=str(q.value("last_username", "") or ""),
        )

    def save(self, settings: Settings) -> None:
        for key, value in vars(settings).items():
            self.qsettings.setValue(key, value)
        self.qsettings.sync()


class SettingsDialog(QDialog):
    applied = Signal(object)  # Settings

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.sound = QCheckBox(self.tr("Play a sound for new visitors and messages"))
        self.sound.setChecked(settings.sound)
        self.font_size = QSpinBox()
        self.font_size.setRange(8, 24)
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(settings.font_size)
        self.enter = QComboBox()
        self.enter.addItem(self.tr("Enter sends, Shift+Enter makes a new line"), True)
        self.enter.addItem(self.tr("Enter makes a new line, Ctrl+Enter sends"), False)
        self.enter.setCurrentIndex(0 if settings.enter_sends else 1)
        note = QLabel(self.tr("A new language is used from the next start."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Sound"), self.sound)
        form.addRow(self.tr("Text size"), self.font_size)
        form.addRow(self.tr("Enter key"), self.enter)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen(self) -> Settings:
        return Settings(
            language=str(self.language.currentData()),
            sound=self.sound.isChecked(),
            font_size=self.font_size.value(),
            enter_sends=bool(self.enter.currentData()),
            last_server=self.settings.last_server,
            last_username=self.settings.last_username,
        )

    def _accept(self) -> None:
        self.applied.emit(self.chosen())
        self.accept()
