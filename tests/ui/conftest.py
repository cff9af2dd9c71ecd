from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.application import open_services
from app.services import demo
from app.shop import Shop
from app.ui.main import build_window
from app.ui.ops import Ops, SyncOps


@pytest.fixture
def open_window(qtbot):
    """Open the real window on a data folder; returns (window, scanner). Closed and unhooked afterwards."""
    opened = []

    def _open(data_dir, threaded=False):
        services = open_services(str(data_dir))
        # The real runner where the threads are what is tested; elsewhere answers come at once.
        window, scanner = build_window(Shop(services), Ops() if threaded else SyncOps())
        window.services = services  # for the tests' own checks of what is on disk; the window never uses it
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        opened.append((window, scanner))
        return window, scanner

    yield _open
    for window, scanner in opened:
        QApplication.instance().removeEventFilter(scanner)
        window.close()


@pytest.fixture
def bakery(tmp_path):
    """A small demo bakery on disk (Zoë Martin is customer 1)."""
    services = open_services(str(tmp_path / "data"))
    demo.fill(services.db, services.settings, customers=60, visits=900, seed=7)
    services.close()
    return tmp_path / "data"


@pytest.fixture
def answer(monkeypatch):
    """Answer the window's worded questions (confirm.confirm): `answer(True)` says yes. Returns what was asked."""
    asked: list[str] = []

    def set_answer(yes: bool) -> list[str]:
        from app.ui import confirm

        monkeypatch.setattr(
            confirm, "confirm", lambda _parent, _title, text, *a, **k: asked.append(text) or yes
        )
        return asked

    return set_answer
