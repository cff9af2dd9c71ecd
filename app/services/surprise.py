"""A small treat at a meaningful moment: a milestone visit, or coming back after a long absence.

Offered no more often than the owner allows, so treats stay a surprise and never become an entitlement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.messages import Message, msg
from app.models import AuditEvent, Customer, Suggestion, Visit, utcnow
from app.services import marks, suggestions
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
    reason: Message | str  # why now: a milestone or a long absence
    item_id: int
    item: str


def suggest(
    db: Database, settings: Settings, customer_id: int, now: datetime | None = None
) -> Surprise | None:
    """The treat to offer now, if any (read only: `pick` also remembers it)."""
    now = now or utcnow()
    with db.read() as session:
        return _choose(session, settings, customer_id, now, remember=False)


@dataclass(frozen=True)
class Tally:
    """Surprise treats over a stretch of time: offered at the counter (once per person and visit) and given."""

    suggested: int
    given: int


def offer(db: Database, settings: Settings, customer_id: int, now: datetime | None = None) -> Surprise | None:
    """The treat to offer as a profile opens, put on record (suggested, not yet given) so the owner sees
    offered against given and opening the profile again during this visit offers the same treat. Most
    opens have no reason for one: those are answered by the read alone, with no write."""
    now = now or utcnow()
    if suggest(db, settings, customer_id, now) is None:
        return None
    with db.write() as session:
        return pick(session, settings, customer_id, now)


def tally(db: Database, since: datetime, until: datetime) -> Tally:
    with db.rows() as conn:
        suggested = conn.execute(
            select(func.count()).where(
                Suggestion.kind == suggestions.SURPRISE, Suggestion.at >= since, Suggestion.at < until
            )
        ).scalar_one()
        given = conn.execute(
            select(func.count()).where(
                AuditEvent.action == marks.ACTIONS[marks.SURPRISE],
                AuditEvent.at >= since,
                AuditEvent.at < until,
            )
        ).scalar_one()
    return Tally(int(suggested), int(given))


def pick(session: Session, settings: Settings, customer_id: int, now: datetime) -> Surprise | None:
    """The treat to offer now, remembered so the next one is a different item (in a write transaction)."""
    return _choose(session, settings, customer_id, now, remember=True)


def banned_pattern(flags: list[str]) -> re.Pattern[str]:
    """Item names a person with these allergy and diet flags should not be offered."""
    return re.compile("|".join(AVOID[f] for f in flags if f in AVOID) or r"$^", re.IGNORECASE)


def _choose(
    session: Session, settings: Settings, customer_id: int, now: datetime, remember: bool
) -> Surprise | None:
    every = timedelta(days=int(settings.get("surprise_every_days")))
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
    if customer is None:
        return None
    today = now.astimezone(ZoneInfo(settings.timezone_name())).date()
    banned = banned_pattern([f for f in customer.allergies.split(",") if f])
    items = [c for c in suggestions.available_items(session, today) if not banned.search(c.name)]
    number = suggestions.visit_number(session, customer_id)
    kept = suggestions.current(session, customer_id, suggestions.SURPRISE, number)
    by_id = {c.id: c for c in items}
    if kept in by_id:  # the same treat all through this visit
        return Surprise(reason, kept, by_id[kept].name)
    tried, _ = suggestions.bought(session, customer_id)
    treats = [c for c in items if c.category.lower() in TREAT_CATEGORIES]
    within = int(settings.get("suggestion_repeat_visits"))
    last = suggestions.last_suggested(session, customer_id)
    # Something they have not had yet is more of a surprise; never the item suggested the last few visits.
    ranked = (
        suggestions.fresh([c for c in treats if c.id not in tried], last, number, within)
        or suggestions.fresh(treats, last, number, within)
        or suggestions.fresh(items, last, number, within)
    )
    if not ranked:
        return None
    choice = ranked[0]
    if remember:
        picked = suggestions.remember(session, customer_id, suggestions.SURPRISE, choice.id, number, now)
        choice = by_id.get(picked, choice)
    return Surprise(reason, choice.id, choice.name)


def _reason(session: Session, customer_id: int, count: int) -> Message | str:
    if count in MILESTONES:
        return msg.tr("This is their {count}th visit").format(count=count)  # every milestone ends in "th"
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
            return msg.tr("Back after %n week(s) away", "", gap // 7)
    return ""


def give(
    db: Database, customer_id: int, surprise: Surprise, actor: str = "counter", now: datetime | None = None
) -> None:
    with db.write() as session:
        detail = f"{surprise.item}: {surprise.reason}"
        marks.set_mark(session, customer_id, marks.SURPRISE, now or utcnow(), actor, detail)
