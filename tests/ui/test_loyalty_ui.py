from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.shop import Shop
from app.ui.loyalty_dialog import LoyaltyDialog
from app.ui.ops import SyncOps


def reward_buttons(window) -> dict[str, QPushButton]:
    row = window.profile.rewards_row
    return {row.itemAt(i).widget().text(): row.itemAt(i).widget() for i in range(row.count())}


def test_redeeming_at_the_counter_is_one_tap_and_a_confirm(qtbot, open_window, bakery, zoe, answer) -> None:
    window, _ = open_window(bakery)
    window.services.loyalty.adjust(zoe, 10, "test top-up")
    window.open_profile(zoe)
    before = window.profile.profile.points
    buttons = reward_buttons(window)
    assert "Give free coffee" in buttons
    answer(False)
    qtbot.mouseClick(buttons["Give free coffee"], Qt.MouseButton.LeftButton)
    assert window.profile.profile.points == before  # said no: nothing changed
    answer(True)
    qtbot.mouseClick(reward_buttons(window)["Give free coffee"], Qt.MouseButton.LeftButton)
    assert window.profile.profile.points == before - 10
    assert "Free coffee given to Zoë Martin" in window.profile.message.text()
    assert window.profile.balance.text() == (f"{before - 10} stamps" if before - 10 != 1 else "1 stamp")


def test_cooldown_message_shows_why_no_stamp_was_added(qtbot, open_window, bakery, zoe) -> None:
    window, _ = open_window(bakery)
    window.open_profile(zoe)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    window.open_profile(zoe)
    window.visits.confirm_again = lambda _name: True  # a second F2 at once asks first; staff say yes
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert "No stamps this time" in window.profile.message.text()


def test_owner_changes_rules_and_adds_a_reward(qtbot, services) -> None:
    ops = SyncOps()
    ops.attach(Shop(services))
    dialog = LoyaltyDialog(Shop(services).owner, ops)
    qtbot.addWidget(dialog)
    assert dialog.mode.currentData() == "stamps" and dialog.save_button.isEnabled()
    dialog.mode.setCurrentIndex(dialog.mode.findData("per_amount"))
    assert dialog.per_unit.isEnabled() and not dialog.per_visit.isEnabled()
    dialog.per_unit.setValue(2)
    qtbot.keyClicks(dialog.reward_name, "Free loaf")
    dialog._on_add_reward()
    assert "Free loaf — 10" in dialog.rewards_model.stringList()
    dialog._on_add_reward()  # empty name now
    assert "name" in dialog.error.text()
    dialog._on_save()
    rules = services.loyalty.rules()
    assert (rules.mode, rules.points_per_unit, rules.unit) == ("per_amount", 2, "point")
