"""The emergency steps of one conversation, shown the moment the host flags acute danger, from
the service's own pack (numbers are the centre's data, never ours). They show at once, whether
or not the console is online; the line at the top says where the alert stands."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from chathost.core.escalations import EscalationDesk
from chathost.core.failures import CommandFailed
from chathost.core.guidance import Guidance
from chathost.core.state import ConsoleState
from chathost.protocol import frames
from chathost.ui.errors import describe
from chathost.ui.guideline_widgets import MarkdownView, copy_text, markdown_html, resource_line
from chathost.ui.retranslate import Retranslating
from chathost.ui.timefmt import clock_time


class AcuteSteps(Retranslating, QFrame):
    insert_text = Signal(str)

    def __init__(
        self,
        state: ConsoleState,
        desk: EscalationDesk,
        conversation_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("acuteSteps")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.state = state
        self.desk = desk
        self.conversation_id = conversation_id
        self.title = QLabel()
        self.title.setObjectName("acuteTitle")
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setObjectName("acuteStatus")
        self.steps = MarkdownView("")
        self.steps_area = QScrollArea()
        self.steps_area.setWidget(self.steps)
        self.steps_area.setWidgetResizable(True)
        self.steps_area.setFrameShape(QFrame.Shape.NoFrame)
        self.steps_area.setMaximumHeight(170)  # the conversation stays in view
        self.steps_area.setObjectName("acuteStepsText")
        self.numbers = QGridLayout()
        self.hide_button = QPushButton()
        self.hide_button.setAutoDefault(False)
        self.hide_button.clicked.connect(self.hide)
        # What the steps were filled from, once shown: a language change fills them again.
        self._guidance: Guidance | None = None
        self._filled = False
        self._filled_from: object = None  # the pack content the steps show
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.hide_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addLayout(self.numbers)
        layout.addWidget(self.steps_area)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        """The fixed texts; once the steps were shown, their buttons and the alert's status
        line again."""
        self.title.setText(self.tr("Acute danger — emergency steps"))
        self.hide_button.setText(self.tr("Hide the steps"))
        self.hide_button.setToolTip(self.tr("The flag stays; the steps can be shown again."))
        if self._filled:
            self._fill(self._guidance)
            self.refresh()

    def show_steps(self, guidance: Guidance | None) -> None:
        self._guidance, self._filled = guidance, True
        self._fill(guidance)
        self.refresh()
        self.show()

    def packs_changed(self) -> None:
        """The guideline packs arrived or changed (the host may flag danger before they are
        in): shown steps take the new numbers and text, and are left alone otherwise, so a
        button the host is about to press stays where it is."""
        if self._filled and _content(self._guidance) != self._filled_from:
            self._fill(self._guidance)

    def _fill(self, guidance: Guidance | None) -> None:
        self._filled_from = _content(guidance)
        while self.numbers.count():
            item = self.numbers.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once, not when the deferred delete comes round
                widget.deleteLater()
        resources = guidance.emergency_resources() if guidance is not None else []
        documents = guidance.by_topic("acute-danger") if guidance is not None else []
        self.steps.setText(markdown_html(documents[0].body, self.steps.font()) if documents else "")
        self.steps_area.setVisible(bool(documents))
        if not resources:
            missing = QLabel(
                self.tr(
                    "This service's guideline pack has no emergency numbers. "
                    "Call your supervisor now."
                )
            )
            missing.setWordWrap(True)
            self.numbers.addWidget(missing, 0, 0, 1, 4)
            return
        for row, resource in enumerate(resources):
            number = QLabel(resource.number)
            number.setObjectName("emergencyNumber")
            number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            name = QLabel(f"{resource.name}" + (f" — {resource.hours}" if resource.hours else ""))
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setWordWrap(True)
            copy = QPushButton(self.tr("Copy"))
            copy.setAccessibleName(self.tr("Copy {0}").format(resource.number))
            copy.clicked.connect(lambda _=False, r=resource: copy_text(r.number))
            insert = QPushButton(self.tr("Insert"))
            insert.setAccessibleName(self.tr("Insert {0} into the reply").format(resource.number))
            insert.clicked.connect(
                lambda _=False, r=resource: self.insert_text.emit(resource_line(r))
            )
            for button in (copy, insert):
                button.setAutoDefault(False)
            self.numbers.addWidget(number, row, 0)
            self.numbers.addWidget(name, row, 1)
            self.numbers.addWidget(copy, row, 2)
            self.numbers.addWidget(insert, row, 3)
        self.numbers.setColumnStretch(1, 1)

    def refresh(self) -> None:
        press = self.desk.pending.get(self.conversation_id)
        acute = [e for e in self.state.escalations_of(self.conversation_id) if e.kind == "acute"]
        latest = acute[-1] if acute else None
        if press is not None and press.error is not None:
            reason = describe(CommandFailed(frames.Error(code=press.error, message="")))
            self.status.setText(
                self.tr("The flag could not be set: {0} Call your supervisor now.").format(reason)
            )
        elif press is not None and self.desk.online:
            self.status.setText(
                self.tr("Sending the alert to the supervisors… Follow the steps now.")
            )
        elif press is not None:
            self.status.setText(
                self.tr(
                    "Not sent yet: no connection to the server. The alert goes out as soon as "
                    "the console is back online. Follow the steps now."
                )
            )
        elif latest is not None and latest.status == "acknowledged":
            self.status.setText(
                self.tr("{0} has answered and is coming.").format(
                    latest.acknowledged_by_name or latest.acknowledged_by or ""
                )
            )
        elif latest is not None:
            self.status.setText(
                self.tr("Supervisors alerted at {0}. Follow the steps now.").format(
                    clock_time(latest.raised_at)
                )
            )
        else:
            self.status.setText(self.tr("Follow the steps now."))


def _content(guidance: Guidance | None) -> object:
    if guidance is None:
        return None
    return (
        tuple(g.body for g in guidance.by_topic("acute-danger")),
        tuple(guidance.emergency_resources()),
    )
