"""The window words money and dates in its locale (this till's language, else the system's), and the owner
chooses the shop's currency from the ISO codes, each shown with its sign."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale

from app.services.visits import VisitRow
from app.ui import wording
from app.ui.models import VisitsModel
from tests.ui.test_settings_ui import make_dialog

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def window_locale():
    """Set the window's locale for one test, and put the old one back."""
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "shown"),
    [("de_DE", "3,30\u00a0€"), ("fr_FR", "3,30\u00a0€"), ("en_GB", "€3.30"), ("en_US", "€3.30")],
)
def test_money_follows_the_windows_locale(window_locale, name: str, shown: str) -> None:
    window_locale(name)
    assert wording.money(330, "EUR") == shown


def test_the_profiles_visits_show_german_money_and_dates(window_locale) -> None:
    window_locale("de_DE")
    model = VisitsModel("Europe/Berlin", "EUR")
    now = datetime.now(BERLIN).replace(hour=14, minute=5, second=0, microsecond=0)
    long_ago = datetime(2024, 12, 2, 9, 30, tzinfo=BERLIN)
    model.set_rows(
        [
            VisitRow(1, now.astimezone(UTC), "Brezel", 123_450, False),
            VisitRow(2, long_ago.astimezone(UTC), "Kaffee", 330, False),
        ]
    )
    cells = [[model.index(r, c).data() for c in range(3)] for r in range(2)]
    assert cells[0][2] == "1.234,50\u00a0€" and cells[1][2] == "3,30\u00a0€"
    assert cells[0][0].endswith("14:05") and cells[1][0] == "2. Dez. 2024"


def test_dates_this_week_and_this_year_in_german(window_locale) -> None:
    window_locale("de_DE")
    today = date(2026, 12, 10)  # a Thursday
    monday = datetime(2026, 12, 7, 14, 5, tzinfo=BERLIN)
    assert wording.moment(monday, BERLIN, today) == "Mo., 7. Dez. 14:05"
    assert wording.moment(monday - timedelta(days=30), BERLIN, today) == "7. Nov. 14:05"
    assert wording.day(date(2025, 3, 1)) == "1. März 2025"


def test_this_tills_language_becomes_the_windows_locale(window_locale, monkeypatch, tmp_path) -> None:
    window_locale("en_GB")
    monkeypatch.setattr("app.till_settings.load", lambda _folder: SimpleNamespace(language="fr_FR"))
    wording.use_till_language(tmp_path)
    assert QLocale().name() == "fr_FR"
    assert wording.money(123_456, "EUR") == "1\u202f234,56\u00a0€"  # a narrow no-break space groups thousands


def test_a_till_without_a_language_keeps_the_systems(window_locale, tmp_path) -> None:
    window_locale("de_DE")
    wording.use_till_language(tmp_path)  # no till.json: nothing to follow
    assert QLocale().name() == "de_DE"


def test_the_currency_is_chosen_from_codes_with_their_signs(qtbot, services, window_locale) -> None:
    window_locale("en_GB")
    dialog, _ = make_dialog(qtbot, services)
    box = dialog.currency
    assert box.code() == "GBP" and box.currentText() == "GBP  £  British Pound"
    assert box.itemText(box.findData("CHF")) == "CHF  Swiss Franc"  # its sign is its code: not twice
    assert box.findData("DEM") < 0  # no longer in use
    box.setFocus()
    qtbot.keyClicks(box, "EUR")  # typing the code jumps to it
    assert box.code() == "EUR" and box.currentText() == "EUR  €  Euro"
    dialog._on_save()
    assert services.settings.get("currency") == "EUR"
    again, _ = make_dialog(qtbot, services)
    assert again.currency.code() == "EUR"


def test_the_amount_box_is_filled_the_way_the_locale_writes_numbers(window_locale) -> None:
    from app.shop import parse_money

    window_locale("de_DE")
    assert wording.amount(123_450) == "1.234,50" and parse_money(wording.amount(123_450)) == 123_450
    window_locale("en_GB")
    assert wording.amount(850) == "8.50"


def test_saving_the_settings_does_not_pin_this_computers_zone_on_every_till(qtbot, services) -> None:
    assert services.settings.get("timezone") == ""  # each till follows its own computer's zone
    dialog, _ = make_dialog(qtbot, services)
    in_use = services.settings.timezone_name()
    assert dialog.timezone.currentText() == ""
    assert dialog.timezone.lineEdit().placeholderText() == f"This computer's ({in_use})"
    dialog.shop_name.setText("Bread & Butter")
    dialog._on_save()
    assert services.settings.get("timezone") == "" and services.settings.get("shop_name") == "Bread & Butter"
    again, _ = make_dialog(qtbot, services)
    again.timezone.setCurrentText("Europe/Vienna")  # the owner's choice, once made, wins everywhere
    again._on_save()
    assert services.settings.timezone_name() == "Europe/Vienna"
