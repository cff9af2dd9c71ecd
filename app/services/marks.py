"""Surprise given and win-back contacted: kept per customer in their own table, read back as data."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.models import CustomerMark
from app.services import audit, loyalty

SURPRISE, WINBACK = "surprise_given_at", "winback_contacted_at"
ACTIONS = {SURPRISE: "surprise.given", WINBACK: "winback.contacted"}


def set_mark(
    session: Session, customer_id: int, mark: str, at: datetime, actor: str, detail: str = ""
) -> None:
    """Set the mark (and say so in the audit log) in the caller's write transaction."""
    loyalty.lock_customer(session, customer_id)  # two tills marking the same person queue up here
    row = session.get(CustomerMark, customer_id)
    if row is None:
        row = CustomerMark(customer_id=customer_id)
        session.add(row)
    setattr(row, mark, at)
    audit.record(session, actor, ACTIONS[mark], f"customer:{customer_id}", detail, at=at)


def surprise_given_at(session: Session, customer_id: int) -> datetime | None:
    return session.scalar(
        select(CustomerMark.surprise_given_at).where(CustomerMark.customer_id == customer_id)
    )


def contacted(conn: Connection) -> dict[int, datetime]:
    """When each customer was last contacted to win them back."""
    rows = conn.execute(
        select(CustomerMark.customer_id, CustomerMark.winback_contacted_at).where(
            CustomerMark.winback_contacted_at.is_not(None)
        )
    )
    return {cid: at for cid, at in rows if at is not None}


def winback_hidden_until(
    contacted_at: datetime | None, last_visit: datetime, now: datetime, weeks: int
) -> datetime | None:
    """Until when a person contacted to win them back stays off the win-back list (None: on it). A mark
    from before their last visit no longer counts: they came back since."""
    if contacted_at is None or contacted_at < last_visit:
        return None
    until = contacted_at + timedelta(weeks=weeks)
    return until if until > now else None
