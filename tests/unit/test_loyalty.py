import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.services.loyalty import LoyaltyError

START = datetime(2026, 1, 5, 9, tzinfo=UTC)


def ledger_sum(services, cid: int) -> int:
    with services.db.read() as session:
        return session.execute(
            text("SELECT coalesce(sum(points), 0) FROM points_ledger WHERE customer_id = :c"), {"c": cid}
        ).scalar_one()


@pytest.fixture
def shop(services):
    services.settings.set("loyalty_mode", "per_visit")
    services.settings.set("points_per_visit", 3)
    services.settings.set("cooldown_minutes", 0)
    services.loyalty.add_reward("Free coffee", 5)
    services.loyalty.add_reward("Free cake", 9)
    return services


operations = st.lists(
    st.one_of(
        st.tuples(st.just("visit"), st.integers(0, 3)),
        st.tuples(st.just("redeem"), st.sampled_from(["Free coffee", "Free cake"])),
        st.tuples(st.just("void"), st.integers(0, 50)),
        st.tuples(st.just("adjust"), st.integers(-6, 6)),
        st.tuples(st.just("expire"), st.integers(0, 400)),
    ),
    max_size=25,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=operations, expiry=st.sampled_from([0, 1, 3]))
def test_random_histories_keep_the_balance_equal_to_the_ledger_and_never_negative(
    shop, add, steps, expiry
) -> None:
    shop.settings.set("expiry_months", expiry)
    cid = add("Property")
    costs = {"Free coffee": 5, "Free cake": 9}
    visits: list[int] = []
    now = START
    # The balance is checked against the test's own running total of what each step reported,
    # not against another sum of the same ledger.
    expected = 0
    seen: set[int] = set()

    def new_expiries() -> int:  # a visit expires old points before it earns
        rows = [e for e in shop.loyalty.history(cid, 10_000) if e.kind == "expire" and e.id not in seen]
        seen.update(e.id for e in rows)
        return sum(e.points for e in rows)

    for op, value in steps:
        now += timedelta(hours=5)
        before = shop.loyalty.balance(cid)
        if op == "visit":
            visit = shop.visits.record(cid, [(1, 1)] * min(1, value), at=now)
            visits.append(visit.id)
            expected += visit.points_earned + new_expiries()
            # Voiding straight away restores the balance exactly (before any expiry the visit triggered).
            if value == 0:
                taken = shop.visits.void(visit.id, "test")
                visits.remove(visit.id)
                assert taken == visit.points_earned
                expected -= taken
        elif op == "redeem":
            try:
                shop.loyalty.redeem(cid, value)
                expected += new_expiries() - costs[value]  # a redemption expires old points first
            except LoyaltyError as exc:
                assert "needs" in str(exc)
        elif op == "void" and visits:
            expected -= shop.visits.void(visits.pop(value % len(visits)), "mistake")
        elif op == "adjust" and value:
            try:
                shop.loyalty.adjust(cid, value, "correction")
                expected += value
            except LoyaltyError as exc:
                assert before + value < 0 and "negative" in str(exc)
        elif op == "expire":
            now += timedelta(days=value)
            expired = shop.loyalty.expire(cid, now)
            assert new_expiries() == -expired
            expected -= expired
        balance = shop.loyalty.balance(cid)
        assert balance == expected
        assert balance >= 0
        assert balance == ledger_sum(shop, cid)


def test_voiding_reverses_exactly_what_the_visit_earned(shop, add) -> None:
    cid = add("Zoë")
    shop.visits.record(cid, at=START)
    second = shop.visits.record(cid, at=START + timedelta(hours=2))
    assert shop.loyalty.balance(cid) == 6
    assert shop.visits.void(second.id, "wrong person") == 3
    assert shop.loyalty.balance(cid) == 3
    kinds = [e.kind for e in shop.loyalty.history(cid)]
    assert kinds == ["reversal", "earn", "earn"]


def test_cooldown_records_the_visit_but_says_why_no_points(shop, add) -> None:
    shop.settings.set("cooldown_minutes", 60)
    cid = add("Zoë")
    shop.visits.record(cid, at=START)
    again = shop.visits.record(cid, at=START + timedelta(minutes=20))
    assert again.points_earned == 0 and "20 min ago" in again.message and "60 min" in again.message
    assert shop.visits.summary(cid)[0] == 2
    assert shop.visits.record(cid, at=START + timedelta(minutes=61)).points_earned == 3


def test_stamps_points_per_amount_and_birthday_bonus(shop, add) -> None:
    cid = add("Zoë", birthday="01-05")
    shop.settings.set("loyalty_mode", "per_amount")
    shop.settings.set("points_per_unit", 2)
    shop.settings.set("birthday_bonus", 10)
    first = shop.visits.record(cid, amount_cents=1299, at=START)
    assert first.points_earned == 2 * 12 + 10 and "birthday bonus" in first.message
    second = shop.visits.record(cid, amount_cents=500, at=START + timedelta(days=2))
    assert second.points_earned == 10  # the bonus comes once a year
    shop.settings.set("loyalty_mode", "stamps")
    shop.settings.set("points_per_visit", 1)
    assert shop.visits.record(cid, at=START + timedelta(days=3)).message == "+1 stamp"


def test_points_expire_after_the_set_months_first_in_first_out(shop, add) -> None:
    shop.settings.set("expiry_months", 2)
    cid = add("Zoë")
    shop.visits.record(cid, at=START)  # 3 points
    shop.loyalty.adjust(cid, -1, "spent one")
    shop.visits.record(cid, at=START + timedelta(days=50))  # 3 more
    assert shop.loyalty.expire(cid, START + timedelta(days=61)) == 2
    assert shop.loyalty.balance(cid) == 3
    assert shop.loyalty.expire(cid, START + timedelta(days=62)) == 0


def test_rewards_progress_and_refusals(shop, add) -> None:
    cid = add("Zoë")
    shop.visits.record(cid, at=START)
    profile = shop.profiles.load(cid)
    assert profile.points == 3 and profile.next_reward == "2 more points to a free coffee"
    # The window's meter takes numbers, not the sentence.
    assert (profile.next_reward_cost, profile.next_reward_name, profile.reward_goal) == (5, "Free coffee", 5)
    with pytest.raises(LoyaltyError, match="needs 5 points; this customer has 3 points"):
        shop.loyalty.redeem(cid, "free coffee")
    with pytest.raises(LoyaltyError, match="no active reward"):
        shop.loyalty.redeem(cid, "caviar")
    with pytest.raises(LoyaltyError, match="needs a reason"):
        shop.loyalty.adjust(cid, 5, "  ")
    shop.loyalty.adjust(cid, 2, "machine broke")
    assert shop.loyalty.redeem(cid, "FREE COFFEE") == 0


def test_the_database_refuses_to_change_or_delete_ledger_rows(shop, add) -> None:
    cid = add("Zoë")
    shop.visits.record(cid, at=START)
    with sqlite3.connect(shop.paths.database) as conn:
        for sql in ("UPDATE points_ledger SET points = 100", "DELETE FROM points_ledger"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(sql)
    assert shop.loyalty.balance(cid) == 3


# Two tills racing for the same points: tests/integration/test_both_databases.py, on SQLite and PostgreSQL.


def test_a_reward_given_by_mistake_can_be_undone_for_thirty_seconds(shop, add) -> None:
    now = [START]
    shop.loyalty.clock = lambda: now[0]
    cid = add("Zoë")
    shop.loyalty.adjust(cid, 12, "opening balance")
    given = shop.loyalty.give(cid, "Free coffee")
    assert given.balance == 7 == shop.loyalty.balance(cid)
    now[0] += timedelta(seconds=20)
    assert shop.loyalty.undo_redemption(given.entry_id) == 12 == shop.loyalty.balance(cid)
    with pytest.raises(LoyaltyError, match="already given back"):
        shop.loyalty.undo_redemption(given.entry_id)
    late = shop.loyalty.give(cid, "Free cake")
    now[0] += timedelta(seconds=31)
    with pytest.raises(LoyaltyError, match="Too late to undo free cake"):
        shop.loyalty.undo_redemption(late.entry_id)
    assert shop.loyalty.balance(cid) == 3 == ledger_sum(shop, cid)
