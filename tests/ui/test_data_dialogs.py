from pathlib import Path

from openpyxl import load_workbook

from app.ui.data_dialogs import ExportDayDialog, ImportDialog
from app.ui.tasks import SyncRunner

DATA = Path(__file__).resolve().parents[1] / "data"


def test_export_the_day_from_the_window(qtbot, open_window, bakery, tmp_path) -> None:
    window, _ = open_window(bakery)
    window.open_profile(1)
    window.record_usual()
    dialog = ExportDayDialog(window.services, SyncRunner(), window)
    qtbot.addWidget(dialog)
    out = tmp_path / "today.xlsx"
    dialog.export_to(out, "xlsx")
    assert "visits saved to" in dialog.status.text()
    names = [row[4] for row in load_workbook(out).active.iter_rows(min_row=2, values_only=True)]
    assert "Zoë Martin" in names
    assert window.services.settings.get("export_folder") == str(tmp_path)


def test_import_shows_the_plan_then_imports(qtbot, open_window, bakery) -> None:
    window, _ = open_window(bakery)
    dialog = ImportDialog(window.services, SyncRunner(), window)
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
