"""File → Import visits… through the real background runner: the preview says what the file would add,
rows with errors stop the import until the owner leaves them out, and the history lands once. And a
customer an import could only name by their e-mail shows as "name unknown" at the counter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.application import open_services
from app.models import Customer
from app.services.customers import CustomerInput
from app.shop import Shop
from app.ui.ops import Ops
from app.ui.visit_import_dialog import VisitImportDialog


def test_the_preview_then_the_import_of_the_old_tills_visits(qtbot, tmp_path) -> None:
    services = open_services(str(tmp_path / "data"), daily_backup=False)
    zoe = services.customers.add(CustomerInput(name="Zoë", phone="07700 900123"))
    services.close()
    file = tmp_path / "visits.csv"
    file.write_text(
        f"customer,date,amount,items\n#{zoe},2024-07-01,4.50,Flat white\n+447700900123,2024-01-10,3.30,Tea\n"
        "#999,2024-02-01,1.00,\n",
        encoding="utf-8",
    )
    shop = Shop.open(tmp_path / "data", daily_backup=False)
    ops = Ops()
    ops.attach(shop)
    try:
        dialog = VisitImportDialog(shop, ops)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.load(file)
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
        assert dialog.summary.text().startswith("Format: generic. 2 to add, 0 already imported")
        assert "1 with errors" in dialog.summary.text()
        notes, why = dialog.lines.stringList()
        assert notes == "Items not on the menu, kept as text on the visit: Flat white, Tea."
        assert why.startswith("Row 4: ")  # the stranger #999, with the reason
        assert not dialog.import_button.isEnabled()  # nothing is written while a row has an error
        dialog.skip_errors.setChecked(True)
        assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Import 2 visits"
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.summary.text() == "✓ 2 visits imported.", timeout=20_000)
        assert shop.counter.profile(zoe).visit_count == 2

        dialog.load(file)  # the same file again adds nothing
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
        assert "0 to add, 2 already imported" in dialog.summary.text()
        assert not dialog.import_button.isEnabled()
    finally:
        ops.close()
        shop.close()


def test_a_customer_named_by_an_import_is_shown_as_name_unknown_until_named(
    qtbot, open_window, bakery
) -> None:
    services = open_services(str(bakery), daily_backup=False)
    with services.db.write() as session:  # as an import of a row holding only an e-mail leaves them
        mel = Customer(name="mel@example.com", search_key="mel example com", email="mel@example.com")
        mel.name_unknown = True
        session.add(mel)
        session.flush()
        cid = mel.id
    services.close()
    window, _ = open_window(bakery)
    with qtbot.waitSignal(window.profile_shown, timeout=5000):
        window.open_profile(cid)
    assert window.profile.name.text() == "mel@example.com (name unknown)"
