"""`chathost`: the composition root of the desktop console. It builds the core (session,
attention, token store) and the UI (login dialog, main window) and wires them on one qasync
event loop. Nothing else imports both."""

from __future__ import annotations  # noqa: I001 (PySide6 must be imported before qasync)

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Awaitable, Callable
from typing import TextIO
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication  # PySide6 before qasync

import aiohttp
import qasync
from keyring.backend import KeyringBackend

from chathost import __version__
from chathost.core.api import BackendError
from chathost.core.attention import Attention
from chathost.core.backoff import Backoff
from chathost.core.config import (
    CONSOLE_LANGUAGES,
    CentreConfig,
    CommandLine,
    ConfigError,
    HostChoices,
    Settings,
    choices_after,
    effective_settings,
    load_centre_config,
)
from chathost.core.credentials import TokenStore
from chathost.core.notes_store import (
    WipeReceipt,
    caches_in,
    notes_dir,
    owner_tag,
    wipe_all,
    wipe_stale,
)
from chathost.core.session import ConsoleSession
from chathost.core.shift_notes import NotesPlace, ShiftNotes
from chathost.guidelines.cli import add_commands as add_guideline_commands
from chathost.ui import i18n
from chathost.ui.bridge import Bridge
from chathost.ui.errors import describe
from chathost.ui.dialogs import Text
from chathost.ui.gc_guard import MainThreadCollector
from chathost.ui.login_dialog import LoginDialog, LoginForm
from chathost.ui.main_window import MainWindow, app_icon, stylesheet
from chathost.ui.selftest import run_self_test
from chathost.ui.settings import SettingsStore
from chathost.ui.tasks import spawn
from chathost.ui.theme import Themes, apply_theme
from chathost.ui.wipe_receipt import describe_receipt

log = logging.getLogger("chathost")


class Console:
    """One run of the console: log in (or pick up the session kept in the keyring), the main
    window, and back to the login after logging out, until the host quits."""

    def __init__(
        self,
        app: QApplication,
        http: aiohttp.ClientSession,
        centre: CentreConfig,
        settings_store: SettingsStore,
        token_store: TokenStore,
        server_locked: bool = False,
        backoff: Backoff | None = None,
        notes_place: NotesPlace | None = None,
        flags: CommandLine | None = None,
    ) -> None:
        self.app = app
        self.notes_place = notes_place or NotesPlace(notes_dir(), _os_keyring)
        self.notes: ShiftNotes | None = None
        self.backoff = backoff
        self.http = http
        self.settings_store = settings_store
        # What the host chose (kept) and what is in effect (the centre's, theirs, the flags').
        self.choices = settings_store.load()
        in_effect = effective_settings(centre, self.choices, flags or CommandLine())
        self.centre = in_effect.centre
        self.settings = in_effect.settings
        # The language in effect (flag, host, centre, system), switchable while running.
        self.catalogues = i18n.Catalogues(app)
        self.catalogues.use(i18n.resolve_language(self.settings.language))
        apply_theme(app, self.settings.theme, self.settings.font_size)  # before any window
        self.token_store = token_store
        self.server_locked = server_locked
        self.session: ConsoleSession | None = None
        self.window: MainWindow | None = None
        self.login: LoginDialog | None = None
        self.ready = asyncio.Event()  # the main window is up
        self.login_shown = asyncio.Event()  # the login dialog is up
        # Set to end the run; the loop keeps going until every session is closed.
        self.quit_requested = asyncio.Event()

    @property
    def server_url(self) -> str:
        return self.centre.server_url or self.settings.last_server

    # -------------------------------------------------------------- logging in

    async def begin(self) -> None:
        """Wipe the notes of shifts that are over, then pick up a kept session if there is one
        (locked until its host gives the password again); otherwise show the login."""
        await self.wipe_stale_notes()
        stored = await self.token_store.load(self.server_url) if self.server_url else None
        if stored is not None:
            session = self._new_session(self.server_url, self.centre.ca_file)
            try:
                await session.restore(stored.token)
            except BackendError as exc:
                await session.close()
                if exc.kind == "unauthorized":
                    await self.token_store.forget(self.server_url)
                failed = exc  # worded again if the host switches language at the login
                self.show_login((lambda: describe(failed)) if exc.kind != "unauthorized" else "")
                return
            self._open_main(session)
            assert self.window is not None
            self.window.lock.lock_on_restart()
            return
        self.show_login()

    async def wipe_stale_notes(self) -> list[WipeReceipt]:
        """Before anything else: caches older than the longest shift (a crash, a power cut)."""
        place, limit = self.notes_place, self.centre.max_shift_seconds

        def job() -> list[WipeReceipt]:
            if not caches_in(place.directory):
                return []  # no keyring call (no D-Bus) on the common path
            return wipe_stale(place.directory, place.backend(), limit)

        try:
            receipts = await asyncio.get_running_loop().run_in_executor(None, job)
        except Exception as exc:
            log.error("notes: old caches could not be wiped: %s", type(exc).__name__)
            return []
        if receipts:
            log.info("notes: wiped %d cache(s) of shifts that are over", len(receipts))
        return receipts

    def _new_session(self, url: str, ca_file: str | None) -> ConsoleSession:
        return ConsoleSession(url, self.http, ca_file, self.backoff)

    def show_login(self, message: Text = "") -> LoginDialog:
        dialog = LoginDialog(
            self.attempt,
            server_url=self.server_url,
            username=self.settings.last_username,
            ca_file=self.centre.ca_file,
            server_locked=self.server_locked,
        )
        dialog.setWindowIcon(app_icon())
        dialog.rejected.connect(self._login_cancelled)
        if message:
            dialog.show_error(message)
        self.login = dialog
        dialog.show()
        self.login_shown.set()
        return dialog

    def _login_cancelled(self) -> None:
        if self.window is None:
            self.quit_requested.set()

    async def attempt(self, form: LoginForm) -> None:
        session = self._new_session(form.server_url, form.ca_file)
        try:
            await session.login(form.username, form.password)
        except BaseException:
            await session.close()
            raise
        assert session.api.token is not None
        await self.token_store.save(form.server_url, form.username, session.api.token)
        remembered = {"last_server": form.server_url, "last_username": form.username}
        self.choices = replace(self.choices, **remembered)
        self.settings = replace(self.settings, **remembered)
        self.settings_store.save(self.choices)
        self._open_main(session)

    # -------------------------------------------------------------- the main window

    def _open_main(self, session: ConsoleSession) -> None:
        self.session = session
        attention = Attention(session.state, self.centre.wait_alert_seconds)
        assert session.state.user is not None
        # Made before the session starts, so that it sees the first shift the server reports.
        self.notes = ShiftNotes(
            session.state,
            self.notes_place,
            owner_tag(session.api.base_url, session.state.user.username),
        )
        bridge = Bridge(session, attention)
        session.start()
        window = MainWindow(
            bridge,
            self.settings,
            phrases=self.centre.phrases_for,
            wait_alert_seconds=self.centre.wait_alert_seconds,
            notes=self.notes,
            lock_idle_seconds=self.centre.lock_idle_seconds,
            break_after_seconds=self.centre.break_after_seconds,
        )
        window.logout_requested.connect(lambda: spawn(self.logout()))
        window.settings_changed.connect(self._settings_changed)
        bridge.connection.connect(self._connection_changed)
        self.window = window
        if self.login is not None:
            self.login.hide()
            self.login = None
        self.login_shown.clear()
        window.show()
        window.raise_()
        window.activateWindow()
        self.ready.set()

    def _settings_changed(self, settings: Settings) -> None:
        self.choices = choices_after(self.choices, self.settings, settings)
        self.settings = settings
        self.settings_store.save(self.choices)
        self.catalogues.use(i18n.resolve_language(settings.language))
        apply_theme(self.app, settings.theme, settings.font_size)

    def _connection_changed(self, status: str) -> None:
        session = self.session
        if status == "stopped" and session is not None and session.stream.ended_reason:
            spawn(self.logout(reason=session.stream.ended_reason))

    async def logout(self, reason: str | None = None) -> None:
        """Drop the session everywhere: on the server, in the keyring, on screen."""
        session, window = self.session, self.window
        self.session = None
        if session is None:
            return
        url = session.api.base_url
        receipt = await self._wipe_notes()
        await session.close(logout=reason is None)
        await self.token_store.forget(url)
        ended = BackendError("unauthorized")
        login = self.show_login((lambda: describe(ended)) if reason else "")
        # The host sees that their notes are gone, even if the window that said so closes now.
        unseen = window.unseen_receipt() if window is not None else ""
        if receipt is not None or unseen:
            login.show_notice(describe_receipt(receipt) if receipt is not None else unseen)
        if window is not None:
            window.force_close()
            window.deleteLater()  # see close(): a window left alive keeps every later change
        self.window = None
        self.ready.clear()

    async def close(self) -> None:
        """Quitting keeps the session in the keyring (the next start picks it up), but never
        the notes. Unless the console is locked: then the session ends too, so that starting
        the console again does not open the conversations without the password."""
        locked = self.window is not None and self.window.lock.locked
        await self._wipe_notes()
        if self.session is not None:
            await self.session.close(logout=locked)
            if locked:
                await self.token_store.forget(self.session.api.base_url)
            self.session = None
        # Deleted, not only closed: the application may go on (a test run, or a console that
        # is started again in the same process), and every window left alive would still get
        # each later style and language change.
        if self.window is not None:
            self.window.force_close()
            self.window.deleteLater()
            self.window = None
        if self.login is not None:
            self.login.close()
            self.login.deleteLater()
            self.login = None
        self.catalogues.close()

    async def _wipe_notes(self) -> WipeReceipt | None:
        notes, self.notes = self.notes, None
        if self.window is not None:
            self.window.bridge.detach_notes()  # the receipt is for the login, not this window
        return await notes.close() if notes is not None else None


def _os_keyring() -> KeyringBackend:
    import keyring

    return keyring.get_keyring()


# ------------------------------------------------------------------ running


def _qt_app(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("ChatHost")
    app.setOrganizationName("ChatHost")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("chathost")  # Wayland matches the window to chathost.desktop
    app.setWindowIcon(app_icon())
    Themes.of(app)  # notes the platform's own style before the stylesheet hides it
    app.setStyleSheet(stylesheet())
    if app.findChild(MainThreadCollector) is None:
        MainThreadCollector(parent=app)  # Qt objects are never collected off the GUI thread
    return app


def _run_on_qt(app: QApplication, main: Callable[[], Awaitable[int]]) -> int:
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        return runner.run(main())


def _quit_signals(app: QApplication, quit_requested: asyncio.Event) -> None:
    """Closing the last window, Ctrl+C or a SIGTERM end the run through `quit_requested`, so
    sessions and sockets are closed before the loop stops (app.quit() would stop it at once)."""
    app.setQuitOnLastWindowClosed(False)
    app.lastWindowClosed.connect(quit_requested.set)
    app.aboutToQuit.connect(quit_requested.set)
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: quit_requested.set())


async def _console_main(
    app: QApplication,
    centre: CentreConfig,
    server_locked: bool = False,
    after_start: Callable[[Console], Awaitable[None]] | None = None,
    flags: CommandLine | None = None,
) -> int:
    async with aiohttp.ClientSession() as http:
        console = Console(
            app, http, centre, SettingsStore(), TokenStore(), server_locked, flags=flags
        )
        _quit_signals(app, console.quit_requested)
        await console.begin()
        extra = asyncio.ensure_future(after_start(console)) if after_start else None
        await console.quit_requested.wait()
        if extra is not None:
            extra.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await extra
        await console.close()
    return 0


def run_console(centre: CentreConfig, argv: list[str], flags: CommandLine | None = None) -> int:
    app = _qt_app(argv)
    return _run_on_qt(app, lambda: _console_main(app, centre, flags=flags))


def run_wipe(out: TextIO) -> int:
    """`chathost wipe`: one line per cache, then a summary; script-friendly exit code."""
    import keyring

    directory = notes_dir()
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring setting must not stop a logoff wipe deleting files
        from keyring.backends.fail import Keyring as NoKeyring

        backend = NoKeyring()
    try:
        receipts = wipe_all(directory, backend)
    except OSError as exc:
        print(f"wipe: FAILED in {directory}: {type(exc).__name__}: {exc.strerror}", file=out)
        return 1
    failed = False
    for receipt in receipts:
        failed |= not receipt.key_deleted
        key = "key deleted" if receipt.key_deleted else "KEY NOT DELETED"
        files = ", ".join(receipt.files_deleted) or "no files"
        print(f"wipe: shift {receipt.shift}: {files}; {key}", file=out)
    left = caches_in(directory)
    failed |= bool(left)
    print(
        f"wipe: {len(receipts)} notes cache(s) in {directory}; "
        + ("nothing left" if not failed else "SOMETHING WAS LEFT"),
        file=out,
    )
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="chathost", description="ChatHost desktop console.")
    parser.add_argument("--version", action="version", version=f"chathost {__version__}")
    parser.add_argument("--config", type=Path, help="centre configuration file (TOML)")
    parser.add_argument("--server", help="server address, overriding the centre configuration")
    parser.add_argument("--ca-file", help="the centre's CA certificate file (PEM)")
    parser.add_argument(
        "--language",
        choices=CONSOLE_LANGUAGES,
        help="the console's language for this run only (not kept)",
    )
    parser.add_argument("--self-test", action="store_true", help="check this workstation and exit")
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="embedded demo server, demo visitors and the console")
    demo.add_argument("--port", type=int, default=0, help="server port (default: a free one)")
    demo.add_argument("--open-browser", action="store_true", help="open the visitor page")
    sub.add_parser(
        "wipe",
        help="delete every notes cache of this OS user and its keys (no window; for logoff "
        "scripts): exit 0 when nothing is left, 1 when something could not be deleted",
    )
    guidelines = sub.add_parser("guidelines", help="test guideline packs (no window)")
    add_guideline_commands(guidelines.add_subparsers(dest="action", required=True), lint=False)
    args, qt_args = parser.parse_known_args(argv)
    if args.command == "guidelines":
        return int(args.handler(args))
    if args.command == "wipe":
        return run_wipe(sys.stdout)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    argv0 = [sys.argv[0], *qt_args]
    if args.command == "demo":
        # Imported only here: the embedded server costs a console start ~70 ms for nothing.
        from chathost.demo import run_demo

        return run_demo(argv0, args.port, args.open_browser)
    try:
        centre = load_centre_config(args.config)
    except ConfigError as exc:
        print(f"chathost: {exc}", file=sys.stderr)
        return 2
    flags = CommandLine(server=args.server, ca_file=args.ca_file, language=args.language)
    if args.self_test:
        # The workstation as the centre set it up (and the flags say), not any host's choices.
        workstation = effective_settings(centre, HostChoices(), flags).centre
        return run_self_test(workstation.server_url or None, workstation.ca_file, sys.stdout)
    return run_console(centre, argv0, flags)


if __name__ == "__main__":
    sys.exit(main())
