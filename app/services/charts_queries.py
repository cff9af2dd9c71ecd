"""The SQL behind each chart: aggregates only, so a shop of 2,000,000 visits sends back a few hundred rows.

Local weeks and months are turned into UTC bounds here and bucketed in SQL with a CASE, which works the
same on SQLite and PostgreSQL and respects the shop's zone through DST changes. Voided visits never count;
imported ones (history from the old till) do.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Connection, case, func, select
from sqlalchemy.orm import InstrumentedAttribute

from app.db.engine import Database
from app.messages import Month, msg
from app.models import Feedback, Visit
from app.models.base import as_utc
from app.services import insights
from app.services.charts_data import (
    LINE,
    RIGHT,
    Chart,
    Series,
    local_midnight,
    month_label,
    month_start,
    week_label,
    week_start,
)

if TYPE_CHECKING:  # numpy loads when counting, not with the shop
    from app.services.charts_visits import VisitTimes

RHYTHM_BINS = (  # upper bound of each bin in days (a regular's median gap), its label, its short label
    (1.5, msg.tr("Every day"), "1"),
    (3.5, msg.tr("2–3 days"), "2–3"),
    (7.5, msg.tr("4–7 days"), "4–7"),
    (14.5, msg.tr("1–2 weeks"), "8–14"),
    (31.5, msg.tr("2 weeks – 1 month"), "15–31"),
    (62.5, msg.tr("1–2 months"), "32–62"),
    (None, msg.tr("Longer"), "63+"),
)
SEGMENT_ORDER = ("champion", "loyal", "new", "occasional", "at risk", "lost")
MIN_VISITS_FOR_RHYTHM = insights.MIN_VISITS_FOR_RHYTHM


Column = ColumnElement[Any] | InstrumentedAttribute[Any]  # a column or an expression over one


def _bucket(column: Column, bounds: list[datetime], values: list[int]) -> ColumnElement[int]:
    """values[i] for a time in [bounds[i], bounds[i + 1]); rows are already limited to the whole range."""
    return case(*[(column < bounds[i + 1], values[i]) for i in range(len(bounds) - 2)], else_=values[-1])


def _voided(conn: Connection) -> list[datetime]:
    """The times of voided visits (rare: mistakes at the counter), read once so the other counts can use
    the covering indexes on (at) and (customer_id, at) and take these off afterwards."""
    return [as_utc(at) for (at,) in conn.execute(select(Visit.at).where(Visit.voided.is_(True)))]


def _counts(conn: Connection, bounds: list[datetime], voided: list[datetime]) -> list[int]:
    """Visits in each [bounds[i], bounds[i + 1]): one index range count each, less the voided ones."""
    counts = []
    for low, high in itertools.pairwise(bounds):
        total = conn.execute(select(func.count()).where(Visit.at >= low, Visit.at < high)).scalar_one()
        counts.append(int(total) - sum(1 for at in voided if low <= at < high))
    return counts


def visits_per_week(db: Database, today: date, zone: str, weeks: int = 13) -> Chart:
    """Visits in each of the last `weeks` local weeks (Monday first, this week so far) beside the same
    week a year before (52 weeks earlier, so weekdays line up)."""
    first = week_start(today) - timedelta(weeks=weeks - 1)
    starts = [first + timedelta(weeks=i) for i in range(weeks + 1)]
    with db.rows() as conn:
        voided = _voided(conn)
        # This week runs to the end of today, and so does its twin a year before: like for like.
        ends = [*starts[:-1], today + timedelta(days=1)]
        now = _counts(conn, [local_midnight(d, zone) for d in ends], voided)
        twins = [local_midnight(d - timedelta(weeks=52), zone) for d in ends]
        before: list[int | None] = list(_counts(conn, twins, voided))
        first_seen = conn.execute(select(func.min(Visit.at))).scalar()
    # A week before the shop's first recorded visit has no figure (the till was not in use), not 0.
    for i, high in enumerate(twins[1:]):
        if first_seen is None or high <= as_utc(first_seen):
            before[i] = None
    labels = tuple(week_label(d) for d in starts[:-1])
    return Chart(
        "visits_per_week",
        msg.tr("Visits per week"),
        labels,
        (
            Series(msg.tr("This year"), tuple(now)),
            Series(msg.tr("Same week last year"), tuple(before), style=LINE),
        ),
        axis_label=msg.tr("visits"),
        note=msg.tr(
            "Weeks start on Monday; the week of {week} runs to {day}, and so does its twin a year before. "
            "Voided visits are left out."
        ).format(week=starts[-2], day=today),  # the last week shown: it starts on starts[-2]
        as_of=today,
    )


def retention(
    db: Database, today: date, zone: str, months: int = 12, times: VisitTimes | None = None
) -> Chart:
    """For each monthly cohort of first visits (the last `months` months), the share who came back in
    each month after. A cohort's later months that have not happened yet are left empty. `times`: the
    window's visits already read (`visit_times`), to count from instead of reading them again."""
    from app.services import charts_visits  # numpy: loaded when counting

    starts = [month_start(today, months - 1 - i) for i in range(months)] + [month_start(today, -1)]
    bounds = [local_midnight(d, zone) for d in [*starts[:-1], today + timedelta(days=1)]]
    if times is None or (times.since, times.until) != (bounds[0], bounds[-1]):
        times = charts_visits.read(db, bounds[0], bounds[-1])
    sizes, kept = charts_visits.cohorts(times, bounds)  # kept[cohort][months after]
    series = tuple(
        Series(
            month_label(starts[c]),
            tuple(
                (100 * kept[c][k] / sizes[c] if sizes[c] else None) if c + k < months else None
                for k in range(months)
            ),
            style=LINE,
            unit="%",
            total=sizes[c],
        )
        for c in range(months)
    )
    return Chart(
        "retention",
        msg.tr("Retention by month of first visit"),
        tuple(f"Month {k}" for k in range(months)),
        series,
        axis_label=msg.tr("% who came"),
        x_label=msg.tr("months after the first visit"),
        short_categories=tuple(str(k) for k in range(months)),
        y_range=(0.0, 100.0),
        note=msg.tr("Month 0 is the month of the first visit; month 1 the calendar month after, and so on."),
        by_series=True,
        as_of=today,
    )


def rhythm(db: Database, today: date, zone: str, months: int = 12, times: VisitTimes | None = None) -> Chart:
    """How often regulars come: each customer with at least three visits in the last `months` months has
    a rhythm, the median of the days between their visits; the chart counts regulars per rhythm."""
    from app.services import charts_visits  # numpy: loaded when counting

    since = local_midnight(month_start(today, months - 1), zone)
    until = local_midnight(today + timedelta(days=1), zone)
    if times is None or (times.since, times.until) != (since, until):
        times = charts_visits.read(db, since, until)
    edges = [edge for edge, _, _ in RHYTHM_BINS if edge is not None]
    found = charts_visits.rhythm_bins(times, edges, MIN_VISITS_FOR_RHYTHM)
    counts = tuple(found)
    return Chart(
        "rhythm",
        msg.tr("How often regulars come"),
        tuple(label for _, label, _ in RHYTHM_BINS),
        (Series(msg.tr("Regulars"), counts),),
        axis_label=msg.tr("regulars"),
        x_label=msg.tr("days between visits (median)"),
        short_categories=tuple(short for _, _, short in RHYTHM_BINS),
        note=msg.tr(
            "A regular's rhythm is the median gap between their visits since {month} (at least {n} visits)."
        ).format(month=Month(month_start(today, months - 1)), n=MIN_VISITS_FOR_RHYTHM),
        as_of=today,
        extra={"regulars": float(sum(counts))},
    )


def visit_times(db: Database, today: date, zone: str, months: int = 12) -> VisitTimes:
    """The visits retention and rhythm count from, read once for both."""
    from app.services import charts_visits

    since = local_midnight(month_start(today, months - 1), zone)
    return charts_visits.read(db, since, local_midnight(today + timedelta(days=1), zone))


def nps_over_time(db: Database, today: date, zone: str, months: int = 12) -> Chart:
    """NPS for each of the last `months` local months, with the number of answers behind it."""
    starts = [month_start(today, months - 1 - i) for i in range(months)] + [month_start(today, -1)]
    bounds = [local_midnight(d, zone) for d in [*starts[:-1], today + timedelta(days=1)]]
    bucket = _bucket(Feedback.at, bounds, list(range(months)))
    promoter = func.sum(case((Feedback.score >= 9, 1), else_=0))
    detractor = func.sum(case((Feedback.score <= 6, 1), else_=0))
    stmt = (
        select(bucket, func.count(), promoter, detractor)
        .where(Feedback.at >= bounds[0], Feedback.at < bounds[-1])
        .group_by(bucket)
    )
    with db.rows() as conn:
        found = {row[0]: row[1:] for row in conn.execute(stmt)}
    answers, scores = [], []
    for i in range(months):
        n, promoters, detractors = found.get(i, (0, 0, 0))
        answers.append(int(n))
        scores.append(round(100 * (int(promoters) - int(detractors)) / n) if n else None)
    return Chart(
        "nps",
        msg.tr("NPS over time"),
        tuple(month_label(d) for d in starts[:-1]),
        (
            Series("NPS", tuple(scores), style=LINE),
            Series(msg.tr("Answers"), tuple(answers), axis=RIGHT),
        ),
        axis_label="NPS",
        short_categories=tuple(f"{d:%b}" for d in starts[:-1]),
        y_range=(-100.0, 100.0),
        axis_label_right=msg.tr("answers"),
        note=msg.tr("NPS: the share of 9s and 10s minus the share of 0s to 6s, in points."),
        as_of=today,
    )


def segment_sizes(db: Database, now: datetime, zone: str, floor_days: int) -> Chart:
    """How many of the last year's regulars are in each RFM segment (the regulars page's segments)."""
    from app.services.charts_segments import segment_counts  # numpy: loaded when counting

    sizes, vips, lapsed = segment_counts(db, now, zone, floor_days)
    order = [s for s in SEGMENT_ORDER if s in sizes] + sorted(set(sizes) - set(SEGMENT_ORDER))
    order = order or list(SEGMENT_ORDER)
    return Chart(
        "segments",
        msg.tr("Regulars by segment"),
        tuple(s.capitalize() for s in order),
        (Series(msg.tr("Customers"), tuple(sizes.get(s, 0) for s in order)),),
        axis_label=msg.tr("customers"),
        note=msg.tr("Everyone who came in the last 12 months, by recency, frequency and spend."),
        as_of=now.astimezone(ZoneInfo(zone)).date(),
        extra={"vip": float(vips), "lapsed": float(lapsed)},
    )
