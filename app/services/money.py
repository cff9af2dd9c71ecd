"""Money as typed at the counter and as shown: integer cents in between, one parser for the window and the CLI."""

from __future__ import annotations

import re

from app.errors import UserError

MAX_CENTS = 100_000_000  # 1,000,000.00: more is a typing slip, not a sale
# Whole part: plain digits, or groups of three after a comma, dot, space or apostrophe (1,250 or 1.250).
_WHOLE = r"(?P<whole>[0-9]+|[0-9]{1,3}(?:(?P<sep>[,. '])[0-9]{3})(?:(?P=sep)[0-9]{3})*)"
# A comma or dot followed by one or two digits at the end is the decimal point, whatever the locale: 3,30 is 3.30.
_AMOUNT = re.compile(_WHOLE + r"?(?:[.,](?P<cents>[0-9]{1,2}))?")
_CURRENCY = "£$€¥₹ "


class AmountError(UserError):
    pass


def parse_amount(text: str) -> int:
    """'3,30', '3.30', '£3.30', '1,250' or '1.250,50' to cents; anything else is refused with a plain message."""
    cleaned = text.strip().strip(_CURRENCY).replace("\u00a0", " ")
    match = _AMOUNT.fullmatch(cleaned)
    # 12.505 has more than two decimals: refused rather than read as twelve thousand.
    if not match or not (match["whole"] or match["cents"]) or (match["sep"] == "." and not match["cents"]):
        raise AmountError(f"“{text.strip()[:30]}” is not an amount; write it like 12.50.")
    whole = int(re.sub("[^0-9]", "", match["whole"] or "0"))
    cents = whole * 100 + int((match["cents"] or "0").ljust(2, "0"))
    if cents > MAX_CENTS:
        raise AmountError(f"“{text.strip()[:30]}” is more than one visit can be: at most 1,000,000.00.")
    return cents


def format_money(cents: int, currency: str = "£") -> str:
    """12345 and '£' -> '£123.45'; thousands grouped so a slip of the finger stands out."""
    sign = "-" if cents < 0 else ""
    return f"{sign}{currency}{abs(cents) // 100:,}.{abs(cents) % 100:02d}"


def plain(cents: int) -> str:
    """What goes back into an amount box: 330 -> '3.30'."""
    return f"{cents // 100}.{cents % 100:02d}"
