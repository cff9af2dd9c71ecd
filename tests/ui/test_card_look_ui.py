"""The owner chooses the card's logo and colour in Settings, and asks for stamp boxes in the print dialog."""

from PIL import Image
from pypdf import PdfReader

from app.shop import Shop
from app.ui.print_dialog import PrintCardsDialog
from tests.ui.conftest import open_settings


def test_logo_and_colour_are_chosen_in_settings(qtbot, services, tmp_path) -> None:
    dialog = open_settings(qtbot, services)
    assert dialog.logo_preview.text() == "No logo" and not dialog.clear_logo_button.isEnabled()
    assert dialog.brand_colour.text() == "#2E3D36"
    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 100), (139, 69, 19)).save(logo, "PNG")
    dialog.choose_logo(str(logo))
    qtbot.waitUntil(lambda: not dialog.logo_preview.pixmap().isNull(), timeout=10_000)
    assert dialog.logo_preview.pixmap().width() == 80 and dialog.clear_logo_button.isEnabled()
    assert Shop(services).cards.look().logo.width == 200  # saved for every till at once

    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture")
    dialog.choose_logo(str(notes))
    assert "must be a PNG or JPEG" in dialog.error.text()

    dialog.brand_colour.setText("brown")
    dialog._on_save()
    assert "#RRGGBB" in dialog.error.text() and services.settings.get("brand_colour") == "#2E3D36"
    dialog.brand_colour.setText("#8b4513")
    dialog._on_save()
    assert (
        dialog.result() == dialog.DialogCode.Accepted and services.settings.get("brand_colour") == "#8B4513"
    )

    again = open_settings(qtbot, services)
    again.clear_logo_button.click()
    qtbot.waitUntil(lambda: again.logo_preview.text() == "No logo", timeout=10_000)
    assert Shop(services).cards.look().logo is None


def test_the_print_dialog_puts_stamp_boxes_on_the_back(qtbot, open_window, bakery, tmp_path) -> None:
    window, _ = open_window(bakery)
    dialog = PrintCardsDialog(window.services, window.ops, 1, [1, 2, 3], window)
    qtbot.addWidget(dialog)
    assert dialog.back.isEnabled() and not dialog.back.isChecked()
    {b.property("choice"): b for b in dialog.group.buttons()}["selection"].setChecked(True)
    dialog.back.setChecked(True)
    out = tmp_path / "backs.pdf"
    dialog.render_to(out, send_to_printer=False)
    assert "3 cards ready" in dialog.status.text()
    pages = PdfReader(out).pages
    assert len(pages) == 2 and "stamps" in pages[1].extract_text()
