from app.services.customers import CustomerInput
from app.ui.data_dialogs import ImportDialog
from app.ui.ops import SyncOps


def test_the_preview_shows_each_field_an_update_changes(qtbot, services, tmp_path) -> None:
    zoe = services.customers.add(
        CustomerInput(
            name="Zoë Martin",
            email="zoe@example.com",
            phone="07700 900123",
            flags=["nuts"],
            birthday="1990-11-25",
            notes="Nut allergy is severe",
        )
    )
    moved = tmp_path / "moved.csv"
    moved.write_text(
        "name,phone,email,birthday\nZoë Martin,07700 900999,zoe@example.com,11-25\n", encoding="utf-8"
    )
    dialog = ImportDialog(services, SyncOps())
    qtbot.addWidget(dialog)
    dialog.duplicates.setCurrentIndex(dialog.duplicates.findData("update"))
    dialog.load(moved)
    assert dialog.summary.text().startswith("Format: generic. 0 to add, 1 to update")
    # Only the phone: the year-less birthday does not replace 1990-11-25.
    assert dialog.lines.stringList() == ["Row 2: Zoë Martin: phone +44 7700 900123 → +44 7700 900999"]
    dialog._on_import_clicked()
    assert dialog.summary.text() == "✓ 1 customer imported."
    after = services.customers.as_input(zoe)
    assert (after.flags, after.birthday, after.notes) == (["nuts"], "1990-11-25", "Nut allergy is severe")


def test_a_file_mixing_encodings_is_explained_in_the_dialog(qtbot, services, tmp_path) -> None:
    mixed = tmp_path / "mixed.csv"
    mixed.write_bytes("name\nZoë\n".encode() + "Renée\n".encode("cp1252"))
    dialog = ImportDialog(services, SyncOps())
    qtbot.addWidget(dialog)
    dialog.load(mixed)
    assert dialog.summary.text().startswith("Line 3 of mixed.csv is not UTF-8, but other lines are")
    assert not dialog.import_button.isEnabled()


def test_the_preview_speaks_german_skip_reasons_included(qtbot, services, tmp_path) -> None:
    """The summary and each skipped row are worded by the window, in its language."""
    from app.ui import languages

    services.customers.add(CustomerInput(name="Zoë Martin", phone="07700 900123"))
    again = tmp_path / "again.csv"
    again.write_text("name,phone\nZoë Martin,07700 900123\nBen Jones,07700 900456\n", encoding="utf-8")
    languages.install("de")
    try:
        dialog = ImportDialog(services, SyncOps())
        qtbot.addWidget(dialog)
        dialog.load(again)
        assert dialog.summary.text().startswith(
            "Format: generic. 1 hinzuzufügen, 0 zu aktualisieren, 1 zu überspringen, 0 mit Fehlern."
        )
        assert dialog.lines.stringList()[0] == "Zeile 2: übersprungen, bereits Kunde (Nummer 1)"
    finally:
        languages.install("en")
