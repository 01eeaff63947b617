"""What a person in front of the screen can read: every visible widget's text, tooltip and
accessible name, window and tab titles, and the rows of every visible list."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)


def _model_texts(view: QAbstractItemView) -> list[str]:
    model, found = view.model(), []
    if model is None:
        return found

    def children(parent: QModelIndex) -> list[QModelIndex]:
        listing = isinstance(model, QAbstractListModel)  # its columnCount is not public
        rows, columns = model.rowCount(parent), 1 if listing else model.columnCount(parent)
        return [model.index(r, c, parent) for r in range(rows) for c in range(columns)]

    pending = children(QModelIndex())
    while pending:
        index = pending.pop()
        found.append(str(model.data(index) or ""))
        if index.column() == 0:
            pending += children(index)
    return found


def visible_text(window: QWidget) -> str:
    """Everything a passer-by could read: every visible widget of the window and its dialogs,
    the window titles, tab titles, tooltips and the rows of every visible list."""
    texts = [window.windowTitle()]
    widgets = [window, *window.findChildren(QWidget)]
    widgets += [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    for widget in widgets:
        if not widget.isVisible():
            continue
        texts += [widget.toolTip(), widget.accessibleName()]
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView):
            texts += _model_texts(widget)
    return "\n".join(texts)
