"""The host's private notes in the running console, against the real server: typed notes are
saved encrypted as the host types and wiped with the shift (whoever ends it), a keyring that
is not protected means no notes but a working console, notes of a crashed console come back
only if the host wants them, and notes leave the computer only as a handover note the host
added and read."""

from __future__ import annotations

import asyncio
import secrets
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from chathost.app import Console
from chathost.core.notes_store import KEY_SERVICE, WipeReceipt
from chathost.core.shift_notes import NotesPlace
from chathost.devtools.protoclient import new_id
from chathost.protocol import frames
from chathost.ui.handback_dialog import HandbackDialog
from chathost.ui.wipe_receipt import describe_receipt
from tests.conftest import PASSWORDS
from tests.core.test_notes_store import plaintext_anywhere
from tests.ui.console_fixtures import (
    MemoryKeyring,
    click,
    log_in,
    make_console,
    one_conversation,
    question_box,
    unlock_attempt,
    wait_for,
)

KEY_GONE = "\n1 file deleted\nThe key was removed from the keyring."


def keyring_of(console: Console) -> MemoryKeyring:
    keyring = console.notes_place.backend()
    assert isinstance(keyring, MemoryKeyring)
    return keyring


def note_keys(console: Console) -> list[str]:
    return [name for service, name in keyring_of(console).entries if service == KEY_SERVICE]


def cache_files(tmp_path: Path) -> list[str]:
    folder = tmp_path / "notes"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


async def notes_become(console: Console, status: str) -> None:
    assert console.window is not None and console.notes is not None
    notes = console.notes
    await wait_for(
        lambda: notes.status == status, console, extra=(console.window.bridge.notes_changed,)
    )


def receipt_box(console: Console) -> QMessageBox | None:
    assert console.window is not None
    boxes = [b for b in console.window.findChildren(QMessageBox) if b.isVisible()]
    return next((b for b in boxes if b.text().startswith("Your notes were deleted")), None)


async def receipt_shown(console: Console) -> QMessageBox:
    assert console.window is not None
    await wait_for(
        lambda: receipt_box(console) is not None,
        console,
        extra=(console.window.bridge.notes_wiped, console.window.bridge.notes_changed),
    )
    box = receipt_box(console)
    assert box is not None
    return box


def canary() -> str:
    return "canary-" + secrets.token_hex(12)


async def test_notes_autosave_encrypted_and_are_wiped_when_the_host_ends_the_shift(
    console, clients, tmp_path, monkeypatch, qtbot
):
    # SQLite's temporary files (if any) would go to TMPDIR: one we search whole.
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    await log_in(console)
    window, session = console.window, console.session
    scratchpad = window.scratchpad.panel
    assert not scratchpad.editor.isEnabled()  # off shift: nothing to keep notes for
    assert scratchpad.status.text() == "Start your shift to keep notes."

    await session.start_shift()
    await notes_become(console, "ready")
    visitor = await clients.visitor("ung", "nb")
    await session.take(visitor.conversation)
    await wait_for(lambda: window.tabs.count() == 1, console)
    tab = window.tabs.tabs()[0]
    panel = tab.notes_panel
    assert panel is not None and panel.editor.isEnabled() and scratchpad.editor.isEnabled()
    assert "deleted when your shift ends" in panel.editor.placeholderText()

    secret_one, secret_two = canary(), canary()
    QTest.keyClicks(panel.editor, f"lives with {secret_one}")
    QTest.keyClicks(scratchpad.editor, f"call back {secret_two}")
    assert console.notes.text(tab.conversation_id) == f"lives with {secret_one}"
    await console.notes.flush()
    assert panel.status.text() == "Saved automatically as you type."
    [cache] = cache_files(tmp_path)
    assert cache.startswith("notes-") and cache.endswith(".db")
    assert len(note_keys(console)) == 1
    assert Path(tempfile.gettempdir()) == temp
    # Not in the cache, the server's database, the settings or a temporary file: nowhere.
    assert plaintext_anywhere(secret_one, tmp_path) == []
    assert plaintext_anywhere(secret_two, tmp_path) == []

    # The tab of the same conversation made again during the shift shows the notes again.
    window.tabs._remove(tab)
    tab = window.tabs.open(visitor.conversation)
    assert tab.notes_panel.text() == f"lives with {secret_one}"

    # End the conversation, then the shift from the shift bar: the receipt, and nothing left.
    await session.end(visitor.conversation)
    window.shift_bar.end_button.click()
    box = await receipt_shown(console)
    assert box.text().startswith("Your notes were deleted in ")
    assert box.text().endswith(" s.\n2 notes" + KEY_GONE)
    assert box.windowModality() == Qt.WindowModality.WindowModal
    assert cache_files(tmp_path) == [] and note_keys(console) == []
    assert list(temp.iterdir()) == []
    assert tab.notes_panel.text() == "" and scratchpad.text() == ""
    await notes_become(console, "off")
    assert not scratchpad.editor.isEnabled()
    box.accept()


async def test_the_server_ending_the_shift_wipes_the_notes_too(console, clients, tmp_path, qtbot):
    await log_in(console)
    window, session = console.window, console.session
    await session.start_shift()
    await notes_become(console, "ready")
    QTest.keyClicks(window.scratchpad.panel.editor, "ring the GP back at nine")
    await console.notes.flush()
    assert len(cache_files(tmp_path)) == 1

    # The same host ends the shift from another computer: the server tells this console.
    elsewhere = await clients.staff("host1")
    await elsewhere.command(frames.ShiftEnd(id=new_id()))
    box = await receipt_shown(console)
    assert box.text().endswith("\n1 note" + KEY_GONE)
    assert cache_files(tmp_path) == [] and note_keys(console) == []
    assert window.scratchpad.panel.text() == ""
    assert window.shift_bar.status.text() == "Off shift"


async def test_a_disabled_account_logs_out_and_wipes_the_notes(console, clients, tmp_path, qtbot):
    await log_in(console)
    window, session = console.window, console.session
    await session.start_shift()
    await notes_become(console, "ready")
    QTest.keyClicks(window.scratchpad.panel.editor, "the visitor in Bergen")
    await console.notes.flush()
    admin = await clients.staff("admin", connect=False)
    await admin.call("POST", "/admin/users/host1/disable")
    await asyncio.wait_for(console.login_shown.wait(), 10)
    assert cache_files(tmp_path) == [] and note_keys(console) == []
    login = console.login
    assert login is not None and login.notice.isVisible()
    assert login.notice.text().startswith("Your notes were deleted in ")
    assert login.notice.text().endswith("\n1 note" + KEY_GONE)
    assert login.error.isVisible()  # and why they were logged out


async def test_logging_out_or_quitting_with_notes_asks_and_the_login_shows_the_receipt(
    console, clients, tmp_path, qtbot
):
    await log_in(console)
    window, session = console.window, console.session
    await session.start_shift()
    await notes_become(console, "ready")
    QTest.keyClicks(window.scratchpad.panel.editor, "debrief: the long call at 01:40")
    await console.notes.flush()

    # No conversation is open, but quitting would delete the notes: it asks first.
    window.close()
    box = question_box(window)
    assert box.text() == "Your private notes of this shift will be deleted. Quit anyway?"
    click(box, "Cancel")
    assert window.isVisible()

    window.request_logout()
    box = question_box(window)
    assert box.text() == "Your private notes of this shift will be deleted. Log out anyway?"
    click(box, "Log out anyway")
    await asyncio.wait_for(console.login_shown.wait(), 10)
    login = console.login
    assert login.isVisible() and not login.error.isVisible()
    assert login.notice.text().startswith("Your notes were deleted in ")
    assert login.notice.text().endswith("\n1 note" + KEY_GONE)
    assert login.notice.textFormat() == Qt.TextFormat.PlainText
    assert cache_files(tmp_path) == [] and note_keys(console) == []
    assert receipt_box_on_closed_window(window)


def receipt_box_on_closed_window(window) -> bool:
    """The logout's receipt went to the login dialog, not to the window that closed."""
    from shiboken6 import isValid

    if not isValid(window):
        return True
    return not any(
        b.isVisible() and b.text().startswith("Your notes")
        for b in window.findChildren(QMessageBox)
    )


async def test_without_a_protected_keyring_there_are_no_notes_but_the_console_works(
    console, clients, tmp_path, qtbot
):
    keyring = keyring_of(console)
    console.notes_place = NotesPlace(tmp_path / "notes", lambda: keyring, ())  # not trusted
    visitor, tab = await one_conversation(console, clients)
    window = console.window
    await notes_become(console, "refused")
    banner = window.notes_banner
    assert banner.isVisible() and banner.label.textFormat() == Qt.TextFormat.PlainText
    text = banner.label.text()
    assert text.startswith("Notes are switched off on this computer; everything else works.")
    assert "Ask whoever installed ChatHost to set up the system keyring" in text
    assert console.notes.reason in text and "protected OS keyring" in text
    assert not banner.open_button.isVisible() and not banner.delete_button.isVisible()
    for panel in (tab.notes_panel, window.scratchpad.panel):
        assert not panel.editor.isEnabled()
        assert panel.status.text().startswith("Notes are switched off on this computer")
    QTest.keyClicks(window.scratchpad.panel.editor, "typed anyway")
    assert console.notes.texts == {}
    assert cache_files(tmp_path) == [] and note_keys(console) == []

    # Everything else works: the host answers the visitor.
    QTest.keyClicks(tab.composer, "Jeg er her.")
    QTest.keyClick(tab.composer, Qt.Key.Key_Return)
    got = await visitor.wait_for(frames.VisitorMessageFrame, lambda f: f.message.sender == "host")
    assert got.message.text == "Jeg er her."
    assert cache_files(tmp_path) == []


async def crash(console: Console) -> None:
    """The console dies without wiping: its notes stay on disk, its session in the keyring."""
    notes = console.notes
    assert notes is not None and notes._store is not None
    notes._closed = True  # it follows nothing any more (it is dead)
    store = notes._store
    await store._run(store._conn.close)
    store._pool.shutdown(wait=True)
    console.notes = None
    if console.window is not None:
        console.window.force_close()
        console.window = None
    await console.close()


async def restart(server, http, tmp_path, keyring: MemoryKeyring) -> Console:
    """A new console on the same computer: it picks up the session kept in the keyring."""
    again = make_console(server.url, http, tmp_path, keyring)
    await again.begin()
    assert again.window is not None and again.session is not None
    await again.session.stream.wait_online(10)
    assert await unlock_attempt(again.window, PASSWORDS["host1"]) == ""  # it starts locked
    return again


async def test_notes_of_a_crashed_console_are_offered_back_to_the_same_host(
    console, clients, server, http, tmp_path, qtbot
):
    keyring = keyring_of(console)
    visitor, tab = await one_conversation(console, clients)
    await notes_become(console, "ready")
    QTest.keyClicks(tab.notes_panel.editor, "agreed: talk to the school nurse")
    QTest.keyClicks(console.window.scratchpad.panel.editor, "tea break at 3")
    await console.notes.flush()
    [kept] = cache_files(tmp_path)
    await crash(console)
    assert cache_files(tmp_path) == [kept]

    again = await restart(server, http, tmp_path, keyring)
    try:
        await notes_become(again, "offered")
        window = again.window
        banner = window.notes_banner
        assert banner.isVisible()
        assert banner.label.text().startswith("Notes from this shift (started ")
        assert banner.label.text().endswith(
            "were kept when ChatHost closed unexpectedly. Open them to carry on, or delete them."
        )
        assert banner.open_button.isVisible() and banner.delete_button.isVisible()
        await wait_for(lambda: window.tabs.count() == 1, again)  # still held by this host
        tab = window.tabs.tabs()[0]
        assert tab.notes_panel.text() == "" and not tab.notes_panel.editor.isEnabled()

        banner.open_button.click()
        await notes_become(again, "ready")
        assert tab.notes_panel.text() == "agreed: talk to the school nurse"
        assert window.scratchpad.panel.text() == "tea break at 3"
        assert banner.isHidden() and cache_files(tmp_path) == [kept]
        # The opened notes are saved as before, into the same cache.
        QTest.keyClicks(tab.notes_panel.editor, "; she agreed")
        await again.notes.flush()
        assert again.notes._store is not None
        assert (await again.notes._store.load())[visitor.conversation].endswith("she agreed")
        await crash(again)
    finally:
        if again.window is not None:
            again.window.force_close()
        await again.close()

    # Once more, and this time the host deletes them: an empty cache instead.
    third = await restart(server, http, tmp_path, keyring)
    try:
        await notes_become(third, "offered")
        banner = third.window.notes_banner
        banner.delete_button.click()
        click(banner.question, "Keep them")  # the safe default: nothing happens
        assert third.notes.status == "offered"
        banner.delete_button.click()
        click(banner.question, "Delete them")
        box = await receipt_shown(third)
        # Deleted unopened: how many notes it held is not known, so not said.
        assert box.text() == (
            "Your notes were deleted.\n1 file deleted\nThe key was removed from the keyring."
        )
        await notes_become(third, "ready")
        assert len(cache_files(tmp_path)) == 1 and len(note_keys(third)) == 1
        assert await third.notes._store.load() == {}
        assert third.notes.texts == {} and third.window.scratchpad.panel.text() == ""
        assert third.window.tabs.tabs()[0].notes_panel.text() == ""
    finally:
        if third.window is not None:
            third.window.force_close()
        await third.close()
    assert cache_files(tmp_path) == []


async def test_add_my_notes_hands_the_previewed_note_on_with_a_referral(
    console, clients, server, qtbot
):
    visitor, tab = await one_conversation(console, clients)
    await notes_become(console, "ready")
    QTest.keyClicks(tab.notes_panel.editor, "Worried about exams. Has a friend to call.")

    dialog = await tab.support._open_refer()
    field = dialog.field
    assert field.add_button.isVisibleTo(dialog) and dialog.note.toPlainText() == ""
    items = [dialog.list.item(i) for i in range(dialog.list.count())]
    dialog.list.setCurrentItem(
        next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == "nuoret")
    )
    field.add_button.click()
    assert dialog.note.toPlainText() == "Worried about exams. Has a friend to call."
    assert not field.add_button.isEnabled()  # once: pressing again would double it
    assert dialog.count.text() == "42 of 1000 characters"
    dialog.note.setPlainText(dialog.note.toPlainText().replace(" Has a friend to call.", ""))
    dialog.refer_button.click()
    await wait_for(lambda: "Referred to" in tab.status.text(), console)

    # Exactly what the host saw in the field, nothing more, reaches the next host.
    other = await clients.staff("host2", shift=True)
    waiting = {e.conversation: e for q in (await other.snapshot()).queues for e in q.waiting}
    assert waiting[visitor.conversation].handover_note == "Worried about exams."
    stored = await server.ctx.storage.get_conversation(visitor.conversation)
    assert stored.handover_note == "Worried about exams."


async def test_private_notes_stay_here_unless_the_host_adds_them(console, clients, server, qtbot):
    visitor, tab = await one_conversation(console, clients)
    await notes_become(console, "ready")
    secret = canary()
    QTest.keyClicks(tab.notes_panel.editor, f"private {secret}")
    dialog = await tab.support._open_refer()
    items = [dialog.list.item(i) for i in range(dialog.list.count())]
    dialog.list.setCurrentItem(
        next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == "nuoret")
    )
    dialog.refer_button.click()  # without "Add my notes"
    await wait_for(lambda: "Referred to" in tab.status.text(), console)
    stored = await server.ctx.storage.get_conversation(visitor.conversation)
    assert stored.handover_note is None
    assert plaintext_anywhere(secret, Path(server.config.db_path).parent) == []

    # A conversation without private notes has no button to add them.
    second = await clients.visitor("ung", "nb")
    await console.session.take(second.conversation)
    await wait_for(lambda: console.window.tabs.tab_for(second.conversation) is not None, console)
    other_tab = console.window.tabs.tab_for(second.conversation)
    refer = await other_tab.support._open_refer()
    assert not refer.field.add_button.isVisibleTo(refer)
    refer.reject()


async def test_handing_back_with_my_notes_shows_them_to_the_next_host(
    console, clients, server, qtbot
):
    visitor, tab = await one_conversation(console, clients)
    window, session = console.window, console.session
    await notes_become(console, "ready")
    QTest.keyClicks(tab.notes_panel.editor, "Calmer now. Asked about the youth centre.")

    window.tabs.request_close(tab)
    click(question_box(window.tabs), "Hand back to the queue")
    [dialog] = [d for d in tab.findChildren(HandbackDialog) if d.isVisible()]
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.note.toPlainText() == ""
    dialog.field.add_button.click()
    assert dialog.note.toPlainText() == "Calmer now. Asked about the youth centre."
    dialog.handback_button.click()
    await wait_for(lambda: window.tabs.count() == 0, console)

    stored = await server.ctx.storage.get_conversation(visitor.conversation)
    assert stored.status == "queued"
    assert stored.handover_note == "Calmer now. Asked about the youth centre."
    tree = window.queue.tree

    def note_rows() -> list[str]:
        items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        return [item.child(0).text(0) for item in items if item.childCount()]

    await wait_for(
        lambda: note_rows() == ["Handed back: Calmer now. Asked about the youth centre."],
        console,
    )

    # The next host (here: this one again) sees the note above the conversation.
    await session.take(visitor.conversation)
    await wait_for(lambda: window.tabs.count() == 1, console)
    again = window.tabs.tabs()[0]
    await wait_for(lambda: again.handover.isVisibleTo(again), console)
    assert again.handover.text() == (
        "Handed back to the queue earlier. Handover note: Calmer now. Asked about the youth centre."
    )

    # Handing back a conversation without pressing "Add my notes": no note leaves.
    second = await clients.visitor("ung", "nb")
    await session.take(second.conversation)
    await wait_for(lambda: window.tabs.tab_for(second.conversation) is not None, console)
    second_tab = window.tabs.tab_for(second.conversation)
    QTest.keyClicks(second_tab.notes_panel.editor, "only mine")
    window.tabs.request_close(second_tab)
    click(question_box(window.tabs), "Hand back to the queue")
    [dialog] = [d for d in second_tab.findChildren(HandbackDialog) if d.isVisible()]
    dialog.handback_button.click()
    await wait_for(
        lambda: window.tabs.tab_for(second.conversation) is None,
        console,
        extra=(window.tabs.counts_changed,),
    )
    stored = await server.ctx.storage.get_conversation(second.conversation)
    assert stored.status == "queued" and stored.handover_note is None


async def test_a_failed_save_is_shown_and_the_text_stays_until_it_is_saved(
    console, clients, tmp_path, qtbot
):
    await log_in(console)
    window, notes = console.window, console.notes
    await console.session.start_shift()
    await notes_become(console, "ready")
    store = notes._store
    real_save = store.save
    notes.retry_after = 0.05  # the disk has room again soon

    async def disk_full(scope: str, text: str, now: float | None = None) -> None:
        raise OSError(28, "No space left on device")

    store.save = disk_full
    QTest.keyClicks(window.scratchpad.panel.editor, "the caller from Tromsø")
    await wait_for(lambda: bool(notes.save_error), console, extra=(window.bridge.notes_changed,))
    banner = window.notes_banner
    assert banner.isVisible()
    assert banner.label.text().startswith("Your notes could not be saved: OSError")
    assert banner.label.text().endswith("What you wrote stays on screen; ChatHost keeps trying.")
    assert window.scratchpad.panel.status.text().startswith("Not saved: OSError")
    assert window.scratchpad.panel.text() == "the caller from Tromsø"
    assert window.scratchpad.panel.editor.isEnabled()

    store.save = real_save
    await wait_for(lambda: not notes.save_error, console, extra=(window.bridge.notes_changed,))
    assert banner.isHidden()
    assert window.scratchpad.panel.status.text() == "Saved automatically as you type."
    assert await store.load() == {"": "the caller from Tromsø"}


def test_the_receipt_warns_when_something_may_be_left(qapp):
    done = WipeReceipt("s1", 3, ["notes-s1.db"], True, 0.0123)
    assert describe_receipt(done) == (
        "Your notes were deleted in 0.01 s.\n3 notes\n1 file deleted\n"
        "The key was removed from the keyring."
    )
    key_left = WipeReceipt("s1", 1, ["notes-s1.db", "notes-s1.db-journal"], False, 0.5)
    text = describe_receipt(key_left)
    assert text == (
        "Your notes may not have been deleted completely. Tell your supervisor, or run "
        "“chathost wipe” on this computer.\n1 note\n2 files deleted\n"
        "The key could NOT be removed from the keyring."
    )
    failed = WipeReceipt("s1", 0, [], False)  # the wipe itself failed
    assert describe_receipt(failed).endswith(
        "\n0 files deleted\nThe key could NOT be removed from the keyring."
    )
