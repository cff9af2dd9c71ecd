"""The counter's undo window: a mistake noticed at once is taken back by staff; later, the owner corrects it."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.messages import msg
from app.models import LedgerEntry
from app.models.base import as_utc
from app.services import audit
from app.services.undo_window import UNDO_SECONDS


def within_undo(at: datetime, now: datetime) -> bool:
    # abs: another till's clock may run a little ahead of this one
    return abs(now - at) <= timedelta(seconds=UNDO_SECONDS)


def undo_redemption(session: Session, entry_id: int, actor: str, now: datetime) -> int:
    """Reverse one redemption row inside the caller's transaction; returns the new balance."""
    from app.services.loyalty import LoyaltyError, balance, lock_customer

    entry = session.get(LedgerEntry, entry_id)
    if entry is None or entry.kind != "redeem":
        raise LoyaltyError(msg.tr("There is no such reward given to undo."))
    lock_customer(session, entry.customer_id)
    if session.scalar(select(LedgerEntry.id).where(LedgerEntry.reverses_id == entry_id)):
        raise LoyaltyError(msg.tr("{reason} was already given back.").format(reason=entry.reason))
    if not within_undo(as_utc(entry.at), now):
        raise LoyaltyError(
            msg.tr("Too late to undo {lower}: the owner can adjust the points instead.").format(
                lower=entry.reason.lower()
            )
        )
    new_balance = balance(session, entry.customer_id) - entry.points
    session.add(
        LedgerEntry(
            customer_id=entry.customer_id,
            kind="reversal",
            points=-entry.points,
            actor=actor,
            reason=f"{entry.reason}: undone"[:200],
            reward_id=entry.reward_id,
            reverses_id=entry.id,
            at=now,
        )
    )
    audit.record(session, actor, "reward.undo", f"customer:{entry.customer_id}", entry.reason)
    return new_balance
