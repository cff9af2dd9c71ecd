"""A wedge scanner types fast and ends with Enter; a person types the same characters slowly."""

from dataclasses import replace

import qrcode
from PIL.ImageQt import ImageQt
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoSink

from app.application import open_services
from app.ui.camera import FrameDecoder
from app.ui.customer_dialog import CustomerDialog
from tests.ui.conftest import StepClock, customer_id, keyboard

ZOE = "Zoë Martin"


def card_of(data_dir, name: str = ZOE) -> str:
    services = open_services(str(data_dir))
    cid = customer_id(data_dir, name)
    try:
        return (services.cards.active_card(cid) or services.cards.issue(cid)).payload
    finally:
        services.close()


def test_a_fast_scan_opens_the_profile_and_leaves_nothing_in_the_search_box(
    qtbot, open_window, bakery
) -> None:
    payload = card_of(bakery)
    clock = StepClock(StepClock.PERSON)
    window, _scanner = open_window(bakery, clock)
    keyboard(window.search_box, "ma")  # someone had started typing
    clock.step = StepClock.SCANNER
    with qtbot.waitSignal(window.profile_shown, timeout=2000) as shown:
        keyboard(window.search_box, payload)
        keyboard(window.search_box, Qt.Key.Key_Return)
    assert shown.args == [customer_id(bakery, ZOE)]
    assert window.profile.name.text() == ZOE
    assert window.search_box.text() == ""
    assert window.found_by == "scan"


def test_a_scan_while_editing_notes_does_not_type_into_the_notes(qtbot, open_window, bakery) -> None:
    payload = card_of(bakery)
    clock = StepClock(StepClock.PERSON)
    window, scanner = open_window(bakery, clock)
    dialog = CustomerDialog(window.ops.shop.counter, window.ops, None, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)  # the scanner follows the window with the keyboard
    keyboard(dialog.notes, "Likes ")
    clock.step = StepClock.SCANNER
    with qtbot.waitSignal(scanner.scanned, timeout=2000) as scanned:
        keyboard(dialog.notes, payload.lower())
        keyboard(dialog.notes, Qt.Key.Key_Tab)
    assert scanned.args == [payload]
    assert dialog.notes.toPlainText() == "Likes "


def test_slow_typing_of_the_same_text_is_not_a_scan(qtbot, open_window, bakery) -> None:
    payload = card_of(bakery)
    clock = StepClock(StepClock.PERSON)
    window, scanner = open_window(bakery, clock)
    scans = []
    scanner.scanned.connect(scans.append)
    keyboard(window.search_box, payload[:6])
    # A held R (it could start a card) goes to the box once the scanner's short wait runs out.
    qtbot.waitUntil(lambda: window.search_box.text() == payload[:6], timeout=2000)
    assert scans == []
    # Typed whole by hand and confirmed with Enter at once, a code still opens the profile, found by hand.
    window.search_box.clear()
    clock.step = 0.06
    hints = []  # what the window said as each key landed (after its own handler)
    window.search_box.textChanged.connect(lambda _text: hints.append(window.results_hint.text()))
    keyboard(window.search_box, payload)
    with qtbot.waitSignal(window.profile_shown, timeout=2000):
        keyboard(window.search_box, Qt.Key.Key_Return)
    assert scans == [] and window.found_by == "manual"
    assert "That looks like a card code: press Enter." in hints


def test_a_lone_r_typed_by_a_person_reaches_the_search_box(qtbot, open_window, bakery) -> None:
    window, _ = open_window(bakery, StepClock(StepClock.PERSON))
    keyboard(window.search_box, "Ro")
    qtbot.waitUntil(lambda: window.search_box.text() == "Ro", timeout=2000)


def test_the_same_card_read_twice_at_once_is_one_scan(qtbot, open_window, bakery) -> None:
    payload = card_of(bakery)
    clock = StepClock(StepClock.SCANNER)
    window, scanner = open_window(bakery, clock)
    scans = []
    scanner.scanned.connect(scans.append)
    for _ in range(2):
        keyboard(window.search_box, payload)
        keyboard(window.search_box, Qt.Key.Key_Return)
    assert scans == [payload]
    assert window.search_box.text() == ""  # the second read did not land in the box either
    clock.now += scanner.repeat_seconds  # a moment later it is a new scan
    keyboard(window.search_box, payload)
    keyboard(window.search_box, Qt.Key.Key_Return)
    assert scans == [payload, payload]


def test_revoked_and_unknown_cards_say_so_and_record_nothing(qtbot, open_window, bakery) -> None:
    payload = card_of(bakery)
    zoe = customer_id(bakery, ZOE)
    services = open_services(str(bakery))
    services.cards.revoke(zoe)
    visits_before = services.visits.summary(zoe)[0]
    services.close()
    window, _scanner = open_window(bakery, StepClock(StepClock.SCANNER))
    keyboard(window.search_box, payload)
    keyboard(window.search_box, Qt.Key.Key_Return)
    assert window.banner.isVisible() and "revoked" in window.banner.text()
    assert window.current_customer() is None
    keyboard(window.search_box, "RGL" + "7" * 20)
    keyboard(window.search_box, Qt.Key.Key_Return)
    assert "Unknown card" in window.banner.text()
    services = open_services(str(bakery))
    assert services.visits.summary(zoe)[0] == visits_before
    services.close()


def qr_frame(text: str) -> QVideoFrame:
    picture = qrcode.make(text, border=4, box_size=8).convert("RGB")
    canvas = QImage(640, 480, QImage.Format.Format_RGB32)
    canvas.fill(Qt.GlobalColor.white)
    from PySide6.QtGui import QPainter

    painter = QPainter(canvas)
    painter.drawImage(120, 40, ImageQt(picture))
    painter.end()
    return QVideoFrame(canvas)


def test_camera_frames_are_decoded_off_the_gui_thread(qtbot, open_window, bakery) -> None:
    payload = card_of(bakery)
    window, _ = open_window(bakery)
    sink = QVideoSink()
    decoder = FrameDecoder(sink)
    decoder.decoded.connect(window.on_scan_received)
    seen = []
    decoder.decoded.connect(seen.append)
    sink.setVideoFrame(qr_frame("hello, not a card"))  # taken first; frames that come meanwhile are dropped
    cards = [qr_frame(payload), qr_frame(payload)]  # two frames: the sink reports only a changed frame

    def show_the_card() -> bool:
        cards.reverse()
        sink.setVideoFrame(cards[0])
        return bool(seen)

    with qtbot.waitSignal(window.profile_shown, timeout=5000):
        qtbot.waitUntil(show_the_card, timeout=5000)
    assert set(seen) == {payload} and window.profile.name.text() == ZOE


def recorded(obj, name: str) -> list:
    """The first argument of every call of obj.name from now on."""
    calls: list = []
    original = getattr(obj, name)

    def record(*args, **kwargs):
        calls.append(args[0] if args else None)
        return original(*args, **kwargs)

    setattr(obj, name, record)
    return calls


def test_a_scan_looks_up_no_name_on_the_way(qtbot, open_window, bakery) -> None:
    """The R let through to the box waits a scanner's beat before it is searched, and the scan clears it."""
    payload = card_of(bakery)
    window, _scanner = open_window(bakery, StepClock(StepClock.SCANNER))
    found = recorded(window.ops.shop.counter, "find")
    with qtbot.waitSignal(window.profile_shown, timeout=2000):
        keyboard(window.search_box, payload)
        keyboard(window.search_box, Qt.Key.Key_Return)
    qtbot.wait(150)  # longer than the wait: a late search for the R would have gone out by now
    assert found == []
    # A person who types a lone R and stops gets their answer a moment later.
    window.search_box.setText("R")
    qtbot.waitUntil(lambda: found == ["R"], timeout=2000)


def test_a_card_code_typed_by_hand_is_not_searched_as_a_name(qtbot, open_window, bakery) -> None:
    window, _scanner = open_window(bakery, StepClock(StepClock.PERSON))
    found = recorded(window.ops.shop.counter, "find")
    window.search_box.setText("RGL-7K3")
    assert window.results_hint.text() == "That looks like the start of a card code."
    assert window.results_model.rowCount() == 0
    window.search_box.setText("RGL-7K3Q")
    qtbot.wait(100)
    assert found == []


def test_keys_held_back_for_a_scan_are_released_out_of_sight(qtbot, open_window, bakery) -> None:
    """The search box sees neither the presses nor the releases of a scan (each release repainted it)."""
    from PySide6.QtCore import QEvent, QObject

    class Keys(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen: list = []

        def eventFilter(self, _watched, event) -> bool:
            if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                self.seen.append((event.type(), event.text()))
            return False

    payload = card_of(bakery)
    clock = StepClock(StepClock.SCANNER)
    window, _scanner = open_window(bakery, clock)
    keys = Keys()
    window.search_box.installEventFilter(keys)
    with qtbot.waitSignal(window.profile_shown, timeout=2000):
        keyboard(window.search_box, payload)
        keyboard(window.search_box, Qt.Key.Key_Return)
    assert keys.seen == [(QEvent.Type.KeyPress, "R"), (QEvent.Type.KeyRelease, "R")]
    # Typed slowly, the held keys are given back whole: each press with its release.
    keys.seen.clear()
    window.search_box.clear()
    window.search_box.setFocus()
    clock.step = StepClock.PERSON
    keyboard(window.search_box, "RGx")
    qtbot.waitUntil(lambda: window.search_box.text() == "RGx", timeout=2000)
    presses = [t for kind, t in keys.seen if kind == QEvent.Type.KeyPress]
    releases = [t for kind, t in keys.seen if kind == QEvent.Type.KeyRelease]
    assert presses == ["R", "G", "x"] and sorted(releases) == sorted(presses)


def test_the_idle_list_is_read_once_a_minute_and_again_after_a_change(qtbot, open_window, bakery) -> None:
    window, _scanner = open_window(bakery)
    window.search_list.forget_birthdays()
    read = recorded(window.ops.shop.counter, "birthdays_soon")
    window.reset_search()
    idle = window.result_ids()
    for _ in range(3):  # Esc, and every scan, come back to it
        window.search_box.setText("zo")
        assert customer_id(bakery, ZOE) in window.result_ids()
        window.reset_search()
        assert window.result_ids() == idle
    assert len(read) == 1
    zoe = customer_id(bakery, ZOE)
    data = replace(window.ops.shop.counter.customer(zoe), notes="Likes rye")
    window.ops.write(lambda shop: shop.counter.edit_customer(zoe, data))
    qtbot.waitUntil(lambda: len(read) == 2, timeout=2000)  # a customer changed: the list is read afresh


def test_suggestions_are_asked_for_once_the_profile_has_stayed(qtbot, open_window, bakery) -> None:
    window, _scanner = open_window(bakery)
    cues = recorded(window.ops.shop.conversation, "cues")
    zoe = customer_id(bakery, ZOE)
    other = next(h.id for h in window.ops.shop.counter.find("ma").hits if h.id != zoe)
    window.open_profile(other)
    window.open_profile(zoe)  # the next customer before the first profile had stayed a moment
    qtbot.waitUntil(lambda: cues == [zoe], timeout=2000)
    qtbot.wait(250)
    assert cues == [zoe]


def test_a_card_scanned_into_a_message_box_with_no_parent_opens_the_card(qtbot, open_window, bakery) -> None:
    """A box shown with no parent (the damaged-database question at start-up) must not take the code as
    typing, nor its Enter as a press of its default button."""
    from PySide6.QtWidgets import QMessageBox

    payload = card_of(bakery)
    _window, scanner = open_window(bakery, StepClock(StepClock.SCANNER))
    box = QMessageBox(QMessageBox.Icon.Warning, "Regulars", "Restore the latest backup?")
    pressed = []
    box.addButton("Restore the backup", QMessageBox.ButtonRole.AcceptRole).clicked.connect(pressed.append)
    box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitUntil(box.isActiveWindow, timeout=2000)
    with qtbot.waitSignal(scanner.scanned, timeout=2000) as scanned:
        keyboard(box, payload)
        keyboard(box, Qt.Key.Key_Return)
    assert scanned.args == [payload]
    assert pressed == [] and box.isVisible()


def test_a_lone_r_cleared_by_a_save_is_not_looked_up(qtbot, open_window, bakery) -> None:
    window, _scanner = open_window(bakery)
    window.reset_search()
    idle = window.result_ids()
    found = recorded(window.ops.shop.counter, "find")
    window.search_box.setText("R")
    window._after_save()  # what a recorded visit does to the box
    qtbot.wait(150)
    assert found == [] and window.result_ids() == idle


def test_a_profile_closed_at_once_asks_for_suggestions_when_it_is_opened_again(
    qtbot, open_window, bakery
) -> None:
    window, _scanner = open_window(bakery)
    cues = recorded(window.ops.shop.conversation, "cues")
    zoe = customer_id(bakery, ZOE)
    window.open_profile(zoe)
    window.reset_search()  # Esc before the profile had stayed a moment
    qtbot.wait(250)
    assert cues == []
    window.open_profile(zoe)
    qtbot.waitUntil(lambda: cues == [zoe], timeout=2000)


def test_an_r_let_through_earlier_does_not_hold_up_later_keys(qtbot, open_window, bakery) -> None:
    """Typed fast, "mar", a fresh start and "ng": the G is not taken for the start of a card (R… G…)."""
    window, _scanner = open_window(bakery, StepClock(StepClock.SCANNER))
    keyboard(window.search_box, "mar")
    window.search_box.clear()
    keyboard(window.search_box, "ng")
    assert window.search_box.text() == "ng"  # at once, not after the scanner's wait
