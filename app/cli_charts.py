"""`regulars report monthly --month YYYY-MM --out FILE.pdf`: the owner's monthly report of charts."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from app.catalogue import cli
from app.cli_output import Output
from app.cli_parser import BadArgument
from app.messages import msg
from app.services import locales

if TYPE_CHECKING:
    from app.shop.composed import Shop


def month(text: str) -> date:
    """YYYY-MM, kept as the month's first day."""
    try:
        year, number = (int(part) for part in text.split("-"))
        return date(year, number, 1)
    except ValueError:
        raise BadArgument(
            msg.tr("“{value}” is not a month; use YYYY-MM, e.g. 2026-10.").format(value=text[:40])
        ) from None


def add_arguments(report: argparse.ArgumentParser) -> None:
    """The monthly report's options on `regulars report`."""
    report.add_argument(
        "--month", type=month, help=cli.tr("monthly: the month, YYYY-MM (this month if left out)")
    )
    report.add_argument("--out", help=cli.tr("monthly: the PDF to write"))


def monthly(shop: Shop, a: argparse.Namespace) -> Output:
    if not a.out:
        raise BadArgument(msg.tr("Say where to write the report: --out FILE.pdf."))
    # This month in the shop's zone (its setting, else the computer's), not the computer's clock alone.
    chosen = a.month or datetime.now(ZoneInfo(shop.timezone_name())).date().replace(day=1)
    made = shop.charts.monthly_report(chosen, a.out)
    weeks = made.charts.get("visits_per_week")
    locale = locales.from_environment()
    visits = int(sum(v or 0 for v in weeks.series[0].values)) if weeks else 0
    return Output(
        {
            "out": str(made.out),
            "month": f"{made.month:%Y-%m}",
            "as_of": made.as_of.isoformat(),
            "charts": [
                {"kind": c.kind, "title": c.title, "table": [list(row) for row in c.table()]}
                for c in made.charts.charts
            ],
        },
        cli.tr("Wrote the report for {month} (figures to {day}) to {out}.").format(
            month=locales.month(made.month, locale), day=locales.short_day(made.as_of, locale), out=made.out
        )
        + (
            " "
            + cli.tr("{visits} visit(s) in the last 13 weeks.", "", visits).format(
                visits=locales.number(visits, locale)
            )
            if weeks
            else ""
        ),
    )
