"""The owner's screens at the three screen sizes the shop may have: nothing outside, cut off or overlapping.
Screenshots land in $REGULARS_SHOTS (default: the test's tmp folder) for a person to look at."""

import os

import pytest
from PySide6.QtCore import QSize

from app.shop import Shop
from app.ui import screen_fit
from app.ui.ops import Ops
from app.ui.regulars_page import PREFERRED as REGULARS_SIZE
from app.ui.regulars_page import RegularsDialog
from tests.ui.layout_check import shoot

SCREENS = [QSize(1024, 600), QSize(1366, 768), QSize(2560, 1440)]


def shots(tmp_path) -> str:
    return os.environ.get("REGULARS_SHOTS") or str(tmp_path)


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_regulars_page_fits(qtbot, open_window, bakery, tmp_path, screen) -> None:
    window, _ = open_window(bakery)
    ops = Ops(window)
    ops.attach(Shop(window.services))
    dialog = RegularsDialog(Shop(window.services), ops, "£", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.everyone.proxy.rowCount() > 0, timeout=10_000)
    size = screen_fit.fit(dialog, REGULARS_SIZE, screen)
    assert size.width() <= screen.width() and size.height() <= screen.height()
    for view in (dialog.everyone, dialog.winback):
        dialog.tabs.setCurrentWidget(view)
        name = f"{shots(tmp_path)}/regulars-{view is dialog.winback}-{screen.width()}.png"
        assert shoot(dialog, None, name) == []
        table = view.table
        used = sum(table.columnWidth(c) for c in range(view.proxy.columnCount()))
        assert used <= table.viewport().width() + 1  # the columns fit: no sideways scrolling
    ops.close()


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_audit_log_fits(qtbot, open_window, bakery, tmp_path, screen) -> None:
    from app.ui.audit_dialog import PREFERRED as AUDIT_SIZE
    from app.ui.audit_dialog import AuditDialog

    window, _ = open_window(bakery)
    shop = Shop(window.services)
    shop.owner.adjust_points(1, 5, "the coffee machine broke and she waited ten minutes for a flat white")
    ops = Ops(window)
    ops.attach(shop)
    dialog = AuditDialog(shop.insights, ops, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.proxy.rowCount() > 0, timeout=10_000)
    screen_fit.fit(dialog, AUDIT_SIZE, screen)
    assert shoot(dialog, None, f"{shots(tmp_path)}/audit-{screen.width()}.png") == []
    used = sum(dialog.table.columnWidth(c) for c in range(dialog.proxy.columnCount()))
    assert used <= dialog.table.viewport().width() + 1
    ops.close()


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_settings_fit_on_every_tab(qtbot, open_window, bakery, tmp_path, screen) -> None:
    from app.ui.settings_dialog import PREFERRED as SETTINGS_SIZE
    from app.ui.settings_dialog import SettingsDialog

    window, _ = open_window(bakery)
    ops = Ops(window)
    ops.attach(Shop(window.services))
    dialog = SettingsDialog(Shop(window.services), ops, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)
    size = screen_fit.fit(dialog, SETTINGS_SIZE, screen)
    assert size.height() <= screen.height() - 48
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        assert shoot(dialog, None, f"{shots(tmp_path)}/settings-{tab}-{screen.width()}.png") == []
    ops.close()


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_setup_fits_on_every_page(qtbot, open_window, tmp_path, screen) -> None:
    from app.ui.setup_wizard import PREFERRED as SETUP_SIZE
    from app.ui.setup_wizard import SetupWizard

    window, _ = open_window(tmp_path / "empty")
    ops = Ops(window)
    ops.attach(Shop(window.services))
    wizard = SetupWizard(ops, "GB", window)
    qtbot.addWidget(wizard)
    wizard.show()
    screen_fit.fit(wizard, SETUP_SIZE, screen)
    wizard.shop_name.setText("The Corner Bakery of Łódź and Søndervig")
    for page in range(4):
        assert shoot(wizard, None, f"{shots(tmp_path)}/setup-{page}-{screen.width()}.png") == [], page
        wizard.next()
    ops.close()


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_main_window_with_a_profile_open(qtbot, open_window, bakery, tmp_path, screen) -> None:
    """The counter's window is the coordinator's: this reports what overlaps or is cut off, by name."""
    from app import till_settings
    from app.till_settings import TillSettings

    till_settings.save(bakery, TillSettings(staff=("Sam", "Ana", "Tomás"), serving="Tomás"))
    window, _ = open_window(bakery)
    window.owner.pin.set("4821")  # owner mode on: the badge with its Lock button shows
    window.owner.ask = lambda _parent: "4821"
    assert window.owner.require(window)
    qtbot.waitUntil(lambda: window.owner_badge.button.text() == "Lock", timeout=5000)
    assert window.owner_badge.isVisible()
    window.open_profile(1)
    qtbot.waitUntil(lambda: window.profile.name.text() == "Zoë Martin", timeout=10_000)
    qtbot.waitUntil(lambda: not window.profile.conversation.cues_pending())  # the whole profile, cues too
    size = screen - screen_fit.MARGIN
    problems = shoot(window, size, f"{shots(tmp_path)}/main-{screen.width()}.png")
    assert window.size() == size  # the window's minimum lets it fit this screen
    assert problems == []
    assert window.profile.width() <= 1280  # a readable width on a wide screen, not stretched
