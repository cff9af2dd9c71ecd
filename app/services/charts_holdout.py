"""Expected against actual visits on a holdout: how well the lifetime-value model predicts this shop.

The plot the BG/NBD paper shows (Fader, Hardie & Lee 2005, fig. 3): a model calibrated on every visit
up to a day some weeks back, its expected repeat transactions for each week after that day, summed over
the customers seen by then, beside the transaction days those customers actually had. The holdout is
the last `weeks` whole weeks before today (today itself is not over yet).
"""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from app.db.engine import Database
from app.messages import Message, msg
from app.models import Visit
from app.services import clv_bgnbd, clv_store, clv_value
from app.services.charts_data import LINE, Chart, Series, week_label
from app.services.clv_math import one_blas_thread
from app.services.clv_summary import Summary, day_number, local_day, local_midnight, offsets, summarise

HOLDOUT_WEEKS = 13
MIN_CUSTOMERS = 30  # fewer customers seen before the holdout: too few for a fit worth drawing
MIN_REPEATERS = 10  # and some of them must have come back, or there is no rate to learn
KIND, TITLE = "holdout", msg.tr("Expected vs actual visits")


def holdout_bounds(today: date, weeks: int = HOLDOUT_WEEKS) -> tuple[date, date]:
    """(the calibration's last day, the holdout's last day): whole days, yesterday the last."""
    end = today - timedelta(days=1)
    return end - timedelta(weeks=weeks), end


def holdout_chart(db: Database, today: date, zone: str, weeks: int = HOLDOUT_WEEKS) -> Chart:
    """Each holdout week's expected repeat visits (from a fit kept in the database for its calibration
    day) beside the actual ones; an empty chart saying why when the shop has too little history."""
    as_of, end = holdout_bounds(today, weeks)
    starts = [as_of + timedelta(days=1, weeks=k) for k in range(weeks)]
    labels = tuple(week_label(d) for d in starts)
    summary = summarise(db, as_of, zone, holdout_until=end)
    reason = _too_little(summary, weeks)
    fit = None
    if reason is None:
        now = datetime.now(UTC)  # a fit's age is counted from when it was made, whatever day it is for
        fit = clv_store.fresh(db, as_of, now)
        if fit is None:
            try:
                fit = clv_value.fit(summary, now)
            except (ArithmeticError, ValueError):
                reason = msg.tr("the model could not be fitted to the visits before it")
            else:
                clv_store.save(db, fit)
    if fit is None:
        return _not_enough(labels, today, weeks, reason or "")
    expected = weekly_expected(fit.model, summary, weeks)
    actual = weekly_actual(db, as_of, zone, weeks)
    total_expected, total_actual = float(sum(expected)), int(sum(actual))
    return Chart(
        KIND,
        TITLE,
        labels,
        (
            Series(msg.tr("Actual"), tuple(float(v) for v in actual)),
            Series(msg.tr("Expected"), tuple(expected), style=LINE),
        ),
        axis_label=msg.tr("repeat visits"),
        x_label=msg.tr("week starting"),
        note=msg.tr(
            "The model, fitted to the visits of the %n customer(s) seen up to {day}, predicted {expected} "
            "repeat visits in the {weeks} weeks after; they made {actual}. Visits on one day count once; "
            "newer customers are left out.",
            "",
            len(summary),
        ).format(day=as_of, expected=round(total_expected), weeks=weeks, actual=total_actual),
        as_of=today,
        extra={"expected": total_expected, "actual": float(total_actual), "customers": float(len(summary))},
    )


def weekly_expected(model: clv_bgnbd.BgNbd, summary: Summary, weeks: int) -> list[float]:
    """Expected repeat transactions in each week after the calibration, summed over the customers:
    the differences of the conditional expectation (FHL 2005, eq. 10) at 1, 2, … weeks."""
    with one_blas_thread():
        cumulative = [
            float(clv_bgnbd.expected(model, summary.x, summary.tx, summary.T, float(k)).sum())
            for k in range(weeks + 1)
        ]
    return [later - earlier for earlier, later in itertools.pairwise(cumulative)]


def weekly_actual(db: Database, as_of: date, zone_name: str, weeks: int) -> list[int]:
    """Transaction days (a customer's visits on one local day count once) in each holdout week, of the
    customers with a visit on or before `as_of`. Grouped by customer and day in the database, led by the
    list of those customers (measured at 2,000,000 visits: 1.0 s of CPU; a DISTINCT over the holdout's
    visits took 6.8 s, and testing each visit for an earlier one 8 s)."""
    zone = ZoneInfo(zone_name)
    start = local_midnight(as_of + timedelta(days=1), zone)
    stop = local_midnight(as_of + timedelta(days=1, weeks=weeks), zone)
    spans = offsets(zone, start - timedelta(days=1), stop + timedelta(days=1))
    day = local_day(Visit.at, spans, db.dialect)
    earlier = aliased(Visit)
    seen_before = select(earlier.customer_id).where(earlier.at < start, earlier.voided.is_(False))
    days = (
        select(day.label("day"))
        .where(
            Visit.voided.is_(False), Visit.at >= start, Visit.at < stop, Visit.customer_id.in_(seen_before)
        )
        .group_by(Visit.customer_id, day)
        .subquery()
    )
    week = (days.c.day - (day_number(as_of) + 1)) // 7
    with db.rows() as conn:
        found = {int(k): int(n) for k, n in conn.execute(select(week, func.count()).group_by(week))}
    return [found.get(k, 0) for k in range(weeks)]


def _too_little(summary: Summary, weeks: int) -> Message | None:
    if len(summary) < MIN_CUSTOMERS:
        return msg.tr("it needs at least {n} customers seen before the holdout").format(n=MIN_CUSTOMERS)
    if int(summary.T_days.max()) < 7 * weeks:
        return msg.tr("it needs visits from at least {weeks} weeks before the holdout").format(weeks=weeks)
    if int(np.count_nonzero(summary.x)) < MIN_REPEATERS:
        return msg.tr("it needs at least {n} customers who came back before the holdout").format(
            n=MIN_REPEATERS
        )
    return None


def _not_enough(labels: tuple[str, ...], today: date, weeks: int, reason: Message | str) -> Chart:
    empty = tuple(None for _ in labels)
    return Chart(
        KIND,
        TITLE,
        labels,
        (Series(msg.tr("Actual"), empty), Series(msg.tr("Expected"), empty, style=LINE)),
        axis_label=msg.tr("repeat visits"),
        x_label=msg.tr("week starting"),
        note=msg.tr(
            "Not enough history yet: the model is checked on the last {weeks} weeks, and {reason}."
        ).format(weeks=weeks, reason=reason),
        as_of=today,
    )
