"""Chart data for the owner: plain numbers with a title and a text alternative, no Qt, no reportlab.

A `Chart` holds categories (the x axis) and one or more series of numbers; `table()` gives the same
numbers as rows of text, which the window shows as "Show as table" and the PDFs print under the chart.
The queries that fill them are in `charts_queries`; the local-time bounds they share are here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.messages import msg

BAR, LINE = "bar", "line"
LEFT, RIGHT = "left", "right"


@dataclass(frozen=True)
class Series:
    """One set of numbers over the chart's categories; None where there is nothing to show yet."""

    name: str
    values: tuple[float | None, ...]
    style: str = BAR  # BAR or LINE
    axis: str = LEFT  # LEFT or RIGHT (a second scale, e.g. the number of answers beside NPS)
    unit: str = ""  # "" for counts, "%" for shares
    total: int | None = None  # how many the series is about (a cohort's size), shown in its table


@dataclass(frozen=True)
class Chart:
    """What one chart shows. `kind` names it for the screens ("visits_per_week", "retention", ...)."""

    kind: str
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    axis_label: str = ""
    axis_label_right: str = ""
    x_label: str = ""
    short_categories: tuple[str, ...] = ()  # for a narrow axis; the table keeps `categories`
    y_range: tuple[float, float] | None = None  # a fixed scale (NPS, percentages)
    note: str = ""  # one line under the chart: what counts, what is left out
    by_series: bool = False  # the table has a row per series (cohorts) instead of a row per category
    as_of: date | None = None
    extra: dict[str, float] = field(default_factory=dict)  # headline numbers (e.g. median rhythm)

    @property
    def empty(self) -> bool:
        return not any(v for s in self.series for v in s.values if v is not None)

    def table(self) -> list[tuple[str, ...]]:
        """The chart's numbers as text, header row first: what a screen reader reads and the PDF prints."""
        if self.by_series:
            with_total = any(s.total is not None for s in self.series)
            header = ("", *((msg.tr("Customers"),) if with_total else ()), *self.categories)
            rows = [
                (
                    s.name,
                    *((_number(s.total, ""),) if with_total else ()),
                    *(_number(v, s.unit) for v in s.values),
                )
                for s in self.series
            ]
            return [header, *rows]
        header = ("", *(s.name for s in self.series))
        rows = [
            (category, *(_number(s.values[i], s.unit) for s in self.series))
            for i, category in enumerate(self.categories)
        ]
        return [header, *rows]

    @property
    def axis_categories(self) -> tuple[str, ...]:
        return self.short_categories or self.categories

    def peak(self, axis: str = LEFT) -> float:
        return max(
            (abs(v) for s in self.series if s.axis == axis for v in s.values if v is not None), default=0.0
        )


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "%":
        return f"{value:.0f}%"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.1f}"


# -- local time ------------------------------------------------------------------------------------------
def local_midnight(day: date, zone: str) -> datetime:
    """The instant (UTC) a local day begins; DST changes are the zone's business."""
    return datetime.combine(day, time(0), ZoneInfo(zone)).astimezone(UTC)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def month_start(day: date, back: int = 0) -> date:
    """The first day of the month `back` months before `day`'s month."""
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def month_label(day: date) -> str:
    return f"{day:%b %Y}"


def week_label(day: date) -> str:
    return f"{day.day} {day:%b}"
