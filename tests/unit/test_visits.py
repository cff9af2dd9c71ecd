from datetime import UTC, datetime, timedelta

import pytest

from app.application import open_services
from app.services.visits import VisitError
from tests.conftest import item_ids


def test_usual_order_is_what_they_mostly_have(services, add) -> None:
    cid = add("Zoë")
    sourdough, flat_white, croissant = item_ids(services, "Sourdough loaf", "Flat white", "Croissant")
    start = datetime(2026, 1, 1, 8, tzinfo=UTC)
    for day in range(8):
        basket = [(sourdough, 1), (flat_white, 1)] + ([(croissant, 1)] if day == 3 else [])
        services.visits.record(cid, basket, at=start + timedelta(days=day))
    # Ties keep the menu's order; the croissant (once in eight) is not part of the usual.
    assert [u.name for u in services.visits.usual(cid)] == ["Sourdough loaf", "Flat white"]


def test_no_usual_before_any_visit(services, add) -> None:
    cid = add("New person")
    assert services.visits.usual(cid) == []
    with pytest.raises(VisitError, match="No usual order yet"):
        services.visits.record_usual(cid)


def test_a_recorded_visit_is_on_disk_for_a_new_process(services, add, tmp_path) -> None:
    cid = add("Zoë")
    visit = services.visits.record(cid, [(item_ids(services, "Croissant")[0], 2)], 520)
    reopened = open_services(str(services.paths.root))
    try:
        rows = reopened.visits.recent(cid)
        assert [(r.id, r.items, r.amount_cents) for r in rows] == [(visit.id, "2× Croissant", 520)]
    finally:
        reopened.close()


def test_usual_records_menu_prices_as_the_amount(services, add) -> None:
    cid = add("Zoë")
    services.visits.record(cid, [(item_ids(services, "Flat white")[0], 1)])
    visit = services.visits.record_usual(cid)
    assert services.visits.recent(cid)[0].amount_cents == 330 and visit.id


def test_bad_input_changes_nothing(services, add) -> None:
    cid = add("Zoë")
    for bad in ({"items": [(9999, 1)]}, {"items": [(1, 0)]}, {"amount_cents": -5}):
        with pytest.raises(VisitError):
            services.visits.record(cid, **bad)
    assert services.visits.summary(cid) == (0, None)


def test_voided_visits_do_not_count(services, add) -> None:
    cid = add("Zoë")
    visit = services.visits.record(cid, [(1, 1)])
    services.visits.void(visit.id, "wrong customer")
    assert services.visits.summary(cid) == (0, None)
    with pytest.raises(VisitError, match="already voided"):
        services.visits.void(visit.id, "again")
    with pytest.raises(VisitError, match="Say why"):
        services.visits.void(visit.id, " ")


class Clock:
    """The services' clock, moved by hand: no waiting on the wall clock."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def wait(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def test_a_visit_can_be_undone_for_thirty_seconds_then_only_voided(services, add) -> None:
    from app.services import audit

    clock = services.visits.clock = Clock()
    cid = add("Zoë")
    first = services.visits.record(cid, [(item_ids(services, "Croissant")[0], 1)])
    assert services.loyalty.balance(cid) == 1
    clock.wait(29)
    assert services.visits.within_undo_window(first.id)
    assert services.visits.undo(first.id) == 1  # the stamp goes back too
    assert services.visits.summary(cid) == (0, None) and services.loyalty.balance(cid) == 0
    assert services.visits.recent(cid)[0].voided

    second = services.visits.record(cid, [(item_ids(services, "Croissant")[0], 1)])
    clock.wait(31)
    assert not services.visits.within_undo_window(second.id)
    with pytest.raises(VisitError, match="Too late to undo"):
        services.visits.undo(second.id)
    assert services.visits.summary(cid)[0] == 1  # nothing changed
    services.visits.void(second.id, "rang up the wrong person", actor="owner")
    assert services.visits.summary(cid) == (0, None)
    actions = [(r.actor, r.action, r.detail) for r in audit.recent(services.db, 2)]
    assert actions == [
        ("owner", "visit.void", "rang up the wrong person"),
        ("counter", "visit.undo", "undone"),
    ]


def test_the_undo_window_of_a_missing_visit_says_so(services) -> None:
    from app.errors import NotFound

    with pytest.raises(NotFound, match="no visit number 999"):
        services.visits.within_undo_window(999)
