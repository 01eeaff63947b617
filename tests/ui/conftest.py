"""UI tests run offscreen; async UI tests run on a qasync loop (one loop for Qt and asyncio)."""

from __future__ import annotations

import asyncio
import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
import pytestqt.plugin
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

_loops: list[asyncio.AbstractEventLoop] = []


def pytest_asyncio_loop_factories(config, item):
    import qasync

    def make() -> asyncio.AbstractEventLoop:
        loop = qasync.QEventLoop(QApplication.instance() or QApplication([]))
        _loops.append(loop)
        return loop

    return {"qt": make}


def pytest_configure(config):
    # Closing a test's last window must not stop the event loop the tests run on.
    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)


_process_events = pytestqt.plugin._process_events


def _process_events_on_the_loop() -> None:
    """pytest-qt processes Qt events between a test's phases, outside the asyncio run; the
    qasync loop's callbacks fire then too, and must see their loop as the running one."""
    loop = next((x for x in reversed(_loops) if not x.is_closed()), None)
    if loop is None or asyncio.events._get_running_loop() is not None:
        _process_events()
        return
    asyncio.events._set_running_loop(loop)
    try:
        _process_events()
    finally:
        asyncio.events._set_running_loop(None)


pytestqt.plugin._process_events = _process_events_on_the_loop


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread():
    """As in the console: a cyclic collection in a worker thread would destroy the Qt objects
    of closed windows there and crash the loop later (see chathost.ui.gc_guard). The UI tests
    collect on this thread only: while the loop runs, and after each test."""
    from chathost.ui.gc_guard import MainThreadCollector

    app = QApplication.instance()
    if app.findChild(MainThreadCollector) is None:
        MainThreadCollector(parent=app)
    gc.disable()
    yield
    gc.collect()


@pytest.fixture
async def console(server, http, tmp_path):
    """The whole console against the real server (see console_fixtures.make_console)."""
    from tests.ui.console_fixtures import make_console

    made = make_console(server.url, http, tmp_path)
    yield made
    if made.window is not None:
        made.window.force_close()
    if made.login is not None:
        made.login.close()
    await made.close()
    # The windows it deleted, gone now: a widget left alive would slow every later test.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
