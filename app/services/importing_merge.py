"""Updating a customer we already have from a row of a file: take what is new, never blank what is there.

A file from another system knows less than the shop: it changes only the fields it has a value for,
adds allergies but never removes one, adds to notes rather than replacing them, keeps a birthday's year,
and never grants again a consent the customer withdrew in the shop.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.messages import msg
from app.models import Customer
from app.services import phones
from app.services.birthdays import Birthday
from app.services.customers import FLAGS, NOTES_MAX, WITHDRAWN, Clean
from app.services.search import build_key
from app.services.text import clean_text

COLUMNS = (
    Customer.id,
    Customer.name,
    Customer.phone,
    Customer.email,
    Customer.birth_month,
    Customer.birth_day,
    Customer.birth_year,
    Customer.preferences,
    Customer.allergies,
    Customer.allergy_note,
    Customer.notes,
    Customer.consent_contact,
    Customer.consent_channel,
    Customer.consent_source,
)
# Free text is added to, each with its own separator and the most it may hold.
APPENDED = {"notes": ("\n", NOTES_MAX), "preferences": ("; ", NOTES_MAX), "allergy_note": ("; ", 200)}


@dataclass(frozen=True)
class Current:
    """A customer as stored, before the file's row is merged in."""

    id: int
    name: str
    phone: str | None
    email: str | None
    birth_month: int | None
    birth_day: int | None
    birth_year: int | None
    preferences: str
    allergies: str
    allergy_note: str
    notes: str
    consent_contact: bool
    consent_channel: str
    consent_source: str

    @property
    def birthday(self) -> Birthday | None:
        if self.birth_month is None or self.birth_day is None:
            return None
        return Birthday(self.birth_month, self.birth_day, self.birth_year)


Value = str | bool | list[str] | None


@dataclass(frozen=True)
class Change:
    row: int
    customer_id: int
    name: str  # the customer's name once updated, to say whose field changes
    field: str
    old: Value
    new: Value


@dataclass
class Merged:
    row: int
    cur: Current
    name: str  # the customer's name once updated
    values: dict[str, object] = field(default_factory=dict)  # the columns to write; empty: nothing new
    changes: list[Change] = field(default_factory=list)
    problem: str = ""  # why the row cannot be merged (a row error)

    def set(self, name: str, old: Value, new: Value, **columns: object) -> None:
        """One change as a person reads it; columns: what it writes, when that is not the column of its name
        (a birthday is month, day and year)."""
        self.values.update(columns or {name: new})
        self.changes.append(Change(self.row, self.cur.id, self.name, name, old, new))


def load(session: Session, ids: list[int]) -> dict[int, Current]:
    """The live customers among ids, as they are now."""
    found: dict[int, Current] = {}
    for start in range(0, len(ids), 500):
        stmt = select(*COLUMNS).where(Customer.id.in_(ids[start : start + 500]), Customer.erased_at.is_(None))
        for r in session.execute(stmt):
            found[r.id] = Current(
                r.id,
                r.name,
                r.phone,
                r.email,
                r.birth_month,
                r.birth_day,
                r.birth_year,
                r.preferences,
                r.allergies,
                r.allergy_note,
                r.notes,
                bool(r.consent_contact),
                r.consent_channel,
                r.consent_source,
            )
    return found


def merge(row: int, cur: Current, new: Clean, present: frozenset[str], fmt: str, now: datetime) -> Merged:
    """What the file's row changes in the stored customer. present: the fields the row has a value for."""
    out = Merged(row, cur, new.name)
    if new.name != cur.name:
        out.set("name", cur.name, new.name)
    for column in ("phone", "email"):
        value = getattr(new, column)
        if column in present and value and value != getattr(cur, column):
            out.set(column, getattr(cur, column), value)
    _birthday(out, new, present)
    had = _flags(cur.allergies)
    if any(f not in had for f in new.flags):  # allergies are only ever added
        flags = [f for f in FLAGS if f in had or f in new.flags] + [f for f in had if f not in FLAGS]
        out.set("allergies", had, flags, allergies=",".join(flags))
    for column, (separator, limit) in APPENDED.items():
        old = getattr(cur, column)
        value = _appended(old, getattr(new, column), separator) if column in present else old
        if value == old:
            continue
        if len(value) > limit:
            out.problem = msg.tr(
                "{field}: with this row's text added, customer {id}'s would be {count} characters long; at most {most} fit."
            ).format(field=column.replace("_", " "), id=cur.id, count=len(value), most=limit)
            return out
        out.set(column, old, value)
    _consent(out, new, present, fmt, now)
    if out.values:
        email, phone = out.values.get("email", cur.email), out.values.get("phone", cur.phone)
        digits = new.phone_digits if "phone" in out.values else ()
        out.values["search_key"] = build_key(out.name, email, phone, digits)  # type: ignore[arg-type]
        out.values["updated_at"] = now
    return out


def _birthday(out: Merged, new: Clean, present: frozenset[str]) -> None:
    b, old = new.birthday, out.cur.birthday
    if "birthday" not in present or b is None or b == old:
        return
    if old is not None and old.year is not None and b.year is None:
        return  # a birthday without a year never replaces one with a year
    out.set(
        "birthday",
        str(old) if old else None,
        str(b),
        birth_month=b.month,
        birth_day=b.day,
        birth_year=b.year,
    )


def _consent(out: Merged, new: Clean, present: frozenset[str], fmt: str, now: datetime) -> None:
    cur = out.cur
    if "consent" not in present:
        return
    if new.consent_contact and not cur.consent_contact:
        if cur.consent_source == WITHDRAWN:
            return  # withdrawn in the shop: only the customer, asked in the shop, gives it again
        channel = new.consent_channel or ("email" if new.email or cur.email else "sms")
        out.set("consent", False, True, consent_contact=True, consent_at=now, consent_source=f"import:{fmt}")
        if channel != cur.consent_channel:
            out.set("consent_channel", cur.consent_channel, channel)
    elif cur.consent_contact and not new.consent_contact:
        # The other system's opt-out is honoured; a later file may record a new opt-in.
        source = f"import:{fmt} (withdrawn)"
        out.set("consent", True, False, consent_contact=False, consent_at=now, consent_source=source)
        if cur.consent_channel:
            out.set("consent_channel", cur.consent_channel, "")
    elif new.consent_contact and "consent_channel" in present and new.consent_channel != cur.consent_channel:
        out.set("consent_channel", cur.consent_channel, new.consent_channel)


def _appended(old: str, extra: str, separator: str) -> str:
    if not extra or " ".join(extra.casefold().split()) in " ".join(old.casefold().split()):
        return old
    return f"{old}{separator}{extra}" if old else extra


def _flags(text: str) -> list[str]:
    return [f for f in text.split(",") if f]


def shown(field: str, value: object, region: str) -> str:
    """A value of a change as the counter reads it."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(value)
    if field == "phone":
        return phones.display(str(value), region)
    # One line per change; a value stored before text was cleaned must not reach a terminal raw.
    return clean_text(str(value).replace("\n", " ⏎ "))
