"""Money as typed at the counter and as shown: integer cents in between, one parser for the window and the CLI,
one formatter for every front end (the currency is an ISO 4217 code; its symbol and the number's shape come
from the locale each front end passes: app/services/locales.py)."""

from __future__ import annotations

import functools
import re

from app.errors import UserError
from app.messages import msg
from app.services.locales import FALLBACK, locale

MAX_CENTS = 100_000_000  # 1,000,000.00: more is a typing slip, not a sale
# Whole part: plain digits, or groups of three after a comma, dot, space or apostrophe (1,250 or 1.250).
_WHOLE = r"(?P<whole>[0-9]+|[0-9]{1,3}(?:(?P<sep>[,. '])[0-9]{3})(?:(?P=sep)[0-9]{3})*)"
# A comma or dot followed by one or two digits at the end is the decimal point, whatever the locale: 3,30 is 3.30.
_AMOUNT = re.compile(_WHOLE + r"?(?:[.,](?P<cents>[0-9]{1,2}))?")
# A sign or a code either side of the number, as format_money writes it ('3,30 €', 'CHF 3.30', 'US$3.30'): not part
# of the amount, so it is dropped; any other letters are still refused.
_SIGN = r"(?:[A-Z]{3}|[A-Z]{0,2}[£$€¥₹₩₪₺₽₴₫₱₦¢]|kr|zł|Kč|Ft|lei|Fr\.?)"
_CURRENCY = re.compile(rf"^{_SIGN} *|(?<=[0-9]) *{_SIGN}$")
# No-break and thin spaces group digits in French, the right single quote in Swiss German: read as typed ones.
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2019": "'"})


class AmountError(UserError):
    pass


def parse_amount(text: str) -> int:
    """'3,30', '3.30', '£3.30', '1,250' or '1.250,50' to cents; anything else is refused with a plain message."""
    cleaned = _CURRENCY.sub("", text.translate(_SPACES).strip())
    match = _AMOUNT.fullmatch(cleaned)
    # 12.505 has more than two decimals: refused rather than read as twelve thousand.
    if not match or not (match["whole"] or match["cents"]) or (match["sep"] == "." and not match["cents"]):
        raise AmountError(
            msg.tr("“{value}” is not an amount; write it like 12.50.").format(value=text.strip()[:30])
        )
    whole = int(re.sub("[^0-9]", "", match["whole"] or "0"))
    cents = whole * 100 + int((match["cents"] or "0").ljust(2, "0"))
    if cents > MAX_CENTS:
        raise AmountError(
            msg.tr("“{value}” is more than one visit can be: at most 1,000,000.00.").format(
                value=text.strip()[:30]
            )
        )
    return cents


@functools.lru_cache(maxsize=4096)  # a table repaints the same prices on every scroll
def format_money(cents: int, currency: str = "GBP", locale_name: str = FALLBACK) -> str:
    """12345, 'GBP', 'en_GB' -> '£123.45'; 'EUR', 'de_DE' -> '123,45\u00a0€'. Thousands grouped so a slip of
    the finger stands out; always two decimals, since amounts are kept in hundredths whatever the currency."""
    from decimal import Decimal

    from babel.numbers import format_currency

    return format_currency(Decimal(cents) / 100, currency, locale=locale(locale_name), currency_digits=False)


def currency_symbol(currency: str, locale_name: str = FALLBACK) -> str:
    """'EUR' -> '€'; 'SEK' -> 'kr' in Swedish and 'SEK' in English, as each locale writes it."""
    from babel.numbers import get_currency_symbol

    return get_currency_symbol(currency, locale=locale(locale_name))


@functools.cache
def currencies() -> frozenset[str]:
    """The ISO 4217 codes in use today somewhere (not the Deutsche Mark)."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    return frozenset(
        code
        for territory in get_global("territory_currencies")
        for code in get_territory_currencies(territory)
    )


def currency_code(text: str) -> str:
    """'eur ' -> 'EUR'; a sign or an unknown code is refused with the words to fix it."""
    code = text.strip().upper()
    if code not in currencies():
        raise UserError(
            msg.tr(
                "“{value}” is not a currency code: write the three letters, such as GBP, EUR, USD or CHF."
            ).format(value=text.strip()[:12])
        )
    return code


def plain(cents: int) -> str:
    """What goes back into an amount box: 330 -> '3.30'."""
    return f"{cents // 100}.{cents % 100:02d}"


def currency_name(currency: str, locale_name: str = FALLBACK) -> str:
    """'CHF' -> 'Swiss Franc', 'Schweizer Franken' in German."""
    from babel.numbers import get_currency_name

    return get_currency_name(currency, locale=locale(locale_name))


def country_currency(region: str) -> str:
    """The currency a country uses today ('IE' -> 'EUR'); GBP when the country is not known."""
    from babel.numbers import get_territory_currencies

    found = get_territory_currencies(region.strip().upper()) if len(region.strip()) == 2 else []
    return found[0] if found else "GBP"
