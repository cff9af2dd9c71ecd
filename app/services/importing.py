"""Customers from another system: Square, Shopify, Google Contacts or any CSV with a column mapping.

First a plan (what will be added, updated, skipped, and which rows are wrong, in plain words), then one
transaction that writes all of it or nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.db import sequences
from app.db.engine import Database
from app.messages import Message, joined, msg
from app.models import Customer, utcnow
from app.services import audit, importing_bulk, importing_dates, importing_merge, importing_refs
from app.services.customers import Clean, CustomerInput, ValidationError, validate
from app.services.importing_merge import Change
from app.services.importing_read import ImportError_, Table, read_header, read_table
from app.services.importing_stream import SeenBefore, Spool, StreamedTable
from app.services.search import index_words
from app.services.search_typos import remember_words

__all__ = [
    "ImportError_",
    "Plan",
    "Table",
    "Update",
    "apply",
    "detect",
    "plan_import",
    "read_header",
    "read_table",
]

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
        "ref": "Square Customer ID|Customer ID",
    },
    "shopify": {
        "first": "First Name",
        "last": "Last Name",
        "email": "Email",
        "phone": "Phone|Default Address Phone",
        "notes": "Note",
        "consent": "Accepts Email Marketing|Accepts Marketing",
        "ref": "Customer ID",
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
        "ref": "ref",
    },
}
SIGNATURES = {
    "square": {"Square Customer ID", "Reference ID", "Email Address", "Phone Number"},
    "shopify": {"Accepts Email Marketing", "Accepts Marketing", "Total Spent", "Total Orders"},
    "google": {"Given Name", "Family Name", "E-mail 1 - Value", "Phone 1 - Value", "Name Prefix"},
}
YES = {"yes", "y", "true", "1", "subscribed", "opted_in", "x"}


@dataclass
class Update:
    row: int
    customer_id: int
    clean: Clean
    present: frozenset[str]  # the fields the row has a value for: only those may change
    changes: list[Change]


@dataclass
class Plan:
    format: str
    columns: list[str]
    adds: Spool[tuple[int, Clean]] = field(default_factory=importing_bulk.adds_spool)  # on disk past a few
    updates: list[Update] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)
    empty_rows: int = 0
    # The other system's customer references: for rows to add, and for customers already here.
    new_refs: dict[int, str] = field(default_factory=dict)
    known_refs: dict[str, int] = field(default_factory=dict)
    name_unknown: set[int] = field(default_factory=set)  # rows named by their e-mail or phone

    @property
    def changes(self) -> list[Change]:
        """Each field an update changes, old and new, in row order."""
        return [change for u in self.updates for change in u.changes]


def detect(header: list[str]) -> str:
    present = set(header)
    scores = {name: len(present & signature) for name, signature in SIGNATURES.items()}
    best = max(scores, key=lambda k: scores[k])
    if scores[best]:
        return best
    if "name" in {h.lower() for h in header}:
        return "generic"
    raise ImportError_(
        msg.tr("The columns were not recognised. Choose the format, or map the columns (name, phone, …).")
    )


def plan_import(
    db: Database,
    path: Path,
    region: str,
    fmt: str = "auto",
    mapping: dict[str, str] | None = None,
    on_duplicate: str = "skip",
    progress: Callable[[int, int], None] | None = None,
    date_order: str = "",
) -> Plan:
    table = StreamedTable(path)  # read again on each pass below, never held whole
    header = table.header
    fmt = detect(header) if fmt == "auto" and not mapping else ("custom" if mapping else fmt)
    columns = mapping or FORMATS[fmt]
    if fmt == "generic":
        columns = {k: next((h for h in header if h.lower() == v), v) for k, v in columns.items()}
    # A mapping may name alternatives ("Given Name|First Name"): old and new exports differ.
    index: dict[str, list[int]] = {}
    for key, choices in columns.items():
        at = [header.index(c) for c in choices.split("|") if c in header]
        if at:
            index[key] = at
    if "name" not in index and "first" not in index:
        raise ImportError_(msg.tr("No name column was found; map one to “name”."))
    with db.read() as session:
        existing_phone, existing_email = _existing(session)
    existing_refs = importing_refs.load(db, fmt)
    total, evidence = 1, ""
    if progress:  # the row count, and the dates' evidence with it
        total, evidence = table.first_pass(index.get("birthday", []))
    read = bool(progress)

    def order() -> str:
        # The file's own evidence is read (a whole pass) only once a date needs it: 05/11/1990, not 1990-11-05.
        nonlocal evidence, read
        if not date_order and not read:
            evidence, read = table.first_pass(index["birthday"])[1], True
        return importing_dates.choose((), region, date_order or evidence)

    plan = Plan(fmt, header)
    seen = SeenBefore()  # phones and e-mails met earlier in the file, with their rows, in flat memory
    matched: dict[int, int] = {}  # customer id → the row that updates it
    found: list[tuple[int, int, Clean, frozenset[str]]] = []
    for number, row in table.rows():
        if progress and number % 1000 == 0:
            progress(number, total)
        if not "".join(row).strip():  # every cell blank
            plan.empty_rows += 1
            continue
        data, present = _input(row, index, order)
        ref = importing_refs.cell(row, index)
        if not data.name.strip() and (data.email.strip() or data.phone.strip()):
            # Square holds many people known only by an e-mail or a phone: that stands in as the name.
            data.name = importing_refs.stand_in(data.email, data.phone, region)
            plan.name_unknown.add(number)
        try:
            clean = validate(data, region)
        except ValidationError as exc:
            plan.errors.append(
                (
                    number,
                    joined(
                        [
                            msg.tr("{field}: {problem}").format(field=k.replace("_", " "), problem=v)
                            for k, v in exc.errors.items()
                        ],
                        "; ",
                    ),
                )
            )
            continue
        earlier = seen.add(clean.phone, number) if clean.phone else None
        if clean.email:  # noted even when the phone was seen: a later row may share only the e-mail
            by_email_row = seen.add(clean.email, number)
            earlier = by_email_row if earlier is None else earlier
        if earlier is not None:
            plan.skipped.append((number, msg.tr("same phone or e-mail as row {row}").format(row=earlier)))
            continue
        by_phone = existing_phone.get(clean.phone) if clean.phone else None
        by_email = existing_email.get(clean.email) if clean.email else None
        by_ref = existing_refs.get(ref) if ref else None
        match = by_ref or by_phone or by_email
        if ref and match:
            plan.known_refs.setdefault(ref, match)
        elif ref:
            plan.new_refs[number] = ref
        if by_ref is None and by_phone and by_email and by_phone != by_email:
            plan.skipped.append(
                (
                    number,
                    msg.tr("the phone is customer {phone}'s and the e-mail customer {email}'s").format(
                        phone=by_phone, email=by_email
                    ),
                )
            )
        elif match and on_duplicate == "update" and match in matched:
            plan.skipped.append(
                (
                    number,
                    msg.tr("same customer ({customer}) as row {row}").format(
                        customer=match, row=matched[match]
                    ),
                )
            )
        elif match and on_duplicate == "update":
            matched[match] = number
            found.append((number, match, clean, present))
        elif match:
            plan.skipped.append((number, _already(match)))
        else:
            plan.adds.append((number, clean))
    plan.errors += table.broken
    _plan_updates(db, plan, found)
    plan.errors.sort()
    return plan


def _already(customer: int) -> Message:
    return msg.tr("already a customer (number {customer})").format(customer=customer)


def _plan_updates(db: Database, plan: Plan, found: list[tuple[int, int, Clean, frozenset[str]]]) -> None:
    now = utcnow()
    with db.read() as session:
        current = importing_merge.load(session, [cid for _row, cid, _c, _p in found])
    for number, cid, clean, present in found:
        if cid not in current:
            plan.skipped.append(
                (number, msg.tr("customer {customer} was erased a moment ago").format(customer=cid))
            )
            continue
        if number in plan.name_unknown:  # a stand-in never replaces a name the shop knows
            clean = replace(clean, name=current[cid].name)
        merged = importing_merge.merge(number, current[cid], clean, present, plan.format, now)
        if merged.problem:
            plan.errors.append((number, merged.problem))
        elif not merged.values:
            plan.skipped.append((number, msg.tr("nothing new for customer {customer}").format(customer=cid)))
        else:
            plan.updates.append(Update(number, cid, clean, present, merged.changes))
    plan.skipped.sort()


def apply(db: Database, plan: Plan, skip_errors: bool = False, actor: str = "owner") -> int:
    """Write the plan in one transaction. Refuses while rows have errors, unless told to leave them out."""
    if plan.errors and not skip_errors:
        n = len(plan.errors)
        raise ImportError_(
            msg.tr("%n row(s) have errors; nothing was imported. Fix them, or leave them out.", "", n)
        )
    now = utcnow()
    updated = 0
    with importing_bulk.bulk_write(db) as session:  # each row's customer is one it writes or looks up
        first_id = (session.scalar(select(Customer.id).order_by(Customer.id.desc()).limit(1)) or 0) + 1
        # one pass over the plan's spool writes the rows and gathers their name words and new ids
        # A customer added at the counter since the preview may have a row's phone or e-mail by now.
        phones_now, emails_now = _existing(session)
        taken = {**phones_now, **emails_now}
        with importing_bulk.search_index_paused(session, len(plan.adds), first_id, first_id - 1):
            words, with_refs, late = importing_bulk.insert_adds(session, plan, first_id, now, taken)
        plan.skipped += [(row, _already(cid)) for row, cid in late]
        remember_words(session, words)  # the typo index knows every new name word
        sequences.catch_up(session, "customers")  # the ids above were numbered here
        importing_refs.write(session, plan, with_refs)
        # Merged again with the customers as they are now: the counter may have changed one since the preview.
        current = importing_merge.load(session, [u.customer_id for u in plan.updates])
        for u in plan.updates:
            if u.customer_id not in current:
                continue  # erased since the preview
            merged = importing_merge.merge(
                u.row, current[u.customer_id], u.clean, u.present, plan.format, now
            )
            if merged.problem or not merged.values:
                continue
            session.execute(update(Customer).where(Customer.id == u.customer_id).values(**merged.values))
            if "name" in merged.values:
                index_words(session, u.customer_id, u.clean.name)
            updated += 1
        audit.record(
            session,
            actor,
            "import.customers",
            plan.format,
            f"{len(plan.adds) - len(late)} added, {updated} updated, {len(plan.skipped)} skipped",
        )
    plan.skipped.sort()
    return len(plan.adds) - len(late) + updated


def _existing(session: Session) -> tuple[dict[str, int], dict[str, int]]:
    """The live customers' phones and e-mails, each with the first customer that has it."""
    rows = session.execute(
        select(Customer.id, Customer.phone, Customer.email).where(Customer.erased_at.is_(None))
    )
    phones: dict[str, int] = {}
    emails: dict[str, int] = {}
    for cid, phone, email in rows:
        if phone:
            phones.setdefault(phone, cid)
        if email:
            emails.setdefault(email, cid)
    return phones, emails


def _input(
    row: list[str], index: dict[str, list[int]], order: Callable[[], str]
) -> tuple[CustomerInput, frozenset[str]]:
    cell: dict[str, str] = {}  # the keys with a value only: most cells of a file are empty
    width = len(row)
    for key, at in index.items():
        value = ""
        for i in at:  # the first of the key's columns with a value (most keys have one column)
            if i < width:
                value = row[i].strip()
                if value:
                    break
        if value:
            # Our own export guards formula-like cells with an apostrophe; take it off again.
            if value[0] == "'" and value[1:2] in ("=", "+", "-", "@"):
                value = value[1:]
            cell[key] = value
    name = cell.get("name") or " ".join(p for p in (cell.get("first"), cell.get("last")) if p)
    phone, email = cell.get("phone", ""), cell.get("email", "")
    if ":::" in phone:  # Google joins several numbers with " ::: "
        phone = cell["phone"] = phone.split(":::")[0].strip()
    if ":::" in email:
        email = cell["email"] = email.split(":::")[0].strip()
    birthday = cell.get("birthday", "")
    if birthday:
        if importing_dates.NUMERIC.match(birthday):  # either way round: the file's order decides
            birthday = importing_dates.as_iso(birthday, order())
        if birthday[:5] in ("0000-", "1604-"):  # exports that mean "no year"
            birthday = birthday[5:]
        cell["birthday"] = birthday
    allergies = cell.get("allergies", "")
    flags = (
        [f.strip().lower() for f in allergies.replace(",", ";").split(";") if f.strip()] if allergies else []
    )
    consent = cell.get("consent", "").lower() in YES
    channel = cell.get("consent_channel") or ("email" if consent and email else "")
    present = frozenset(key for key, value in cell.items() if value)
    data = CustomerInput(
        name=name,
        phone=phone,
        email=email,
        birthday=birthday,
        notes=cell.get("notes", ""),
        preferences=cell.get("preferences", ""),
        flags=flags,
        allergy_note=cell.get("allergy_note", ""),
        consent_contact=consent,
        consent_channel=channel if consent else "",
    )
    return data, present
