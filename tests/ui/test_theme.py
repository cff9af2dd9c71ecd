"""Dark or light: the window follows the system's colour scheme as it changes, unless this till's settings
choose one; what a person sees is checked on the painted window, not only on the palette."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from app import till_settings
from app.errors import UserError
from app.shop import Shop
from app.ui.main import follow_till_theme
from app.ui.ops import SyncOps
from app.ui.settings_dialog import SettingsDialog
from app.ui.style import DARK, LIGHT, STYLESHEET, palette
from app.ui.theme import Theme


@pytest.fixture
def system_scheme():
    """Tell the application the system's colour scheme changed (offscreen Qt has none of its own);
    back to light afterwards, for the tests that follow (whatever a till chose)."""
    app = QApplication.instance()
    yield app.styleHints().colorSchemeChanged.emit
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    app.setPalette(palette(LIGHT))
    app.setStyleSheet(STYLESHEET)


def painted(widget, x: int | None = None, y: int = 6) -> QColor:
    """The colour a person sees at a point of the widget (by default inside its top edge, mid-way)."""
    QApplication.processEvents()
    return widget.grab().toImage().pixelColor(QPoint(widget.width() // 2 if x is None else x, y))


def test_the_window_follows_the_system_scheme_live(qtbot, open_window, bakery, zoe, system_scheme) -> None:
    window, _ = open_window(bakery)
    theme = window.findChild(Theme)
    with qtbot.waitSignal(window.profile_shown, timeout=2000):
        window.open_profile(zoe)
    assert theme.current == "light" and painted(window.centralWidget(), 300, 400).lightness() > 200
    with qtbot.waitSignal(theme.applied, timeout=1000):
        system_scheme(Qt.ColorScheme.Dark)
    assert theme.current == "dark"
    assert painted(window.profile.usual_button.parentWidget()).name() == DARK.surface  # a panel
    assert painted(window.centralWidget(), 300, 400).lightness() < 60  # the window behind
    assert window.search_box.palette().color(window.search_box.backgroundRole()).name() == DARK.surface
    system_scheme(Qt.ColorScheme.Light)
    assert theme.current == "light"
    assert painted(window.profile.usual_button.parentWidget()).name() == LIGHT.surface


def test_this_tills_choice_wins_over_the_system(qtbot, open_window, bakery, system_scheme) -> None:
    window, _ = open_window(bakery)
    theme = window.findChild(Theme)
    till_settings.save(bakery, till_settings.TillSettings(theme="dark"))
    follow_till_theme(window, bakery)
    assert theme.current == "dark"
    system_scheme(Qt.ColorScheme.Light)
    assert theme.current == "dark"  # the till said dark
    theme.choose("system")
    system_scheme(Qt.ColorScheme.Dark)
    assert theme.current == "dark"
    system_scheme(Qt.ColorScheme.Light)
    assert theme.current == "light"


def test_the_settings_dialog_chooses_the_colours_and_the_window_follows(
    qtbot, open_window, bakery, system_scheme
) -> None:
    window, _ = open_window(bakery)
    theme = follow_till_theme(window, bakery)
    shop = Shop(window.services)
    ops = SyncOps(window)
    ops.attach(shop)
    dialog = SettingsDialog(shop, ops, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)
    assert dialog.theme.currentData() == "system" and dialog.theme.accessibleName() == "Colours"
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog._on_save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert till_settings.load(bakery).theme == "dark"
    window.reload_settings()  # what the window does after the dialog saves
    assert theme.current == "dark"


def test_a_bad_colour_choice_is_refused_and_changes_nothing(tmp_path) -> None:
    till_settings.save(tmp_path, till_settings.TillSettings(name="Front", theme="light"))
    with pytest.raises(UserError, match="“system”, “light” or “dark”, not “purple”"):
        till_settings.save(tmp_path, till_settings.TillSettings(name="Front", theme="purple"))
    assert till_settings.load(tmp_path).theme == "light"
    raw = json.loads((tmp_path / till_settings.FILE_NAME).read_text())
    assert raw["theme"] == "light"
