"""Fresh suggestions, never the same twice running.

"You might like" offers an item new to the person in a category they already buy; the surprise treat
(services/surprise.py) picks its item the same way. Each suggestion is remembered with the person's visit
count at the time, and the same item is not suggested again within the shop's number of visits
(`suggestion_repeat_visits`). Within one visit the suggestion stays put, however often the profile opens.
Seasonal items (available between two days) are suggested only in their season, and first while it lasts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import Customer, Item, Suggestion, Visit, VisitItem

SURPRISE, TRY = "surprise", "try"


@dataclass(frozen=True)
class Candidate:
    id: int
    name: str
    category: str
    seasonal: bool  # has a season and is in it today


@dataclass(frozen=True)
class MightLike:
    item_id: int
    item: str
    category: str
    seasonal: bool


def visit_number(session: Session, customer_id: int) -> int:
    """The person's visits so far (voided ones do not count): the clock suggestions rotate by."""
    return (
        session.scalar(
            select(func.count(Visit.id)).where(Visit.customer_id == customer_id, Visit.voided.is_(False))
        )
        or 0
    )


def available_items(session: Session, today: date) -> list[Candidate]:
    """Active items on sale today, in menu order."""
    rows = session.execute(
        select(Item.id, Item.name, Item.category, Item.available_from, Item.available_until)
        .where(Item.active.is_(True))
        .order_by(Item.sort_order, Item.id)
    ).all()
    return [
        Candidate(id_, name, category or "", start is not None or end is not None)
        for id_, name, category, start, end in rows
        if (start is None or start <= today) and (end is None or today <= end)
    ]


def last_suggested(session: Session, customer_id: int) -> dict[int, int]:
    """For each item ever suggested to the person (either kind), the visit number it was last suggested at."""
    rows = session.execute(
        select(Suggestion.item_id, func.max(Suggestion.visit_number))
        .where(Suggestion.customer_id == customer_id)
        .group_by(Suggestion.item_id)
    )
    return {item_id: number for item_id, number in rows}


def current(session: Session, customer_id: int, kind: str, number: int) -> int | None:
    """The item already suggested at this visit, if any: it stays put until the next visit."""
    return session.scalar(
        select(Suggestion.item_id).where(
            Suggestion.customer_id == customer_id, Suggestion.kind == kind, Suggestion.visit_number == number
        )
    )


def fresh(
    candidates: list[Candidate],
    last: dict[int, int],
    number: int,
    within: int,
    avoid: frozenset[int] | set[int] = frozenset(),
) -> list[Candidate]:
    """The candidates not suggested within the last `within` visits, in the order to offer them: never
    suggested first, then the longest ago; in season before the rest; then menu order."""
    allowed = [
        c for c in candidates if c.id not in avoid and (c.id not in last or number - last[c.id] >= within)
    ]
    order = {c.id: n for n, c in enumerate(candidates)}
    return sorted(allowed, key=lambda c: (c.id in last, last.get(c.id, 0), not c.seasonal, order[c.id]))


def remember(session: Session, customer_id: int, kind: str, item_id: int, number: int, at: datetime) -> int:
    """Note the suggestion for this visit; if another till noted one first, theirs stands. Returns the item."""
    try:
        with session.begin_nested():
            session.add(
                Suggestion(customer_id=customer_id, item_id=item_id, kind=kind, visit_number=number, at=at)
            )
    except IntegrityError:
        return current(session, customer_id, kind, number) or item_id
    return item_id


def bought(session: Session, customer_id: int) -> tuple[set[int], set[str]]:
    """The items the person has had, and the categories (folded) they buy."""
    rows = session.execute(
        select(Item.id, Item.category)
        .join(VisitItem, VisitItem.item_id == Item.id)
        .join(Visit, Visit.id == VisitItem.visit_id)
        .where(Visit.customer_id == customer_id, Visit.voided.is_(False))
        .distinct()
    ).all()
    return {i for i, _ in rows}, {c.casefold() for _, c in rows if c}


def might_like(
    session: Session,
    customer_id: int,
    today: date,
    within: int,
    banned: re.Pattern[str],
    at: datetime,
    avoid: frozenset[int] | set[int] = frozenset(),
) -> MightLike | None:
    """Pick (and remember) an item new to the person in a category they buy, or None when there is none
    fresh enough. Call in a write transaction."""
    number = visit_number(session, customer_id)
    items = [c for c in available_items(session, today) if not banned.search(c.name)]
    by_id = {c.id: c for c in items}
    kept = current(session, customer_id, TRY, number)
    if kept in by_id and kept not in avoid:
        return _might_like(by_id[kept])
    tried, categories = bought(session, customer_id)
    new = [c for c in items if c.id not in tried and c.category.casefold() in categories]
    choice = next(iter(fresh(new, last_suggested(session, customer_id), number, within, avoid)), None)
    if choice is None:
        return None
    picked = remember(session, customer_id, TRY, choice.id, number, at)
    return _might_like(by_id.get(picked, choice))


def _might_like(c: Candidate) -> MightLike:
    return MightLike(c.id, c.name, c.category, c.seasonal)


def allergy_flags(session: Session, customer_id: int) -> list[str]:
    customer = session.get(Customer, customer_id)
    return [f for f in customer.allergies.split(",") if f] if customer else []
