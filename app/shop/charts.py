"""The owner's charts: visits per week, retention by cohort, rhythm, NPS over time, segment sizes.

`kept()` answers at once from the last set any till made (the page opens on it); `refresh()` counts again,
off the GUI thread, and keeps the result in the database. Reports ask for charts as of a given day and
are never kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from app.application import Services
from app.errors import UserError
from app.files import check_output_path
from app.messages import Month, msg
from app.services import charts_queries, charts_set
from app.services.charts_data import Chart, local_midnight, month_start
from app.services.charts_set import ChartSet
from app.shop.base import guarded

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Kept:
    """The last set made, if any, and whether the data has moved on since."""

    charts: ChartSet | None
    current: bool  # nothing added since it was counted
    same_day: bool  # counted today (the shop's day)


@dataclass(frozen=True)
class MonthlyReport:
    out: Path
    month: date  # its first day
    as_of: date  # the last day counted
    charts: ChartSet


class Charts:
    def __init__(self, services: Services) -> None:
        self._s = services
        self._kept: ChartSet | None = None
        self._kept_mark: int | None = None  # the id of the kept row `_kept` was read from

    def _zone(self) -> str:
        return self._s.settings.timezone_name()

    @guarded
    def kept(self) -> Kept:
        """The charts made last, by this till or another, fast at any size of shop."""
        mark = charts_set.newest(self._s.db)
        if mark is None:
            self._kept = None
        elif mark != self._kept_mark:  # read again only when some till kept a newer set
            self._kept = charts_set.load(self._s.db)
        self._kept_mark = mark
        if self._kept is None:
            return Kept(None, False, False)
        zone = self._zone()
        stamp = charts_set.data_stamp(self._s.db, datetime.now(ZoneInfo(zone)).date(), zone)
        return Kept(self._kept, self._kept.stamp == stamp, self._kept.stamp[0] == stamp[0])

    @guarded
    def refresh(self, progress: Progress | None = None, now: datetime | None = None) -> ChartSet:
        """Count everything again (seconds at two million visits) and keep the result for every till."""
        floor = int(self._s.settings.get("lapsed_floor_days"))
        made = charts_set.build(self._s.db, now or datetime.now(UTC), self._zone(), floor, progress)
        if now is None:  # a set as of another moment is not the one to open the page on
            charts_set.save(self._s.db, made)
            self._kept, self._kept_mark = made, charts_set.newest(self._s.db)
        return made

    @guarded
    def as_of(self, day: date, progress: Progress | None = None) -> ChartSet:
        """Every chart as it stood at the end of a local day (a report for a month past)."""
        zone = self._zone()
        end = min(local_midnight(day + timedelta(days=1), zone), datetime.now(UTC))
        floor = int(self._s.settings.get("lapsed_floor_days"))
        return charts_set.build(self._s.db, end - timedelta(microseconds=1), zone, floor, progress)

    @guarded
    def visits_per_week(self, day: date | None = None, weeks: int = 13) -> Chart:
        if not 1 <= weeks <= 104:
            raise UserError(msg.tr("Show between 1 and 104 weeks."))
        zone = self._zone()
        return charts_queries.visits_per_week(
            self._s.db, day or datetime.now(ZoneInfo(zone)).date(), zone, weeks
        )

    @guarded
    def monthly_report(self, month: date, out: str | Path, progress: Progress | None = None) -> MonthlyReport:
        """The owner's PDF for a month (any day in it): every chart as of its last day, or today while it
        runs. A month not begun yet is refused; the file appears only when complete."""
        zone = self._zone()
        today = datetime.now(ZoneInfo(zone)).date()
        first = month.replace(day=1)
        if first > today:
            raise UserError(msg.tr("{first} has not begun yet.").format(first=Month(first)))
        target = check_output_path(out, self._s.paths.root, self._s.url)
        last = min(month_start(first, -1) - timedelta(days=1), today)
        charts = self.as_of(last, progress)
        from app.printing.monthly_report import render_monthly_report
        from app.services import surprise

        end = min(local_midnight(last + timedelta(days=1), zone), datetime.now(UTC))
        surprises = surprise.tally(self._s.db, local_midnight(first, zone), end)
        try:
            from app.services.locales import for_pdf

            locale = for_pdf(str(self._s.settings.get("region")), self._s.paths.root)
            name = str(self._s.settings.get("shop_name"))
            render_monthly_report(target, charts, name, first, surprises, locale)
        except OSError as exc:
            raise UserError(
                msg.tr("Could not write {name}: {strerror}.").format(name=target.name, strerror=exc.strerror)
            ) from exc
        return MonthlyReport(target, first, last, charts)
