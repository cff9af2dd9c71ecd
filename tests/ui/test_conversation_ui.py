"""The profile's conversation cues through the real runner threads: tick a talking point off, mark a
complaint made right, jot a new one; and however many cues there are, the item buttons stay put."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton

from app.shop import Shop
from app.ui.conversation_cues import JotDialog
from app.ui.ops import Ops
from app.ui.profile_panel import ProfilePanel, ProfileScroll
from app.ui.style import STYLESHEET

WAIT = 10_000  # ms; an upper bound for a slow shared machine, not a performance limit
ZOE = 1


@pytest.fixture
def shop(bakery):
    opened = Shop.open(bakery)
    yield opened
    opened.close()


@pytest.fixture
def ops(qtbot, shop):
    runner = Ops()
    runner.attach(shop)
    yield runner
    runner.close()


@pytest.fixture
def panel(qtbot, shop, ops):
    QApplication.instance().setStyleSheet(STYLESHEET)
    profile = ProfilePanel(shop.timezone_name(), shop.currency())
    profile.conversation.attach(ops)
    profile.set_menu(shop._services.items.list())
    scroll = ProfileScroll(profile)
    qtbot.addWidget(scroll)
    scroll.resize(1000, 700)
    scroll.show()
    qtbot.waitExposed(scroll)
    yield profile
    QApplication.instance().setStyleSheet("")


def show(qtbot, panel, shop, customer_id: int = ZOE) -> None:
    panel.show_profile(shop.counter.profile(customer_id))
    qtbot.waitUntil(lambda: panel.conversation.might_like.isVisible(), timeout=WAIT)


def cue_texts(panel) -> list[str]:
    return [
        label.text()
        for label in panel.conversation.findChildren(QLabel)
        if label.isVisible() and label.parent() is not panel.conversation
    ]


def test_ticking_a_talking_point_off_and_making_a_complaint_right(qtbot, panel, shop) -> None:
    point = shop.conversation.add_talking_point(ZOE, "Ask how the marathon went").value
    complaint = shop.conversation.add_complaint(ZOE, "Croissant was stale").value
    assert [c.id for c in shop.counter.profile(ZOE).open_complaints] == [complaint]
    show(qtbot, panel, shop)
    assert "Ask how the marathon went" in cue_texts(panel)
    assert any(t.startswith("Make it right: Croissant was stale") for t in cue_texts(panel))
    assert "They might like:" in panel.conversation.might_like.text()

    [tick] = [c for c in panel.conversation.findChildren(QCheckBox) if c.isVisible()]
    qtbot.mouseClick(tick, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Ask how the marathon went" not in cue_texts(panel), timeout=WAIT)
    assert [p.id for p in shop.conversation.talking_points(ZOE)] == []
    assert point not in [p.id for p in shop.counter.profile(ZOE).talking_points]

    [made_right] = [b for b in panel.conversation.findChildren(QPushButton) if b.text() == "Made right"]
    assert made_right.isVisible()  # untouched by the tick beside it
    qtbot.mouseClick(made_right, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not any("Croissant" in t for t in cue_texts(panel)), timeout=WAIT)
    assert shop.conversation.open_complaints(ZOE) == []
    audit = shop.insights.audit(20)
    assert any(e.action == "complaint.resolved" and e.target == f"customer:{ZOE}" for e in audit)
    assert panel.conversation.empty.isVisible()  # "Nothing to follow up."


def test_a_failed_tick_says_why_and_leaves_the_point_showing(qtbot, panel, shop) -> None:
    point = shop.conversation.add_talking_point(ZOE, "Ask about the puppy").value
    show(qtbot, panel, shop)
    shop.conversation.tick_talking_point(point)  # another till ticked it off meanwhile
    [tick] = [c for c in panel.conversation.findChildren(QCheckBox) if c.isVisible()]
    qtbot.mouseClick(tick, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.conversation.status.isVisible(), timeout=WAIT)
    assert "already ticked off" in panel.conversation.status.text()
    assert not tick.isChecked() and tick.isEnabled()


def test_jotting_a_talking_point_and_a_complaint_from_the_profile(qtbot, panel, shop) -> None:
    later = shop.conversation.today() + timedelta(days=10)
    shop.conversation.add_talking_point(ZOE, "Ask how the wedding went", later)
    show(qtbot, panel, shop)
    assert "Ask how the wedding went" not in cue_texts(panel)  # not yet: only a quiet count
    assert panel.conversation.later.text() == f"1 more to raise from {later:%d %b}"

    def fill(text: str) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, JotDialog)
        assert not dialog.ok.isEnabled()  # nothing typed: nothing to save
        qtbot.keyClicks(dialog.text, text)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, lambda: fill("Wish luck for the exams"))
    qtbot.mouseClick(panel.conversation.add_point_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wish luck for the exams" in cue_texts(panel), timeout=WAIT)
    QTimer.singleShot(0, lambda: fill("Waited 15 minutes"))
    qtbot.mouseClick(panel.conversation.add_complaint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("Waited 15 minutes" in t for t in cue_texts(panel)), timeout=WAIT)
    profile = shop.counter.profile(ZOE)
    assert [p.text for p in profile.talking_points] == ["Wish luck for the exams", "Ask how the wedding went"]
    assert [c.text for c in profile.open_complaints] == ["Waited 15 minutes"]


@pytest.mark.parametrize("size", [(1366, 768), (1024, 600)])
def test_cues_never_move_the_item_buttons(qtbot, panel, shop, size, tmp_path) -> None:
    scroll = panel.parentWidget().parentWidget()
    scroll.resize(*size)
    show(qtbot, panel, shop)
    qtbot.wait(50)
    calm = [b.mapTo(panel, QPoint(0, 0)) for b in panel._item_buttons]
    usual = panel.usual_button.mapTo(panel, QPoint(0, 0))
    panel.grab().save(str(tmp_path / "calm.png"))
    for n in range(3):
        shop.conversation.add_talking_point(ZOE, f"Something rather long to remember number {n} " * 2)
    shop.conversation.add_complaint(ZOE, "Waited fifteen minutes and the flat white was cold")
    panel.show_cues("This is their 10th visit: how about a surprise cinnamon bun on the house?", True)
    panel.show_profile(shop.counter.profile(ZOE))
    qtbot.waitUntil(lambda: len(panel.conversation.findChildren(QCheckBox)) == 3, timeout=WAIT)
    qtbot.wait(50)
    panel.grab().save(str(tmp_path / "busy.png"))
    assert [b.mapTo(panel, QPoint(0, 0)) for b in panel._item_buttons] == calm
    assert panel.usual_button.mapTo(panel, QPoint(0, 0)) == usual
    assert panel.cue_box.isVisible() and panel.conversation.isAncestorOf(panel.cue_box)
