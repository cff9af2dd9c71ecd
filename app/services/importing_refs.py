"""The customer's id in the other system, kept per system so later files from it find the same people."""

from __future__ import annotations

from typing import TYPE_CHECKING

import phonenumbers
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.models import Customer, CustomerRef
from app.services import phones

if TYPE_CHECKING:
    from app.services import importing


def cell(row: list[str], index: dict[str, list[int]]) -> str:
    """The customer's id in the other system; Shopify writes it with a leading apostrophe."""
    if "ref" not in index:
        return ""
    values = (row[i].strip().lstrip("'") for i in index["ref"] if i < len(row))
    return next((v for v in values if v), "")[:100]


def load(db: Database, system: str) -> dict[str, int]:
    with db.read() as session:
        stmt = select(CustomerRef.ref, CustomerRef.customer_id).where(CustomerRef.system == system)
        return {ref: cid for ref, cid in session.execute(stmt)}


def write(session: Session, plan: importing.Plan, added: dict[int, int]) -> None:
    """The references of the plan's customers; `added`: the new customer id of each added row with one."""
    pairs = {ref: added[row] for row, ref in plan.new_refs.items() if row in added}
    pairs.update(plan.known_refs)
    have = set(session.scalars(select(CustomerRef.ref).where(CustomerRef.system == plan.format)))
    rows = [{"system": plan.format, "ref": r, "customer_id": c} for r, c in pairs.items() if r not in have]
    if not rows:
        return
    alive = set(session.scalars(select(Customer.id)))  # one erased since the preview keeps no reference
    rows = [r for r in rows if r["customer_id"] in alive]
    for start in range(0, len(rows), 5000):
        session.execute(insert(CustomerRef.__table__), rows[start : start + 5000])


def stand_in(email: str, phone: str, region: str) -> str:
    """The name shown for someone known only by an e-mail or a phone (national format at home)."""
    e164 = phones.try_e164(phone, region) if phone.strip() else None
    national = phonenumbers.PhoneNumberFormat.NATIONAL
    number = phonenumbers.parse(e164, None) if e164 else None
    shown = email.strip().lower() or (
        phonenumbers.format_number(number, national) if number else phone.strip()
    )
    return shown.lstrip("+=-@ ")[:200]  # a spreadsheet would run a leading + = - @ as a formula
