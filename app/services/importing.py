"""Customers from another system: Square, Shopify, Google Contacts or any CSV with a column mapping.

First a plan (what will be added, updated, skipped, and which rows are wrong, in plain words), then one
transaction that writes all of it or nothing.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, select, update

from app.db import sequences
from app.db.engine import Database
from app.errors import UserError
from app.models import Customer, CustomerWord, utcnow
from app.services import audit
from app.services.customers import Clean, CustomerInput, ValidationError, validate
from app.services.folding import fold
from app.services.search import build_key

FIELDS = (
    "first",
    "last",
    "name",
    "phone",
    "email",
    "birthday",
    "notes",
    "preferences",
    "allergies",
    "allergy_note",
    "consent",
    "consent_channel",
)
FORMATS: dict[str, dict[str, str]] = {
    "square": {
        "first": "First Name",
        "last": "Last Name",
        "email": "Email Address",
        "phone": "Phone Number",
        "birthday": "Birthday",
        "notes": "Memo",
        "consent": "Email Subscription Status",
    },
    "shopify": {
        "first": "First Name",
        "last": "Last Name",
        "email": "Email",
        "phone": "Phone|Default Address Phone",
        "notes": "Note",
        "consent": "Accepts Email Marketing|Accepts Marketing",
    },
    "google": {
        "name": "Name",
        "first": "Given Name|First Name",
        "last": "Family Name|Last Name",
        "email": "E-mail 1 - Value",
        "phone": "Phone 1 - Value",
        "birthday": "Birthday",
        "notes": "Notes",
    },
    "generic": {
        "name": "name",
        "phone": "phone",
        "email": "email",
        "birthday": "birthday",
        "notes": "notes",
        "preferences": "preferences",
        "allergies": "allergies",
        "allergy_note": "allergy_note",
        "consent": "consent",
        "consent_channel": "consent_channel",
    },
}
SIGNATURES = {
    "square": {"Square Customer ID", "Reference ID", "Email Address", "Phone Number"},
    "shopify": {"Accepts Email Marketing", "Accepts Marketing", "Total Spent", "Total Orders"},
    "google": {"Given Name", "Family Name", "E-mail 1 - Value", "Phone 1 - Value", "Name Prefix"},
}
YES = {"yes", "y", "true", "1", "subscribed", "opted_in", "x"}


class ImportError_(UserError):
    """The file cannot be read at all (not the per-row problems, which the plan lists)."""


@dataclass
class Plan:
    format: str
    columns: list[str]
    adds: list[tuple[int, Clean]] = field(default_factory=list)
    updates: list[tuple[int, int, Clean]] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)
    empty_rows: int = 0

    def describe(self) -> list[str]:
        lines = [
            f"Format: {self.format}. {len(self.adds)} to add, {len(self.updates)} to update, "
            f"{len(self.skipped)} to skip, {len(self.errors)} with errors."
        ]
        lines += [f"Row {row}: skipped, {why}" for row, why in self.skipped]
        lines += [f"Row {row}: {message}" for row, message in self.errors]
        return lines


def read_table(path: Path) -> tuple[list[str], list[list[str]]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportError_(f"Cannot read {path.name}: {exc.strerror}.") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # what Excel on Windows saves
    if not text.strip():
        raise ImportError_(f"{path.name} is empty.")
    # The header line tells the delimiter (European Excel saves with ';'). csv.Sniffer guesses quote
    # characters too and is fooled by the apostrophes real exports put before phone numbers.
    first_line = text.splitlines()[0]
    delimiter = max(",;\t", key=first_line.count)
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    header = [h.strip() for h in rows[0]]
    return header, rows[1:]


def detect(header: list[str]) -> str:
    present = set(header)
    scores = {name: len(present & signature) for name, signature in SIGNATURES.items()}
    best = max(scores, key=lambda k: scores[k])
    if scores[best]:
        return best
    if "name" in {h.lower() for h in header}:
        return "generic"
    raise ImportError_(
        "The columns were not recognised. Choose the format, or map the columns (name, phone, …)."
    )


def plan_import(
    db: Database,
    path: Path,
    region: str,
    fmt: str = "auto",
    mapping: dict[str, str] | None = None,
    on_duplicate: str = "skip",
    progress: Callable[[int, int], None] | None = None,
) -> Plan:
    header, rows = read_table(path)
    fmt = detect(header) if fmt == "auto" and not mapping else ("custom" if mapping else fmt)
    columns = mapping or FORMATS[fmt]
    if fmt == "generic":
        columns = {k: next((h for h in header if h.lower() == v), v) for k, v in columns.items()}
    # A mapping may name alternatives ("Given Name|First Name"): old and new exports differ.
    index: dict[str, list[int]] = {}
    for key, choices in columns.items():
        found = [header.index(c) for c in choices.split("|") if c in header]
        if found:
            index[key] = found
    if "name" not in index and "first" not in index:
        raise ImportError_("No name column was found; map one to “name”.")
    existing_phone, existing_email = _existing(db)
    plan = Plan(fmt, header)
    seen: dict[str, int] = {}
    for number, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            plan.empty_rows += 1
            continue
        data = _input(row, index)
        try:
            clean = validate(data, region)
        except ValidationError as exc:
            plan.errors.append(
                (number, "; ".join(f"{k.replace('_', ' ')}: {v}" for k, v in exc.errors.items()))
            )
            continue
        keys = [k for k in (clean.phone, clean.email) if k]
        earlier = next((seen[k] for k in keys if k in seen), None)
        if earlier:
            plan.skipped.append((number, f"same phone or e-mail as row {earlier}"))
            continue
        seen.update({k: number for k in keys})
        match = (existing_phone.get(clean.phone) if clean.phone else None) or (
            existing_email.get(clean.email) if clean.email else None
        )
        if match and on_duplicate == "update":
            plan.updates.append((number, match, clean))
        elif match:
            plan.skipped.append((number, f"already a customer (number {match})"))
        else:
            plan.adds.append((number, clean))
        if progress and number % 1000 == 0:
            progress(number, len(rows) + 1)
    return plan


def apply(db: Database, plan: Plan, skip_errors: bool = False, actor: str = "owner") -> int:
    """Write the plan in one transaction. Refuses while rows have errors, unless told to leave them out."""
    if plan.errors and not skip_errors:
        raise ImportError_(
            f"{len(plan.errors)} rows have errors; nothing was imported. Fix them, or leave them out."
        )
    now = utcnow()
    with db.write() as session:
        first_id = (session.scalar(select(Customer.id).order_by(Customer.id.desc()).limit(1)) or 0) + 1
        rows, words = [], []
        for offset, (_row, c) in enumerate(plan.adds):
            cid = first_id + offset
            rows.append({**_columns(c, now, plan.format), "id": cid, "created_at": now})
            words += [{"word": w, "customer_id": cid} for w in sorted(set(fold(c.name).split()))]
        for start in range(0, len(rows), 5000):
            session.execute(insert(Customer.__table__), rows[start : start + 5000])
        for start in range(0, len(words), 5000):
            session.execute(insert(CustomerWord.__table__), words[start : start + 5000])
        sequences.catch_up(session, "customers")  # the ids above were numbered here
        for _row, cid, c in plan.updates:
            session.execute(
                update(Customer).where(Customer.id == cid).values(**_columns(c, now, plan.format))
            )
            session.execute(CustomerWord.__table__.delete().where(CustomerWord.customer_id == cid))
            session.execute(
                insert(CustomerWord),
                [{"word": w, "customer_id": cid} for w in sorted(set(fold(c.name).split()))],
            )
        audit.record(
            session,
            actor,
            "import.customers",
            plan.format,
            f"{len(plan.adds)} added, {len(plan.updates)} updated, {len(plan.skipped)} skipped",
        )
    return len(plan.adds) + len(plan.updates)


def _existing(db: Database) -> tuple[dict[str, int], dict[str, int]]:
    with db.read() as session:
        rows = session.execute(
            select(Customer.id, Customer.phone, Customer.email).where(Customer.erased_at.is_(None))
        )
        phones, emails = {}, {}
        for cid, phone, email in rows:
            if phone:
                phones.setdefault(phone, cid)
            if email:
                emails.setdefault(email, cid)
    return phones, emails


def _input(row: list[str], index: dict[str, list[int]]) -> CustomerInput:
    def get(key: str) -> str:
        values = (row[i].strip() for i in index.get(key, []) if i < len(row))
        value = next((v for v in values if v), "")
        # Our own export guards formula-like cells with an apostrophe; take it off again.
        return value[1:] if value.startswith("'") and value[1:2] in ("=", "+", "-", "@") else value

    name = get("name") or " ".join(p for p in (get("first"), get("last")) if p)
    phone = get("phone").split(":::")[0].strip()  # Google joins several numbers with " ::: "
    email = get("email").split(":::")[0].strip()
    birthday = get("birthday")
    if birthday[:5] in ("0000-", "1604-"):  # exports that mean "no year"
        birthday = birthday[5:]
    flags = [f.strip().lower() for f in get("allergies").replace(",", ";").split(";") if f.strip()]
    consent = get("consent").lower() in YES
    channel = get("consent_channel") or ("email" if consent and email else "")
    return CustomerInput(
        name=name,
        phone=phone,
        email=email,
        birthday=birthday,
        notes=get("notes"),
        preferences=get("preferences"),
        flags=flags,
        allergy_note=get("allergy_note"),
        consent_contact=consent,
        consent_channel=channel if consent else "",
    )


def _columns(c: Clean, now, fmt: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    b = c.birthday
    return {
        "name": c.name,
        "search_key": build_key(c.name, c.email, c.phone, c.phone_digits),
        "phone": c.phone,
        "email": c.email,
        "birth_month": b.month if b else None,
        "birth_day": b.day if b else None,
        "birth_year": b.year if b else None,
        "preferences": c.preferences,
        "allergies": ",".join(c.flags),
        "allergy_note": c.allergy_note,
        "notes": c.notes,
        "consent_contact": c.consent_contact,
        "consent_channel": c.consent_channel,
        "consent_at": now if c.consent_contact else None,
        "consent_source": f"import:{fmt}" if c.consent_contact else "",
        "updated_at": now,
    }
