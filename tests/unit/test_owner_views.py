from datetime import UTC, datetime, timedelta

from app.services.customers import CustomerInput
from app.services.owner_views import usuals_since
from app.shop import Shop


def test_everyones_usual_is_their_most_frequent_items_since_the_date(services) -> None:
    shop = Shop(services)
    zoe = shop.counter.add_customer(CustomerInput(name="Zoë Martin")).value
    sam = shop.counter.add_customer(CustomerInput(name="Sam Okafor")).value
    ids = {i.name: i.id for i in shop.owner.items()}
    now = datetime.now(UTC)
    for days, items in (
        (1, ["Croissant"]),
        (2, ["Flat white", "Croissant"]),
        (3, ["Flat white"]),
        (4, ["Tea"]),
    ):
        services.visits.record(zoe, [(ids[n], 1) for n in items], at=now - timedelta(days=days))
    services.visits.record(zoe, [(ids["Flat white"], 1)], at=now - timedelta(days=5))
    old = services.visits.record(zoe, [(ids["Tea"], 1)], at=now - timedelta(days=400))  # before the year
    voided = services.visits.record(zoe, [(ids["Tea"], 1)], at=now - timedelta(days=6))
    services.visits.void(voided.id, "wrong customer")
    services.visits.record(sam, [(ids["Tea"], 2)], at=now - timedelta(days=1))
    with services.db.rows() as conn:
        usual = usuals_since(conn, now - timedelta(days=365))
    assert usual == {zoe: ("Flat white", "Croissant"), sam: ("Tea",)} and old.id
