from PySide6.QtWidgets import QMessageBox

from app.services.roles import OwnerPin


def test_owner_actions_ask_for_the_pin_and_relock(
    qtbot, open_window, bakery, zoe, monkeypatch, answer
) -> None:
    window, _ = open_window(bakery)
    OwnerPin(window.services.settings).set("4821")
    answer(True)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    window.open_profile(zoe)
    card = window.services.cards.active_card(zoe) or window.services.cards.issue(zoe)
    window.owner.ask = lambda _parent: None  # staff cancels the PIN prompt
    window.owner_actions.card_action("revoke")
    assert window.services.cards.active_card(zoe).token == card.token
    window.owner.ask = lambda _parent: "0000"
    window.owner_actions.card_action("revoke")
    assert "Wrong PIN" in warnings[-1] and window.services.cards.active_card(zoe) is not None
    window.owner.ask = lambda _parent: "4821"
    window.owner_actions.card_action("revoke")
    assert window.services.cards.active_card(zoe) is None
    assert window.owner.is_unlocked()
    window.owner.lock()
    assert not window.owner.is_unlocked()


def test_counter_work_never_asks_for_the_pin(qtbot, open_window, bakery, zoe) -> None:
    window, _ = open_window(bakery)
    window.owner.pin.set("4821")
    window.owner.ask = lambda _parent: (_ for _ in ()).throw(AssertionError("asked for the PIN"))
    window.open_profile(zoe)
    window.visits.record_usual()
    assert window.profile.message.text().startswith("✓ Visit saved")


def test_the_gate_asks_the_shop_for_the_pin_and_relocks_on_its_clock(qtbot, services, monkeypatch) -> None:
    from app.shop import Shop
    from app.ui.owner import OwnerGate

    now = [1000.0]
    gate = OwnerGate(Shop(services), relock_minutes=5, clock=lambda: now[0])
    assert gate.require(None)  # no PIN yet: nothing to ask
    gate.pin.set("4821")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    gate.ask = lambda _parent: "1111"
    assert not gate.require(None) and warnings == ["Wrong PIN (4 tries left)."]
    gate.ask = lambda _parent: "4821"
    assert gate.require(None) and gate.is_unlocked()
    now[0] += 5 * 60
    assert not gate.is_unlocked()
