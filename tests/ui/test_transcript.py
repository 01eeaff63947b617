"""The transcript shows remote text literally and stays fast with many messages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QListView, QStyleOptionViewItem

from chathost.core.outbox import Outbox
from chathost.protocol import models
from chathost.ui.transcript import HiddenRole, StateRole, TranscriptModel
from chathost.ui.transcript_view import MessageDelegate

HOSTILE = [
    "<img src=x onerror=alert(1)>",
    "<b>bold?</b> <a href='https://evil.example'>click</a>",
    "abc\u202edlrow olleh",
    "x" * 200_000,
]


def message(seq: int, text: str, sender: str = "visitor", client_id: str | None = None):
    return models.Message(
        conversation="c1",
        seq=seq,
        sender=sender,
        text=text,
        created_at=1_700_000_000.0 + seq,
        client_id=client_id,
    )


@pytest.fixture
def view(qtbot):
    model = TranscriptModel()
    widget = QListView()
    widget.setModel(model)
    delegate = MessageDelegate(widget)
    widget.setItemDelegate(delegate)
    widget.resize(600, 800)
    qtbot.addWidget(widget)
    widget.show()
    return widget, model, delegate


def option_for(widget) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(widget)
    option.rect.setSize(QSize(widget.viewport().width(), 100))
    return option


def test_hostile_text_is_laid_out_as_the_literal_characters(view):
    widget, model, delegate = view
    for seq, text in enumerate(HOSTILE, start=1):
        model.add_message(message(seq, text))
    option = option_for(widget)
    for row, text in enumerate(HOSTILE[:3]):
        shown = model.data(model.index(row))
        assert text in shown  # the characters themselves, tags and all
        layout = delegate._layout(shown, option, 400)
        assert layout.text() == shown and not layout.formats()  # plain text, no formatting
    image = widget.grab()  # painting all of it works
    assert not image.isNull()


def test_a_huge_message_is_capped_with_show_more_and_expands(view):
    widget, model, delegate = view
    model.add_message(message(1, "y" * 200_000))
    index = model.index(0)
    assert model.data(index, HiddenRole) == 198_000
    height = delegate.sizeHint(option_for(widget), index).height()
    assert 0 < height < 2_000  # a screenful or so, not 200,000 characters of it
    model.expand(0)
    assert model.data(index, HiddenRole) == 0
    assert "y" * 200_000 in model.data(index).replace("\u200b", "")


def test_appending_ten_thousand_messages_inserts_rows_without_resets(view, qtbot):
    _widget, model, _ = view
    inserts, resets = [], []
    model.rowsInserted.connect(lambda *a: inserts.append(a))
    model.modelReset.connect(lambda: resets.append(1))
    for seq in range(1, 10_001):
        model.add_message(message(seq, f"melding {seq}"))
    assert model.rowCount() == 10_000 and len(inserts) == 10_000 and not resets
    model.add_message(message(5000, "duplicate"))  # a replay changes nothing
    assert model.rowCount() == 10_000


def test_own_message_goes_pending_then_sent_then_read_in_one_row(view):
    _widget, model, _ = view
    outbox = Outbox()
    item = outbox.add("c1", "Jeg er her")
    model.show_outgoing(item)
    assert model.data(model.index(0), StateRole) == "pending"
    outbox.failed(item.client_id, "storage_failed", "x")
    model.show_outgoing(item)
    assert model.rowCount() == 1 and model.data(model.index(0), StateRole) == "failed"
    model.add_message(message(1, "Jeg er her", sender="host", client_id=item.client_id))
    assert model.rowCount() == 1 and model.data(model.index(0), StateRole) == "sent"
    model.set_read_upto(1)
    assert model.data(model.index(0), StateRole) == "read"


def test_a_long_conversation_opens_at_its_newest_messages_and_loads_older_ones_going_up(qtbot):
    from chathost.ui.transcript_view import TranscriptView

    model = TranscriptModel()
    view = TranscriptView(model)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    model.set_messages([message(seq, f"melding {seq}") for seq in range(1, 1001)], 0)
    assert model.rowCount() == TranscriptModel.WINDOW and model.has_older
    assert model.full_text(0) == f"melding {1001 - TranscriptModel.WINDOW}"
    bar = view.verticalScrollBar()
    view.doItemsLayout()
    assert bar.value() == bar.maximum() > 0  # opened at the newest message

    top_before = model.full_text(0)
    bar.setValue(bar.minimum())  # the host scrolls to the top of what is loaded
    assert model.rowCount() == 2 * TranscriptModel.WINDOW
    assert model.full_text(TranscriptModel.WINDOW) == top_before
    assert bar.value() > bar.minimum()  # still looking at the same message, not jumped
    texts = [model.full_text(i) for i in range(model.rowCount())]
    assert texts == [f"melding {seq}" for seq in range(601, 1001)]

    # New messages still arrive at the end, in one insert when several come together.
    inserts = []
    model.rowsInserted.connect(lambda _p, first, last: inserts.append((first, last)))
    model.add_messages([message(seq, f"ny {seq}") for seq in (1001, 1002, 1003)])
    assert inserts == [(400, 402)]
    model.add_messages([message(1002, "ny 1002"), message(500, "melding 500")])
    assert model.rowCount() == 403  # a duplicate is ignored; an old one waits further up
    while model.has_older:
        model.load_older()
    assert [model.full_text(i) for i in range(3)] == ["melding 1", "melding 2", "melding 3"]
    assert model.rowCount() == 1003
