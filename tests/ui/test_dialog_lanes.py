"""The customer, feedback, loyalty and audit dialogs on the real runner: every call on the shop runs on a
worker thread (reads in the read lane, changes in the write lane) and the answer lands in the dialog."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from app.shop import Shop
from app.shop.forms import CustomerInput
from app.ui.ops import Ops


def watch(area: object, names: list[str], seen: dict[str, str], monkeypatch) -> None:
    """Note the thread each of the area's methods runs on."""
    for name in names:
        real = getattr(area, name)

        def noted(*args, _real=real, _name=name, **kwargs):
            seen[_name] = threading.current_thread().name
            return _real(*args, **kwargs)

        monkeypatch.setattr(area, name, noted)


@pytest.fixture
def shop_and_ops(services):
    shop = Shop(services)
    ops = Ops()
    ops.attach(shop)
    yield shop, ops
    ops.close()


def test_the_customer_form_loads_checks_and_saves_off_the_gui_thread(
    qtbot, services, shop_and_ops, monkeypatch
) -> None:
    from app.ui.customer_dialog import CustomerDialog

    shop, ops = shop_and_ops
    sam = services.customers.add(CustomerInput(name="Sam"))
    seen: dict[str, str] = {}
    watch(shop.counter, ["customer", "duplicate_name", "edit_customer"], seen, monkeypatch)
    dialog = CustomerDialog(shop.counter, ops, sam)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()  # nothing to save until Sam has arrived
    qtbot.waitUntil(lambda: dialog.name.text() == "Sam", timeout=10_000)
    dialog.name.setText("Sam Okafor")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert seen == {"customer": "ops-read", "duplicate_name": "ops-read", "edit_customer": "ops-write"}
    assert dialog.saved_id == sam and services.customers.get(sam).name == "Sam Okafor"


def test_a_form_with_mistakes_asks_nothing_of_the_shop(qtbot, services, shop_and_ops, monkeypatch) -> None:
    from app.ui.customer_dialog import CustomerDialog

    shop, ops = shop_and_ops
    seen: dict[str, str] = {}
    watch(shop.counter, ["duplicate_name", "add_customer"], seen, monkeypatch)
    dialog = CustomerDialog(shop.counter, ops)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.phone, "banana")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.wait(100)
    assert "not a phone number" in dialog.errors["phone"].text() and dialog.errors["name"].text()
    assert seen == {} and dialog.save_button.isEnabled() and services.search.count() == 0


def test_feedback_is_written_in_the_write_lane(qtbot, services, shop_and_ops, monkeypatch) -> None:
    from app.ui.feedback_dialog import FeedbackDialog

    shop, ops = shop_and_ops
    zoe = services.customers.add(CustomerInput(name="Zoë"))
    seen: dict[str, str] = {}
    watch(shop.counter, ["record_feedback"], seen, monkeypatch)
    dialog = FeedbackDialog(shop.counter, ops, zoe, "Zoë")
    qtbot.addWidget(dialog)
    assert not dialog.save.isEnabled()  # no score yet
    dialog.buttons[10].click()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save.click()
    assert seen == {"record_feedback": "ops-write"}
    assert shop.insights.nps(1).promoters == 1


def test_the_loyalty_rules_read_and_change_through_the_lanes(
    qtbot, services, shop_and_ops, monkeypatch
) -> None:
    from app.ui.loyalty_dialog import LoyaltyDialog

    shop, ops = shop_and_ops
    seen: dict[str, str] = {}
    names = ["loyalty_rules", "rewards", "add_reward", "save_loyalty_rules"]
    watch(shop.owner, names, seen, monkeypatch)
    dialog = LoyaltyDialog(shop.owner, ops)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)
    qtbot.keyClicks(dialog.reward_name, "Free loaf")
    dialog.reward_cost.setValue(12)
    dialog._on_add_reward()
    qtbot.waitUntil(lambda: "Free loaf — 12" in dialog.rewards_model.stringList(), timeout=10_000)
    dialog.birthday.setValue(50)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert seen == {
        "loyalty_rules": "ops-read",
        "rewards": "ops-read",
        "add_reward": "ops-write",
        "save_loyalty_rules": "ops-write",
    }
    assert shop.owner.loyalty_rules().birthday_bonus == 50


def test_the_audit_log_is_read_in_the_read_lane(qtbot, services, shop_and_ops, monkeypatch) -> None:
    from app.ui.audit_dialog import AuditDialog

    shop, ops = shop_and_ops
    services.customers.add(CustomerInput(name="Zoë Martin"))
    seen: dict[str, str] = {}
    watch(shop.insights, ["audit_log"], seen, monkeypatch)
    dialog = AuditDialog(shop.insights, ops)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    assert seen == {"audit_log": "ops-read"}
    assert dialog.proxy.index(0, 3).data() == "Zoë Martin"
