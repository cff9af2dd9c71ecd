"""The year behind the owner's regulars page, kept for a minute so that reopening it is not a new count.

At 100,000 customers and 2,000,000 visits a year the page groups every visit and every item on them: seconds
of the server's time and of this process's, and beside eight tills on two cores the counter queued behind
it each time. What is kept is used again while it is under a minute old, nothing was written through this
shop since (its own changes show at once), and the number of live customers is the same (someone erased or
archived at another till leaves the page at once). Visits saved at other tills show within the minute.
A page asked for as of a given moment (a report, a test) is always counted afresh.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import text

from app.db.engine import Database
from app.services import insights, owner_views
from app.services.insights import RegularStats

KEEP_S = 60.0
YEAR = timedelta(days=365)
LIVE = text("SELECT count(*), max(id) FROM customers WHERE erased_at IS NULL AND archived_at IS NULL")


@dataclass(frozen=True)
class _Kept:
    key: tuple[object, ...]
    stats: list[RegularStats]
    usual: dict[int, tuple[str, ...]]
    made: float


class KeptYear:
    def __init__(self, db: Database, clock: Callable[[], float] = time.monotonic) -> None:
        self._db, self._clock = db, clock
        self._kept: _Kept | None = None

    def get(
        self, now: datetime, zone: str, floor_days: int, fresh: bool
    ) -> tuple[list[RegularStats], dict[int, tuple[str, ...]]]:
        """Each regular's figures for the year up to `now` and everyone's usual; `fresh`: count afresh."""
        with self._db.lookup() as conn:
            live = tuple(conn.execute(LIVE).one())
        key = (zone, floor_days, now.astimezone(ZoneInfo(zone)).date(), live, self._db.writes)
        kept = self._kept
        if not fresh and kept is not None and kept.key == key and self._clock() - kept.made < KEEP_S:
            return kept.stats, kept.usual
        stats = insights.regular_stats(self._db, now, zone=zone, floor_days=floor_days)
        with self._db.report() as conn:
            usual = owner_views.usuals_since(conn, now - YEAR)
        self._kept = None if fresh else _Kept(key, stats, usual, self._clock())
        return stats, usual
