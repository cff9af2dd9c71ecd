"""How many regulars are in each RFM segment, counted with numpy instead of a row object per customer.

The rules are the regulars page's (`insights._mark`): the same ranks, ties broken the same way (customers
in id order, stable sorts), the same VIP fifth and lapsed test. Times come from the database as whole
microseconds since 1970, so every comparison is the one the page makes on datetimes.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
from sqlalchemy import BigInteger, ColumnElement, cast, func, select

from app.db.engine import Database
from app.models import Customer, Visit
from app.services.clv_summary import day_number, offsets

DAY_US = 86_400_000_000
MONTH_DAYS = 30.44  # the regulars page's month
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _microseconds(column: Any, dialect: str) -> ColumnElement[int]:
    """A stored time as whole microseconds since 1970 (SQLite keeps 'YYYY-MM-DD HH:MM:SS.ffffff' text)."""
    if dialect == "sqlite":
        whole = cast(func.strftime("%s", column), BigInteger) * 1_000_000
        return whole + cast(func.substr(column, 21, 6), BigInteger)
    return cast(func.round(func.extract("epoch", column) * 1_000_000), BigInteger)


def segment_counts(
    db: Database, now: datetime, zone: str, floor_days: int, months: int = 12, factor: float = 3.0
) -> tuple[dict[str, int], int, int]:
    """({segment: customers}, VIPs, lapsed) over the customers who came in the last `months` months up to
    `now`; erased and archived customers are left out, as on the regulars page."""
    since = now - timedelta(days=round(MONTH_DAYS * months))
    # Walks the covering (customer_id, at, voided, amount_cents) index in order, no table rows and no sort:
    # 0.7 s of CPU at 2,000,000 visits, where the (at) index and a sort take 2.8 s
    at = func.coalesce(Visit.at, Visit.at)
    stmt = (
        select(
            Visit.customer_id,
            func.count(),
            func.coalesce(func.sum(Visit.amount_cents), 0),
            _microseconds(func.min(Visit.at), db.dialect),
            _microseconds(func.max(Visit.at), db.dialect),
        )
        .where(Visit.voided.is_(False), at >= since, at < now)
        .group_by(Visit.customer_id)
    )
    with db.rows() as conn:
        rows = conn.execute(stmt).all()
        people = np.array(
            conn.execute(
                select(Customer.id).where(Customer.erased_at.is_(None), Customer.archived_at.is_(None))
            )
            .scalars()
            .all(),
            dtype=np.int64,
        )
    table = np.array([tuple(row) for row in rows], dtype=np.int64).reshape(-1, 5)
    table = table[np.argsort(table[:, 0], kind="stable")]
    table = table[np.isin(table[:, 0], people)]
    n = len(table)
    if n == 0:
        return {}, 0, 0
    visits, spend, first, last = table[:, 1], table[:, 2], table[:, 3], table[:, 4]
    rhythm = np.full(n, np.nan)
    has_rhythm = visits >= 3
    rhythm[has_rhythm] = (last - first)[has_rhythm] / 1e6 / 86400 / (visits[has_rhythm] - 1)
    days_since = day_number(now.astimezone(ZoneInfo(zone)).date()) - _local_days(last, zone)
    with np.errstate(invalid="ignore"):
        lapsed = has_rhythm & (days_since > np.maximum(floor_days, factor * rhythm))

    def ranks(order: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        position = np.empty(n, dtype=np.int64)
        position[order] = np.arange(n)
        return 1 + 5 * position // n, position

    f, at_visits = ranks(np.lexsort((spend, visits)))
    m, at_spend = ranks(np.lexsort((visits, spend)))
    r, _ = ranks(np.argsort(-days_since, kind="stable"))
    combined = np.argsort(at_visits + at_spend, kind="stable")
    vip = combined[-max(1, round(n * 0.2)) :]
    new = ((now - EPOCH) // timedelta(microseconds=1) - first) // DAY_US <= 30
    segment = np.select(
        [
            new,
            lapsed & (r <= 1),
            lapsed | ((r <= 2) & (f >= 3)),
            (r >= 4) & (f >= 4) & (m >= 3),
            f >= 3,
        ],
        ["new", "lost", "at risk", "champion", "loyal"],
        default="occasional",
    )
    names, counts = np.unique(segment, return_counts=True)
    return {str(k): int(c) for k, c in zip(names, counts, strict=True)}, len(vip), int(lapsed.sum())


def _local_days(us: np.ndarray, zone_name: str) -> np.ndarray:
    """The shop's local day number of each instant, with the zone's offset in force at that instant."""
    seconds = us // 1_000_000
    start = datetime.fromtimestamp(int(seconds.min()), UTC) - timedelta(days=1)
    end = datetime.fromtimestamp(int(seconds.max()), UTC) + timedelta(days=1)
    spans = offsets(ZoneInfo(zone_name), start, end)
    bounds = np.array([int(at.timestamp()) for at, _ in spans[1:]], dtype=np.int64)
    shift = np.array([offset for _, offset in spans], dtype=np.int64)
    return np.asarray((seconds + shift[np.searchsorted(bounds, seconds, side="right")]) // 86400)
