"""The ledger's bounds and exact sums, on the embedded database and on a shared PostgreSQL server."""

from __future__ import annotations

import pytest

from app.services.customers import CustomerInput
from app.services.loyalty import LoyaltyError

LARGEST = 2**63 - 1


def test_an_adjustment_is_within_a_hundred_thousand_points(any_services) -> None:
    loyalty = any_services.loyalty
    cid = any_services.customers.add(CustomerInput(name="Ann Adams"))
    assert loyalty.adjust(cid, 100_000, "opening balance") == 100_000
    assert loyalty.adjust(cid, -100_000, "back again") == 0
    for delta in (100_001, -100_001, LARGEST, LARGEST + 1):
        with pytest.raises(LoyaltyError, match="between -100,000 and 100,000"):
            loyalty.adjust(cid, delta, "too much")
    with pytest.raises(LoyaltyError, match="between 1 and 100,000"):
        loyalty.add_reward("Gold bar", 100_001)
    assert loyalty.balance(cid) == 0 and len(loyalty.history(cid)) == 2


def test_balances_sum_exactly_with_negative_rows_on_both_databases(any_services) -> None:
    # The sum is taken in high and low halves; both databases must agree on how they split negatives.
    loyalty = any_services.loyalty
    cid = any_services.customers.add(CustomerInput(name="Bo Brandt"))
    for delta in (99_999, -77_777, 5, -3, 100_000):
        loyalty.adjust(cid, delta, "test")
    assert loyalty.balance(cid) == 99_999 - 77_777 + 5 - 3 + 100_000
    assert any_services.profiles.load(cid).points == loyalty.balance(cid)
