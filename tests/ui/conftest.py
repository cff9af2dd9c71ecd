from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.application import open_services
from app.services import demo
from app.ui.main import build_window
from app.ui.tasks import SyncRunner


@pytest.fixture
def open_window(qtbot):
    """Open the real window on a data folder; returns (window, scanner). Closed and unhooked afterwards."""
    opened = []

    def _open(data_dir):
        services = open_services(str(data_dir))
        window, scanner = build_window(services, SyncRunner())
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
