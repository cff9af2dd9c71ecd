from app.application import open_services, saved_database_url
from app.shop import Shop
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
    assert dialog.shop_name.text() == services.settings.get("shop_name") and dialog.region.text() == "GB"
    dialog.region.setText("XX")
    dialog._on_save()
    assert "not a country code" in dialog.error.text() and services.settings.get("region") == "GB"
    dialog.region.setText("ie")
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
