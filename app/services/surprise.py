"""A small treat at a meaningful moment: a milestone visit, or coming back after a long absence.

Offered no more often than the owner allows, so treats stay a surprise and never become an entitlement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.models import Customer, Item, Visit, VisitItem, utcnow
from app.services import marks
from app.services.settings import Settings

MILESTONES = (10, 25, 50, 100, 150, 200, 300, 400, 500, 750, 1000)
TREAT_CATEGORIES = ("pastry", "cake", "treat", "sweet", "biscuit", "cookie")
AVOID = {
    "nuts": r"almond|nut|hazel|pistachio|walnut|pecan|frangipane|praline",
    "peanuts": r"peanut",
    "dairy": r"cheese|cream|butter|croissant|milk|chocolate",
    "gluten": r"bread|loaf|croissant|pain|bun|cake|baguette|rye|sourdough|quiche|brownie|cookie",
    "egg": r"egg|quiche|cake|brioche",
    "vegan": r"cheese|cream|butter|croissant|milk|egg|quiche|brioche|chocolate",
}


@dataclass(frozen=True)
class Surprise:
    reason: str
    item_id: int
    item: str


def suggest(
    db: Database, settings: Settings, customer_id: int, now: datetime | None = None
) -> Surprise | None:
    now = now or utcnow()
    every = timedelta(days=int(settings.get("surprise_every_days")))
    with db.read() as session:
        given = marks.surprise_given_at(session, customer_id)
        if given is not None and now - given < every:
            return None
        count = (
            session.scalar(
                # Milestones count visits to this shop's till, not the history imported from another.
                select(func.count(Visit.id)).where(
                    Visit.customer_id == customer_id, Visit.voided.is_(False), Visit.imported.is_(False)
                )
            )
            or 0
        )
        reason = _reason(session, customer_id, count)
        if not reason:  # most scans: nothing more to read
            return None
        customer = session.get(Customer, customer_id)
        tried = set(
            session.scalars(
                select(VisitItem.item_id)
                .join(Visit, Visit.id == VisitItem.visit_id)
                .where(Visit.customer_id == customer_id)
                .distinct()
            )
        )
        items = session.execute(
            select(Item.id, Item.name, Item.category).where(Item.active.is_(True)).order_by(Item.sort_order)
        ).all()
    if customer is None:
        return None
    flags = [f for f in customer.allergies.split(",") if f]
    banned = re.compile("|".join(AVOID[f] for f in flags if f in AVOID) or r"$^", re.IGNORECASE)
    treats = [(i, n) for i, n, c in items if c.lower() in TREAT_CATEGORIES and not banned.search(n)]
    others = [(i, n) for i, n, c in items if not banned.search(n)]
    # Something they have not had yet is more of a surprise.
    pick = next((t for t in treats if t[0] not in tried), None) or next(iter(treats or others), None)
    return Surprise(reason, pick[0], pick[1]) if pick else None


def _reason(session: Session, customer_id: int, count: int) -> str:
    if count in MILESTONES:
        return f"This is their {_ordinal(count)} visit"
    if count >= 3:
        last_two = list(
            session.scalars(
                select(Visit.at)
                .where(Visit.customer_id == customer_id, Visit.voided.is_(False))
                .order_by(Visit.at.desc())
                .limit(2)
            )
        )
        gap = (last_two[0] - last_two[1]).days
        if gap >= 30:
            return f"Back after {gap // 7} weeks away"
    return ""


def give(
    db: Database, customer_id: int, surprise: Surprise, actor: str = "counter", now: datetime | None = None
) -> None:
    with db.write() as session:
        detail = f"{surprise.item}: {surprise.reason}"
        marks.set_mark(session, customer_id, marks.SURPRISE, now or utcnow(), actor, detail)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
