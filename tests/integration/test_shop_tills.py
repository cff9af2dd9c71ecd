"""The application layer with several tills on one database (SQLite file or the shared server)."""

import threading
from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from app.application import open_services
from app.services.customers import CustomerInput
from app.shop import Shop


def test_two_tills_marking_the_same_regular_at_once_both_land(any_services) -> None:
    s = any_services
    cid = s.customers.add(CustomerInput(name="Zoë", email="zoe@example.com", consent_contact=True))
    start = datetime.now(UTC) - timedelta(days=200)
    for day in (0, 7, 14, 21):
        s.visits.record(cid, at=start + timedelta(days=day))
    url = None if s.is_sqlite else s.url
    tills = [Shop(open_services(str(s.paths.root), url)) for _ in range(2)]
    barrier, errors = threading.Barrier(2), []

    def mark(shop: Shop) -> None:
        barrier.wait(30)
        try:
            for _ in range(5):
                shop.insights.mark_contacted(cid)
        except Exception as exc:  # shown in the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=mark, args=(shop,)) for shop in tills]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    with s.db.rows() as conn:
        assert conn.execute(text("SELECT count(*) FROM customer_marks")).scalar_one() == 1
        events = "SELECT count(*) FROM audit_events WHERE action = 'winback.contacted'"
        assert conn.execute(text(events)).scalar_one() == 10
    # Both tills see the contact; it keeps the person off the win-back list for weeks.
    assert all(shop.insights.regulars()[0].contacted_at is not None for shop in tills)
    assert all(shop.insights.lapsed() == [] for shop in tills)
    for shop in tills:
        shop.close()
