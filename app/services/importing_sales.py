"""One sale from a row of another till's export: whose it was, when, how much, what was bought.

Square's transactions export, Shopify's orders export (one row per line item) and a generic CSV
(customer, date, amount, items, ref).
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import NamedTuple
from zoneinfo import ZoneInfo

from app.messages import msg
from app.services.importing_read import ImportError_

COLUMNS = {
    "square": {
        "customer": "Customer ID",
        "date": "Date",
        "time": "Time",
        "amount": "Total Collected|Gross Sales",
        "items": "Description",
        "ref": "Transaction ID",
        "event": "Event Type",
    },
    "shopify": {
        "email": "Email",
        "phone": "Phone|Billing Phone",
        "date": "Created at|Paid at",
        "amount": "Total",
        "items": "Lineitem name",
        "quantity": "Lineitem quantity",
        "ref": "Name",
    },
    "generic": {"customer": "customer", "date": "date", "amount": "amount", "items": "items", "ref": "ref"},
}
SIGNATURES = {
    "square": {"Transaction ID", "Total Collected", "Gross Sales", "Net Sales", "Customer ID", "Event Type"},
    "shopify": {"Lineitem name", "Lineitem quantity", "Financial Status", "Fulfillment Status", "Paid at"},
}
# "2× Latte", "2x Latte", "2 x Latte" (our own export writes the first) and Square's "Latte x 2".
LEADING = re.compile(r"^(\d+)\s*[×xX]\s+(.+)$")
TRAILING = re.compile(r"^(.+?)\s+[×xX]\s*(\d+)$")
CURRENCY = re.compile(r"[^\d.,\-]")


class RowError(Exception):
    """What is wrong with one row, for the list of rows with errors."""


class Sale(NamedTuple):  # a tuple: millions are made, and kept between a preview and its import
    row: int
    customer: str  # as the file gives it: a reference, an e-mail, a phone, #ID
    kind: str  # how to look the customer up: ref, email, phone, id, any
    at: datetime  # UTC
    amount_cents: int | None
    items: tuple[tuple[int, str], ...]  # the basket: (quantity, name)
    ref: str  # the sale's id in the other system, or ""


def detect(header: list[str]) -> str:
    present = set(header)
    scores = {name: len(present & signature) for name, signature in SIGNATURES.items()}
    best = max(scores, key=lambda k: scores[k])
    if scores[best] >= 2:
        return best
    lower = {h.lower() for h in header}
    if {"customer", "date"} <= lower:
        return "generic"
    raise ImportError_(
        msg.tr(
            "The columns were not recognised as a Square, Shopify or generic visits file (a generic "
            "file has the columns customer and date). Choose the format."
        )
    )


def index(header: list[str], fmt: str) -> dict[str, int]:
    found: dict[str, int] = {}
    lower = [h.lower() for h in header]
    for key, choices in COLUMNS[fmt].items():
        for choice in choices.split("|"):
            names = lower if fmt == "generic" else header
            if choice in names:
                found[key] = names.index(choice)
                break
    needed = {"square": ("date", "ref"), "shopify": ("date", "ref"), "generic": ("customer", "date")}[fmt]
    missing = [k for k in needed if k not in found]
    if missing:
        absent = ", ".join(COLUMNS[fmt][k].split("|")[0] for k in missing)
        raise ImportError_(msg.tr("This {fmt} file has no {absent} column.").format(fmt=fmt, absent=absent))
    return found


@functools.lru_cache(maxsize=4096)  # a shop's baskets repeat: millions of rows, a few thousand kinds
def items(text: str) -> tuple[tuple[int, str], ...]:
    """A comma-separated list of names, each optionally with a count."""
    out = []
    for part in text.split(","):
        name = " ".join(part.split())
        if not name:
            continue
        lead, trail = LEADING.match(name), TRAILING.match(name)
        if lead:
            out.append((int(lead.group(1)), lead.group(2)))
        elif trail:
            out.append((int(trail.group(2)), trail.group(1)))
        else:
            out.append((1, name))
    return tuple(out)


@functools.lru_cache(maxsize=4096)  # prices repeat
def amount(text: str) -> int | None:
    text = CURRENCY.sub("", text.strip())
    if not text:
        return None
    if "," in text and "." not in text and len(text.rsplit(",", 1)[1]) == 2:
        text = text.replace(",", ".")  # 4,50 written the European way
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise RowError(msg.tr("amount “{value}” is not a sum of money.").format(value=text[:20])) from None
    if value < 0:
        raise RowError(msg.tr("the amount is negative (a refund), not a sale."))
    if value > 1_000_000:
        raise RowError(msg.tr("the amount is over 1,000,000."))
    return int((value * 100).to_integral_value())


def when(day: str, clock: str, zone: ZoneInfo) -> datetime:
    """A date alone is noon in the shop's zone; a time without a zone is the shop's too."""
    day, clock = day.strip(), clock.strip()
    try:
        if clock:
            at = datetime.combine(_day(day), time.fromisoformat(clock))
        elif len(day) <= 10:
            at = datetime.combine(_day(day), time(12))
        else:
            text = day.replace(" +", "+").replace(" -", "-").replace("Z", "+00:00")
            at = datetime.fromisoformat(text)
    except ValueError:
        raise RowError(
            msg.tr("date “{value}” is not YYYY-MM-DD or an ISO time.").format(
                value=(day + " " + clock).strip()[:30]
            )
        ) from None
    if at.tzinfo is None:
        at = at.replace(tzinfo=zone)
    if not 1970 <= at.year <= 2100:
        raise RowError(msg.tr("date “{value}” is out of range.").format(value=day[:30]))
    return at.astimezone(UTC)


def _day(text: str) -> date:
    if "/" in text:  # Square in the US writes 05/14/2024
        month, day_, year = text.split("/")
        return date(int(year), int(month), int(day_))
    return date.fromisoformat(text)


def customer_key(fmt: str, cell: dict[str, str]) -> tuple[str, str]:
    """The customer as the row names them, and how to look them up; ("", "") when the sale has nobody."""
    if fmt == "square":
        return cell.get("customer", ""), "ref"
    if fmt == "shopify":
        if cell.get("email"):
            return cell["email"].lower(), "email"
        return cell.get("phone", "").lstrip("'"), "phone"
    text = cell.get("customer", "")
    if text.startswith("#") and text[1:].isdigit():
        return text[1:], "id"
    if "@" in text:
        return text.lower(), "email"
    return text, "any"  # a reference first, then a phone
