"""The fast wall clock agrees with zoneinfo on every minute around daylight-saving changes."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.services.export import local_bounds
from app.services.wallclock import WallClock


@pytest.mark.parametrize(
    ("zone", "first", "last"),
    [
        ("Europe/London", date(2026, 3, 29), date(2026, 3, 29)),  # clocks go forward at 01:00 UTC
        ("Europe/London", date(2026, 10, 25), date(2026, 10, 25)),  # and back: 01:00-02:00 happens twice
        ("America/New_York", date(2026, 3, 1), date(2026, 3, 31)),  # a month with a change inside
        ("Australia/Lord_Howe", date(2026, 4, 4), date(2026, 4, 6)),  # a half-hour change
        ("Asia/Kathmandu", date(2026, 6, 1), date(2026, 6, 1)),  # +05:45, no changes
        ("UTC", date(2026, 6, 1), date(2026, 6, 2)),
    ],
)
def test_matches_zoneinfo_minute_by_minute(zone: str, first: date, last: date) -> None:
    start, end = local_bounds(first, last, zone)
    clock, tz = WallClock(zone, start, end), ZoneInfo(zone)
    at = start.astimezone(UTC)
    while at < end:
        expected = at.astimezone(tz).replace(tzinfo=None)
        assert clock.local(at.replace(tzinfo=None).isoformat(" ")) == expected, at  # SQLite's text
        assert clock.local(at) == expected, at  # PostgreSQL's aware value
        at += timedelta(minutes=1 if first == last else 7)


def test_the_repeated_hour_in_autumn_reads_twice() -> None:
    zone = "Europe/London"
    start, end = local_bounds(date(2026, 10, 25), date(2026, 10, 25), zone)
    clock = WallClock(zone, start, end)
    before = clock.local(datetime(2026, 10, 25, 0, 30, tzinfo=UTC))  # 01:30 BST
    after = clock.local(datetime(2026, 10, 25, 1, 30, tzinfo=UTC))  # 01:30 GMT, an hour later
    assert before == after == datetime(2026, 10, 25, 1, 30)
    assert len(clock.changes) == 2
