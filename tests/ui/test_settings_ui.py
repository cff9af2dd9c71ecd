import threading
from typing import ClassVar

from app import till_settings
from app.application import open_services, saved_database_url
from app.db import trigrams
from app.shop import Shop
from app.ui import languages
from app.ui.ops import Ops, SyncOps
from app.ui.settings_dialog import SettingsDialog


def make_dialog(qtbot, services, threaded: bool = False):
    ops = Ops() if threaded else SyncOps()
    ops.attach(Shop(services))
    dialog = SettingsDialog(Shop(services), ops)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)  # the form is filled in
    return dialog, ops


def test_settings_are_checked_and_saved(qtbot, services) -> None:
    dialog, _ = make_dialog(qtbot, services)
    assert dialog.shop_name.text() == services.settings.get("shop_name")
    assert dialog.region.region() == "GB" and dialog.region.country_name() == "United Kingdom"
    assert dialog.region.set_region("ie") and dialog.region.currentText() == "Ireland  (+353)"
    dialog.timezone.setCurrentText("Europe/Dublin")
    dialog.names_on_cards.setChecked(True)
    dialog.shop_name.setText("Bread & Butter")
    dialog._on_save()
    assert dialog.result() == dialog.DialogCode.Accepted
    values = services.settings.all()
    assert (values["region"], values["timezone"], values["print_name_on_card"], values["shop_name"]) == (
        "IE",
        "Europe/Dublin",
        True,
        "Bread & Butter",
    )


def test_this_tills_settings_stay_on_this_till(qtbot, services) -> None:
    dialog, _ = make_dialog(qtbot, services)
    assert dialog.till.text() == till_settings.computer_name() and dialog.scan_interval.value() == 35
    dialog.till.setText("Front counter")
    dialog.scan_interval.setValue(50)
    dialog.scan_suffix.setCurrentIndex(dialog.scan_suffix.findData("enter"))
    dialog.staff.setText("Sam, Ana , , Tomás")
    dialog._on_save()
    assert dialog.result() == dialog.DialogCode.Accepted
    till = till_settings.load(services.paths.root)
    assert (till.name, till.scan_max_interval_ms, till.scan_suffix, till.staff) == (
        "Front counter",
        50,
        "enter",
        ("Sam", "Ana", "Tomás"),
    )
    shared = services.settings.all()  # the shared database keeps the shop's own defaults
    assert (shared["scan_max_interval_ms"], shared["scan_suffix"]) == (35, "either")
    again, _ = make_dialog(qtbot, services)
    assert (again.till.text(), again.scan_interval.value(), again.staff.text()) == (
        "Front counter",
        50,
        "Sam, Ana, Tomás",
    )


def test_a_bad_till_setting_is_refused_and_nothing_changes(qtbot, services) -> None:
    dialog, _ = make_dialog(qtbot, services)
    dialog.shop_name.setText("Changed")
    dialog.staff.setText(", ".join(f"Person {i}" for i in range(13)))
    dialog._on_save()
    assert "at most 12 names" in dialog.error.text() and dialog.result() != dialog.DialogCode.Accepted
    assert services.settings.get("shop_name") != "Changed"
    assert not (services.paths.root / "till.json").exists()


def test_the_settings_speak_plainly(qtbot, services) -> None:
    from PySide6.QtWidgets import QLabel

    dialog, _ = make_dialog(qtbot, services)
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Card scanner speed" in words and "count as a card" in words
    assert "keys at most" not in words and "Country for phones" not in words


def test_an_unreachable_server_is_refused_off_the_gui_thread_and_nothing_changes(qtbot, services) -> None:
    dialog, ops = make_dialog(qtbot, services, threaded=True)
    dialog.database.setText("postgresql+psycopg://till@127.0.0.1:9/none?connect_timeout=2")
    dialog._on_save()
    assert dialog.error.text() == "Checking the server…" and not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: "Could not reach" in dialog.error.text(), timeout=10_000)
    assert dialog.save_button.isEnabled() and saved_database_url(services.paths) is None
    ops.close()


def test_a_shared_server_chosen_in_the_window_is_used_next_time(qtbot, services, pg_server, tmp_path) -> None:
    url = pg_server.create_database("from_settings")
    dialog = SettingsDialog(services)  # the old call site's signature still works
    qtbot.addWidget(dialog)
    dialog.database.setText(url)
    dialog._on_save()
    assert dialog.error.text() == "" and saved_database_url(services.paths) == url
    reopened = open_services(str(services.paths.root))
    try:
        assert reopened.db.dialect == "postgresql"
    finally:
        reopened.close()


class ServerWithoutTrigrams(Shop):
    """A shop on a PostgreSQL server that would not let Regulars have pg_trgm; records the thread that asked."""

    asked_on: ClassVar[list[threading.Thread]] = []

    @property
    def is_sqlite(self) -> bool:
        return False

    def search_warning(self, every_time: bool = False) -> str | None:
        self.asked_on.append(threading.current_thread())
        return super().search_warning(every_time)


def test_the_settings_say_search_is_slower_while_the_server_lacks_pg_trgm(qtbot, services) -> None:
    services.search_note = trigrams.SLOW_SEARCH
    shop = ServerWithoutTrigrams(services)
    for _ in range(2):  # every time the settings open, not only the first
        ops = Ops()
        ops.attach(shop)
        dialog = SettingsDialog(shop, ops)
        qtbot.addWidget(dialog)
        dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)  # "Shared server"
        dialog.show()
        qtbot.waitUntil(dialog.search_note.isVisible, timeout=10_000)
        assert dialog.search_note.text().startswith("Search will be slower: ask your administrator")
        ops.close()
    assert shop.asked_on and threading.main_thread() not in shop.asked_on  # on the runner's read lane
    assert shop.search_warning() == trigrams.SLOW_SEARCH  # the command line still says it once itself


def test_the_settings_say_nothing_of_search_on_this_computers_own_file(qtbot, services) -> None:
    dialog, _ = make_dialog(qtbot, services)
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.search_note.isVisible() and dialog.search_note.text() == ""


def test_the_search_note_is_translated(qtbot, services) -> None:
    services.search_note = trigrams.SLOW_SEARCH
    try:
        languages.install("de")
        ops = SyncOps()
        ops.attach(ServerWithoutTrigrams(services))
        dialog = SettingsDialog(ops.shop, ops)
        qtbot.addWidget(dialog)
        assert "pg_trgm" in dialog.search_note.text() and "Suche" in dialog.search_note.text()
    finally:
        languages.install("en")
