"""Screenshots of the console for docs/screenshots: the login, the main window with three
conversations, the private notes (panel, banners, wipe receipt), the connection banner and
the workstation lock.
Run under a virtual screen:

    Xvfb :99 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb python scripts/screenshots.py [language]
"""

from __future__ import annotations  # noqa: I001 (PySide6 before qasync)

import asyncio
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

import aiohttp
import qasync

from chathost.app import Console, _qt_app
from chathost.core.api import BackendError
from chathost.core.backoff import Backoff
from chathost.core.config import CentreConfig
from chathost.core.credentials import TokenStore, keyring_status
from chathost.core.notes_store import WipeReceipt
from chathost.core.shift_notes import NotesPlace, NotesStatus, Offer, ShiftNotes
from chathost.devtools.memory_keyring import TRUSTED, MemoryKeyring
from chathost.devtools.protoclient import VisitorClient
from chathost.server import demo
from chathost.server.app import build_app, start
from chathost.server.config import ServerConfig
from chathost.ui import i18n
from chathost.ui.errors import describe
from chathost.ui.settings import SettingsStore
from chathost.ui.theme import apply_theme
from chathost.ui.wipe_receipt import show_receipt

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


async def settle(seconds: float = 0.4) -> None:
    """Screenshots only: let the window paint."""
    await asyncio.sleep(seconds)


def pretend(
    notes: ShiftNotes, status: NotesStatus, reason: str = "", offer: Offer | None = None
) -> None:
    """Screenshots only: show the notes in a state this demo computer is not in."""
    notes.status, notes.reason, notes.offer = status, reason, offer
    notes.changed.emit()


def shoot(widget: QWidget, name: str, suffix: str) -> None:
    path = OUT / f"{name}{suffix}.png"
    widget.grab().save(str(path))
    print(path)


async def main(app: QApplication, language: str) -> None:
    suffix = "" if language == "en" else f"-{language}"
    translators = i18n.install(app, language)
    work = Path(tempfile.mkdtemp(prefix="chathost-shots-"))
    config = ServerConfig(db_path=str(work / "chat.sqlite3"))

    async def seed(storage: object) -> None:
        await demo.seed(storage, time.time())  # type: ignore[arg-type]

    server = build_app(config, seed=seed)
    runner, url = await start(server, "127.0.0.1", 0)
    async with aiohttp.ClientSession() as http:
        store = SettingsStore(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
        keyring = MemoryKeyring()
        console = Console(
            app,
            http,
            CentreConfig(server_url="https://chat.example-centre.no"),
            store,
            TokenStore(keyring, trusted=TRUSTED),
            backoff=Backoff(base=1, cap=2),
            notes_place=NotesPlace(work / "notes", lambda: keyring, TRUSTED),
        )
        await console.begin()
        login = console.login
        assert login is not None
        login.username.setText("host1")
        login.password.setText("demo-host-1")
        await settle()
        shoot(login, "login", suffix)
        login.show_error(describe(BackendError("wrong_credentials")))
        await settle()
        shoot(login, "login-error", suffix)
        login.error.hide()
        login.server.setText(url)
        login.submit()
        await console.ready.wait()
        window = console.window
        assert window is not None and console.session is not None
        window.resize(1400, 860)
        session = console.session
        await session.stream.wait_online(10)
        await session.snapshot_loaded.wait()
        await session.start_shift()

        lines = [
            ("ung", "nb", ["Hei. Jeg vet ikke helt hvorfor jeg skriver hit.", "Er det noen der?"],
             ["Hei, du skriver med en chattevert. Jeg er her nå. Hva har du på hjertet?"],
             ["Det har vært mye i det siste. Skole, og ting hjemme.",
              "Jeg sover nesten ikke, og jeg orker ikke å være sammen med noen."]),
            ("nuoret", "fi", ["Moi. Onko tämä se chat, johon voi kirjoittaa mistä vaan?"],
             ["Hei, keskustelet chat-päivystäjän kanssa. Mitä mielessäsi on?"],
             ["Kaverit on alkanut jättää mut ulkopuolelle, enkä tiedä miksi."]),
            ("ung", "nb", ["<b>hei</b> \u202eer dette trygt?"], [], ["hallo?"]),
        ]
        visitors = []
        for service, language_code, opening, replies, more in lines:
            visitor = VisitorClient(url, http)
            await visitor.open(service, language_code)
            await visitor.connect()
            for text in opening:
                await visitor.send(text)
            conversation = await session.take(visitor.conversation)
            for text in replies:
                session.send_message(conversation.id, text)
            visitors.append((visitor, more))
        waiting = VisitorClient(url, http)
        await waiting.open("ung", "nb")
        await waiting.connect()
        await settle(1.0)
        window.tabs.jump(0)
        for visitor, more in visitors:
            for text in more:
                await visitor.send(text)
        window.tabs.tabs()[0].composer.setPlainText("Takk for at du forteller meg dette. ")
        await settle(1.0)
        shoot(window, "main-window", suffix)
        for theme in ("dark", "contrast"):  # the same conversations in the other themes
            apply_theme(app, theme)
            await settle(1.0)
            shoot(window, f"theme-{theme}", suffix)
        apply_theme(app, "")

        # Private notes: kept notes offered back, a refused keyring, the panel, the receipt.
        notes = console.notes
        assert notes is not None
        offer = Offer(work / "kept.db", "kept", time.time() - 2 * 3600)
        pretend(notes, "offered", offer=offer)
        await settle()
        shoot(window, "notes-offer-banner", suffix)
        insecure = keyring_status(MemoryKeyring(), ())
        pretend(notes, "refused", f"notes need a protected OS keyring: {insecure.reason}")
        await settle()
        shoot(window, "notes-refused-banner", suffix)
        pretend(notes, "ready")
        tab = window.tabs.tabs()[0]
        assert tab.notes_panel is not None and window.scratchpad is not None
        tab.notes_panel.editor.setPlainText(
            "Skole og søvn. Bor med mor. Har en venn å ringe.\nAvtalt: snakke med helsesykepleier."
        )
        window.scratchpad.panel.editor.setPlainText("Ringe vakttelefonen kl. 02 om Vega.")
        await settle(1.0)
        shoot(window, "notes-panel", suffix)
        receipt = show_receipt(window, WipeReceipt("demo", 3, ["notes-demo.db"], True, 0.012))
        await settle()
        shoot(receipt, "wipe-receipt", suffix)
        receipt.accept()
        dialog = window.open_settings()
        await settle()
        shoot(dialog, "settings", suffix)
        dialog.reject()
        question = window.tabs.request_close(window.tabs.tabs()[0])
        assert question is not None
        await settle()
        shoot(question, "close-question", suffix)
        question.reject()
        window.shift_bar.request_end()
        assert window.shift_bar.question is not None
        await settle()
        shoot(window.shift_bar.question, "end-shift-question", suffix)
        window.shift_bar.question.reject()

        # The guideline panel: a visitor writes about suicide; the card fires.
        first, _ = visitors[0]
        await first.send("Noen ganger har jeg selvmordstanker. Jeg vil bare at alt skal stoppe.")
        await settle(1.0)
        tab = window.tabs.tabs()[0]
        window.tabs.jump(0)
        tab.escalation_bar.help_button.click()
        await settle(1.0)
        shoot(window, "guideline-panel", suffix)
        for item, value in (("plan", True), ("preparations", False), ("means", True)):
            tab.guidance.answer(item, value)
        await settle(1.0)
        shoot(tab.panel, "risk-checklist", suffix)
        question = tab.support.confirm_acute()
        assert question is not None
        await settle()
        shoot(question, "acute-question", suffix)
        click = next(b for b in question.buttons() if question.buttonRole(b).name == "AcceptRole")
        click.click()
        await settle(1.0)
        shoot(window, "acute-steps", suffix)
        window.resize(1366, 728)  # a common laptop screen, less the task bar
        await settle(1.0)
        shoot(window, "acute-steps-laptop", suffix)
        window.resize(1400, 860)
        await settle()
        refer = await tab.support._open_refer()
        refer.note.setPlainText("Snakker om skole og søvn. Rolig nå.")
        await settle()
        shoot(refer, "refer-dialog", suffix)
        refer.reject()
        handback = window.tabs.open_handback(tab)
        handback.field.add_button.click()
        await settle()
        shoot(handback, "handback-dialog", suffix)
        handback.reject()
        second = window.tabs.tabs()[1]
        window.tabs.jump(1)
        await session.end(second.conversation_id)
        await settle(1.0)
        shoot(window, "wrapup-form", suffix)
        window.tabs.jump(0)

        # The workstation lock: counts only, and the password field ready to type in.
        screen = window.lock.screen
        window.activateWindow()  # as when the host walked away from it
        window.lock.lock()
        await settle()
        shoot(window, "lock-screen", suffix)
        screen.password.setText("demo-host-1")
        screen.submit()
        while window.lock.locked:
            await settle(0.1)
        window.lock.lock_on_restart()  # as a console started with a kept session opens
        await settle()
        shoot(window, "lock-screen-restarted", suffix)
        screen.password.setText("demo-host-1")
        screen.submit()
        while window.lock.locked:
            await settle(0.1)

        await runner.cleanup()  # the server goes away: the banner appears
        tab = window.tabs.tabs()[0]
        tab.composer.clear()
        session.send_message(tab.conversation_id, "Er du trygg akkurat nå?")
        await settle(1.5)
        shoot(window, "reconnect-banner", suffix)
        window.lock.lock()  # locked while offline: the password cannot be checked now
        screen.password.setText("demo-host-1")
        screen.submit()
        while screen.busy:
            await settle(0.1)
        await settle()
        shoot(window, "lock-screen-offline", suffix)
        for visitor, _ in visitors:
            await visitor.disconnect()
        await waiting.disconnect()
        await console.close()
    del translators


def run_script(main: Callable[[QApplication, str], Awaitable[None]]) -> None:
    """`python script.py [language]`: the Qt application, the qasync loop, the shots."""
    OUT.mkdir(parents=True, exist_ok=True)
    qt = _qt_app(sys.argv[:1])
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(qt)) as run:
        run.run(main(qt, language))


if __name__ == "__main__":
    run_script(main)
