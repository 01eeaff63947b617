"""The suicide card's checklist: a Yes / No / Not asked answer per question, the risk level the
answers point to, the level the host sets, and — at high or acute — a clear suggestion to use
the acute-danger action, with the emergency numbers from the service's own pack."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from chathost.core.risk import LEVELS, suggests_emergency
from chathost.protocol import models
from chathost.ui.guideline_widgets import plain_label
from chathost.ui.retranslate import Retranslating

# Button ids in each question's group.
YES, NO, NOT_ASKED = 1, 2, 3  # (-1 would mean "assign one")
_VALUE = {YES: True, NO: False, NOT_ASKED: None}


class ChecklistBox(Retranslating, QFrame):
    """The questions are the guideline's own (the service's language); the answers, levels and
    advice around them are the console's and follow the host's language."""

    answered = Signal(str, object)  # item id, True / False / None (not asked)
    risk_picked = Signal(str)  # the host chose a level by hand
    emergency_requested = Signal()

    def __init__(self, items: list[models.ChecklistItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskChecklist")
        self.focus_order: list[QWidget] = []
        self._updating = False
        self.groups: dict[str, QButtonGroup] = {}
        # What show_state last showed, to word it anew in another language.
        self._words: tuple[str | None, str, list[models.HelpResource]] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        self.heading = plain_label("", "cardSubheading")
        layout.addWidget(self.heading)
        for item in items:
            layout.addWidget(plain_label(item.question, "checklistQuestion"))
            row = QWidget()  # one parent per question: the arrow keys stay within its answers
            buttons = QHBoxLayout(row)
            buttons.setContentsMargins(0, 0, 0, 4)
            buttons.setSpacing(12)
            group = QButtonGroup(row)
            for value in (YES, NO, NOT_ASKED):
                radio = QRadioButton()
                radio.setAccessibleDescription(item.question)
                group.addButton(radio, value)
                buttons.addWidget(radio)
                self.focus_order.append(radio)
            buttons.addStretch(1)
            group.button(NOT_ASKED).setChecked(True)
            group.idToggled.connect(
                lambda button_id, checked, item_id=item.id: self._toggled(
                    item_id, button_id, checked
                )
            )
            self.groups[item.id] = group
            layout.addWidget(row)

        self.computed = plain_label("", "riskComputed")
        layout.addWidget(self.computed)
        level_row = QHBoxLayout()
        level_row.setSpacing(6)
        self.level_label = QLabel()
        self.level = QComboBox()
        for level in LEVELS:
            self.level.addItem("", level)
        self.level_label.setBuddy(self.level)
        level_row.addWidget(self.level_label)
        level_row.addWidget(self.level, 1)
        layout.addLayout(level_row)
        self.focus_order.append(self.level)
        self.level.activated.connect(self._picked)  # the host's own choice, never our updates

        self.emergency = QFrame()
        self.emergency.setObjectName("emergencySuggestion")
        urgent = QVBoxLayout(self.emergency)
        urgent.setContentsMargins(8, 8, 8, 8)
        urgent.setSpacing(4)
        self.emergency_text = plain_label("", "emergencyText")
        urgent.addWidget(self.emergency_text)
        self.emergency_button = QPushButton()
        self.emergency_button.setObjectName("emergencyButton")
        self.emergency_button.setAutoDefault(False)
        self.emergency_button.clicked.connect(self.emergency_requested)
        urgent.addWidget(self.emergency_button)
        self.focus_order.append(self.emergency_button)
        # The emergency numbers of the service's own pack, in one quiet line.
        self.numbers = plain_label("", "emergencyNumbers")
        self.numbers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        urgent.addWidget(self.numbers)
        self.emergency.hide()
        layout.addWidget(self.emergency)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("How serious is it?"))
        answers = {YES: self.tr("Yes"), NO: self.tr("No"), NOT_ASKED: self.tr("Not asked")}
        for group in self.groups.values():
            for value, text in answers.items():
                radio = group.button(value)
                radio.setText(text)
                radio.setAccessibleName(text)
        self.level_label.setText(self.tr("Risk level:"))
        self.level.setAccessibleName(self.tr("Risk level for this conversation"))
        for position in range(self.level.count()):
            self.level.setItemText(position, self.risk_word(str(self.level.itemData(position))))
        self.emergency_button.setText(self.tr("Use the acute-danger action…"))
        self.emergency_button.setAccessibleName(self.tr("Use the acute-danger action"))
        if self._words is not None:
            self._show_words(*self._words)

    def risk_word(self, level: str) -> str:
        words = {
            "none": self.tr("Not set"),
            "low": self.tr("Low"),
            "medium": self.tr("Medium"),
            "high": self.tr("High"),
            "acute": self.tr("Acute"),
        }
        return words.get(level, level)

    def show_state(
        self,
        answers: dict[str, bool],
        computed: str | None,
        risk: str,
        resources: list[models.HelpResource],
    ) -> None:
        """What the answers, the computed level and the chosen level are now (no signals)."""
        self._words = (computed, risk, resources)
        self._updating = True
        try:
            for item_id, group in self.groups.items():
                value = answers.get(item_id)
                wanted = NOT_ASKED if value is None else (YES if value else NO)
                if group.checkedId() != wanted:
                    group.button(wanted).setChecked(True)
            position = self.level.findData(risk)
            if position >= 0 and position != self.level.currentIndex():
                self.level.setCurrentIndex(position)
        finally:
            self._updating = False
        self._show_words(computed, risk, resources)

    def _show_words(
        self, computed: str | None, risk: str, resources: list[models.HelpResource]
    ) -> None:
        """The suggested level and, at high or acute, the advice and the emergency numbers."""
        if computed is None:
            self.computed.setText(self.tr("The checklist suggests: nothing answered yet"))
        else:
            self.computed.setText(
                self.tr("The checklist suggests: {0}").format(self.risk_word(computed))
            )
        urgent = suggests_emergency(risk)
        if urgent:
            self.emergency_text.setText(
                self.tr("Acute risk: consider the acute-danger action")
                if risk == "acute"
                else self.tr("High risk: consider the acute-danger action")
            )
        self.emergency.setVisible(urgent)
        numbers = " · ".join(f"{r.number} {r.name}" for r in resources if r.number)
        self.numbers.setText(self.tr("Emergency numbers: {0}").format(numbers) if numbers else "")
        self.numbers.setVisible(bool(numbers))

    def _toggled(self, item_id: str, button_id: int, checked: bool) -> None:
        if checked and not self._updating:
            self.answered.emit(item_id, _VALUE[button_id])

    def _picked(self, position: int) -> None:
        level = self.level.itemData(position)
        if isinstance(level, str):
            self.risk_picked.emit(level)

    def answer_button(self, item_id: str, value: bool | None) -> QRadioButton:
        """The Yes / No / Not asked button of a question (for tests and keyboard checks)."""
        wanted = NOT_ASKED if value is None else (YES if value else NO)
        button = self.groups[item_id].button(wanted)
        assert isinstance(button, QRadioButton)
        return button
