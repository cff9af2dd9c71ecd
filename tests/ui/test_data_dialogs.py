from pathlib import Path

from openpyxl import load_workbook

from app.ui.data_dialogs import ExportDayDialog, ImportDialog
from app.ui.ops import SyncOps

DATA = Path(__file__).resolve().parents[1] / "data"


def test_export_the_day_from_the_window(qtbot, open_window, bakery, zoe, tmp_path) -> None:
    window, _ = open_window(bakery)
    window.open_profile(zoe)
    window.visits.record_usual()
    dialog = ExportDayDialog(window.services, SyncOps(), window)
    qtbot.addWidget(dialog)
    out = tmp_path / "today.xlsx"
    dialog.export_to(out, "xlsx")
    assert "visits saved to" in dialog.status.text()
    names = [row[4] for row in load_workbook(out).active.iter_rows(min_row=2, values_only=True)]
    assert "Zoë Martin" in names
    assert window.services.settings.get("export_folder") == str(tmp_path)


def test_import_shows_the_plan_then_imports(qtbot, open_window, bakery) -> None:
    window, _ = open_window(bakery)
    dialog = ImportDialog(window.services, SyncOps(), window)
    qtbot.addWidget(dialog)
    dialog.load(DATA / "square.csv")
    shown = dialog.lines.stringList()
    # The demo bakery already knows Zoë by her phone number.
    assert dialog.summary.text().startswith("Format: square. 1 to add, 0 to update, 2 to skip, 2 with errors")
    assert "Row 2: skipped, already a customer (number 1)" in shown
    assert "Row 5: birthday: February has no day 31." in shown and "Row 3: add Łukasz Nowak" in shown
    assert dialog.import_button.isEnabled()
    dialog._on_import_clicked()
    assert dialog.summary.text() == "✓ 1 customer imported."
    assert window.services.search.search("lukasz")[0].name == "Łukasz Nowak"


def test_an_unrecognised_file_leads_to_the_column_mapping_step(qtbot, services, tmp_path) -> None:
    odd = tmp_path / "till-export.csv"
    odd.write_text("Kunde;Handy;Geburtstag\nJürgen Weiß;0151 23456789;1980-05-04\n", encoding="utf-8")
    dialog = ImportDialog(services, SyncOps())
    qtbot.addWidget(dialog)
    dialog.load(odd)
    assert dialog.format.currentData() == "map" and dialog.mapping_box.isVisibleTo(dialog)
    assert "Choose which column holds the name" in dialog.summary.text()
    dialog.mapping["name"].setCurrentText("Kunde")
    dialog.mapping["birthday"].setCurrentText("Geburtstag")
    assert dialog.summary.text().startswith("Format: custom. 1 to add")
    dialog._on_import_clicked()
    assert services.search.search("jurgen")[0].name == "Jürgen Weiß"
