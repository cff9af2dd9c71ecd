"""Each customer's frequency, recency and age for the lifetime-value models, built by the database.

Definitions (FHL 2005): time is whole local days in the shop's zone, counted in weeks; visits on one
local day are one transaction, their amounts summed; x is the number of transaction days after the
first, up to and including the as-of day; t_x is the last of them and T the as-of day, both counted
from the first (first seen on the as-of day: T = 0). Voided visits do not count, imported ones do;
customers first seen after the as-of day are left out. Spend is the mean over repeat transaction days
that have an amount. With a holdout, the transaction days after the as-of day up to its end.

One aggregate statement per customer does all of it: the local day of each visit is its UTC epoch
plus the zone's offset at that instant, picked by a binary tree of CASEs over the zone's transitions.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from typing import cast as typed
from zoneinfo import ZoneInfo

import numpy as np
from sqlalchemy import BigInteger, ColumnElement, Interval, case, cast, distinct, func, literal, select
from sqlalchemy.orm import InstrumentedAttribute, aliased

from app.db.engine import Database
from app.models import Visit
from app.models.base import as_utc

DAY = 86400
EPOCH = date(1970, 1, 1)


@dataclass(frozen=True)
class Summary:
    """One entry per customer (arrays of equal length, ordered by customer id)."""

    as_of: date
    ids: np.ndarray  # customer ids
    x: np.ndarray  # repeat transaction days
    tx_days: np.ndarray  # last transaction day, days after the first
    T_days: np.ndarray  # the as-of day, days after the first
    spend_x: np.ndarray  # repeat transaction days with an amount
    spend_mean_cents: np.ndarray  # their mean amount (0 where spend_x is 0)
    holdout: np.ndarray | None  # transaction days in the holdout, when one was asked for

    @property
    def tx(self) -> np.ndarray:
        return self.tx_days / 7.0

    @property
    def T(self) -> np.ndarray:  # noqa: N802 - the papers' name
        return self.T_days / 7.0

    def __len__(self) -> int:
        return len(self.ids)


def day_number(day: date) -> int:
    return (day - EPOCH).days


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    """The UTC instant a local day begins (a midnight lost to a DST gap begins at its first real moment)."""
    naive = datetime.combine(day, time())
    moment = naive.replace(tzinfo=zone).astimezone(UTC)
    return (
        moment
        if moment.astimezone(zone).date() == day
        else naive.replace(tzinfo=zone, fold=1).astimezone(UTC)
    )


def offsets(zone: ZoneInfo, start: datetime, end: datetime) -> list[tuple[datetime, int]]:
    """The zone's UTC offset in seconds from `start`, and each change up to `end`: [(from, offset)]."""

    def offset(at: datetime) -> int:
        delta = at.astimezone(zone).utcoffset()
        return int(delta.total_seconds()) if delta is not None else 0

    spans = [(start, offset(start))]
    at = start
    while at < end:
        step = min(at + timedelta(days=1), end)
        if offset(step) != spans[-1][1]:
            low, high = at, step  # the change lies in (low, high]: halve down to the second
            while high - low > timedelta(seconds=1):
                mid = low + (high - low) / 2
                low, high = (mid, high) if offset(mid) == spans[-1][1] else (low, mid)
            spans.append((high.replace(microsecond=0), offset(step)))
        at = step
    return spans


Column = ColumnElement[Any] | InstrumentedAttribute[Any]  # a column or an expression over one


def _epoch(column: Column, dialect: str) -> ColumnElement[int]:
    if dialect == "sqlite":
        if sqlite3.sqlite_version_info >= (3, 38):
            return func.unixepoch(column)
        return cast(func.strftime("%s", column), BigInteger)
    return cast(func.floor(func.extract("epoch", column)), BigInteger)


def _offset(column: Column, spans: list[tuple[datetime, int]]) -> ColumnElement[int]:
    """The offset in force at `column`'s instant: a balanced tree of CASEs, log2(changes) deep."""
    if len(spans) == 1:
        return literal(spans[0][1], BigInteger)
    middle = len(spans) // 2
    return case(
        (column < literal(spans[middle][0], Visit.at.type), _offset(column, spans[:middle])),
        else_=_offset(column, spans[middle:]),
    )


def local_day(column: Column, spans: list[tuple[datetime, int]], dialect: str) -> ColumnElement[int]:
    """Days since 1970-01-01 of the shop's local date at `column`'s instant."""
    return (_epoch(column, dialect) + _offset(column, spans)) // DAY


def summarise(db: Database, as_of: date, zone_name: str, holdout_until: date | None = None) -> Summary:
    zone = ZoneInfo(zone_name)
    calibration_end = local_midnight(as_of + timedelta(days=1), zone)
    end = local_midnight(holdout_until + timedelta(days=1), zone) if holdout_until else calibration_end
    with db.rows() as conn:
        # one min() or max() per SELECT, so SQLite reads each from the end of the index
        bounds: tuple[datetime | None, datetime | None] = tuple(  # type: ignore[assignment]
            conn.execute(
                select(
                    select(func.min(Visit.at)).scalar_subquery(), select(func.max(Visit.at)).scalar_subquery()
                )
            ).one()
        )
        first, last = bounds
        if first is None or last is None:
            return _empty(as_of, holdout_until)
        first, last = as_utc(first), as_utc(last)
        spans = offsets(zone, first - timedelta(days=1), last + timedelta(days=1))
        dialect = conn.dialect.name
        rows = conn.execute(_statement(spans, dialect, calibration_end, holdout_until is not None, end)).all()
        if not rows:
            return _empty(as_of, holdout_until)
        # a null becomes NaN; integers this size stay exact (tuples: numpy probes a Row for keys)
        values = np.array([tuple(row) for row in rows], dtype=float)
        values = values[np.argsort(values[:, 0], kind="stable")]
        has_first_spend = (~np.isnan(values[:, 7])).astype(np.int64)
        table = np.nan_to_num(values).astype(np.int64)
        ids, first_day, last_day, days, spend_sum, visits, with_amount, first_spend = table[:, :8].T
        # Days with an amount: all of them when every visit had one, none when none did; counted
        # again only for the few customers with both kinds (one day-count pass less for everyone)
        spend_days = np.where(with_amount == visits, days, 0)
        mixed = (with_amount > 0) & (with_amount < visits)
        if mixed.any():
            counted = _spend_days(conn, ids[mixed].tolist(), spans, dialect, calibration_end)
            spend_days[mixed] = [counted[cid] for cid in ids[mixed].tolist()]
    spend_x = spend_days - has_first_spend
    repeat_spend = spend_sum - first_spend
    mean = np.divide(repeat_spend, spend_x, out=np.zeros(len(ids)), where=spend_x > 0)
    return Summary(
        as_of,
        ids,
        days - 1,
        last_day - first_day,
        day_number(as_of) - first_day,
        spend_x,
        mean,
        table[:, 8] if holdout_until else None,
    )


def _spend_days(conn, ids: list[int], spans, dialect: str, calibration_end: datetime) -> dict[int, int]:  # type: ignore[no-untyped-def]
    day = local_day(Visit.at, spans, dialect)
    found: dict[int, int] = {}
    for start in range(0, len(ids), 500):
        stmt = (
            select(Visit.customer_id, func.count(distinct(day)))
            .where(
                Visit.customer_id.in_(ids[start : start + 500]),
                Visit.voided.is_(False),
                Visit.amount_cents.is_not(None),
                Visit.at < literal(calibration_end, Visit.at.type),
            )
            .group_by(Visit.customer_id)
        )
        found.update(dict(conn.execute(stmt).all()))
    return found


def _statement(spans, dialect: str, calibration_end: datetime, holdout: bool, end: datetime):  # type: ignore[no-untyped-def]
    at = Visit.at
    day = local_day(at, spans, dialect)
    in_calibration = at < literal(calibration_end, at.type)

    def calibration(value: Column) -> ColumnElement[Any]:
        # without a holdout every visit read is in the calibration period: no test per row
        return case((in_calibration, value)) if holdout else typed(ColumnElement[Any], value)

    columns: list[Any] = [
        Visit.customer_id.label("id"),
        func.min(at).label("first_at"),
        func.max(calibration(at)).label("last_at"),
        func.count(distinct(calibration(day))).label("days"),
        func.coalesce(func.sum(calibration(Visit.amount_cents)), 0).label("spend"),
        (func.count(calibration(Visit.id)) if holdout else func.count()).label("visits"),
        func.count(calibration(Visit.amount_cents)).label("with_amount"),
    ]
    if holdout:
        columns.append(func.count(distinct(case((~in_calibration, day)))).label("holdout"))
    per_customer = (
        select(*columns)
        .where(Visit.voided.is_(False), at < literal(end, at.type))
        .group_by(Visit.customer_id)
        .having(func.min(at) < literal(calibration_end, at.type))
        .subquery()
    )
    first_at = per_customer.c.first_at
    # The first day's own spend, which the spend model leaves out (null: no amount that day): that
    # customer's visits from the first one until two days on (a local day lasts at most 25 hours)
    # that fall on the same local day. A few index steps per customer.
    same = aliased(Visit)
    two_days_on = (
        func.datetime(first_at, "+2 days")
        if dialect == "sqlite"
        else first_at + literal(timedelta(days=2), Interval())
    )
    first_day_spend = (
        select(func.sum(same.amount_cents))
        .where(
            same.customer_id == per_customer.c.id,
            same.voided.is_(False),
            same.at >= first_at,
            same.at < two_days_on,
            local_day(same.at, spans, dialect) == local_day(first_at, spans, dialect),
        )
        .scalar_subquery()
    )
    return select(
        per_customer.c.id,
        local_day(first_at, spans, dialect),
        local_day(per_customer.c.last_at, spans, dialect),
        per_customer.c.days,
        per_customer.c.spend,
        per_customer.c.visits,
        per_customer.c.with_amount,
        first_day_spend,
        *([per_customer.c.holdout] if holdout else []),
    )


def _empty(as_of: date, holdout_until: date | None) -> Summary:
    none = np.zeros(0, dtype=np.int64)
    return Summary(as_of, none, none, none, none, none, np.zeros(0), none if holdout_until else None)
