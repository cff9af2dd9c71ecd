"""the shop's currency as an ISO 4217 code (GBP, EUR…) instead of the sign typed in the settings

Revision ID: 0012
Revises: 0011
"""

import json
import logging

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")

# Frozen here (not derived from Babel) so the migration means the same thing forever.
# A sign several countries share is read by the shop's country (its "region" setting).
BY_COUNTRY = {
    "$": {"US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "MX": "MXN"},
    "kr": {"SE": "SEK", "NO": "NOK", "DK": "DKK", "IS": "ISK", "FO": "DKK", "GL": "DKK"},
    "¥": {"JP": "JPY", "CN": "CNY"},
    "£": {"GB": "GBP", "GI": "GIP", "FK": "FKP", "SH": "SHP", "EG": "EGP"},
}
FIRST = {"$": "USD", "kr": "SEK", "¥": "JPY", "£": "GBP"}  # the sign's usual meaning elsewhere
SIGNS = {
    "€": "EUR",
    "chf": "CHF",
    "fr": "CHF",
    "fr.": "CHF",
    "us$": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "nz$": "NZD",
    "hk$": "HKD",
    "r$": "BRL",
    "₹": "INR",
    "zł": "PLN",
    "kč": "CZK",
    "ft": "HUF",
    "lei": "RON",
    "₺": "TRY",
    "₩": "KRW",
    "₪": "ILS",
    "₴": "UAH",
    "r": "ZAR",
}
# Back to the sign the old version showed, for a downgrade; any other code stays as it is.
BACK = {
    "GBP": "£",
    "EUR": "€",
    "USD": "$",
    "CAD": "$",
    "AUD": "$",
    "NZD": "$",
    "SGD": "$",
    "HKD": "$",
    "MXN": "$",
    "SEK": "kr",
    "NOK": "kr",
    "DKK": "kr",
    "ISK": "kr",
    "JPY": "¥",
    "CNY": "¥",
    "CHF": "CHF",
    "INR": "₹",
    "PLN": "zł",
    "CZK": "Kč",
    "HUF": "Ft",
    "RON": "lei",
    "TRY": "₺",
    "KRW": "₩",
    "ILS": "₪",
    "UAH": "₴",
    "ZAR": "R",
    "BRL": "R$",
    "GIP": "£",
    "FKP": "£",
    "SHP": "£",
    "EGP": "£",
}

settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.Text))


def code_for(sign: str, region: str) -> str | None:
    """The code a sign meant in that country; None when it cannot be told."""
    typed = sign.strip()
    if not typed:
        return "GBP"  # an empty sign was shown as £ by the old settings dialog
    if typed.upper() in BACK:  # a code typed into the old field
        return typed.upper()
    key = typed.lower() if typed.lower() in SIGNS or typed.lower() in BY_COUNTRY else typed
    if key in BY_COUNTRY:
        return BY_COUNTRY[key].get(region, FIRST[key])
    return SIGNS.get(key)


def _read(key: str) -> object | None:
    value = op.get_bind().execute(sa.select(settings.c.value).where(settings.c.key == key)).scalar()
    return None if value is None else json.loads(value)


def _write(key: str, value: str) -> None:
    op.get_bind().execute(settings.update().where(settings.c.key == key).values(value=json.dumps(value)))


def upgrade() -> None:
    sign = _read("currency")
    if sign is None:
        return  # never set: the new default (GBP) is what the old one (£) meant
    region = str(_read("region") or "GB").upper()
    code = code_for(str(sign), region)
    if code is None:
        log.warning(
            "The shop's currency sign “%s” is not one this upgrade knows; set to GBP, change it in Settings",
            sign,
        )
        code = "GBP"
    _write("currency", code)


def downgrade() -> None:
    code = _read("currency")
    if code is not None:
        _write("currency", BACK.get(str(code), str(code)))  # the old field took any four characters
