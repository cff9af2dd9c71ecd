from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.shop import Shop
from app.ui.owner import OwnerGate
from app.ui.owner_badge import OwnerBadge
from app.ui.pin_prompt import PinPrompt


def make(qtbot, services):
    now = [1000.0]
    gate = OwnerGate(Shop(services), relock_minutes=5, clock=lambda: now[0])
    told: list[str] = []
    gate.tell = lambda _parent, text: told.append(text)
    holder = QWidget()
    qtbot.addWidget(holder)
    badge = OwnerBadge(gate, holder)
    holder.show()
    badge.holder = holder  # kept alive with the badge
    return gate, badge, now, told


def test_the_badge_shows_owner_mode_counts_down_and_locks(qtbot, services) -> None:
    gate, badge, now, _told = make(qtbot, services)
    assert not badge.isVisible()  # no PIN: everyone is the owner, nothing to show
    gate.pin.set("4821")
    badge.refresh()
    assert badge.isVisible() and not badge.label.isVisible() and badge.button.text() == "Owner…"
    gate.ask = lambda _parent: "4821"
    qtbot.mouseClick(badge.button, Qt.MouseButton.LeftButton)
    assert badge.label.text() == "Owner · 5 min" and badge.button.text() == "Lock"
    now[0] += 4 * 60 + 30
    badge.refresh()
    assert badge.label.text() == "Owner · 1 min"
    now[0] += 31
    badge.refresh()  # the timer does this every few seconds
    assert badge.button.text() == "Owner…" and not badge.label.isVisible()
    qtbot.mouseClick(badge.button, Qt.MouseButton.LeftButton)  # unlock again, then lock by hand
    assert badge.button.text() == "Lock"
    qtbot.mouseClick(badge.button, Qt.MouseButton.LeftButton)
    assert badge.button.text() == "Owner…" and not gate.is_unlocked()


def test_a_locked_out_gate_says_so_without_asking(qtbot, services) -> None:
    gate, badge, _now, told = make(qtbot, services)
    gate.pin.set("4821")
    gate.ask = lambda _parent: "0000"
    for _ in range(5):
        assert not gate.require(None)
    assert told[-1].startswith("Too many wrong PINs")
    gate.ask = lambda _parent: (_ for _ in ()).throw(AssertionError("asked for a PIN during a lock-out"))
    assert not gate.require(None)
    assert told[-1] == (
        "Too many wrong PINs: owner actions are locked for 5 more minutes. Counter work carries on as usual."
    )
    qtbot.mouseClick(badge.button, Qt.MouseButton.LeftButton)  # the badge's button says the same
    assert told[-1] == told[-2] and badge.button.text() == "Owner…"


def test_the_pin_prompt_says_how_long_a_lockout_lasts(qtbot) -> None:
    seen = {}

    def type_pin() -> None:
        prompt = QApplication.activeModalWidget()
        seen["text"] = prompt.message.text()
        seen["buttons"] = [b.text() for b in prompt.findChildren(type(prompt.unlock))]
        qtbot.keyClicks(prompt.pin, "4821")
        qtbot.mouseClick(prompt.unlock, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, type_pin)
    assert PinPrompt.ask(None) == "4821"
    assert "After 5 wrong PINs in a row" in seen["text"] and "locked for 5 minutes" in seen["text"]
    assert set(seen["buttons"]) == {"Unlock", "Not now"}
