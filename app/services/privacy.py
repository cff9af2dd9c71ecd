"""A person's data on request, and erasure that keeps only anonymous visit statistics.

After erasure the name, phone, e-mail, birthday, notes and feedback text are gone from the live database
file: rows are overwritten, the search index is rebuilt, SQLite zeroes freed pages (secure_delete) and the
write-ahead log is checkpointed. Backups made before the erasure still hold the old data until they rotate out.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, text, update

from app.db.engine import Database
from app.models import Card, Customer, CustomerWord, Feedback, LedgerEntry, Visit, VisitItem, utcnow
from app.models.shop import Item
from app.services import audit
from app.services.customers import NotFound


def export_person(db: Database, customer_id: int) -> dict[str, Any]:
    """Everything held about one person, as plain JSON-ready data."""
    with db.read() as session:
        c = session.get(Customer, customer_id)
        if c is None or c.erased_at is not None:
            raise NotFound(f"There is no customer number {customer_id}.")
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
        }


def erase(db: Database, customer_id: int, actor: str = "owner") -> None:
    now = utcnow()
    with db.write() as session:
        c = session.get(Customer, customer_id)
        if c is None or c.erased_at is not None:
            raise NotFound(f"There is no customer number {customer_id}.")
        placeholder = f"Erased customer {customer_id}"
        session.execute(
            update(Customer)
            .where(Customer.id == customer_id)
            .values(
                name=placeholder,
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
        session.execute(delete(CustomerWord).where(CustomerWord.customer_id == customer_id))
        session.execute(update(Feedback).where(Feedback.customer_id == customer_id).values(comment=""))
        session.execute(
            update(Card)
            .where(Card.customer_id == customer_id, Card.status == "active")
            .values(status="revoked", revoked_at=now)
        )
        audit.record(session, actor, "customer.erase", f"customer:{customer_id}")
    _scrub(db)


def erase_inactive(db: Database, months: int, now: datetime | None = None, actor: str = "owner") -> list[int]:
    """Erase customers with no visit (and no change) for longer than `months`."""
    cutoff = (now or utcnow()) - timedelta(days=round(30.44 * months))
    with db.read() as session:
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
            )
        )
    for customer_id in ids:
        erase(db, customer_id, actor)
    return ids


def _scrub(db: Database) -> None:
    """Leave no copy of erased text in the file: rebuild the FTS index and flush the WAL."""
    if db.dialect != "sqlite":
        return
    with db.engine.connect() as conn:
        conn.exec_driver_sql("INSERT INTO customer_fts(customer_fts) VALUES ('rebuild')")
        conn.commit()
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        conn.commit()
