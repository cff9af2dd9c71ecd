"""The SQL aggregates against a plain Python count over every visit of a demo bakery, with voids and
imported history mixed in, in a zone with summer time."""

from __future__ import annotations

import itertools
import statistics
from collections import defaultdict
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select, update

from app.models import Visit
from app.models.base import as_utc
from app.services import charts_queries as q
from app.services import demo

ZONE = "America/New_York"


def bakery_rows(services):
    demo.fill(services.db, services.settings, customers=80, visits=1500, seed=3)
    with services.db.write() as session:
        ids = list(session.scalars(select(Visit.id).order_by(Visit.id)))
        session.execute(update(Visit).where(Visit.id.in_(ids[::37])).values(voided=True))  # some voids
        session.execute(update(Visit).where(Visit.id.in_(ids[5::41])).values(imported=True))
        for n in range(25):  # the old till's history, a year back and more
            session.add(Visit(customer_id=1 + n % 9, at=as_utc("2025-06-01 12:00") + timedelta(days=9 * n)))
    with services.db.rows() as conn:
        rows = conn.execute(select(Visit.customer_id, Visit.at, Visit.voided)).all()
    zone = ZoneInfo(ZONE)
    return [(cid, as_utc(at), as_utc(at).astimezone(zone).date()) for cid, at, voided in rows if not voided]


def month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def test_weeks_cohorts_and_rhythm_match_a_count_by_hand(services) -> None:
    visits = bakery_rows(services)
    today = max(day for _, _, day in visits) - timedelta(days=3)

    weeks = q.visits_per_week(services.db, today, ZONE, weeks=20)
    monday = today - timedelta(days=today.weekday())
    firsts = [monday - timedelta(weeks=19 - i) for i in range(20)]
    by_hand = [sum(1 for _, _, d in visits if f <= d < f + timedelta(weeks=1) and d <= today) for f in firsts]
    assert list(weeks.series[0].values) == by_hand and sum(by_hand) > 500
    last_year = [
        sum(1 for _, _, d in visits if f - timedelta(weeks=52) <= d < f - timedelta(weeks=51))
        for f in firsts[:-1]
    ]
    assert list(weeks.series[1].values[:-1]) == last_year and sum(last_year) > 0

    cohorts = q.retention(services.db, today, ZONE)
    first: dict[int, int] = {}
    seen: dict[int, set[int]] = defaultdict(set)
    for cid, _, day in sorted(visits, key=lambda v: v[1]):
        if day <= today:
            first.setdefault(cid, month_index(day))
            seen[cid].add(month_index(day))
    now = month_index(today)
    for c, series in enumerate(cohorts.series):
        month = now - 11 + c
        members = [cid for cid, m in first.items() if m == month]
        assert series.total == len(members)
        for k, value in enumerate(series.values):
            if not members or month + k > now:
                assert value is None
            else:
                share = 100 * sum(1 for cid in members if month + k in seen[cid]) / len(members)
                assert value == share

    rhythm = q.rhythm(services.db, today, ZONE)
    since = date((month_index(today) - 11) // 12, (month_index(today) - 11) % 12 + 1, 1)
    times: dict[int, list[datetime]] = defaultdict(list)
    for cid, at, day in visits:
        if since <= day <= today:
            times[cid].append(at)
    counts = [0] * len(q.RHYTHM_BINS)
    for ats in times.values():
        ats.sort()
        gaps = [(b - a).total_seconds() / 86400 for a, b in itertools.pairwise(ats)]
        if len(gaps) < 2:
            continue
        median = statistics.median_low(gaps)
        counts[next(i for i, (edge, _, _) in enumerate(q.RHYTHM_BINS) if edge is None or median <= edge)] += 1
    assert list(rhythm.series[0].values) == counts and sum(counts) > 40
