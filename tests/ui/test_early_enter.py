"""Answers that arrive late, on the real threaded runner with a deliberately slow shop: an Enter pressed
before the search's answer opens the first hit of THAT answer, and a profile asked for earlier never
replaces the one asked for since (nor does F2 or the amount land on the person being left)."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from tests.ui.conftest import StepClock

SLOW = 0.4  # seconds: far longer than typing a query and pressing Enter takes


def slow_down(monkeypatch, area: object, name: str) -> None:
    real = getattr(area, name)

    def slow(*args, **kwargs):
        time.sleep(SLOW)
        return real(*args, **kwargs)

    monkeypatch.setattr(area, name, slow)


def ready_window(open_window, qtbot, bakery, clock=None):
    window, scanner = open_window(bakery, clock, threaded=True)
    qtbot.waitUntil(lambda: window.settings is not None, timeout=10_000)
    return window, scanner


def shown_lists(window) -> list[str]:
    """The query of each answer the list shows from now on."""
    answered: list[str] = []
    window.results_shown.connect(lambda: answered.append(window.search_box.text().strip()))
    return answered


def slow_search_window(open_window, qtbot, bakery, monkeypatch):
    """A ready window whose searches answer late; the profiles it opens and the queries it answers."""
    window, _ = ready_window(open_window, qtbot, bakery)
    slow_down(monkeypatch, window.ops.shop.counter, "find")
    shown: list[int] = []
    window.profile_shown.connect(shown.append)
    return window, shown, shown_lists(window)


def test_enter_before_the_answer_opens_the_first_hit_of_what_was_typed(
    qtbot, open_window, bakery, monkeypatch
) -> None:
    window, _ = ready_window(open_window, qtbot, bakery)
    qtbot.keyClicks(window.search_box, "mar")  # an older answer on screen, with Kasia Martin first
    # the answer to "mar" itself, not to "ma" typed on the way there
    qtbot.waitUntil(
        lambda: (
            window.results.currentIndex().isValid() and window.results_model.hits[0].name == "Kasia Martin"
        ),
        timeout=10_000,
    )
    first = window.ops.shop.counter.find("zoe mar").hits[0]
    slow_down(monkeypatch, window.ops.shop.counter, "find")
    shown = []
    window.profile_shown.connect(shown.append)
    window.search_box.selectAll()
    qtbot.keyClicks(window.search_box, "zoe mar")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # at once, as counter staff do
    assert window.current_customer() is None and window.results_model.hits[0].name == "Kasia Martin"
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == [first.id] and first.name == "Zoë Martin"
    assert window.profile.name.text() == "Zoë Martin" and window.found_by == "search"


def test_an_enter_for_an_older_query_is_dropped_when_more_is_typed(
    qtbot, open_window, bakery, monkeypatch
) -> None:
    window, shown, answered = slow_search_window(open_window, qtbot, bakery, monkeypatch)
    qtbot.keyClicks(window.search_box, "zo")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # meant for "zo"…
    qtbot.keyClicks(window.search_box, "e mar")  # …but staff kept typing
    qtbot.waitUntil(lambda: "zoe mar" in answered, timeout=10_000)
    qtbot.wait(int(SLOW * 1000))  # time for any late answer or profile to land
    assert shown == [] and window.current_customer() is None
    assert window.results_model.hits[0].name == "Zoë Martin"  # the list is there to choose from
    with qtbot.waitSignal(window.profile_shown, timeout=10_000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # the answer is on screen: Enter opens at once


def test_an_early_enter_with_no_match_shows_the_usual_no_match_state(
    qtbot, open_window, bakery, monkeypatch
) -> None:
    window, shown, answered = slow_search_window(open_window, qtbot, bakery, monkeypatch)
    qtbot.keyClicks(window.search_box, "qqqxxx")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "qqqxxx" in answered, timeout=10_000)
    qtbot.wait(100)
    assert shown == [] and window.results_model.rowCount() == 0
    assert "Nobody matches “qqqxxx”" in window.results_hint.text() and "Ctrl+N" in window.results_hint.text()
    assert window.banner.text() == ""


def test_a_scanner_read_ending_in_enter_opens_whoever_it_found(
    qtbot, open_window, bakery, monkeypatch
) -> None:
    window, scanner = ready_window(open_window, qtbot, bakery, StepClock(StepClock.SCANNER))
    ahmet = window.ops.shop.counter.find("ahmet celik").hits[0]
    phone = window.services.customers.get(ahmet.id).phone  # an old card with the phone number on it
    slow_down(monkeypatch, window.ops.shop.counter, "find")
    scans = []
    scanner.scanned.connect(scans.append)
    with qtbot.waitSignal(window.profile_shown, timeout=10_000) as shown:
        qtbot.keyClicks(window.search_box, phone)
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
        assert window.current_customer() is None  # the read is done before the answer
    assert shown.args == [ahmet.id] and window.profile.name.text() == "Ahmet Çelik" and scans == []


def test_an_older_profile_answer_never_replaces_the_newer_one(
    qtbot, open_window, bakery, monkeypatch, answer
) -> None:
    window, _ = ready_window(open_window, qtbot, bakery)
    counter = window.ops.shop.counter
    kasia, ahmet = counter.find("kasia").hits[0].id, counter.find("ahmet").hits[0].id
    slow_down(monkeypatch, counter, "open")
    shown = []
    window.profile_shown.connect(shown.append)
    window.open_profile(kasia)
    window.open_profile(ahmet)  # staff moved on before Kasia's profile came back
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    qtbot.wait(int(SLOW * 1000) + 100)
    assert shown == [ahmet] and window.profile.name.text() == "Ahmet Çelik"
    answer(True)  # an allergen in the usual is confirmed
    before = window.services.visits.summary(ahmet)[0], window.services.visits.summary(kasia)[0]
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.undo_bar.isVisible(), timeout=10_000)
    after = window.services.visits.summary(ahmet)[0], window.services.visits.summary(kasia)[0]
    assert after == (before[0] + 1, before[1])


def test_f2_and_the_amount_land_on_the_person_asked_for_not_the_one_being_left(
    qtbot, open_window, bakery, monkeypatch, answer
) -> None:
    window, _ = ready_window(open_window, qtbot, bakery)
    counter = window.ops.shop.counter
    kasia, ahmet = counter.find("kasia").hits[0].id, counter.find("ahmet").hits[0].id
    answer(True)
    with qtbot.waitSignal(window.profile_shown, timeout=10_000):
        window.open_profile(kasia)
    visits = window.services.visits
    before = visits.summary(kasia)[0], visits.summary(ahmet)[0]
    slow_down(monkeypatch, counter, "open")
    qtbot.keyClick(window, Qt.Key.Key_F2)  # Kasia's usual, saved while…
    window.open_profile(ahmet)  # …staff already open Ahmet, whose profile comes back late
    qtbot.keyClick(window, Qt.Key.Key_F2)  # pressed before Ahmet is on screen: recorded on nobody
    assert "still opening" in window.banner.text()
    qtbot.waitUntil(lambda: window.current_customer() == ahmet, timeout=10_000)
    qtbot.wait(int(SLOW * 1000) + 100)  # Kasia's saved visit must not bring her profile back
    assert window.current_customer() == ahmet and window.profile.name.text() == "Ahmet Çelik"
    assert visits.summary(kasia)[0] == before[0] + 1 and visits.summary(ahmet)[0] == before[1]
    assert "Kasia Martin: ✓ Visit saved" in window.banner.text()
    panel = window.profile
    qtbot.keyClicks(panel.amount, "5.20")
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visits.summary(ahmet)[0] == before[1] + 1, timeout=10_000)
    qtbot.waitUntil(lambda: window.profile.visits_model.rows[0].amount_cents == 520, timeout=10_000)
    assert visits.summary(kasia)[0] == before[0] + 1 and window.current_customer() == ahmet
