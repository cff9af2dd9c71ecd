"""The window's export, print and data-request dialogs check where they write with the same guard as the
command line, and say why they will not write there."""

import sqlite3

from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from app.ui.data_dialogs import ExportDayDialog
from app.ui.ops import SyncOps
from app.ui.print_dialog import PrintCardsDialog


def customers_in(data_dir) -> int:
    with sqlite3.connect(data_dir / "regulars.sqlite3") as db:
        return db.execute("SELECT count(*) FROM customers").fetchone()[0]


def test_the_day_cannot_be_exported_over_the_database(qtbot, open_window, bakery, zoe) -> None:
    window, _ = open_window(bakery)
    dialog = ExportDayDialog(window.services, SyncOps(), window)
    qtbot.addWidget(dialog)
    dialog.export_to(bakery / "regulars.sqlite3", "csv")
    assert dialog.status.text().startswith("Not saved: That file is the shop's database")
    assert customers_in(bakery) == 60 and window.services.customers.get(zoe).name == "Zoë Martin"
    dialog.export_to(bakery / "backups" / "today.csv", "xlsx")
    assert "among the shop's backups" in dialog.status.text()
    assert not (bakery / "backups" / "today.csv").exists()


def test_cards_saved_into_the_data_folder_are_refused_and_nothing_is_issued(
    qtbot, open_window, bakery, tmp_path
) -> None:
    window, _ = open_window(bakery)
    cards = window.services.cards
    without = next(i for i in range(1, 61) if cards.active_card(i) is None)
    dialog = PrintCardsDialog(window.services, window.ops, without, [], window)
    qtbot.addWidget(dialog)
    dialog.render_to(bakery / "cards.pdf", send_to_printer=False)
    assert "inside the data folder" in dialog.status.text()
    assert cards.active_card(without) is None and not (bakery / "cards.pdf").exists()
    dialog.render_to(tmp_path / "missing" / "cards.pdf", send_to_printer=False)
    assert dialog.status.text() == f"The folder {tmp_path / 'missing'} does not exist."
    assert cards.active_card(without) is None
    dialog.render_to(tmp_path / "cards.pdf", send_to_printer=False)
    assert "1 cards ready" in dialog.status.text() and len(PdfReader(tmp_path / "cards.pdf").pages) == 1
    assert cards.active_card(without).printed_at is not None


def test_a_data_request_is_not_saved_into_the_data_folder(
    qtbot, open_window, bakery, zoe, monkeypatch
) -> None:
    window, _ = open_window(bakery)
    window.open_profile(zoe)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(bakery / "backups"))
    before = sorted(p.name for p in (bakery / "backups").iterdir())
    window.data_actions.export_person()
    assert "among the shop's backups" in window.profile.message.text()
    assert sorted(p.name for p in (bakery / "backups").iterdir()) == before
