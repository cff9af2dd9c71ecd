"""Migration 0012: the currency sign a shop typed becomes an ISO code, read by the shop's country where a
sign is shared, and goes back to the sign on a downgrade."""

import json
import logging

import pytest
from sqlalchemy import Engine, text

from app.db import migrate
from app.db.engine import make_engine
from tests.integration.test_migration_roundtrip import downgrade


def _set(engine: Engine, **values: str) -> None:
    with engine.begin() as conn:
        for key, value in values.items():
            conn.execute(
                text("INSERT INTO settings (key, value) VALUES (:k, :v)"), {"k": key, "v": json.dumps(value)}
            )


def _currency(engine: Engine) -> str | None:
    with engine.connect() as conn:
        value = conn.execute(text("SELECT value FROM settings WHERE key = 'currency'")).scalar()
    return None if value is None else json.loads(value)


@pytest.fixture
def at_0011(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'regulars.sqlite3'}")
    migrate.upgrade(engine, "0011")
    yield engine
    engine.dispose()


@pytest.mark.parametrize(
    ("sign", "region", "code", "back"),
    [
        ("£", "GB", "GBP", "£"),
        ("€", "IE", "EUR", "€"),
        ("$", "US", "USD", "$"),
        ("$", "CA", "CAD", "$"),
        ("kr", "NO", "NOK", "kr"),
        ("kr", "SE", "SEK", "kr"),
        ("kr", "DK", "DKK", "kr"),
        ("CHF", "CH", "CHF", "CHF"),
        ("Fr.", "CH", "CHF", "CHF"),
        ("eur", "FR", "EUR", "€"),
        ("", "GB", "GBP", "£"),
    ],
)
def test_a_sign_becomes_its_code_and_comes_back_on_downgrade(at_0011, sign, region, code, back) -> None:
    _set(at_0011, currency=sign, region=region)
    migrate.upgrade(at_0011)
    assert _currency(at_0011) == code
    downgrade(at_0011, "0011")
    assert _currency(at_0011) == back
    migrate.upgrade(at_0011)
    assert _currency(at_0011) == code


def test_an_unknown_sign_becomes_pounds_and_says_so_in_the_log(at_0011, caplog) -> None:
    _set(at_0011, currency="¤¤", region="GB")
    with caplog.at_level(logging.WARNING):
        migrate.upgrade(at_0011)
    assert _currency(at_0011) == "GBP"
    assert "“¤¤” is not one this upgrade knows" in caplog.text


def test_a_shop_that_never_chose_a_currency_keeps_the_default(at_0011) -> None:
    migrate.upgrade(at_0011)
    assert _currency(at_0011) is None
    downgrade(at_0011, "0011")
    assert _currency(at_0011) is None


def test_the_opened_shop_reads_the_code(tmp_path) -> None:
    from app.application import open_services

    data = tmp_path / "data"
    data.mkdir()
    engine = make_engine(f"sqlite:///{data / 'regulars.sqlite3'}")
    migrate.upgrade(engine, "0011")
    _set(engine, currency="€", region="DE")
    engine.dispose()
    services = open_services(str(data))
    try:
        assert services.settings.get("currency") == "EUR"
    finally:
        services.close()
