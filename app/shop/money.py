"""Money for the screens and the command line: the one parser and formatter live in app.services.money;
for a screen, empty text is no amount (`parse_money`); the command line refuses it (`parse_amount`).
The window passes its own locale's name (QLocale().name()) to format_money and currency_symbol."""

from __future__ import annotations

from app.services.money import (
    country_currency,
    currencies,
    currency_name,
    currency_symbol,
    format_money,
    parse_amount,
)

__all__ = [
    "country_currency",
    "currencies",
    "currency_name",
    "currency_symbol",
    "format_money",
    "parse_amount",
    "parse_money",
]


def parse_money(text: str) -> int | None:
    """ "12.50", "12,50", "£12.50" or "12" as cents; empty text is no amount."""
    return parse_amount(text) if text.strip() else None
