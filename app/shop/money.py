"""Money is integer cents inside; these two functions are the only way text becomes cents and back."""

from __future__ import annotations

import re
from decimal import Decimal

from app.errors import UserError

AMOUNT = re.compile(r"^[^\w\s.,+-]{0,3}\s*(\d{1,9}(?:[.,]\d{1,2})?)\s*$")  # an optional sign like £ or €

MAX_CENTS = 10_000_000  # 100,000.00: more than any one visit at a small shop


def parse_money(text: str) -> int | None:
    """ "12.50", "12,50", "£12.50" or "12" as cents; empty text is no amount."""
    if not text.strip():
        return None
    match = AMOUNT.match(text.strip())
    if match is None:
        raise UserError(f"“{text.strip()[:20]}” is not an amount; write it like 12.50.")
    cents = int(Decimal(match.group(1).replace(",", ".")) * 100)
    if cents > MAX_CENTS:
        raise UserError("The amount must be between 0 and 100,000.")
    return cents


def format_money(cents: int, currency: str = "") -> str:
    return f"{'-' if cents < 0 else ''}{currency}{abs(cents) / 100:,.2f}"
