"""A visit saved with the caller's own reference counts once, however often the save is retried."""

from __future__ import annotations

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.services.customers import CustomerInput
from app.services.visits import UNSETTLED_SECONDS, VisitError, Visits


@pytest.fixture
def shop(cli):
    cli.run("customers", "add", "--name", "Zoë Martin")
    cli.run("customers", "add", "--name", "Sam Other")
    cli.run("items", "add", "Flat white")
    cli.run("items", "add", "Croissant")
    return cli


def _visits(cli, customer: int) -> int:
    return cli.json("customers", "show", str(customer))["visits"]


def test_a_script_retrying_with_its_reference_counts_the_visit_once(shop) -> None:
    record = ("visits", "record", "1", "--item", "Flat white", "--amount", "3.20", "--client-ref", "pos-0001")
    first = shop.json(*record)
    again = shop.json(*record)
    assert again["id"] == first["id"] and again["message"] == "Already saved."
    assert again["points_earned"] == first["points_earned"] == 1
    assert _visits(shop, 1) == 1 and shop.json("customers", "show", "1")["points"] == 1
    usual = ("visits", "record", "1", "--usual", "--client-ref", "pos-0002")
    assert shop.json(*usual)["id"] == shop.json(*usual)["id"] != first["id"]
    assert _visits(shop, 1) == 2


@pytest.mark.parametrize(
    "other",
    [
        ("1", "--item", "Flat white", "--amount", "4.00"),
        ("1", "--item", "Croissant", "--amount", "3.20"),
        ("2", "--item", "Flat white", "--amount", "3.20"),
    ],
)
def test_the_same_reference_for_a_different_visit_is_refused(shop, other) -> None:
    shop.run("visits", "record", "1", "--item", "Flat white", "--amount", "3.20", "--client-ref", "pos-7")
    refused = shop.run("visits", "record", *other, "--client-ref", "pos-7", check=False)
    assert refused.returncode == 1
    assert refused.stderr.startswith("regulars: This reference was already used for a different visit.")
    assert _visits(shop, 1) == 1 and _visits(shop, 2) == 0


def test_a_reference_longer_than_36_characters_is_refused(shop) -> None:
    refused = shop.run("visits", "record", "1", "--client-ref", "x" * 37, check=False)
    assert refused.returncode == 1 and "1 to 36 characters" in refused.stderr
    assert _visits(shop, 1) == 0
    assert shop.json("visits", "record", "1", "--client-ref", "x" * 36)["points_earned"] == 1


def _lose_the_next_reply() -> None:
    """The next commit that writes reaches the disk, but the caller hears that the connection dropped."""
    wrote: list[Session] = []

    def flushed(session, _context) -> None:
        wrote.append(session)

    def lost(session) -> None:
        if session in wrote:
            event.remove(Session, "after_flush", flushed)
            event.remove(Session, "after_commit", lost)
            raise OperationalError("COMMIT", {}, Exception("server closed the connection unexpectedly"))

    event.listen(Session, "after_flush", flushed)
    event.listen(Session, "after_commit", lost)


@pytest.mark.parametrize("usual", [False, True])
def test_pressing_again_after_a_lost_reply_keeps_the_first_save(services, usual) -> None:
    now = [0.0]
    visits = Visits(services.db, services.settings, monotonic=lambda: now[0])
    cid = services.customers.add(CustomerInput(name="Zoë Martin"))
    services.settings.set("cooldown_minutes", 0)
    visits.record(cid, [(1, 1), (8, 1)], 880)

    def save(ref: str):
        if usual:
            return visits.record_usual(cid, client_ref=ref)
        return visits.record(cid, [(1, 1), (8, 1)], 880, client_ref=ref)

    _lose_the_next_reply()
    with pytest.raises(OperationalError):
        save("press-1")  # saved, but the till never heard
    now[0] += 60
    again = save("press-2")  # the button pressed again: the window makes a new reference
    assert again.message == "Already saved." and visits.summary(cid)[0] == 2
    assert services.loyalty.balance(cid) == 2
    # The next visit of the same order is a new visit.
    assert save("press-3").message != "Already saved." and visits.summary(cid)[0] == 3


def test_a_failed_save_is_not_remembered_for_ever(services) -> None:
    now = [0.0]
    visits = Visits(services.db, services.settings, monotonic=lambda: now[0])
    services.settings.set("cooldown_minutes", 0)
    cid = services.customers.add(CustomerInput(name="Zoë Martin"))
    _lose_the_next_reply()
    with pytest.raises(OperationalError):
        visits.record(cid, [(1, 1)], 350, client_ref="morning")
    now[0] += UNSETTLED_SECONDS + 1
    later = visits.record(cid, [(1, 1)], 350, client_ref="afternoon")
    assert later.message != "Already saved." and visits.summary(cid)[0] == 2


def test_a_reference_cannot_move_a_visit_to_someone_else(services) -> None:
    zoe = services.customers.add(CustomerInput(name="Zoë Martin"))
    sam = services.customers.add(CustomerInput(name="Sam Other"))
    services.visits.record(zoe, [(1, 1)], 350, client_ref="ref-1")
    with pytest.raises(VisitError, match="already used for a different visit"):
        services.visits.record(sam, [(1, 1)], 350, client_ref="ref-1")
    assert services.visits.summary(sam)[0] == 0
