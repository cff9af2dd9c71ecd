from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from app.shop import Shop
from app.ui.help_dialogs import AboutDialog, GuideDialog, ShortcutsSheet


def test_the_shortcuts_sheet_lists_the_counter_keys_and_every_menu_shortcut(
    qtbot, open_window, bakery
) -> None:
    window, _ = open_window(bakery)
    sheet = ShortcutsSheet(window.findChildren(QAction), window)
    qtbot.addWidget(sheet)
    rows = dict(sheet.rows)
    assert rows["F2"] == "Record the usual for the open profile" and rows["Esc"].startswith(
        "Close the profile"
    )
    assert rows["Ctrl+R"] == "Regulars: VIPs, lapsed, segments" and rows["Ctrl+N"] == "New customer"
    assert rows["F1"] == "Keyboard shortcuts" and "&" not in "".join(rows.values())


def test_about_names_the_version_folder_and_database_but_never_its_password(
    qtbot, open_window, bakery
) -> None:
    window, _ = open_window(bakery)
    shown = {}

    def read_about_box() -> None:
        box = QApplication.activeModalWidget()
        shown["text"] = box.facts.text()
        box.reject()

    QTimer.singleShot(0, read_about_box)
    window.help.about_action.trigger()
    assert "Version " in shown["text"] and str(bakery) in shown["text"] and "this computer" in shown["text"]
    services = window.services
    services.url = "postgresql+psycopg://till:s3cret@server.local/regulars"
    about = Shop(services).till.about()
    assert about.shared and "s3cret" not in about.database and "server.local/regulars" in about.database
    box = AboutDialog(about, window)
    qtbot.addWidget(box)
    assert "s3cret" not in box.facts.text() and "shared server" in box.facts.text()


def test_the_guide_covers_the_counter_the_owner_and_closing_up(qtbot) -> None:
    guide = GuideDialog()
    qtbot.addWidget(guide)
    text = guide.text.toPlainText()
    assert all(part in text for part in ("At the counter", "Win back", "Lock", "Export the day"))
