"""UI tests run offscreen; async UI tests run on a qasync loop (one loop for Qt and asyncio)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication


def pytest_asyncio_loop_factories(config, item):
    import qasync

    return {"qt": lambda: qasync.QEventLoop(QApplication.instance() or QApplication([]))}
