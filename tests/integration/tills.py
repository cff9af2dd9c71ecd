"""Several tills at once: each till is its own set of services with its own connection to one database."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import func, select

from app.application import Services, open_services
from app.models import Card
from app.services.cards import CardError, CardInfo
from app.services.customers import CustomerInput
from app.services.roles import LockedOut, OwnerPin, PinError


@contextmanager
def tills(services: Services, count: int) -> Iterator[list[Services]]:
    """`count` more tills on the same database as `services`."""
    url = None if services.is_sqlite else services.url
    opened = [open_services(str(services.paths.root), url, daily_backup=False) for _ in range(count)]
    try:
        yield opened
    finally:
        for till in opened:
            till.close()


def at_once(calls: list[Callable[[], object]]) -> list[object]:
    """Run each call on its own thread, released together; a call's exception is its result."""
    barrier = threading.Barrier(len(calls))
    results: list[object] = [None] * len(calls)

    def run(index: int, call: Callable[[], object]) -> None:
        barrier.wait()
        try:
            results[index] = call()
        except Exception as exc:
            results[index] = exc

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def active_cards(services: Services, customer_id: int) -> int:
    with services.db.read() as session:
        return session.scalar(
            select(func.count(Card.id)).where(Card.customer_id == customer_id, Card.status == "active")
        )


def two_tills_issue_a_card_at_once(services: Services, rounds: int = 8) -> None:
    with tills(services, 2) as pair:
        for n in range(rounds):
            cid = services.customers.add(CustomerInput(name=f"Zoë Race {n}"))
            outcomes = at_once([lambda till=till, cid=cid: till.cards.issue(cid) for till in pair])
            issued = [o for o in outcomes if isinstance(o, CardInfo)]
            refused = [o for o in outcomes if isinstance(o, CardError)]
            assert len(issued) == 1 and len(refused) == 1, outcomes
            assert "This customer already has a card" in str(refused[0])
            assert active_cards(services, cid) == 1
            assert services.cards.active_card(cid).token == issued[0].token


def twenty_wrong_pins_at_once(services: Services) -> None:
    OwnerPin(services.settings).set("4821")
    with tills(services, 20) as twenty:
        outcomes = at_once([lambda till=till: OwnerPin(till.settings).check("0000") for till in twenty])
    assert all(isinstance(o, PinError) for o in outcomes), outcomes
    messages = [str(o) for o in outcomes]
    # A checked PIN says how many tries are left, or that this one locked the owner out.
    checked = [m for m in messages if m.startswith("Wrong PIN (") or "are locked for" in m]
    assert len(checked) == 5, messages
    assert sum("are locked for" in m for m in messages) == 1
    refused = [m for m in messages if m not in checked]
    assert all(m.startswith("Too many wrong PINs. Try again in") for m in refused)
    try:
        OwnerPin(services.settings).check("4821")
    except LockedOut as exc:
        assert "Try again in 5 min" in str(exc)
    else:
        raise AssertionError("the right PIN was let through while locked out")


OLD, NEW, THIRD = "0123456789ABCDEFGHJK", "1123456789ABCDEFGHJK", "2123456789ABCDEFGHJK"


def a_shop_with_two_active_cards(url: str) -> None:
    """A database as 0003 left it, where one customer ended up with two active cards."""
    from datetime import datetime

    from sqlalchemy import text

    from app.db import migrate
    from app.db.engine import make_engine

    engine = make_engine(url)
    migrate.upgrade(engine, "0003")
    with engine.begin() as conn:
        for cid, name in ((1, "Zoë Martin"), (2, "Sam Single")):
            conn.execute(
                text(
                    "INSERT INTO customers (id, name, search_key, preferences, allergies, allergy_note, notes, "
                    "consent_contact, consent_channel, consent_source, created_at, updated_at) VALUES "
                    "(:id, :name, '', '', '', '', '', false, '', '', :t, :t)"
                ),
                {"id": cid, "name": name, "t": datetime(2025, 1, 1)},
            )
        for customer, token, issued in ((1, OLD, 2), (1, NEW, 9), (2, THIRD, 3)):
            conn.execute(
                text(
                    "INSERT INTO cards (customer_id, token, status, issued_at) VALUES (:c, :token, 'active', :t)"
                ),
                {"c": customer, "token": token, "t": datetime(2025, 1, issued)},
            )
    engine.dispose()


def after_the_upgrade_one_active_card_each(services: Services) -> None:
    from sqlalchemy.exc import IntegrityError

    from app.codes.tokens import payload
    from app.services import audit

    try:
        services.cards.resolve(payload(OLD))
    except CardError as exc:
        assert "replaced by a newer one" in str(exc)
    else:
        raise AssertionError("the older card still works")
    assert services.cards.resolve(payload(NEW)) == 1 and services.cards.resolve(payload(THIRD)) == 2
    assert active_cards(services, 1) == 1 and active_cards(services, 2) == 1
    events = [e for e in audit.recent(services.db) if e.action == "card.replace"]
    assert [(e.actor, e.target) for e in events] == [("migration", "customer:1")]
    try:
        with services.db.write() as session:
            session.add(Card(customer_id=1, token="3123456789ABCDEFGHJK", status="active"))
    except IntegrityError:
        pass
    else:
        raise AssertionError("the database took a second active card")
