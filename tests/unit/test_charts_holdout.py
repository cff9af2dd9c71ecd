"""The holdout chart: a model calibrated weeks back, its expected visits per week beside the actual ones,
the same numbers as the lifetime-value report gives for that holdout, and a plain sentence when the
shop is too new."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.models import Visit
from app.models.base import as_utc
from app.services.charts_holdout import HOLDOUT_WEEKS, holdout_bounds, holdout_chart
from app.services.customers import CustomerInput
from app.shop import Shop
from tests.clv_shop import build_shop

ZONE = "Europe/London"


def test_each_weeks_numbers_are_the_models_and_the_shops(any_services) -> None:
    services = any_services
    build_shop(services)
    today = datetime.now(ZoneInfo(ZONE)).date()
    as_of, end = holdout_bounds(today)
    chart = holdout_chart(services.db, today, ZONE)
    actual, expected = chart.series
    assert chart.kind == "holdout" and not chart.empty and len(chart.categories) == HOLDOUT_WEEKS
    assert end - as_of == timedelta(weeks=HOLDOUT_WEEKS) and end == today - timedelta(days=1)

    # The lifetime-value report over the same holdout, week by week (its own path: summary, fit, totals)
    value = Shop(services).value
    cumulative = [0.0] + [
        value.report(as_of=as_of, holdout_until=as_of + timedelta(weeks=k)).holdout.predicted
        for k in range(1, HOLDOUT_WEEKS + 1)
    ]
    weekly = [later - earlier for earlier, later in itertools.pairwise(cumulative)]
    assert expected.values == pytest.approx(weekly, rel=1e-9)
    whole = value.report(as_of=as_of, holdout_until=end).holdout
    assert sum(actual.values) == whole.actual > 0
    assert chart.extra["expected"] == pytest.approx(whole.predicted)

    # Actual visits counted by hand: each customer seen by the calibration day, one a day, per week
    with services.db.read() as session:
        visits = [(v.customer_id, v.at) for v in session.query(Visit).filter(Visit.voided.is_(False))]
    zone = ZoneInfo(ZONE)
    days = {(cid, as_utc(at).astimezone(zone).date()) for cid, at in visits}
    first_day: dict[int, object] = {}
    for cid, day in sorted(days):
        first_day.setdefault(cid, day)
    by_hand = [0] * HOLDOUT_WEEKS
    for cid, day in days:
        if first_day[cid] <= as_of < day <= end:
            by_hand[((day - as_of).days - 1) // 7] += 1
    assert list(actual.values) == by_hand

    # The table a screen reader reads carries the same numbers
    table = chart.table()
    assert table[0] == ("", "Actual", "Expected")
    assert [row[1] for row in table[1:]] == [f"{int(v):,}" for v in actual.values]
    assert [row[2] for row in table[1:]] == [f"{v:,.1f}" for v in expected.values]
    assert f"predicted {whole.predicted:,.0f} repeat visits" in chart.note


def test_the_fit_is_kept_for_its_day_and_not_taken_for_the_shops_current_one(services) -> None:
    build_shop(services)
    shop = Shop(services)
    now_fit = shop.value.report().fit
    today = datetime.now(ZoneInfo(ZONE)).date()
    first = holdout_chart(services.db, today, ZONE)
    again = holdout_chart(services.db, today, ZONE)
    assert again.series == first.series
    assert shop.value.cached_fit().as_of == now_fit.as_of == today  # the current fit stays the current one


def test_a_new_shop_is_told_there_is_not_enough_history(services) -> None:
    services.settings.set("timezone", ZONE)
    now = datetime.now(UTC)
    for n in range(40):  # plenty of customers, but all of them new this month
        cid = services.customers.add(CustomerInput(name=f"New {n}"))
        services.visits.record(cid, amount_cents=400, at=now - timedelta(days=n % 20, hours=1))
    chart = holdout_chart(services.db, datetime.now(ZoneInfo(ZONE)).date(), ZONE)
    assert chart.empty and chart.note.startswith("Not enough history yet")
    assert "at least 30 customers seen before the holdout" in chart.note
