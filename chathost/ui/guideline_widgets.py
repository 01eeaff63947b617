"""The small pieces of the guideline panel: plain-text labels, buttons that say what they do
to a screen reader, a guideline's Markdown body, a help resource, a phrase, a dismissed card's
row and a titled section.

A guideline is written by the centre's admins: its Markdown is rendered without HTML, its
images are never loaded and its links never open. Everything else is shown as plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from chathost.protocol import models
from chathost.ui.retranslate import Retranslating


def plain_label(text: str = "", object_name: str = "", wrap: bool = True) -> QLabel:
    """A label that can only ever show its text literally."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    if object_name:
        label.setObjectName(object_name)
    return label


def small_button(text: str = "", accessible_name: str = "", object_name: str = "") -> QPushButton:
    """A compact button whose spoken name says what it acts on ("Dismiss Mobbing", not only
    "Dismiss"); the owner sets both texts again when the language changes."""
    button = QPushButton(text)
    button.setAutoDefault(False)
    button.setAccessibleName(accessible_name)
    button.setObjectName(object_name or "guidelineButton")
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return button


def resource_line(resource: models.HelpResource) -> str:
    """What Insert puts into the reply: "Alarmtelefonen for barn og unge: 116 111 (hele døgnet)"
    — the guideline's own words, in the conversation's language."""
    contact = resource.number or resource.url
    line = f"{resource.name}: {contact}" if contact else resource.name
    return f"{line} ({resource.hours})" if resource.hours else line


def copy_text(text: str) -> None:
    """Onto the system clipboard (plain text), if there is one."""
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(text)


def markdown_html(markdown: str, font: QFont) -> str:
    """A guideline's Markdown as HTML for a label: no raw HTML (MarkdownNoHTML), no images
    (never loaded, from disk or anywhere), headings bold but no larger than the card title."""
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setMarkdown(
        markdown,
        QTextDocument.MarkdownFeature.MarkdownDialectGitHub
        | QTextDocument.MarkdownFeature.MarkdownNoHTML,
    )
    images: list[tuple[int, int]] = []
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            cursor = QTextCursor(block)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            heading = QTextCharFormat()
            heading.setProperty(QTextCharFormat.Property.FontSizeAdjustment, 0)
            heading.setFontWeight(QFont.Weight.Bold)
            cursor.mergeCharFormat(heading)
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                images.append((fragment.position(), fragment.length()))
            it += 1
        block = block.next()
    for position, length in reversed(images):
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
    return document.toHtml()


class MarkdownView(QLabel):
    """A guideline's Markdown body, formatted and wrapped to the panel's width (the panel
    scrolls, not each card). Links are shown but never open; text can be selected."""

    def __init__(self, markdown: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidelineBody")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.markdown = markdown
        self.setText(markdown_html(markdown, self.font()))


class ResourceRow(Retranslating, QWidget):
    """A help resource: name, number and hours, a note; Insert puts a line into the reply and
    Copy copies the number."""

    insert_text = Signal(str)

    def __init__(
        self, resource: models.HelpResource, note: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.resource = resource
        self.focus_order: list[QWidget] = []
        self._copied = False  # "Copied" shows on the button for a moment after a copy
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(1)
        self.name = plain_label(resource.name, "resourceName")
        layout.addWidget(self.name)
        contact = " · ".join(x for x in (resource.number or resource.url, resource.hours) if x)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.contact = plain_label(contact, "resourceContact")
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.contact, 1)
        self.insert_button: QPushButton | None = None
        self.copy_button: QPushButton | None = None
        if resource.number or resource.url:
            self.insert_button = small_button()
            self.copy_button = small_button()
            self.insert_button.clicked.connect(
                lambda: self.insert_text.emit(resource_line(resource))
            )
            self.copy_button.clicked.connect(self.copy)
            row.addWidget(self.insert_button, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
            self.focus_order += [self.insert_button, self.copy_button]
        if contact or self.insert_button is not None:
            layout.addLayout(row)
        if resource.note and note:
            layout.addWidget(plain_label(resource.note, "resourceNote"))
        self.retranslate()

    def retranslate(self) -> None:
        name = self.resource.name
        if self.insert_button is not None:
            self.insert_button.setText(self.tr("Insert"))
            self.insert_button.setAccessibleName(self.tr("Insert {0} into the reply").format(name))
        if self.copy_button is not None:
            self.copy_button.setAccessibleName(self.tr("Copy the number of {0}").format(name))
        self._show_copied()

    def copy(self) -> None:
        copy_text(self.resource.number or self.resource.url)
        button = self.copy_button
        if button is not None:
            self._copied = True
            self._show_copied()
            QTimer.singleShot(1500, button, self._copy_done)

    def _copy_done(self) -> None:
        self._copied = False
        self._show_copied()

    def _show_copied(self) -> None:
        if self.copy_button is not None:
            self.copy_button.setText(self.tr("Copied") if self._copied else self.tr("Copy"))


class PhraseRow(Retranslating, QWidget):
    insert_text = Signal(str)

    def __init__(self, phrase: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phrase = phrase
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(6)
        self.text = plain_label(phrase, "phraseText")
        layout.addWidget(self.text, 1)
        self.insert_button = small_button()
        self.insert_button.clicked.connect(lambda: self.insert_text.emit(phrase))
        layout.addWidget(self.insert_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def retranslate(self) -> None:
        phrase = self.phrase
        short = phrase if len(phrase) <= 60 else phrase[:57] + "…"
        self.insert_button.setText(self.tr("Insert"))
        self.insert_button.setAccessibleName(self.tr("Insert the phrase: {0}").format(short))


class DismissedRow(Retranslating, QWidget):
    """A dismissed card, compact: its title and Reopen."""

    reopen_requested = Signal(str)

    def __init__(self, guideline: models.Guideline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guideline = guideline
        self.setObjectName("dismissedRow")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 0, 2)
        layout.setSpacing(6)
        layout.addWidget(plain_label(guideline.title, "dismissedTitle"), 1)
        self.reopen_button = small_button()
        self.reopen_button.clicked.connect(lambda: self.reopen_requested.emit(guideline.id))
        layout.addWidget(self.reopen_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def retranslate(self) -> None:
        self.reopen_button.setText(self.tr("Reopen"))
        self.reopen_button.setAccessibleName(self.tr("Reopen {0}").format(self.guideline.title))


class Section(QWidget):
    """A titled part of the panel; its owner sets the heading (and hint) in its language."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = QVBoxLayout()
        self.items.setContentsMargins(0, 0, 0, 0)
        self.items.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.heading = plain_label(title, "panelSection")
        layout.addWidget(self.heading)
        self.hint = plain_label("", "sectionHint")
        self.hint.hide()
        layout.addWidget(self.hint)
        layout.addLayout(self.items)

    def widgets(self) -> list[QWidget]:
        found = []
        for index in range(self.items.count()):
            item = self.items.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None:
                found.append(widget)
        return found

    def clear(self) -> None:
        while self.items.count():
            self.items.takeAt(0)
