"""A wedge scanner types fast and ends with Enter; a person types the same characters slowly."""

import qrcode
from PIL.ImageQt import ImageQt
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoSink

from app.application import open_services
from app.ui.camera import FrameDecoder
from app.ui.customer_dialog import CustomerDialog
from tests.ui.conftest import StepClock, customer_id

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
    qtbot.keyClicks(window.search_box, "ma")  # someone had started typing
    clock.step = StepClock.SCANNER
    with qtbot.waitSignal(window.profile_shown, timeout=2000) as shown:
        qtbot.keyClicks(window.search_box, payload)
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
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
    qtbot.keyClicks(dialog.notes, "Likes ")
    clock.step = StepClock.SCANNER
    with qtbot.waitSignal(scanner.scanned, timeout=2000) as scanned:
        qtbot.keyClicks(dialog.notes, payload.lower())
        qtbot.keyClick(dialog.notes, Qt.Key.Key_Tab)
    assert scanned.args == [payload]
    assert dialog.notes.toPlainText() == "Likes "


def test_slow_typing_of_the_same_text_is_not_a_scan(qtbot, open_window, bakery) -> None:
    payload = card_of(bakery)
    clock = StepClock(StepClock.PERSON)
    window, scanner = open_window(bakery, clock)
    scans = []
    scanner.scanned.connect(scans.append)
    qtbot.keyClicks(window.search_box, payload[:6])
    # A held R (it could start a card) goes to the box once the scanner's short wait runs out.
    qtbot.waitUntil(lambda: window.search_box.text() == payload[:6], timeout=2000)
    assert scans == []
    # Typed whole by hand and confirmed with Enter at once, a code still opens the profile, found by hand.
    window.search_box.clear()
    clock.step = 0.06
    hints = []  # what the window said as each key landed (after its own handler)
    window.search_box.textChanged.connect(lambda _text: hints.append(window.results_hint.text()))
    qtbot.keyClicks(window.search_box, payload)
    with qtbot.waitSignal(window.profile_shown, timeout=2000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert scans == [] and window.found_by == "manual"
    assert "That looks like a card code: press Enter." in hints


def test_a_lone_r_typed_by_a_person_reaches_the_search_box(qtbot, open_window, bakery) -> None:
    window, _ = open_window(bakery, StepClock(StepClock.PERSON))
    qtbot.keyClicks(window.search_box, "Ro")
    qtbot.waitUntil(lambda: window.search_box.text() == "Ro", timeout=2000)


def test_the_same_card_read_twice_at_once_is_one_scan(qtbot, open_window, bakery) -> None:
    payload = card_of(bakery)
    clock = StepClock(StepClock.SCANNER)
    window, scanner = open_window(bakery, clock)
    scans = []
    scanner.scanned.connect(scans.append)
    for _ in range(2):
        qtbot.keyClicks(window.search_box, payload)
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert scans == [payload]
    assert window.search_box.text() == ""  # the second read did not land in the box either
    clock.now += scanner.repeat_seconds  # a moment later it is a new scan
    qtbot.keyClicks(window.search_box, payload)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert scans == [payload, payload]


def test_revoked_and_unknown_cards_say_so_and_record_nothing(qtbot, open_window, bakery) -> None:
    payload = card_of(bakery)
    zoe = customer_id(bakery, ZOE)
    services = open_services(str(bakery))
    services.cards.revoke(zoe)
    visits_before = services.visits.summary(zoe)[0]
    services.close()
    window, _scanner = open_window(bakery, StepClock(StepClock.SCANNER))
    qtbot.keyClicks(window.search_box, payload)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.banner.isVisible() and "revoked" in window.banner.text()
    assert window.current_customer() is None
    qtbot.keyClicks(window.search_box, "RGL" + "7" * 20)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
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
