from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from app.application import open_services
from app.services import demo
from app.shop import Shop
from app.ui import languages
from app.ui.main import build_window
from app.ui.ops import Ops, SyncOps


def keyboard(widget: QWidget, keys: str | Qt.Key) -> None:
    """Keys as a keyboard or a wedge scanner sends them: to the window, which hands them to `widget` (its
    focus). The card scanner listens on the window; qtbot.keyClicks gives keys to the widget past it."""
    widget.setFocus()
    handle = widget.window().windowHandle()
    for key in [keys] if isinstance(keys, Qt.Key) else keys:
        QTest.keyClick(handle, key)


class StepClock:
    """The scanner's clock, moved on by `step` seconds each time it is read (once per key press), so a
    test types at a scanner's or a person's speed whatever the machine's load."""

    SCANNER = 0.005
    PERSON = 0.08

    def __init__(self, step: float = SCANNER) -> None:
        self.now = 1000.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def open_settings(qtbot, services):
    """The owner's settings dialog on a synchronous runner, once its values have loaded."""
    from app.ui.settings_dialog import SettingsDialog

    ops = SyncOps()
    ops.attach(Shop(services))
    dialog = SettingsDialog(Shop(services), ops)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)
    return dialog


def customer_id(data_dir, name: str) -> int:
    """The id of the customer with this name in a shop on disk."""
    services = open_services(str(data_dir))
    try:
        return next(h.id for h in services.search.search(name) if h.name == name)
    finally:
        services.close()


@pytest.fixture(scope="session", autouse=True)
def english(qapp):
    """English whatever this machine's language, with its catalogue: it holds the plural forms."""
    languages.install("en")


@pytest.fixture
def open_window(qtbot):
    """Open the real window on a data folder; returns (window, scanner). Closed and unhooked afterwards.
    Give a StepClock to set the rhythm the scanner sees."""
    opened = []

    def _open(data_dir, clock=None, threaded=False):
        services = open_services(str(data_dir))
        # The real runner where the threads are what is tested; elsewhere answers come at once.
        runner = Ops() if threaded else SyncOps()
        window, scanner = build_window(Shop(services), runner, **({"clock": clock} if clock else {}))
        window.services = services  # for the tests' own checks of what is on disk; the window never uses it
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        opened.append((window, scanner))
        return window, scanner

    yield _open
    for window, _scanner in opened:
        window.close()


@pytest.fixture
def bakery(tmp_path):
    """A small demo bakery on disk (with Zoë Martin, the regular everyone knows: see customer_id)."""
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


@pytest.fixture
def zoe(bakery) -> int:
    """Zoë Martin's id in the demo bakery, found by her name."""
    return customer_id(bakery, "Zoë Martin")
