"""All the owner's charts at once, and the copy kept on disk so the Insights page opens at once.

Counting two million visits takes seconds, so the last set is kept in the data folder (aggregates only,
no personal data) with a stamp of the data it was made from: the page shows it immediately and asks
for a new one only when the stamp no longer matches (a visit, an answer or a new day since).
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from app.db.engine import Database
from app.errors import AppError
from app.files import atomic_write
from app.models import AuditEvent, Feedback, Visit
from app.services import charts_queries as q
from app.services.charts_data import Chart, Series

log = logging.getLogger(__name__)
CACHE_NAME = "insights-charts.json"
CACHE_VERSION = 3  # 3: the holdout chart
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

    started = time.perf_counter()
    today = now.astimezone(ZoneInfo(zone)).date()
    stamp = data_stamp(db, today, zone)
    steps: list[Callable[[], Chart]] = [
        lambda: q.visits_per_week(db, today, zone),
        lambda: q.retention(db, today, zone),
        lambda: q.rhythm(db, today, zone),
        lambda: q.nps_over_time(db, today, zone),
        lambda: q.segment_sizes(db, now, zone, floor_days),
        lambda: charts_holdout.holdout_chart(db, today, zone),
    ]
    charts = []
    for done, step in enumerate(steps, 1):
        charts.append(step())
        if progress is not None:
            progress(done, len(steps))
    return ChartSet(tuple(charts), today, now, time.perf_counter() - started, stamp)


# -- the copy on disk ------------------------------------------------------------------------------------
def cache_key(url: str) -> str:
    """Which database the kept figures are from, without keeping its address (a server URL may hold a
    password) in the file."""
    return hashlib.sha256(url.encode()).hexdigest()[:24]


def save(folder: Path, key: str, charts: ChartSet) -> None:
    """Best effort: a cache that cannot be written only means the next page opens slower."""
    payload = {
        "version": CACHE_VERSION,
        "key": key,
        "as_of": charts.as_of.isoformat(),
        "made_at": charts.made_at.isoformat(),
        "seconds": charts.seconds,
        "stamp": list(charts.stamp),
        "charts": [asdict(c) | {"as_of": c.as_of.isoformat() if c.as_of else None} for c in charts.charts],
    }
    try:
        with atomic_write(folder / CACHE_NAME, private=True, encoding="utf-8") as handle:
            json.dump(payload, handle)
    except (OSError, AppError) as exc:  # a full disk must not lose the charts just made
        log.warning("charts cache not written: %s", type(exc).__name__)


def load(folder: Path, key: str) -> ChartSet | None:
    """The kept set for this database, or None (none yet, another database's, or unreadable)."""
    try:
        payload = json.loads((folder / CACHE_NAME).read_text(encoding="utf-8"))
        if payload.get("version") != CACHE_VERSION or payload.get("key") != key:
            return None
        return ChartSet(
            tuple(_chart(c) for c in payload["charts"]),
            date.fromisoformat(payload["as_of"]),
            datetime.fromisoformat(payload["made_at"]),
            float(payload["seconds"]),
            tuple(payload["stamp"]),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("charts cache ignored: %s", type(exc).__name__)
        return None


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
