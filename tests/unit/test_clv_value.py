"""The value area of the shop: fits shared through the database, refreshed when a day old or asked for,
CLV over the settings' horizon, and the "high value, slipping away" list."""

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from sqlalchemy import update

from app.application import open_services
from app.errors import UserError
from app.models import ClvFit
from app.services import clv_bgnbd
from app.services.customers import CustomerInput
from app.shop import Shop
from tests.clv_shop import build_shop


def test_a_fit_is_shared_by_every_till_and_reused_until_it_is_a_day_old(services, tmp_path) -> None:
    build_shop(services)
    shop = Shop(services)
    assert shop.value.cached_fit() is None
    steps = []
    first = shop.value.report(progress=lambda done, total: steps.append((done, total)))
    assert steps[0] == (1, 8) and steps[-1] == (8, 8) and len(steps) >= 6
    other_till = open_services(str(tmp_path / "data"))
    try:
        seen = Shop(other_till).value.cached_fit()
        assert seen is not None and seen.model == first.fit.model and seen.as_of == first.fit.as_of
        again = Shop(other_till).value.report()
        assert again.fit.fitted_at == first.fit.fitted_at  # fresh: not fitted again
    finally:
        other_till.close()
    with services.db.write() as session:  # a day passes
        session.execute(update(ClvFit).values(fitted_at=datetime.now(UTC) - timedelta(days=1, minutes=1)))
    assert shop.value.report().fit.fitted_at > first.fit.fitted_at
    forced = shop.value.fit().value
    assert forced.fitted_at > first.fit.fitted_at and shop.value.cached_fit().fitted_at == forced.fitted_at


def test_clv_follows_the_horizon_and_discount_settings(services) -> None:
    build_shop(services)
    shop = Shop(services)
    discounted = {c.id: c for c in shop.value.report().customers}  # 12 months at 1 % a month
    services.settings.set("clv_monthly_discount", 0.0)
    plain = shop.value.report(weeks=52)
    assert (plain.horizon_months, plain.monthly_discount) == (12, 0.0)
    for c in plain.customers:
        # undiscounted, a year's CLV is the year's expected visits (52 weeks) times spend per visit
        assert c.clv_cents == pytest.approx(c.expected_visits * c.expected_spend_cents, rel=1e-3, abs=1)
        assert c.clv_cents >= discounted[c.id].clv_cents
    steady = next(c for c in plain.customers if c.name == "Steady 0")
    assert steady.clv_cents > 1.03 * discounted[steady.id].clv_cents
    services.settings.set("clv_horizon_months", 24)
    longer = {c.id: c for c in shop.value.report(weeks=104).customers}
    assert longer[steady.id].clv_cents > 1.1 * steady.clv_cents
    for c in longer.values():  # two years ahead: 104 weeks of expected visits
        assert c.clv_cents == pytest.approx(c.expected_visits * c.expected_spend_cents, rel=1e-3, abs=1)


def test_high_value_slipping_away_lists_the_big_spenders_who_stopped(services) -> None:
    groups = build_shop(services)
    shop = Shop(services)
    listed = shop.value.slipping_away()
    ids = [row.value.id for row in listed]
    assert set(ids) == set(groups["slipping"])
    assert all(row.value.p_alive < 0.5 for row in listed)
    assert [row.value.clv_cents for row in listed] == sorted(
        (r.value.clv_cents for r in listed), reverse=True
    )
    by_name = {row.value.name: row for row in listed}
    assert by_name["Slipping 0"].contact == "slip0@example.com"  # agreed to e-mail
    assert by_name["Slipping 1"].contact is None  # never agreed: not to be contacted
    assert set(by_name["Slipping 0"].usual) == {"Sourdough loaf", "Flat white"}
    assert by_name["Slipping 0"].value.days_since == 25
    services.settings.set("clv_slipping_p_alive", 0.0)
    assert shop.value.slipping_away() == []


def test_bad_requests_change_nothing(services) -> None:
    shop = Shop(services)
    with pytest.raises(UserError, match="nothing to fit"):
        shop.value.report()
    with pytest.raises(UserError, match="future"):
        shop.value.report(as_of=shop.value.today() + timedelta(days=1))
    assert shop.value.cached_fit() is None


def test_scores_agree_with_the_model_functions(services) -> None:
    build_shop(services)
    report = Shop(services).value.report(weeks=13)
    m = report.fit.model
    assert np.isfinite([m.r, m.alpha, m.a, m.b]).all()
    for c in report.customers[:3]:
        assert 0 < c.p_alive <= 1 and c.expected_visits > 0
    assert clv_bgnbd.p_alive(m, np.array([0]), np.array([0.0]), np.array([5.0]))[0] == 1.0


def test_without_twenty_customers_with_repeat_spend_there_is_no_spend_model(services) -> None:
    from app.cli_clv import as_json, as_text

    today = Shop(services).value.today()
    for n in range(30):
        cid = services.customers.add(CustomerInput(name=f"Walk-in {n}"))
        for k in range(n % 4 + 1):
            noon = datetime.combine(today - timedelta(days=90 - 20 * k - n), datetime.min.time(), tzinfo=UTC)
            # only the first ten customers ever have an amount typed in
            services.visits.record(cid, amount_cents=450 if n < 10 else None, at=noon.replace(hour=12))
    report = Shop(services).value.report()
    assert report.fit.spend is None
    assert all(c.clv_cents is None and c.expected_spend_cents is None for c in report.customers)
    visits = [c.expected_visits for c in report.customers]
    assert visits == sorted(visits, reverse=True)  # without spend, value is the visits to come
    data = as_json(report)
    assert data["spend"] is None and data["customers"][0]["clv_cents"] is None
    assert "Spend: not modelled (fewer than 20 customers" in as_text(report, "£", 5)
