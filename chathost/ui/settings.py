"""The host's own settings: kept per user with QSettings, changed in a small dialog."""

from __future__ import annotations

from dataclasses import replace

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

from chathost.core.config import FONT_SIZES, THEMES, HostChoices, Settings
from chathost.ui.i18n import LANGUAGES
from chathost.ui.retranslate import Retranslating

# The text size is kept as "text_size". Consoles before it could follow the system kept
# "font_size" = 11, their default, for every host who logged in: that 11 was never a choice.
TEXT_SIZE_KEY = "text_size"
OLD_TEXT_SIZE = ("font_size", 11)


class SettingsStore:
    """The host's own choices. A setting they never chose is not kept at all, so it follows the
    centre's default (`HostChoices`)."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings or QSettings("ChatHost", "ChatHost")

    def load(self) -> HostChoices:
        q, d = self.qsettings, HostChoices()

        def flag(key: str, default: bool) -> bool:
            value = q.value(key, default)
            return value in (True, "true", "1", 1) if not isinstance(value, bool) else value

        old_key, old_default = OLD_TEXT_SIZE
        kept = q.value(TEXT_SIZE_KEY) if q.contains(TEXT_SIZE_KEY) else q.value(old_key)
        try:
            font_size = int(str(kept or 0))
        except ValueError:
            font_size = d.font_size
        if not q.contains(TEXT_SIZE_KEY) and font_size == old_default:
            font_size = d.font_size
        theme = str(q.value("theme", d.theme) or "")
        return HostChoices(
            language=str(q.value("language") or "") if q.contains("language") else None,
            sound=flag("sound", True) if q.contains("sound") else None,
            # 0 (or nothing kept) is the system's size; a kept size stays in the range.
            font_size=min(FONT_SIZES[-1], max(FONT_SIZES[0], font_size)) if font_size else 0,
            enter_sends=flag("enter_sends", d.enter_sends),
            last_server=str(q.value("last_server", "") or ""),
            last_username=str(q.value("last_username", "") or ""),
            theme=theme if theme in THEMES else d.theme,
        )

    def save(self, choices: HostChoices) -> None:
        for key, value in vars(choices).items():
            key = TEXT_SIZE_KEY if key == "font_size" else key
            if value is None:
                self.qsettings.remove(key)
            else:
                self.qsettings.setValue(key, value)
        self.qsettings.remove(OLD_TEXT_SIZE[0])
        self.qsettings.sync()


class SettingsDialog(Retranslating, QDialog):
    """The host's preferences; OK applies them at once (language, theme and text size too)."""

    applied = Signal(object)  # Settings

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = QComboBox()
        self.language.addItem("", "")  # the system's; named in retranslate
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each in its own language: never translated
        if self.language.findData(settings.language) < 0:
            # A language in effect without a catalogue (the centre's or --language): pressing
            # OK must not turn it into a choice of the system's.
            self.language.addItem(settings.language, settings.language)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.theme = QComboBox()
        for code in ("", *THEMES):
            self.theme.addItem("", code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.sound = QCheckBox()
        self.sound.setChecked(settings.sound)
        self.sound.setEnabled(not settings.sound_required)
        self.font_size = QSpinBox()
        # One below the smallest size stands for "the system's" (0 in the settings).
        self.font_size.setRange(FONT_SIZES.start - 1, FONT_SIZES.stop - 1)
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(settings.font_size or self.font_size.minimum())
        self.enter = QComboBox()
        self.enter.addItem("", True)
        self.enter.addItem("", False)
        self.enter.setCurrentIndex(0 if settings.enter_sends else 1)
        self.labels = {field: QLabel() for field in self.fields()}
        for field, label in self.labels.items():
            label.setBuddy(field)
        form = QFormLayout()
        for field, label in self.labels.items():
            form.addRow(label, field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.retranslate()

    def fields(self) -> tuple[QWidget, ...]:
        return (self.language, self.theme, self.sound, self.font_size, self.enter)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        system = self.tr("Same as the system")
        self.language.setItemText(0, system)
        for index, text in enumerate(
            (system, self.tr("Light"), self.tr("Dark"), self.tr("High contrast"))
        ):
            self.theme.setItemText(index, text)
        self.sound.setText(self.tr("Play a sound for new visitors and messages"))
        if self.settings.sound_required:
            self.sound.setToolTip(self.tr("Your centre has chosen sound for every alert."))
        self.font_size.setSpecialValueText(system)
        self.enter.setItemText(0, self.tr("Enter sends, Shift+Enter makes a new line"))
        self.enter.setItemText(1, self.tr("Enter makes a new line, Ctrl+Enter sends"))
        names = (
            self.tr("Language"),
            self.tr("Theme"),
            self.tr("Sound"),
            self.tr("Text size"),
            self.tr("Enter key"),
        )
        for (field, label), name in zip(self.labels.items(), names, strict=True):
            label.setText(name)
            if field is not self.sound:  # the check box's own sentence is its name
                field.setAccessibleName(name)

    def chosen(self) -> Settings:
        size = self.font_size.value()
        return replace(
            self.settings,
            language=str(self.language.currentData()),
            theme=str(self.theme.currentData()),
            sound=self.sound.isChecked() or self.settings.sound_required,
            font_size=size if size in FONT_SIZES else 0,
            enter_sends=bool(self.enter.currentData()),
        )

    def _accept(self) -> None:
        self.applied.emit(self.chosen())
        self.accept()
