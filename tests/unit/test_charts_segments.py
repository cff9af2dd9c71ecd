"""The segment chart's numpy count against the regulars page's own segments, customer by customer rules:
random shops with ties, whole-week rhythms, voided visits, erased and archived customers, a clock change."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from app.models import Customer, Visit
from app.services import insights
from app.services.charts_segments import segment_counts
from app.services.customers import CustomerInput

ZONE = "Europe/London"


@pytest.mark.parametrize("seed", [1, 2])
def test_the_counts_are_the_regulars_pages(any_services, seed) -> None:
    s = any_services
    rng = random.Random(seed)
    now = datetime(2026, 11, 18, 18, 30, tzinfo=UTC)
    people = [s.customers.add(CustomerInput(name=f"Person {n}")) for n in range(120)]
    rows = []
    for cid in people:
        start = now - timedelta(days=rng.choice([3, 29, 30, 31, 60, 200, 340, 400]), hours=rng.randint(0, 23))
        gap = timedelta(days=rng.choice([1, 7, 7, 10, 14, 30]), seconds=rng.choice([0, 0, 1]))
        for k in range(rng.choice([1, 2, 3, 3, 5, 8, 20])):
            at = start + k * gap
            if at < now + timedelta(days=3):  # some after `now`: left out
                rows.append(
                    Visit(
                        customer_id=cid,
                        at=at,
                        amount_cents=rng.choice([None, 350, 350, 900]),
                        voided=rng.random() < 0.05,
                    )
                )
    with s.db.write() as session:
        session.add_all(rows)
        session.execute(update(Customer).where(Customer.id.in_(people[:5])).values(archived_at=now))
        session.execute(update(Customer).where(Customer.id.in_(people[5:8])).values(erased_at=now))

    sizes, vips, lapsed = segment_counts(s.db, now, ZONE, floor_days=21)

    stats = insights.regular_stats(s.db, now, zone=ZONE, floor_days=21, until=now)
    assert sizes == dict(Counter(r.segment for r in stats))
    assert (vips, lapsed) == (sum(r.vip for r in stats), sum(r.lapsed for r in stats))
    assert len(set(sizes)) >= 4 and lapsed > 0


def test_an_empty_shop_has_no_segments(services) -> None:
    assert segment_counts(services.db, datetime.now(UTC), ZONE, 21) == ({}, 0, 0)
