"""Relationship cues: birthdays coming up, regulars who stopped coming, the best regulars, RFM segments.

Every function takes `today` or `now` so reports are reproducible and tests pin their dates.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, tuple_

from app.db.engine import Database
from app.models import Customer, Visit
from app.models.base import as_utc
from app.services.birthdays import Birthday, stored

MIN_VISITS_FOR_RHYTHM = 3


@dataclass(frozen=True)
class BirthdayRow:
    id: int
    name: str
    birthday: Birthday
    days: int


@dataclass(frozen=True)
class RegularStats:
    id: int
    name: str
    phone: str | None
    email: str | None
    consent: bool
    consent_channel: str
    visits: int
    spend_cents: int
    first_visit: datetime
    last_visit: datetime
    rhythm_days: float | None  # typical gap between visits
    days_since: int
    segment: str = ""
    vip: bool = False
    lapsed: bool = False


def upcoming_birthdays(db: Database, today: date, days: int = 7, limit: int = 200) -> list[BirthdayRow]:
    """Birthdays from today to `days` ahead, soonest first (at most `limit`). 29 February counts as
    28 February in other years. One indexed lookup per day, so a big shop costs no more than a small one."""
    found: list[BirthdayRow] = []
    seen: set[int] = set()
    base = select(
        Customer.id, Customer.name, Customer.birth_month, Customer.birth_day, Customer.birth_year
    ).where(Customer.erased_at.is_(None), Customer.archived_at.is_(None))
    with db.read() as session:
        for offset in range(days + 1):
            day = today + timedelta(days=offset)
            wanted = [(day.month, day.day)]
            if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
                wanted.append((2, 29))
            stmt = base.where(tuple_(Customer.birth_month, Customer.birth_day).in_(wanted))
            rows = session.execute(stmt.order_by(Customer.name).limit(limit - len(found))).all()
            for cid, name, m, d, y in rows:
                if (bday := stored(m, d, y)) and cid not in seen:  # a window over a year: the next one only
                    seen.add(cid)
                    found.append(BirthdayRow(cid, name, bday, offset))
            if len(found) >= limit:
                break
    return found


def regular_stats(
    db: Database,
    now: datetime,
    months: int = 12,
    zone: str = "UTC",
    floor_days: int = 21,
    until: datetime | None = None,
) -> list[RegularStats]:
    """One row per customer who visited in the period, with VIP mark, RFM segment and lapsed flag.
    `until`: leave out visits from then on (a report as of a past day)."""
    since = now - timedelta(days=round(30.44 * months))
    # Grouped by an expression so SQLite reads the table in one pass and sorts, rather than walking the
    # (customer_id, at) index with a table look-up per visit: 4.0 s instead of 7.4 s of CPU at 2,000,000.
    customer = Visit.customer_id + 0
    stmt = (
        select(
            customer,
            func.count(Visit.id),
            func.coalesce(func.sum(Visit.amount_cents), 0),
            func.min(Visit.at),
            func.max(Visit.at),
        )
        .where(Visit.voided.is_(False), Visit.at >= since)
        .group_by(customer)
    )
    if until is not None:
        stmt = stmt.where(Visit.at < until)
    with db.report() as session:
        aggregates = {row[0]: row[1:] for row in session.execute(stmt).all()}
        people = {
            row.id: row
            for row in session.execute(
                select(
                    Customer.id,
                    Customer.name,
                    Customer.phone,
                    Customer.email,
                    Customer.consent_contact,
                    Customer.consent_channel,
                ).where(Customer.erased_at.is_(None), Customer.archived_at.is_(None))
            )
        }
    local_today = now.astimezone(ZoneInfo(zone)).date()
    stats = []
    for cid, (count, spend, first, last) in aggregates.items():
        person = people.get(cid)
        if person is None:
            continue
        first, last = as_utc(first), as_utc(last)
        rhythm = (
            (last - first).total_seconds() / 86400 / (count - 1) if count >= MIN_VISITS_FOR_RHYTHM else None
        )
        days_since = (local_today - last.astimezone(ZoneInfo(zone)).date()).days
        stats.append(
            RegularStats(
                cid,
                person.name,
                person.phone,
                person.email,
                bool(person.consent_contact),
                person.consent_channel,
                count,
                int(spend or 0),
                first,
                last,
                rhythm,
                days_since,
            )
        )
    _mark(stats, now, floor_days)
    return stats


def lapsed(stats: list[RegularStats], floor_days: int = 21, factor: float = 3.0) -> list[RegularStats]:
    """Regulars whose absence is well past their own rhythm and past the owner's floor, longest first."""
    return sorted((s for s in stats if _is_lapsed(s, floor_days, factor)), key=lambda s: -s.days_since)


def top(stats: list[RegularStats]) -> list[RegularStats]:
    return sorted((s for s in stats if s.vip), key=lambda s: (-s.visits, -s.spend_cents, s.name))


def _is_lapsed(s: RegularStats, floor_days: int, factor: float) -> bool:
    return s.rhythm_days is not None and s.days_since > max(floor_days, factor * s.rhythm_days)


def _mark(stats: list[RegularStats], now: datetime, floor_days: int = 21, factor: float = 3.0) -> None:
    """VIP: top 20 % by visits and by spend. Segments from recency, frequency and spend ranks (1 to 5)."""
    if not stats:
        return
    by_visits = sorted(stats, key=lambda s: (s.visits, s.spend_cents))
    by_spend = sorted(stats, key=lambda s: (s.spend_cents, s.visits))
    by_recency = sorted(stats, key=lambda s: -s.days_since)
    rank = {
        key: {s.id: 1 + 5 * i // len(stats) for i, s in enumerate(order)}
        for key, order in (("f", by_visits), ("m", by_spend), ("r", by_recency))
    }
    position_visits = {s.id: i for i, s in enumerate(by_visits)}
    position_spend = {s.id: i for i, s in enumerate(by_spend)}
    combined = sorted(stats, key=lambda s: position_visits[s.id] + position_spend[s.id])
    vip_ids = {s.id for s in combined[-max(1, round(len(stats) * 0.2)) :]}
    for i, s in enumerate(stats):
        r, f, m = rank["r"][s.id], rank["f"][s.id], rank["m"][s.id]
        is_lapsed = _is_lapsed(s, floor_days, factor)
        if (now - s.first_visit).days <= 30:
            segment = "new"
        elif is_lapsed and r <= 1:
            segment = "lost"
        elif is_lapsed or (r <= 2 and f >= 3):
            segment = "at risk"
        elif r >= 4 and f >= 4 and m >= 3:
            segment = "champion"
        elif f >= 3:
            segment = "loyal"
        else:
            segment = "occasional"
        stats[i] = RegularStats(
            **{**s.__dict__, "segment": segment, "vip": s.id in vip_ids, "lapsed": is_lapsed}
        )
