"""All the owner's charts at once, and the copy kept in the database so the Insights page opens at once.

Counting two million visits takes seconds, so the last set is kept in the database (aggregates only, no
personal data), where every till finds it, with a stamp of the data it was made from: the page shows it
immediately and asks for a new one only when the stamp no longer matches (a visit, an answer or a new
day since).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select
from sqlalchemy.exc import DBAPIError

from app.db.engine import Database
from app.errors import AppError
from app.messages import Joined, Message, Money, Month
from app.models import AuditEvent, Feedback, KeptCharts, Visit
from app.services import charts_queries as q
from app.services.charts_data import Chart, Series

log = logging.getLogger(__name__)
# The shape of a kept set (3: the holdout chart; 4: messages kept with their template, count and
# parameters). A set kept in another shape is counted again rather than misread.
CACHE_VERSION = 4
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ChartSet:
    charts: tuple[Chart, ...]
    as_of: date  # the shop's local day the figures run to
    made_at: datetime  # UTC
    seconds: float  # how long counting took
    stamp: tuple[str, ...]  # what the data looked like: see `data_stamp`

    def get(self, kind: str) -> Chart | None:
        return next((c for c in self.charts if c.kind == kind), None)


def data_stamp(db: Database, today: date, zone: str = "") -> tuple[str, ...]:
    """Cheap to read (three look-ups of a largest key): changes when a visit or an answer is added, when
    anything audited happens (a void, an import, an erasure), or when the day or the zone changes."""
    with db.rows() as conn:
        marks = [conn.execute(select(func.max(t.id))).scalar() for t in (Visit, Feedback, AuditEvent)]
    return (today.isoformat(), zone, *(str(mark or 0) for mark in marks))


def build(
    db: Database, now: datetime, zone: str, floor_days: int, progress: Progress | None = None
) -> ChartSet:
    """Every chart as of `now`, in the shop's zone; progress(done, total) after each."""
    # numpy and scipy load before the clock starts: `seconds` decides whether the page counts again by
    # itself, and a small shop's first count must not look slow for the loading of a library
    from app.services import charts_holdout, charts_segments  # noqa: F401
    from app.services.charts_visits import VisitTimes
    from app.services.clv_math import paused_gc

    started = time.perf_counter()
    today = now.astimezone(ZoneInfo(zone)).date()
    stamp = data_stamp(db, today, zone)
    times: list[VisitTimes] = []  # the year's visits, read for retention and counted again for rhythm

    def retention() -> Chart:
        times.append(q.visit_times(db, today, zone))
        return q.retention(db, today, zone, times=times[0])

    steps: list[Callable[[], Chart]] = [
        lambda: q.visits_per_week(db, today, zone),
        retention,
        lambda: q.rhythm(db, today, zone, times=times[0]),
        lambda: q.nps_over_time(db, today, zone),
        lambda: q.segment_sizes(db, now, zone, floor_days),
        lambda: charts_holdout.holdout_chart(db, today, zone),
    ]
    charts = []
    with paused_gc():  # rows of a hundred thousand customers become tuples: see paused_gc
        for done, step in enumerate(steps, 1):
            charts.append(step())
            if progress is not None:
                progress(done, len(steps))
    return ChartSet(tuple(charts), today, now, time.perf_counter() - started, stamp)


# -- the copy every till shares --------------------------------------------------------------------------
def save(db: Database, charts: ChartSet) -> None:
    """Keep `charts` as the newest set, for every till. Best effort: a set that cannot be kept (the database
    busy for longer than its timeout) only means the next page opens slower."""
    try:
        with db.write() as session:
            row = KeptCharts(
                version=CACHE_VERSION,
                as_of=charts.as_of,
                made_at=charts.made_at,
                seconds=charts.seconds,
                stamp=json.dumps(list(charts.stamp)),
                charts=json.dumps([_kept(_raw(c)) for c in charts.charts]),
            )
            session.add(row)
            session.flush()
            session.execute(delete(KeptCharts).where(KeptCharts.id < row.id))
    except (DBAPIError, AppError) as exc:
        log.warning("charts not kept: %s", type(exc).__name__)


def newest(db: Database) -> int | None:
    """The id of the newest set kept (a look-up of the largest key), to tell whether another till
    counted since."""
    with db.rows() as conn:
        return conn.execute(select(func.max(KeptCharts.id))).scalar()


def load(db: Database) -> ChartSet | None:
    """The newest set kept by any till, or None (none yet, or kept in a shape this version cannot read)."""
    stmt = select(KeptCharts).order_by(KeptCharts.id.desc()).limit(1)
    with db.read() as session:
        row = session.scalars(stmt).first()
        if row is None or row.version != CACHE_VERSION:
            return None
        try:
            return ChartSet(
                tuple(_chart(c) for c in json.loads(row.charts, object_hook=_message)),
                row.as_of,
                row.made_at,
                float(row.seconds),
                tuple(str(part) for part in json.loads(row.stamp)),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            log.warning("kept charts ignored: %s", type(exc).__name__)
            return None


def _raw(chart: Chart) -> dict:  # type: ignore[type-arg]
    return asdict(chart) | {"as_of": chart.as_of.isoformat() if chart.as_of else None}


def _chart(raw: dict) -> Chart:  # type: ignore[type-arg]
    series = tuple(Series(**{**s, "values": tuple(s["values"])}) for s in raw["series"])
    return Chart(
        **{
            **raw,
            "categories": tuple(raw["categories"]),
            "short_categories": tuple(raw.get("short_categories", ())),
            "y_range": tuple(raw["y_range"]) if raw.get("y_range") else None,
            "series": series,
            "as_of": date.fromisoformat(raw["as_of"]) if raw["as_of"] else None,
        }
    )


# -- messages in JSON: a title or a note keeps its template, so every till words it in its own language ----
def _kept(value: Any) -> Any:
    """`value` as JSON data, each message (a str to json) as {"$msg": ...} with its parameters."""
    if isinstance(value, Message):
        return {
            "$msg": value.source,
            "disambiguation": value.disambiguation,
            "n": value.n,
            "params": {key: _kept(v) for key, v in value.params.items()},
        }
    if isinstance(value, dict):
        return {key: _kept(v) for key, v in value.items()}
    if isinstance(value, list | tuple):
        return [_kept(v) for v in value]
    if isinstance(value, Joined):
        return {"$joined": [_kept(p) for p in value.parts], "separator": value.separator}
    if isinstance(value, Money):
        return {"$money": value.cents, "currency": value.currency}
    if isinstance(value, Month):
        return {"$month": value.first.isoformat()}
    if isinstance(value, datetime):  # before date: a datetime is a date too
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    return value


def _message(raw: dict[str, Any]) -> Any:
    """json's object_hook: the inverse of `_kept` (inner values first, so parameters arrive decoded)."""
    if "$msg" in raw:
        return Message(raw["$msg"], raw["disambiguation"], raw["n"], raw["params"])
    if "$joined" in raw:
        return Joined(tuple(raw["$joined"]), raw["separator"])
    if "$money" in raw:
        return Money(raw["$money"], raw["currency"])
    if "$month" in raw:
        return Month(date.fromisoformat(raw["$month"]))
    if "$datetime" in raw:
        return datetime.fromisoformat(raw["$datetime"])
    if "$date" in raw:
        return date.fromisoformat(raw["$date"])
    return raw
