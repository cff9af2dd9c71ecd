"""The counter on the real runner: search, profile, visit and scan answered from worker threads, and a
window that is up before the shop has opened."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from app.shop import Shop
from app.ui.main import ShopOpener, build_window


def test_search_profile_and_visit_through_the_threads(qtbot, open_window, bakery) -> None:
    window, _ = open_window(bakery, threaded=True)
    qtbot.waitUntil(lambda: window.settings is not None, timeout=10_000)
    qtbot.keyClicks(window.search_box, "zoe mar")
    answered = []  # the list shows the answer to all of "zoe mar", not to a shorter query still in flight
    window.results_shown.connect(lambda: answered.append(window.search_box.text()))
    qtbot.waitUntil(lambda: bool(answered) or window.results_model.rowCount() > 0, timeout=10_000)
    qtbot.waitUntil(lambda: window.results.currentIndex().isValid(), timeout=10_000)
    assert [h.name for h in window.results_model.hits][:1] == ["Zoë Martin"]
    with qtbot.waitSignal(window.profile_shown, timeout=10_000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    zoe = window.current_customer()
    before = window.services.visits.summary(zoe)[0]
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.undo_bar.isVisible(), timeout=10_000)
    assert "Visit saved" in window.undo_bar.text.text()
    assert window.services.visits.summary(zoe)[0] == before + 1  # on disk before it said so
    window.undo_bar.button.click()
    qtbot.waitUntil(lambda: "Visit undone" in window.profile.message.text(), timeout=10_000)
    assert window.services.visits.summary(zoe)[0] == before


def test_each_keystroke_shows_only_the_answer_to_what_is_typed_now(qtbot, open_window, bakery) -> None:
    window, _ = open_window(bakery, threaded=True)
    for text in ("m", "ma", "mar", "mart", "marti", "martin"):
        window.search_box.setText(text)  # faster than any answer can come back
    qtbot.waitUntil(
        lambda: bool(window.results_model.hits) and window.search_box.text() == "martin", timeout=10_000
    )
    qtbot.wait(200)  # any older answer would have landed by now
    assert all("martin" in h.name.lower() for h in window.results_model.hits)


def test_a_scan_while_another_profile_is_open_never_shows_the_old_person(qtbot, open_window, bakery) -> None:
    window, _ = open_window(bakery, threaded=True)
    zoe_card = window.services.cards.active_card(1) or window.services.cards.issue(1)
    window.open_profile(2)
    window.on_scan_received(zoe_card.payload)  # before customer 2's profile has arrived
    qtbot.waitUntil(lambda: window.current_customer() == 1, timeout=10_000)
    qtbot.wait(200)
    assert window.current_customer() == 1 and window.profile.name.text() == "Zoë Martin"


def test_the_window_is_up_before_the_shop_and_keeps_what_was_typed(qtbot, bakery) -> None:
    release = threading.Event()
    window, _scanner = build_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.ops.is_ready
    qtbot.keyClicks(window.search_box, "zoe")  # typed while the shop is still opening
    assert window.results_model.hits == []

    class SlowOpener(ShopOpener):
        def _open_and_tell(self) -> None:
            release.wait(10)
            super()._open_and_tell()

    opener = SlowOpener(str(bakery), None, window)
    opener.opened.connect(window.ops.attach)
    opener.start()
    qtbot.wait(100)
    assert not window.ops.is_ready and window.isVisible()
    release.set()
    qtbot.waitUntil(lambda: window.ops.is_ready, timeout=20_000)
    qtbot.waitUntil(lambda: "Zoë Martin" in [h.name for h in window.results_model.hits], timeout=10_000)
    assert window.search_box.text() == "zoe"
    qtbot.waitUntil(lambda: window.settings is not None, timeout=10_000)
    assert window.shop_name.text() == "The Corner Bakery"  # the shop's own name arrived
    window.close()


def test_a_shop_that_cannot_open_says_why(qtbot, tmp_path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "regulars.sqlite3").write_bytes(b"")  # zero length: a damaged shop, not a new one
    opener = ShopOpener(str(tmp_path / "data"), None)
    with qtbot.waitSignal(opener.failed, timeout=20_000) as failed:
        opener.start()
    assert "damaged" in str(failed.args[0]).lower() and getattr(failed.args[0], "damaged", False)
    assert isinstance(Shop, type)
