"""UTC times to the shop's wall-clock time, fast enough for a day's thousands of visits.

`datetime.astimezone(ZoneInfo)` costs about a microsecond a call; a day's export makes thousands. Within a
span the UTC offset only changes at a few known instants, so we find those once and add a timedelta per row.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

STEP = timedelta(hours=1)  # offsets are sampled hourly; no zone changes twice within an hour


class WallClock:
    """Naive local times for UTC times between `start` and `end` (both aware)."""

    def __init__(self, zone: str, start: datetime, end: datetime) -> None:
        self.tz = ZoneInfo(zone)
        first = start.astimezone(UTC).replace(tzinfo=None)
        last = end.astimezone(UTC).replace(tzinfo=None)
        self.changes = [first]  # UTC instants (naive) from which offsets[i] holds
        self.offsets = [self._offset(first)]
        at = first
        while at < last:
            step = min(at + STEP, last)
            if self._offset(step) != self.offsets[-1]:
                change = self._find_change(at, step)
                self.changes.append(change)
                self.offsets.append(self._offset(change))
            at = step

    def _offset(self, utc_naive: datetime) -> timedelta:
        return self.tz.utcoffset(utc_naive.replace(tzinfo=UTC).astimezone(self.tz)) or timedelta()

    def _find_change(self, before: datetime, after: datetime) -> datetime:
        """The first second at which the offset differs from the one at `before`."""
        old = self._offset(before)
        while after - before > timedelta(seconds=1):
            middle = before + (after - before) / 2
            middle = middle.replace(microsecond=0)
            if middle <= before:
                middle = before + timedelta(seconds=1)
            if self._offset(middle) == old:
                before = middle
            else:
                after = middle
        return after

    def local(self, value: datetime | str) -> datetime:
        """SQLite's naive UTC text or PostgreSQL's aware value, as the shop's naive wall-clock time."""
        # Not as_utc(): this runs once per exported row, and its aware round trip triples the cost.
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        if len(self.offsets) == 1 or value < self.changes[0]:
            return value + self.offsets[0]
        return value + self.offsets[bisect_right(self.changes, value) - 1]
