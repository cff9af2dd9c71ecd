"""Who did what, when: written in the same transaction as the change it describes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.models import AuditEvent


def record(
    session: Session, actor: str, action: str, target: str = "", detail: str = "", at: datetime | None = None
) -> None:
    event = AuditEvent(actor=actor or "counter", action=action, target=target, detail=detail[:2000])
    if at is not None:
        event.at = at
    session.add(event)


def log(db: Database, actor: str, action: str, target: str = "", detail: str = "") -> None:
    """Record an event that has no change of its own to ride with (a wrong PIN, an export)."""
    with db.write() as session:
        record(session, actor, action, target, detail)


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    actor: str
    action: str
    target: str
    detail: str


def recent(db: Database, limit: int = 200) -> list[AuditRow]:
    with db.read() as session:
        rows = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit))
        return [AuditRow(r.at, r.actor, r.action, r.target, r.detail) for r in rows]
