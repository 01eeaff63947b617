"""The short anonymous statistics form after a conversation ends (or is referred on), inline in
its tab so it never pops up over another conversation. Risk level and referral are filled in
by the server from the conversation; free text only where the centre has allowed it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from chathost.protocol import models
from chathost.ui.retranslate import Retranslating
from chathost.ui.tasks import spawn

# Words for the default form's fields and options; a centre's own ids are shown as written.
LABELS = {
    "topics": QT_TRANSLATE_NOOP("Wrapup", "Topics"),
    "age_group": QT_TRANSLATE_NOOP("Wrapup", "Age group"),
    "gender": QT_TRANSLATE_NOOP("Wrapup", "Gender"),
    "suicide": QT_TRANSLATE_NOOP("Wrapup", "Suicidal thoughts"),
    "self-harm": QT_TRANSLATE_NOOP("Wrapup", "Self-harm"),
    "violence-abuse": QT_TRANSLATE_NOOP("Wrapup", "Violence or abuse"),
    "mental-health": QT_TRANSLATE_NOOP("Wrapup", "Mental health"),
    "bullying": QT_TRANSLATE_NOOP("Wrapup", "Bullying"),
    "loneliness": QT_TRANSLATE_NOOP("Wrapup", "Loneliness"),
    "relationships": QT_TRANSLATE_NOOP("Wrapup", "Family and relationships"),
    "school-work": QT_TRANSLATE_NOOP("Wrapup", "School or work"),
    "identity": QT_TRANSLATE_NOOP("Wrapup", "Identity and sexuality"),
    "other": QT_TRANSLATE_NOOP("Wrapup", "Other"),
    "under-13": QT_TRANSLATE_NOOP("Wrapup", "Under 13"),
    "13-15": QT_TRANSLATE_NOOP("Wrapup", "13–15"),
    "16-19": QT_TRANSLATE_NOOP("Wrapup", "16–19"),
    "20-25": QT_TRANSLATE_NOOP("Wrapup", "20–25"),
    "over-25": QT_TRANSLATE_NOOP("Wrapup", "Over 25"),
    "unknown": QT_TRANSLATE_NOOP("Wrapup", "Don't know"),
    "girl": QT_TRANSLATE_NOOP("Wrapup", "Girl / woman"),
    "boy": QT_TRANSLATE_NOOP("Wrapup", "Boy / man"),
    "non-binary": QT_TRANSLATE_NOOP("Wrapup", "Non-binary"),
}


def label_for(key: str, fallback: str | None = None) -> str:
    known = LABELS.get(key)
    if known is not None:
        return QCoreApplication.translate("Wrapup", known)
    return fallback or key.replace("-", " ").replace("_", " ")


class WrapupForm(Retranslating, QFrame):
    """The form's fields come from the centre (default ids are worded by `label_for`); every
    word of it follows the host's language, also while it is open."""

    done = Signal()

    def __init__(
        self,
        form: models.WrapupForm,
        submit: Callable[[models.WrapupAnswers], Awaitable[None]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wrapupForm")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.form = form
        self._submit = submit
        # What the status line says: "saving", "saved", or "failed" with the reason.
        self._status: tuple[str, str] | None = None
        self.title = QLabel()
        self.title.setObjectName("wrapupTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        fields = QFormLayout()
        self.choices: dict[str, list[QCheckBox] | QComboBox] = {}
        self._field_labels: dict[str, QLabel] = {}
        for field in form.fields:
            label = QLabel()
            self._field_labels[field.id] = label
            if field.multiple:
                box = QWidget()
                grid = QVBoxLayout(box)
                grid.setContentsMargins(0, 0, 0, 0)
                checks = []
                for option in field.options:
                    check = QCheckBox()
                    check.setProperty("option", option)
                    grid.addWidget(check)
                    checks.append(check)
                self.choices[field.id] = checks
                fields.addRow(label, box)
            else:
                combo = QComboBox()
                combo.addItem("", None)
                for option in field.options:
                    combo.addItem("", option)
                label.setBuddy(combo)
                self.choices[field.id] = combo
                fields.addRow(label, combo)
        self.comment: QPlainTextEdit | None = None
        self.comment_label: QLabel | None = None
        if form.allow_comment:
            self.comment = QPlainTextEdit()
            self.comment.setTabChangesFocus(True)
            self.comment.setMaximumHeight(70)
            self.comment_label = QLabel()
            self.comment_label.setBuddy(self.comment)
            fields.addRow(self.comment_label, self.comment)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.save_button = QPushButton()
        self.skip_button = QPushButton()
        for button in (self.save_button, self.skip_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(fields)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.skip_button.clicked.connect(self._skip)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Wrap-up: anonymous statistics"))
        self.intro.setText(
            self.tr(
                "Nothing here identifies the visitor. The risk level and any referral are "
                "recorded for you."
            )
        )
        for field in self.form.fields:
            name = label_for(field.id, field.label)
            self._field_labels[field.id].setText(name)
            widget = self.choices[field.id]
            if isinstance(widget, QComboBox):
                widget.setAccessibleName(name)
                widget.setItemText(0, self.tr("—"))
                for position in range(1, widget.count()):
                    widget.setItemText(position, label_for(str(widget.itemData(position))))
            else:
                for check in widget:
                    check.setText(label_for(str(check.property("option"))))
                    check.setAccessibleDescription(name)  # the question it answers
        if self.comment is not None and self.comment_label is not None:
            self.comment_label.setText(self.tr("Comment"))
            self.comment.setAccessibleName(self.tr("Comment"))
            self.comment.setPlaceholderText(self.tr("No names, places or contact details."))
        self.save_button.setText(self.tr("Save"))
        self.skip_button.setText(self.tr("Skip"))
        self._show_status()

    def answers(self) -> models.WrapupAnswers:
        answers: dict[str, list[str]] = {}
        for field_id, widget in self.choices.items():
            if isinstance(widget, QComboBox):
                value = widget.currentData()
                answers[field_id] = [value] if value else []
            else:
                answers[field_id] = [str(c.property("option")) for c in widget if c.isChecked()]
        comment = self.comment.toPlainText().strip() if self.comment is not None else ""
        return models.WrapupAnswers(answers=answers, comment=comment or None)

    def save(self) -> None:
        self.save_button.setEnabled(False)
        self._set_status("saving")
        spawn(self._save(), self._failed)

    async def _save(self) -> None:
        await self._submit(self.answers())
        if not isValid(self):  # the tab was closed meanwhile; the answers are saved
            return
        self._set_status("saved")
        self.skip_button.hide()
        self.save_button.hide()
        self.done.emit()

    def _failed(self, message: str) -> None:
        if not isValid(self):
            return
        self._set_status("failed", message)
        self.save_button.setEnabled(True)

    def _set_status(self, kind: str, reason: str = "") -> None:
        self._status = (kind, reason)
        self._show_status()

    def _show_status(self) -> None:
        kind, reason = self._status or ("", "")
        if kind == "saving":
            text = self.tr("Saving…")
        elif kind == "saved":
            text = self.tr("Saved. Thank you.")
        elif kind == "failed":
            text = self.tr("Not saved: {0} Try again.").format(reason)
        else:
            text = ""
        self.status.setText(text)

    def _skip(self) -> None:
        self.hide()
        self.done.emit()
