"""Retention by cohort and the regulars' rhythm, counted with numpy over one read of the window's visits.

One grouped statement walks the covering (customer_id, at, voided, amount_cents) index in customer order and
sends back a row per customer who came in the window: whether they came before it, and the times of their
visits in it joined into one string, which numpy parses in one call. Both charts count from that read.
Measured at 2,000,000 visits: the window functions and DISTINCT sums this replaces took 3.2 s (rhythm) and
2.5 s (retention) of CPU; the read takes about 1.2 s and both counts 0.2 s.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import numpy as np
from sqlalchemy import BigInteger, Text, cast, exists, func, literal, select
from sqlalchemy.orm import aliased

from app.db.engine import Database
from app.models import Visit

DAY_US = 86_400_000_000
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class VisitTimes:
    """The visits of [since, until) that were not voided, customer by customer (ordered by id)."""

    since: datetime
    until: datetime
    came_before: np.ndarray  # per customer: a visit before `since`
    counts: np.ndarray  # per customer: visits in the window (at least one)
    us: np.ndarray  # every visit's time in microseconds since 1970, by customer, in time order

    @property
    def owner(self) -> np.ndarray:
        """Each visit's customer, as an index into `counts`."""
        return np.repeat(np.arange(len(self.counts)), self.counts)


def read(db: Database, since: datetime, until: datetime) -> VisitTimes:
    sqlite = db.dialect == "sqlite"
    at = func.coalesce(Visit.at, Visit.at)  # walk the (customer_id, at, …) index: no table rows, no sort
    earlier = aliased(Visit)
    came_before = exists().where(
        earlier.customer_id == Visit.customer_id,
        earlier.voided.is_(False),
        earlier.at < literal(since, Visit.at.type),
    )
    # SQLite sends the stored text ('YYYY-MM-DD HH:MM:SS.ffffff', UTC) for numpy to parse: cheaper than
    # working out a number per visit in SQL; a server sends microseconds, worked out where the data is
    joined = (
        func.group_concat(Visit.at)
        if sqlite
        else func.string_agg(
            cast(cast(func.round(func.extract("epoch", Visit.at) * 1_000_000), BigInteger), Text),
            literal(","),
        )
    )
    stmt = (
        select(Visit.customer_id, came_before, func.count(), joined)
        .where(
            Visit.voided.is_(False),
            at >= literal(since, Visit.at.type),
            at < literal(until, Visit.at.type),
        )
        .group_by(Visit.customer_id)
        .order_by(Visit.customer_id)
    )
    with db.rows() as conn:
        rows = conn.execute(stmt).all()
    before = np.array([bool(row[1]) for row in rows], dtype=bool)
    counts = np.array([row[2] for row in rows], dtype=np.int64)
    if not rows:
        us = np.zeros(0, dtype=np.int64)
    elif sqlite:
        us = _parse_times(",".join(row[3] for row in rows))
    else:
        us = np.fromstring(",".join(row[3] for row in rows), dtype=np.int64, sep=",")
    if len(us) != int(counts.sum()):
        raise ArithmeticError("The visit times read do not add up to the visits counted.")
    times = VisitTimes(since, until, before, counts, us)
    owner = times.owner
    if (np.diff(us)[owner[1:] == owner[:-1]] < 0).any():  # a joined string's order is the database's choice
        times = VisitTimes(since, until, before, counts, us[np.lexsort((us, owner))])
    return times


def rhythm_bins(times: VisitTimes, edges_days: list[float], min_visits: int) -> list[int]:
    """Regulars (at least `min_visits` visits in the window) per bin of their median gap between visits:
    the lower middle gap when their number is even, in the first bin whose edge (days) it does not pass."""
    owner = times.owner
    same = owner[1:] == owner[:-1]
    gaps, gap_owner = np.diff(times.us)[same], owner[1:][same]
    regular = times.counts >= min_visits
    chosen = regular[gap_owner]
    gaps, gap_owner = gaps[chosen], gap_owner[chosen]
    shift = 63 - len(times.counts).bit_length()  # the customer in the high bits, the gap in the low ones
    if len(gaps) and int(gaps.max()) < 1 << shift:
        gaps = np.sort(gap_owner << shift | gaps) & ((1 << shift) - 1)  # one sort, not a lexsort
    else:
        gaps = gaps[np.lexsort((gaps, gap_owner))]  # each regular's gaps, smallest first
    n = times.counts[regular] - 1
    first = np.cumsum(n) - n
    median = gaps[first + (n + 1) // 2 - 1]
    edges = np.array([round(edge * DAY_US) for edge in edges_days], dtype=np.int64)
    found = np.bincount(np.searchsorted(edges, median, side="left"), minlength=len(edges) + 1)
    return [int(v) for v in found]


def cohorts(times: VisitTimes, bounds: list[datetime]) -> tuple[list[int], list[list[int]]]:
    """(customers whose first visit ever is in each month of the window, and of them, kept[c][k]: those who
    came in the k-th month after their first). `bounds` are the months' starts and the window's end."""
    months = len(bounds) - 1
    edges = np.array([_us(b) for b in bounds], dtype=np.int64)
    month = np.searchsorted(edges, times.us, side="right") - 1
    first_month = month[np.cumsum(times.counts) - times.counts]
    new = ~times.came_before
    sizes = np.bincount(first_month[new], minlength=months)
    pairs = times.owner * months + month  # in order: each customer's visits are in time order
    pairs = pairs[np.append(True, pairs[1:] != pairs[:-1])]  # each customer's months with a visit, once
    pair_owner, pair_month = pairs // months, pairs % months
    keep = new[pair_owner]
    cohort = first_month[pair_owner[keep]]
    kept = np.bincount(cohort * months + pair_month[keep] - cohort, minlength=months * months)
    return [int(v) for v in sizes], kept.reshape(months, months).tolist()


def _parse_times(joined: str) -> np.ndarray:
    """Stored times, comma-separated, as microseconds since 1970. They are all 26 characters long as
    SQLAlchemy writes them: read in place, without a string object each (0.35 s at 2,000,000, not 0.75 s)."""
    data = (joined + ",").encode("ascii")
    if len(data) % 27 == 0:
        fixed = np.frombuffer(data, dtype=np.dtype([("at", "S26"), ("comma", "S1")]))
        if (fixed["comma"] == b",").all():
            return np.asarray(fixed["at"].astype("datetime64[us]").astype(np.int64))
    return np.array(joined.split(","), dtype="datetime64[us]").astype(np.int64)


def _us(at: datetime) -> int:
    return (at - EPOCH) // timedelta(microseconds=1)


def _none() -> np.ndarray:
    return np.zeros(0, dtype=np.int64)
