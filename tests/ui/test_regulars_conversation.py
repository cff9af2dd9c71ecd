"""The owner's regulars page: open complaints in view until made right; a win-back contact takes the person
off the win-back list for weeks and shows on their row with when it was made."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.shop import Shop
from app.ui.ops import Ops
from app.ui.regulars_page import RegularsDialog

WAIT = 10_000  # ms; an upper bound for a slow shared machine, not a performance limit


@pytest.fixture
def shop(bakery):
    opened = Shop.open(bakery)
    yield opened
    opened.close()


@pytest.fixture
def ops(shop):
    runner = Ops()
    runner.attach(shop)
    yield runner
    runner.close()


def open_page(qtbot, shop, ops) -> RegularsDialog:
    dialog = RegularsDialog(shop, ops, "£")
    qtbot.addWidget(dialog)
    dialog.resize(1024, 600)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.proxy.rowCount() > 0, timeout=WAIT)
    return dialog


def test_open_complaints_are_listed_and_can_be_made_right(qtbot, shop, ops, tmp_path) -> None:
    stale = shop.conversation.add_complaint(1, "Croissant was stale").value
    shop.conversation.add_complaint(2, "Waited 15 minutes at the till")
    done = shop.conversation.add_complaint(3, "Cold tea").value
    shop.conversation.resolve_complaint(done)
    dialog = open_page(qtbot, shop, ops)
    box = dialog.complaints
    qtbot.waitUntil(lambda: box.model.rowCount() == 2, timeout=WAIT)
    assert box.title.text() == "OPEN COMPLAINTS (2)" and box.table.isVisible()
    names = [box.model.index(r, 0).data() for r in range(2)]
    assert names[0] == shop.counter.profile(1).name and box.model.index(0, 1).data() == "Croissant was stale"
    assert box.model.index(0, 2).data() == "today"
    dialog.grab().save(str(tmp_path / "regulars.png"))

    box.table.setCurrentIndex(box.model.index(0, 0))
    qtbot.mouseClick(box.made_right, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.model.rowCount() == 1, timeout=WAIT)
    assert stale not in [c.id for c in shop.conversation.open_complaints()]
    assert box.title.text() == "OPEN COMPLAINTS (1)"
    with qtbot.waitSignal(dialog.open_customer) as opened:
        box._on_row_activated(box.model.index(0, 0))
    assert opened.args == [2]


def test_a_contacted_regular_leaves_the_win_back_list_and_shows_when(qtbot, shop, ops) -> None:
    dialog = open_page(qtbot, shop, ops)
    dialog.segment.setCurrentText("Lapsed (win back)")
    lapsed = [
        dialog.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole).id for r in range(dialog.proxy.rowCount())
    ]
    assert lapsed
    dialog.table.setCurrentIndex(dialog.proxy.index(0, 0))
    dialog._on_mark_contacted()
    qtbot.waitUntil(lambda: dialog.proxy.index(0, 6).data().startswith("contacted "), timeout=WAIT)
    today = f"{datetime.now().astimezone():%d %b}"
    assert dialog.proxy.index(0, 6).data().startswith(f"contacted {today}")
    assert dialog.proxy.rowCount() == len(lapsed)  # stays in view until the page opens again

    again = open_page(qtbot, shop, ops)
    again.segment.setCurrentText("Lapsed (win back)")
    now_lapsed = [
        again.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole).id for r in range(again.proxy.rowCount())
    ]
    assert set(now_lapsed) == set(lapsed) - {lapsed[0]}
    assert "1 contacted lately, off the win-back list." in again.summary.text()
    again.segment.setCurrentText("All")
    row = next(
        r
        for r in range(again.proxy.rowCount())
        if again.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole).id == lapsed[0]
    )
    assert again.proxy.index(row, 6).data().startswith(f"contacted {today}")


def test_the_owner_sets_how_often_suggestions_repeat_and_how_long_win_back_waits(qtbot, services) -> None:
    from app.ui.ops import SyncOps
    from app.ui.settings_dialog import SettingsDialog

    ops = SyncOps()
    ops.attach(Shop(services))
    dialog = SettingsDialog(Shop(services), ops)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT)
    assert (dialog.repeat_visits.value(), dialog.winback_weeks.value()) == (5, 8)  # the defaults
    dialog.repeat_visits.setValue(3)
    dialog.winback_weeks.setValue(12)
    dialog._on_save()
    assert dialog.result() == dialog.DialogCode.Accepted
    values = services.settings.all()
    assert (values["suggestion_repeat_visits"], values["winback_snooze_weeks"]) == (3, 12)
