"""Screenshots of the supervisors' screens for docs/screenshots: the floor view (four calls
for help, three in sight), a supervisor reading along in a tab, a whisper in a host's tab, a
warm transfer offered to a host, the host's "Transfer…" dialog, and the break reminder. Run
under a virtual screen:

    Xvfb :99 -screen 0 1600x1000x24 -nolisten tcp &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb python scripts/screenshots_floor.py [language]
"""

from __future__ import annotations  # noqa: I001 (PySide6 before qasync)

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

import aiohttp

from chathost.app import Console
from chathost.core.backoff import Backoff
from chathost.core.config import CentreConfig
from chathost.core.credentials import TokenStore
from chathost.core.shift_notes import NotesPlace
from chathost.devtools.memory_keyring import TRUSTED, MemoryKeyring
from chathost.devtools.protoclient import StaffClient, VisitorClient, new_id
from chathost.protocol import frames
from chathost.server import demo
from chathost.server.app import build_app, start
from chathost.server.config import ServerConfig
from chathost.ui import i18n
from chathost.ui.settings import SettingsStore
from chathost.ui.transfer_offers import OfferCard
from screenshots import run_script, settle, shoot  # the script beside this one

PASSWORDS = {a.username: a.password for a, _name, _services in demo.DEMO_ACCOUNTS}


async def console_for(
    app: QApplication, http: aiohttp.ClientSession, url: str, work: Path, username: str
) -> Console:
    store = SettingsStore(QSettings(str(work / f"{username}.ini"), QSettings.Format.IniFormat))
    keyring = MemoryKeyring()
    console = Console(
        app,
        http,
        CentreConfig(server_url=url),
        store,
        TokenStore(keyring, trusted=TRUSTED),
        backoff=Backoff(base=1, cap=2),
        notes_place=NotesPlace(work / f"notes-{username}", lambda: keyring, TRUSTED),
    )
    await console.begin()
    assert console.login is not None
    console.login.username.setText(username)
    console.login.password.setText(PASSWORDS[username])
    console.login.submit()
    await console.ready.wait()
    assert console.window is not None and console.session is not None
    console.window.resize(1400, 860)
    await console.session.stream.wait_online(10)
    await console.session.snapshot_loaded.wait()
    return console


async def staff(http: aiohttp.ClientSession, url: str, username: str) -> StaffClient:
    client = StaffClient(url, http)
    await client.login(username, PASSWORDS[username])
    await client.connect()
    await client.start_shift()
    return client


async def visitor(
    http: aiohttp.ClientSession, url: str, service: str, language: str, lines: list[str]
) -> VisitorClient:
    client = VisitorClient(url, http)
    await client.open(service, language)
    await client.connect()
    for text in lines:
        await client.send(text)
    return client


async def main(app: QApplication, language: str) -> None:
    suffix = "" if language == "en" else f"-{language}"
    app.setQuitOnLastWindowClosed(False)  # two consoles come and go in this script
    translators = i18n.install(app, language)
    work = Path(tempfile.mkdtemp(prefix="chathost-floor-shots-"))
    config = ServerConfig(db_path=str(work / "chat.sqlite3"))

    async def seed(storage: object) -> None:
        await demo.seed(storage, time.time())  # type: ignore[arg-type]

    server = build_app(config, seed=seed)
    runner, url = await start(server, "127.0.0.1", 0)
    async with aiohttp.ClientSession() as http:
        host1 = await staff(http, url, "host1")
        host2 = await staff(http, url, "host2")
        visitors = [
            await visitor(http, url, "ung", "nb", ["Hei. Jeg har det ikke så bra i kveld."]),
            await visitor(http, url, "ung", "nb", ["Jeg har tenkt på å ta livet mitt."]),
            await visitor(http, url, "nuoret", "fi", ["Moi, voiko täällä puhua koulusta?"]),
            await visitor(http, url, "ung", "nb", ["Kjæresten min slo opp."]),
            await visitor(http, url, "ung", "nb", ["Faren min drikker igjen."]),
            await visitor(http, url, "nuoret", "fi", ["En jaksa enää mitään."]),
        ]
        held = []
        for index, client in enumerate(visitors):
            holder = host1 if index % 2 == 0 else host2
            held.append((holder, (await holder.take(client.conversation)).id))
        await host1.send(held[0][1], "Hei, du skriver med en chattevert. Hva skjer i kveld?")
        await host2.flag_acute(held[1][1])
        # Four calls at once: the box above the floor shows three and scrolls to the fourth.
        await host1.ask_help(held[2][1])
        await host1.set_risk(held[4][1], "high")
        await host1.ask_help(held[4][1])
        await host2.ask_help(held[5][1])
        waiting = await visitor(http, url, "ung", "nb", ["Er det noen der?"])

        # The supervisor's floor.
        boss = await console_for(app, http, url, work, "super1")
        window = boss.window
        assert window is not None and boss.session is not None
        await boss.session.start_shift()
        await host1.request_debrief()
        await settle(1.5)
        window.show_floor()
        await settle(1.0)
        shoot(window, "floor-view", suffix)

        # Reading along in a tab, and a whisper to the host.
        conversation = held[0][1]
        window.open_from_floor(conversation)
        await settle(1.5)
        await visitors[0].send("Mamma og jeg krangler hele tiden.")
        await boss.session.whisper(conversation, "Fint at du spør åpent. Spør gjerne om søvn.")
        await settle(1.5)
        shoot(window, "supervising-tab", suffix)

        # The host's side: a host console sees the supervisor and the whisper.
        host_console = await console_for(app, http, url, work, "host1")
        host_window = host_console.window
        assert host_window is not None and host_console.session is not None
        await boss.session.whisper(conversation, "Jeg leser med. Si fra om du vil at jeg blir med.")
        await settle(1.5)
        for index, tab in enumerate(host_window.tabs.tabs()):
            if tab.conversation_id == conversation:
                host_window.tabs.jump(index)
        await host_console.session.whisper(conversation, "Takk! Hun virker rolig nå.")
        await settle(1.5)
        shoot(host_window, "whisper-host", suffix)

        # The supervisor joins and starts an answer: the host sees it before it is sent.
        await boss.session.supervise(conversation, "joined")
        await boss.session.typing(conversation, True)
        await settle(1.5)
        shoot(host_window, "colleague-writing", suffix)
        await boss.session.typing(conversation, False)
        await boss.session.supervise(conversation, "reading")
        await settle()

        # A warm transfer offered to host1's console, as the colleague sees it.
        await host2.offer_transfer(
            held[3][1], "host1", "Kjæresten slo opp i går. Rolig, men sover dårlig."
        )
        await settle(1.5)
        shoot(host_window, "transfer-offer", suffix)
        for card in host_window.transfer_offers.findChildren(OfferCard):
            card.answer(False)  # declined: the banner goes

        # The host's own "Transfer…" dialog: one colleague can take it, one is greyed (paused).
        await host2.command(frames.ShiftPause(id=new_id()))
        await settle(1.0)
        tab = next(t for t in host_window.tabs.tabs() if t.conversation_id == conversation)
        dialog = await tab.escalation_bar.open_transfer_dialog()
        assert dialog is not None
        dialog.note.setPlainText(
            "Krangler mye med mamma og sover dårlig. Rolig nå, ingen fare i kveld. "
            "Sigrid har lest med."
        )
        await settle()
        shoot(dialog, "transfer-dialog", suffix)
        dialog.reject()

        # The break reminder, as after an hour and forty minutes of conversations (screenshots
        # only: the clocks run ahead, the shift's too, so the two times agree).
        reminder = host_window.break_reminder
        real_clock = reminder.clock
        reminder.clock = lambda: real_clock() + 100 * 60
        host_window.shift_bar.clock = lambda: time.time() + 112 * 60
        host_window.shift_bar.refresh()
        host_window.break_banner.tick()
        await settle(1.0)
        shoot(host_window, "break-banner", suffix)

        for client in (*visitors, waiting):
            await client.disconnect()
        await host_console.close()
        await boss.close()
        await host1.disconnect()
        await host2.disconnect()
    await runner.cleanup()
    del translators


if __name__ == "__main__":
    run_script(main)
