"""The lifetime-value summary's definitions, on a real SQLite file and on PostgreSQL: local days,
same-day merges, T = 0, voided and imported visits, late arrivals, erased customers."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from app.models import Visit
from app.services import privacy
from app.services.clv_summary import local_midnight, offsets, summarise
from app.services.customers import CustomerInput
from app.shop import Shop

LONDON = ZoneInfo("Europe/London")
AS_OF = date(2025, 6, 30)


def at(day: str, clock: str = "12:00") -> datetime:
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=LONDON)


def visit(services, customer: int, when: datetime, cents: int | None = None) -> int:
    return services.visits.record(customer, amount_cents=cents, at=when).id


def row(summary, customer: int) -> dict:
    i = list(summary.ids).index(customer)
    return {
        "x": int(summary.x[i]),
        "tx": int(summary.tx_days[i]),
        "T": int(summary.T_days[i]),
        "spend_x": int(summary.spend_x[i]),
        "mean": float(summary.spend_mean_cents[i]),
    }


@pytest.fixture
def shop(any_services):
    any_services.settings.set("timezone", "Europe/London")
    return any_services


@pytest.fixture
def add(shop):
    return lambda name: shop.customers.add(CustomerInput(name=name))


def test_visits_on_one_local_day_are_one_transaction_with_the_spend_summed(shop, add) -> None:
    zoe = add("Zoë")
    visit(shop, zoe, at("2025-06-01", "08:00"), 300)
    visit(shop, zoe, at("2025-06-08", "08:00"), 250)
    visit(shop, zoe, at("2025-06-08", "16:00"), 150)  # same day: one transaction of 4.00
    visit(shop, zoe, at("2025-06-15", "23:30"), 100)  # 22:30 UTC in summer: still the 15th here
    summary = summarise(shop.db, AS_OF, "Europe/London")
    assert row(summary, zoe) == {"x": 2, "tx": 14, "T": 29, "spend_x": 2, "mean": 250.0}
    assert summary.T[0] == pytest.approx(29 / 7)  # weeks


def test_first_seen_on_the_as_of_day_is_T_zero_and_later_arrivals_are_left_out(shop, add) -> None:
    new, later = add("New today"), add("Comes tomorrow")
    visit(shop, new, at("2025-06-30", "23:59"), 500)
    visit(shop, later, at("2025-07-01", "00:01"), 500)
    summary = summarise(shop.db, AS_OF, "Europe/London")
    assert list(summary.ids) == [new]
    assert row(summary, new) == {"x": 0, "tx": 0, "T": 0, "spend_x": 0, "mean": 0.0}


def test_voided_visits_do_not_count_and_imported_ones_do(shop, add) -> None:
    ann = add("Ann")
    visit(shop, ann, at("2025-06-01"), 200)
    wrong = visit(shop, ann, at("2025-06-10"), 900)
    old = visit(shop, ann, at("2025-06-20"), 400)
    shop.visits.void(wrong, "wrong customer", actor="owner")
    with shop.db.write() as session:  # as `regulars import visits` marks them
        session.execute(update(Visit).where(Visit.id == old).values(imported=True))
    summary = summarise(shop.db, AS_OF, "Europe/London")
    assert row(summary, ann) == {"x": 1, "tx": 19, "T": 29, "spend_x": 1, "mean": 400.0}


def test_repeat_spend_leaves_out_the_first_day_and_days_without_an_amount(shop, add) -> None:
    ben = add("Ben")
    visit(shop, ben, at("2025-05-01", "09:00"), 1000)
    visit(shop, ben, at("2025-05-01", "17:00"), 500)  # the first day, both visits: left out
    visit(shop, ben, at("2025-05-02"))  # a repeat day with no amount: a transaction, not spend
    visit(shop, ben, at("2025-05-03"), 300)
    visit(shop, ben, at("2025-05-04", "08:00"))
    visit(shop, ben, at("2025-05-04", "09:00"), 700)  # one day with and without an amount
    summary = summarise(shop.db, AS_OF, "Europe/London")
    assert row(summary, ben) == {"x": 3, "tx": 3, "T": 60, "spend_x": 2, "mean": 500.0}


def test_the_holdout_counts_transaction_days_after_the_as_of_day_up_to_its_end(shop, add) -> None:
    cat = add("Cat")
    visit(shop, cat, at("2025-06-01"), 100)
    visit(shop, cat, at("2025-07-01", "08:00"), 100)
    visit(shop, cat, at("2025-07-01", "18:00"), 100)
    visit(shop, cat, at("2025-07-14"), 100)
    visit(shop, cat, at("2025-07-15"), 100)  # after the holdout
    summary = summarise(shop.db, AS_OF, "Europe/London", holdout_until=date(2025, 7, 14))
    assert row(summary, cat)["x"] == 0 and summary.holdout is not None
    assert int(summary.holdout[0]) == 2


def test_erased_customers_are_fitted_but_left_out_of_the_report(shop, add) -> None:
    people = [add(f"Regular {i}") for i in range(30)]
    for n, customer in enumerate(people):
        for week in range(n % 5 + 1):
            visit(shop, customer, at(f"2025-{1 + week:02d}-{1 + n % 27:02d}"), 250 + 10 * n)
    privacy.erase(shop.db, people[0])
    value = Shop(shop).value
    report = value.report(as_of=AS_OF)
    assert report.fit.customers == 30  # the erased one's visits still count as anonymous statistics
    assert len(report.customers) == 29 and people[0] not in {c.id for c in report.customers}
    assert [c.clv_cents for c in report.customers] == sorted(
        (c.clv_cents for c in report.customers), reverse=True
    )


def test_a_local_day_ends_at_the_zones_midnight_across_the_clock_changes() -> None:
    assert local_midnight(date(2025, 3, 30), LONDON) == datetime(2025, 3, 30, 0, 0, tzinfo=UTC)
    assert local_midnight(date(2025, 3, 31), LONDON) == datetime(2025, 3, 30, 23, 0, tzinfo=UTC)
    spans = offsets(LONDON, datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, 12, 31, tzinfo=UTC))
    assert spans == [
        (datetime(2025, 1, 1, tzinfo=UTC), 0),
        (datetime(2025, 3, 30, 1, 0, tzinfo=UTC), 3600),
        (datetime(2025, 10, 26, 1, 0, tzinfo=UTC), 0),
    ]


def test_winter_and_summer_evenings_fall_on_their_own_local_day(shop, add) -> None:
    dee = add("Dee")
    visit(shop, dee, at("2025-03-29", "23:30"), 100)  # GMT: 23:30 UTC on the 29th
    visit(shop, dee, at("2025-03-30", "00:30"), 100)  # the next local day
    visit(shop, dee, at("2025-03-30", "23:30"), 100)  # BST: 22:30 UTC, still the 30th
    summary = summarise(shop.db, date(2025, 3, 31), "Europe/London")
    assert row(summary, dee) == {"x": 1, "tx": 1, "T": 2, "spend_x": 1, "mean": 200.0}
