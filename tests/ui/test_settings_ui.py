from app.application import open_services, saved_database_url
from app.ui.settings_dialog import SettingsDialog


def test_settings_are_checked_and_saved(qtbot, services) -> None:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
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


def test_an_unreachable_server_is_refused_and_nothing_changes(qtbot, services) -> None:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.database.setText("postgresql+psycopg://till@127.0.0.1:9/none?connect_timeout=2")
    dialog._on_save()
    assert "Could not reach" in dialog.error.text()
    assert saved_database_url(services.paths) is None


def test_a_shared_server_chosen_in_the_window_is_used_next_time(qtbot, services, pg_server, tmp_path) -> None:
    url = pg_server.create_database("from_settings")
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.database.setText(url)
    dialog._on_save()
    assert dialog.error.text() == "" and saved_database_url(services.paths) == url
    reopened = open_services(str(services.paths.root))
    try:
        assert reopened.db.dialect == "postgresql"
    finally:
        reopened.close()
