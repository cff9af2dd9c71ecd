"""The shop's time zone: the setting when set, else the computer's, else UTC with a warning."""

from __future__ import annotations

import contextlib
import logging
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest
import tzlocal

from app.services.settings import choose_zone


def test_the_shops_setting_comes_first() -> None:
    assert choose_zone("Pacific/Auckland", system=lambda: "Europe/Paris") == "Pacific/Auckland"


def test_an_unknown_setting_falls_back_to_the_computers_zone_with_a_warning(caplog) -> None:
    with caplog.at_level(logging.WARNING):
        assert choose_zone("Atlantis/Capital", system=lambda: "Asia/Tokyo") == "Asia/Tokyo"
    assert "“Atlantis/Capital” is not a known zone" in caplog.text


def test_without_any_known_zone_times_are_utc_with_a_warning(caplog) -> None:
    def unreadable() -> str:
        raise ZoneInfoNotFoundError("Multiple conflicting time zone configurations found")

    with caplog.at_level(logging.WARNING):
        assert choose_zone("", system=unreadable) == "UTC"
        assert choose_zone("", system=lambda: "Nowhere/Special") == "UTC"
    assert "cannot be read" in caplog.text and "Nowhere/Special" in caplog.text


@pytest.fixture
def tz_env(monkeypatch):
    """Set TZ for one test; tzlocal caches what it read, so it reads again before and after."""

    def set_tz(value: str) -> None:
        monkeypatch.setenv("TZ", value)
        # It reads the name (falling back past an unknown TZ) and then fails to build a zone object for
        # TZ, which the app never asks for.
        with contextlib.suppress(ZoneInfoNotFoundError):
            tzlocal.reload_localzone()

    yield set_tz
    monkeypatch.undo()
    tzlocal.reload_localzone()


def test_tz_is_the_computers_zone(tz_env) -> None:
    tz_env("America/Sao_Paulo")
    assert choose_zone("") == "America/Sao_Paulo"


def test_an_unknown_tz_never_stops_a_visit(tz_env, services, add, caplog) -> None:
    tz_env("Mars/Tharsis")
    with caplog.at_level(logging.WARNING):
        zone = services.settings.timezone_name()
    ZoneInfo(zone)  # a zone the database knows, whichever the computer has
    assert "TZ=Mars/Tharsis is not a known zone" in caplog.text
    cid = add("Dee Dawes")
    services.settings.set("timezone", "Mars/Olympus")  # and a bad setting on top of it
    assert services.visits.record(cid).id > 0
    assert services.profiles.load(cid).visit_count == 1
