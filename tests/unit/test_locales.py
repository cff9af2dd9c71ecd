"""Choosing the locale each front end words money and dates in, and the dates themselves."""

from datetime import date, datetime

import pytest

from app.services import locales


@pytest.mark.parametrize(
    ("name", "usable"),
    [
        ("de_DE.UTF-8", "de_DE"),
        ("fr-FR", "fr_FR"),
        ("de_DE@euro", "de_DE"),
        ("de_JP", "de"),  # a pair Babel has no data for keeps its language
        ("sr_Latn_RS", "sr_Latn_RS"),
        ("C", "en_GB"),
        ("C.UTF-8", "en_GB"),
        ("POSIX", "en_GB"),
        ("", "en_GB"),
        ("xx_YY", "en_GB"),
    ],
)
def test_locale_names_as_the_system_gives_them(name: str, usable: str) -> None:
    assert locales.usable(name) == usable


def test_the_command_line_reads_lc_all_before_lang() -> None:
    assert locales.from_environment({"LANG": "de_DE.UTF-8"}) == "de_DE"
    assert locales.from_environment({"LANG": "de_DE.UTF-8", "LC_ALL": "fr_FR.UTF-8"}) == "fr_FR"
    assert locales.from_environment({"LANG": "C"}) == "en_GB"
    assert locales.from_environment({}) == "en_GB"


def test_the_shop_locale_is_the_till_language_in_the_shop_country() -> None:
    assert locales.for_shop("AT", "de", {}) == "de_AT"
    assert locales.for_shop("DE", "", {"LANG": "de_DE.UTF-8"}) == "de_DE"  # no till language: the computer's
    assert locales.for_shop("CH", "fr", {}) == "fr_CH"
    assert locales.for_shop("GB", "de", {}) == "de"  # Babel knows no German for Britain
    assert locales.for_shop("", "fr", {}) == "fr"


def test_dates_in_german_french_and_english() -> None:
    monday = datetime(2026, 12, 7, 14, 5)
    assert locales.long_day(monday.date(), "de_DE") == "Montag, 7. Dezember 2026"
    assert locales.long_day(monday.date(), "fr_FR") == "lundi 7 décembre 2026"
    assert locales.long_day(monday.date(), "en_GB") == "Monday, 7 December 2026"
    assert locales.day(date(2026, 12, 7), "de_DE") == "7. Dez. 2026"
    assert locales.short_day(date(2026, 12, 7), "fr_FR") == "7 déc."
    assert locales.weekday(date(2026, 12, 7), "en_GB") == "Mon 7 Dec"
    assert locales.month(date(2026, 12, 7), "de_DE") == "Dezember 2026"
    assert locales.clock(monday, "en_US") == "2:05\u202fPM"
    assert locales.day_and_clock(monday, "de_DE") == "7. Dez. 2026, 14:05"
