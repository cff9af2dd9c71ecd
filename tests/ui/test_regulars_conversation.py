"""The owner's regulars page: open complaints in view until made right; a win-back contact takes the person
off the win-back list for weeks and shows on their row with when it was made."""

from datetime import UTC, datetime, timedelta

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
    qtbot.waitUntil(lambda: dialog.everyone.proxy.rowCount() > 0, timeout=WAIT)
    return dialog


def test_open_complaints_are_listed_and_can_be_made_right(qtbot, shop, ops, tmp_path) -> None:
    stale = shop.conversation.add_complaint(1, "Croissant was stale").value
    shop.conversation.add_complaint(2, "Waited 15 minutes at the till")
    done = shop.conversation.add_complaint(3, "Cold tea").value
    shop.conversation.resolve_complaint(done)
    dialog = open_page(qtbot, shop, ops)
    box = dialog.complaints
    dialog.tabs.setCurrentWidget(box)
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


def test_a_contacted_regular_stays_in_view_today_and_is_off_the_win_back_list_after(qtbot, shop, ops) -> None:
    dialog = open_page(qtbot, shop, ops)
    view = dialog.winback
    lapsed = [view.proxy.regular(r).stats.id for r in range(view.proxy.rowCount())]
    assert lapsed
    person = lapsed[0]
    view.table.selectRow(view.row_of(person))
    dialog._on_mark_contacted()
    qtbot.waitUntil(lambda: view.text(view.row_of(person), "contacted") == "today", timeout=WAIT)
    assert view.proxy.rowCount() == len(lapsed)  # the contact stays in view, with when it was made

    again = open_page(qtbot, shop, ops)  # the same day: still listed, so the owner sees what was done
    assert again.winback.text(again.winback.row_of(person), "contacted") == "today"
    # From tomorrow on they are off the win-back list for the shop's weeks (8 by default).
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    assert person not in [r.stats.id for r in shop.insights.lapsed(tomorrow)]
    hidden = next(r for r in shop.insights.regulars(tomorrow) if r.stats.id == person)
    assert hidden.hidden_until is not None and hidden.hidden_until > tomorrow + timedelta(weeks=7)
    assert person in [r.stats.id for r in shop.insights.lapsed(tomorrow + timedelta(weeks=9))]


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
