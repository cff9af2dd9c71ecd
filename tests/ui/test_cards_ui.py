from pypdf import PdfReader

from app.ui.camera import CameraDialog
from app.ui.print_dialog import PrintCardsDialog


def test_print_dialog_saves_a_pdf_and_marks_the_cards_printed(
    qtbot, open_window, bakery, zoe, tmp_path
) -> None:
    window, _ = open_window(bakery)
    window.open_profile(zoe)
    others = [h.id for h in window.services.search.search("ma", limit=5) if h.id != zoe]
    three = [zoe, *others[:2]]
    dialog = PrintCardsDialog(window.services, window.ops, zoe, three, window)
    qtbot.addWidget(dialog)
    buttons = {b.property("choice"): b for b in dialog.group.buttons()}
    assert buttons["current"].isChecked() and buttons["selection"].isEnabled()
    buttons["selection"].setChecked(True)
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("cr80"))
    out = tmp_path / "three.pdf"
    dialog.render_to(out, send_to_printer=False)
    assert "3 cards ready" in dialog.status.text()
    assert len(PdfReader(out).pages) == 3
    assert all(window.services.cards.active_card(i).printed_at for i in three)


def test_issue_replace_and_revoke_from_the_profile(qtbot, open_window, bakery, zoe, answer) -> None:
    asked = answer(True)
    window, _ = open_window(bakery)
    window.open_profile(zoe)
    old = window.services.cards.active_card(zoe) or window.services.cards.issue(zoe)
    window.owner_actions.card_action("reissue")
    new = window.services.cards.active_card(zoe)
    assert new.token != old.token and "old one no longer works" in window.profile.message.text()
    assert window.profile.card_badge.text().endswith(new.token[-4:])
    window.owner_actions.card_action("revoke")
    assert window.services.cards.active_card(zoe) is None and not window.profile.card_badge.isVisible()
    window.owner_actions.card_action("issue")
    assert "issued" in window.profile.message.text()
    assert asked == [
        "Replace Zoë Martin's card? The old card stops working; stamps and history stay.",
        "Revoke Zoë Martin's card? It will stop working; stamps and history stay.",
    ]


def test_camera_window_without_a_camera_explains_instead_of_crashing(qtbot) -> None:
    dialog = CameraDialog()
    qtbot.addWidget(dialog)
    if not dialog.devices:
        assert "No camera was found" in dialog.status.text()
    else:
        assert "Hold the card" in dialog.status.text()
