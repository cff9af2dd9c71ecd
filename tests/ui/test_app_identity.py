"""The window carries the app's own icon and names its desktop entry, so docks and task bars show Regulars."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from app.ui import main
from app.ui.app_icon import app_icon
from app.ui.main_window import MainWindow


def test_icon_is_drawn_at_every_size_a_desktop_asks_for(qapp):
    sizes = app_icon().availableSizes()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert QSize(size, size) in sizes


def test_starting_the_window_sets_the_icon_and_desktop_name(qtbot, bakery, monkeypatch):
    seen = {}

    def instead_of_exec(app):
        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        qtbot.waitUntil(lambda: window.ops.is_ready, timeout=20_000)  # the shop opens behind the window
        seen.update(
            app_icon=not app.windowIcon().isNull(),
            window_icon=not window.windowIcon().isNull(),
            desktop=app.desktopFileName(),
        )
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", instead_of_exec)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handlers = list(logging.getLogger().handlers)
    try:
        assert main.run_window(str(bakery), None) == 0
    finally:
        for handler in set(logging.getLogger().handlers) - set(handlers):
            logging.getLogger().removeHandler(handler)
            handler.close()
    assert seen == {"app_icon": True, "window_icon": True, "desktop": "regulars"}
