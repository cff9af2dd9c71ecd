"""A wedge scanner types fast and ends with Enter; a person types the same characters slowly."""

import qrcode
from PIL.ImageQt import ImageQt
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoSink

from app.application import open_services
from app.ui.camera import FrameDecoder
from app.ui.customer_dialog import CustomerDialog


def card_of(data_dir, customer_id: int = 1) -> str:
    services = open_services(str(data_dir))
    try:
        return (services.cards.active_card(customer_id) or services.cards.issue(customer_id)).payload
    finally:
        services.close()


def test_a_fast_scan_opens_the_profile_and_leaves_nothing_in_the_search_box(
    qtbot, open_window, bakery
) -> None:
    payload = card_of(bakery)
    window, _scanner = open_window(bakery)
    qtbot.keyClicks(window.search_box, "ma")  # someone had started typing
    with qtbot.waitSignal(window.profile_shown, timeout=2000) as shown:
        qtbot.keyClicks(window.search_box, payload)
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert shown.args == [1]
    assert window.profile.name.text() == "Zoë Martin"
    assert window.search_box.text() == ""
    assert window.found_by == "scan"


def test_a_scan_while_editing_notes_does_not_type_into_the_notes(qtbot, open_window, bakery) -> None:
    payload = card_of(bakery)
    window, scanner = open_window(bakery)
    dialog = CustomerDialog("GB", lambda d: 1, lambda p, e: None, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.notes, "Likes ")
    with qtbot.waitSignal(scanner.scanned, timeout=2000) as scanned:
        qtbot.keyClicks(dialog.notes, payload.lower())
        qtbot.keyClick(dialog.notes, Qt.Key.Key_Tab)
    assert scanned.args == [payload]
    assert dialog.notes.toPlainText() == "Likes "


def test_slow_typing_of_the_same_text_is_not_a_scan(qtbot, open_window, bakery) -> None:
    payload = card_of(bakery)
    window, scanner = open_window(bakery)
    scans = []
    scanner.scanned.connect(scans.append)
    qtbot.keyClicks(window.search_box, payload[:6], delay=80)
    qtbot.wait(200)
    assert scans == [] and window.search_box.text() == payload[:6]
    # Finished by hand and confirmed with Enter, a typed code still opens the profile.
    qtbot.keyClicks(window.search_box, payload[6:], delay=60)
    qtbot.wait(200)
    assert window.search_box.text() == payload
    assert "card code" in window.results_hint.text()
    with qtbot.waitSignal(window.profile_shown, timeout=2000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert scans == [] and window.found_by == "manual"


def test_a_lone_r_typed_by_a_person_reaches_the_search_box(qtbot, open_window, bakery) -> None:
    window, _ = open_window(bakery)
    qtbot.keyClicks(window.search_box, "Ro", delay=80)
    qtbot.waitUntil(lambda: window.search_box.text() == "Ro", timeout=1000)


def test_the_same_card_read_twice_at_once_is_one_scan(qtbot, open_window, bakery) -> None:
    payload = card_of(bakery)
    window, scanner = open_window(bakery)
    scans = []
    scanner.scanned.connect(scans.append)
    for _ in range(2):
        qtbot.keyClicks(window.search_box, payload)
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert scans == [payload]


def test_revoked_and_unknown_cards_say_so_and_record_nothing(qtbot, open_window, bakery) -> None:
    payload = card_of(bakery)
    services = open_services(str(bakery))
    services.cards.revoke(1)
    visits_before = services.visits.summary(1)[0]
    services.close()
    window, _scanner = open_window(bakery)
    qtbot.keyClicks(window.search_box, payload)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.banner.isVisible() and "revoked" in window.banner.text()
    assert window.current_customer() is None
    qtbot.keyClicks(window.search_box, "RGL" + "7" * 20)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert "Unknown card" in window.banner.text()
    services = open_services(str(bakery))
    assert services.visits.summary(1)[0] == visits_before
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
    sink.setVideoFrame(qr_frame("hello, not a card"))
    qtbot.wait(300)
    assert seen == []
    with qtbot.waitSignal(window.profile_shown, timeout=5000):
        sink.setVideoFrame(qr_frame(payload))
    assert seen == [payload] and window.profile.name.text() == "Zoë Martin"
