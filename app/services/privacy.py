"""A person's data on request, and erasure that keeps only anonymous visit statistics.

After erasure the name, phone, e-mail, birthday, notes, feedback, talking point and complaint text are gone from the live database
file, and so are the reasons typed on their visits and points and the details of audit events about them:
rows are overwritten, the search index is rebuilt, SQLite zeroes freed pages (secure_delete) and the
write-ahead log is checkpointed. If another program holds a read open so the checkpoint cannot finish, the
result says so. Backups made before the erasure still hold the old data until they rotate out.
"""

from __future__ import annotations

import sqlite3
import typing
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import String, cast, delete, func, literal, or_, select, update
from sqlalchemy.orm import Session

from app.db.engine import BUSY_TIMEOUT_MS, Database
from app.errors import NotFound
from app.messages import msg
from app.models import (
    AuditEvent,
    Card,
    Complaint,
    Customer,
    CustomerRef,
    CustomerWord,
    Feedback,
    LedgerEntry,
    Suggestion,
    TalkingPoint,
    Visit,
    VisitItem,
    utcnow,
)
from app.models.shop import Item
from app.services import audit, conversation
from app.services.search_typos import forget_words

# The one value the ledger's and the audit log's guards let an UPDATE write (migration 0005).
REDACTED = "(erased)"
# Shorter names would blank unrelated audit details; events about them by id are redacted anyway.
MIN_NAMING_LENGTH = 3
# How long the final flush waits for a reader (another till's lookup) to finish before saying it could not.
SCRUB_WAIT_MS = 2000


def export_person(db: Database, customer_id: int, actor: str = "owner") -> dict[str, Any]:
    """Everything held about one person, as plain JSON-ready data. The audit log notes who took it."""
    data = _gather(db, customer_id)
    audit.log(db, actor, "customer.export", f"customer:{customer_id}")
    return data


def _gather(db: Database, customer_id: int) -> dict[str, Any]:
    with db.read() as session:
        c = session.get(Customer, customer_id)
        if c is None or c.erased_at is not None:
            raise NotFound(
                msg.tr("There is no customer number {customer_id}.").format(customer_id=customer_id)
            )
        visits = (
            session.execute(select(Visit).where(Visit.customer_id == customer_id).order_by(Visit.at))
            .scalars()
            .all()
        )
        items: dict[int, list[dict[str, Any]]] = {}
        for visit_id, name, quantity in session.execute(
            select(VisitItem.visit_id, Item.name, VisitItem.quantity)
            .join(Item, Item.id == VisitItem.item_id)
            .join(Visit, Visit.id == VisitItem.visit_id)
            .where(Visit.customer_id == customer_id)
        ):
            items.setdefault(visit_id, []).append({"item": name, "quantity": quantity})
        ledger = session.scalars(
            select(LedgerEntry).where(LedgerEntry.customer_id == customer_id).order_by(LedgerEntry.id)
        )
        feedback = session.scalars(
            select(Feedback).where(Feedback.customer_id == customer_id).order_by(Feedback.at)
        )
        cards = session.scalars(select(Card).where(Card.customer_id == customer_id).order_by(Card.issued_at))
        return {
            "exported_at": utcnow().isoformat(),
            "profile": {
                "id": c.id,
                "name": c.name,
                "phone": c.phone,
                "email": c.email,
                "birthday": {"month": c.birth_month, "day": c.birth_day, "year": c.birth_year}
                if c.birth_month
                else None,
                "preferences": c.preferences,
                "allergies_and_diet": [f for f in c.allergies.split(",") if f],
                "allergy_note": c.allergy_note,
                "notes": c.notes,
                "created_at": c.created_at.isoformat(),
                "updated_at": c.updated_at.isoformat(),
            },
            "consent": {
                "contact": c.consent_contact,
                "channel": c.consent_channel,
                "recorded_at": c.consent_at.isoformat() if c.consent_at else None,
                "how": c.consent_source,
            },
            "visits": [
                {
                    "id": v.id,
                    "at": v.at.isoformat(),
                    "amount_cents": v.amount_cents,
                    "items": items.get(v.id, []),
                    "voided": v.voided,
                }
                for v in visits
            ],
            "points": [
                {"at": e.at.isoformat(), "kind": e.kind, "points": e.points, "reason": e.reason}
                for e in ledger
            ],
            "feedback": [{"at": f.at.isoformat(), "score": f.score, "comment": f.comment} for f in feedback],
            "cards": [
                {"issued_at": k.issued_at.isoformat(), "status": k.status, "code_ends": k.token[-4:]}
                for k in cards
            ],
            **conversation.export_rows(session, customer_id),
        }


@dataclass(frozen=True)
class Erasure:
    """Who was erased. `still_in_file`: another program was reading the SQLite database, so the old text could
    not yet be flushed out of the file on disk; erasing the same people again finishes the job."""

    customer_ids: list[int]
    still_in_file: bool


def erase(db: Database, customer_id: int, actor: str = "owner", wait_ms: int | None = None) -> Erasure:
    """Anonymise one person. A person already erased is not an error: the file is scrubbed again."""
    with db.write() as session:
        _erase_rows(session, customer_id, actor, utcnow())
    return Erasure([customer_id], _scrub(db, wait_ms))


def erase_inactive(
    db: Database, months: int, now: datetime | None = None, actor: str = "owner", wait_ms: int | None = None
) -> Erasure:
    """Erase customers with no visit (and no change) for longer than `months`."""
    now = now or utcnow()
    cutoff = now - timedelta(days=round(30.44 * months))
    with db.write() as session:
        last = (
            select(Visit.customer_id, func.max(Visit.at).label("last")).group_by(Visit.customer_id).subquery()
        )
        ids = list(
            session.scalars(
                select(Customer.id)
                .outerjoin(last, last.c.customer_id == Customer.id)
                .where(
                    Customer.erased_at.is_(None),
                    Customer.updated_at < cutoff,
                    (last.c.last.is_(None)) | (last.c.last < cutoff),
                )
                .order_by(Customer.id)
            )
        )
        for customer_id in ids:
            _erase_rows(session, customer_id, actor, utcnow())
    return Erasure(ids, _scrub(db, wait_ms) if ids else False)


def _erase_rows(session: Session, customer_id: int, actor: str, now: datetime) -> None:
    c = session.get(Customer, customer_id)
    if c is None:
        raise NotFound(msg.tr("There is no customer number {customer_id}.").format(customer_id=customer_id))
    if c.erased_at is not None:
        return
    # Free text elsewhere that names them: the profile's own name, phone and e-mail, before they go.
    naming = [v for v in (c.name, c.phone, c.email) if v and len(v) >= MIN_NAMING_LENGTH]
    session.execute(
        update(Customer)
        .where(Customer.id == customer_id)
        .values(
            name=f"Erased customer {customer_id}",
            search_key="",
            phone=None,
            email=None,
            birth_month=None,
            birth_day=None,
            birth_year=None,
            preferences="",
            allergies="",
            allergy_note="",
            notes="",
            consent_contact=False,
            consent_channel="",
            consent_at=None,
            consent_source="",
            updated_at=now,
            erased_at=now,
        )
    )
    words = set(session.scalars(select(CustomerWord.word).where(CustomerWord.customer_id == customer_id)))
    session.execute(delete(CustomerWord).where(CustomerWord.customer_id == customer_id))
    forget_words(session, words)  # their typo spellings too, unless someone else has the same name word
    # Another system's id for the person would let its next file tie the history to them again.
    session.execute(delete(CustomerRef).where(CustomerRef.customer_id == customer_id))
    session.execute(update(Feedback).where(Feedback.customer_id == customer_id).values(comment=""))
    # What staff jotted and what went wrong: the rows stay (counts), the words go.
    session.execute(update(TalkingPoint).where(TalkingPoint.customer_id == customer_id).values(text=REDACTED))
    session.execute(update(Complaint).where(Complaint.customer_id == customer_id).values(text=REDACTED))
    session.execute(delete(Suggestion).where(Suggestion.customer_id == customer_id))
    session.execute(
        update(Card)
        .where(Card.customer_id == customer_id, Card.status == "active")
        .values(status="revoked", revoked_at=now)
    )
    # Reasons typed at the counter ("voided: her sister's order") go; amounts, points and times stay.
    session.execute(
        update(Visit)
        .where(Visit.customer_id == customer_id, Visit.void_reason != "")
        .values(void_reason=REDACTED)
    )
    session.execute(
        update(LedgerEntry)
        .where(LedgerEntry.customer_id == customer_id, LedgerEntry.reason != REDACTED)
        .values(reason=REDACTED)
    )
    their_voids = select(literal("visit:") + cast(Visit.id, String)).where(
        Visit.customer_id == customer_id, Visit.voided.is_(True)
    )
    about_them = [
        AuditEvent.target == f"customer:{customer_id}",
        AuditEvent.target.in_(their_voids),
        *(AuditEvent.detail.contains(v, autoescape=True) for v in naming),
        *(func.lower(AuditEvent.detail).contains(v.lower(), autoescape=True) for v in naming),
    ]
    session.execute(
        update(AuditEvent)
        .where(AuditEvent.detail != "", AuditEvent.detail != REDACTED, or_(*about_them))
        .values(detail=REDACTED)
    )
    audit.record(session, actor, "customer.erase", f"customer:{customer_id}")


def _scrub(db: Database, wait_ms: int | None) -> bool:
    """Leave no copy of erased text in the file: rebuild the FTS index and flush the WAL into the database.
    Returns True when a reader kept the WAL from being flushed (the old pages are then still on disk)."""
    if db.dialect != "sqlite":
        return False
    with db.engine.connect() as conn:
        conn.exec_driver_sql("INSERT INTO customer_fts(customer_fts) VALUES ('rebuild')")
        conn.commit()
        # Outside any transaction, straight to the driver (SQLite here, see above).
        raw = typing.cast(sqlite3.Connection, conn.connection.driver_connection)
        raw.execute(f"PRAGMA busy_timeout={SCRUB_WAIT_MS if wait_ms is None else wait_ms}")
        try:
            busy, _, _ = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return bool(busy)
