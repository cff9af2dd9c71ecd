"""Large type and high-DPI screens: with the system font half as large again, or the screen scaled to 150 %,
the counter and the dialogs still fit — nothing cut off, outside its window or overlapping."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWizard

from app.ui import main
from tests.ui.layout_check import layout_problems, shoot
from tests.ui.test_accessibility import opened_by

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def large_font():
    """The system font half as large again (what a person with low vision might set)."""
    app = QApplication.instance()
    before = QFont(app.font())
    bigger = QFont(before)
    bigger.setPointSizeF(before.pointSizeF() * 1.5)
    app.setFont(bigger)
    yield bigger
    app.setFont(before)


def test_the_counter_grows_with_the_system_font_and_still_fits(
    qtbot, open_window, bakery, zoe, large_font, tmp_path
) -> None:
    window, _ = open_window(bakery)
    with qtbot.waitSignal(window.profile_shown, timeout=2000):
        window.open_profile(zoe)
    qtbot.waitUntil(lambda: not window.profile.conversation.cues_pending())  # the whole profile, cues too
    # The counter's type is a multiple of the system font's, so it grew with it.
    assert window.search_box.font().pointSizeF() == pytest.approx(large_font.pointSizeF() * 1.55, abs=0.1)
    assert window.profile.name.font().pointSizeF() > 2 * large_font.pointSizeF()
    for size in (QSize(1366, 768), QSize(1920, 1080)):
        assert shoot(window, size, str(tmp_path / f"counter-{size.width()}.png")) == []


def test_the_dialogs_make_room_for_a_large_font(
    qtbot, monkeypatch, open_window, bakery, zoe, large_font
) -> None:
    window, _ = open_window(bakery)
    with qtbot.waitSignal(window.profile_shown, timeout=2000):
        window.open_profile(zoe)
    owner, data = window.owner_actions, window.data_actions
    steps = [window.customers.edit_customer, owner.ask_feedback, owner.edit_loyalty, owner.edit_settings]
    steps += [
        owner.edit_menu_items,
        owner.print_cards,
        data.export_day,
        data.import_customers,
        data.import_visits,
    ]
    steps += [owner.show_audit, owner.show_regulars, lambda: main._ask_first_start(window, "GB")]
    problems = {}
    dialogs = opened_by(monkeypatch, steps)
    assert len(dialogs) == len(steps)
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        tabs = getattr(dialog, "tabs", None)
        pages = dialog.pageIds() if isinstance(dialog, QWizard) else range(tabs.count() if tabs else 1)
        for page in pages:
            if isinstance(dialog, QWizard):
                dialog.setStartId(page)
                dialog.restart()
            elif tabs is not None:
                tabs.setCurrentIndex(page)
            if found := layout_problems(dialog):
                problems[f"{type(dialog).__name__} {page}"] = found
    assert problems == {}


SCALED = """
import json, sys, tempfile
from PySide6.QtWidgets import QApplication, QWizard
from app.application import open_services
from app.services import demo
from app.shop import Shop
from app.ui.main import build_window
from app.ui.ops import SyncOps
from app.ui import main
from tests.ui.layout_check import shoot

app = QApplication(sys.argv[:1])
with tempfile.TemporaryDirectory() as data:
    services = open_services(data)
    demo.fill(services.db, services.settings, customers=40, visits=600, seed=7)
    window, scanner = build_window(Shop(services), SyncOps())
    window.show()
    zoe = next(h.id for h in services.search.search("Zoë Martin") if h.name == "Zoë Martin")
    window.open_profile(zoe)
    while window.profile.conversation.cues_pending():  # the whole profile, its suggestions too
        app.processEvents()
    problems = shoot(window, None, sys.argv[1])
    from PySide6.QtGui import QImage
    shot = QImage(sys.argv[1])
    print(json.dumps({"ratio": window.devicePixelRatio(), "logical": window.width(), "pixels": shot.width(),
                      "problems": problems}))
    window.close()
    services.close()
"""


def test_the_counter_at_150_percent_scale(tmp_path) -> None:
    """Qt's scale factor is fixed when the application starts, so this runs the window in a process of its own."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "1.5"}
    shot = tmp_path / "counter-150.png"
    done = subprocess.run(
        [sys.executable, "-c", SCALED, str(shot)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["ratio"] == 1.5 and seen["pixels"] == round(seen["logical"] * 1.5)  # really drawn at 150 %
    assert seen["problems"] == []
