from datetime import UTC, datetime, timedelta

from app.application import open_services
from app.services import privacy
from app.services.customers import CustomerInput
from app.services.regulars_kept import KEEP_S, KeptYear


def visits_of(stats, cid: int) -> int | None:
    return next((s.visits for s in stats if s.id == cid), None)


def test_the_year_is_kept_for_a_minute_but_never_past_this_tills_own_writes_or_an_erasure(services) -> None:
    now = datetime.now(UTC)
    zoe = services.customers.add(CustomerInput(name="Zoë Martin"))
    sam = services.customers.add(CustomerInput(name="Sam Okafor"))
    for days in (1, 2, 3):
        services.visits.record(zoe, [(1, 1)], at=now - timedelta(days=days))
    services.visits.record(sam, [(2, 1)], at=now - timedelta(days=4))
    clock = [0.0]
    year = KeptYear(services.db, clock=lambda: clock[0])
    stats, usual = year.get(now, "Europe/London", 21, fresh=False)
    assert visits_of(stats, zoe) == 3 and usual[zoe]

    other_till = open_services(str(services.paths.root))
    try:
        other_till.visits.record(zoe, [(1, 1)], at=now - timedelta(hours=1))
        stats, _ = year.get(now, "Europe/London", 21, fresh=False)
        assert visits_of(stats, zoe) == 3  # another till's visit: kept figures for up to a minute
        assert (
            visits_of(year.get(now, "Europe/London", 21, fresh=True)[0], zoe) == 4
        )  # as of a moment: afresh
        clock[0] += KEEP_S + 1
        assert visits_of(year.get(now, "Europe/London", 21, fresh=False)[0], zoe) == 4

        services.visits.record(zoe, [(1, 1)], at=now - timedelta(minutes=5))  # this till's own write
        assert visits_of(year.get(now, "Europe/London", 21, fresh=False)[0], zoe) == 5

        privacy.erase(other_till.db, sam)  # erased at the other till: off the page at once
        assert visits_of(year.get(now, "Europe/London", 21, fresh=False)[0], sam) is None
    finally:
        other_till.close()


def test_a_person_marked_contacted_at_another_till_shows_at_once_on_the_kept_page(services) -> None:
    from app.shop import Shop

    now = datetime.now(UTC)
    zoe = services.customers.add(CustomerInput(name="Zoë Martin"))
    for days in (40, 50, 60):
        services.visits.record(zoe, [(1, 1)], at=now - timedelta(days=days))
    shop = Shop(services)
    (row,) = shop.insights.regulars()
    assert row.contacted_at is None
    other_till = open_services(str(services.paths.root))
    try:
        Shop(other_till).insights.mark_contacted(zoe)
        (row,) = shop.insights.regulars()
        assert row.contacted_at is not None and row.hidden_until is not None
    finally:
        other_till.close()
