"""Several tills on one PostgreSQL server: bulk loads, cards, the owner PIN and retried visits."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import insert, text
from sqlalchemy.exc import IntegrityError

from app.application import open_services
from app.db.engine import make_engine
from app.models import Customer
from app.services import demo, importing
from app.services.customers import CustomerInput
from tests.integration.tills import (
    a_shop_with_two_active_cards,
    active_cards,
    after_the_upgrade_one_active_card_each,
    at_once,
    tills,
    twenty_wrong_pins_at_once,
    two_tills_issue_a_card_at_once,
)

pytestmark = pytest.mark.postgres
DATA = Path(__file__).resolve().parents[1] / "data"


def add(services, name: str, **fields) -> int:
    return services.customers.add(CustomerInput(name=name, **fields))


def test_after_the_demo_the_counter_adds_issues_cards_and_records_visits(pg_services) -> None:
    s = pg_services
    made = demo.fill(s.db, s.settings, customers=30, visits=200, seed=3)
    cid = add(s, "Ada Newcomer", phone="07700 900888")
    assert cid == made.customers + 1
    card = s.cards.issue(cid)
    assert s.cards.resolve(card.payload) == cid
    visit = s.visits.record(cid, [(1, 1)], 420)
    assert visit.points_earned == 1 and s.visits.summary(cid)[0] == 1
    # A second demo load on top of a used shop, then the counter again.
    demo.fill(s.db, s.settings, customers=5, visits=20, seed=4, into_existing=True)
    assert add(s, "Bea Later") == cid + 6


def test_after_an_import_the_counter_adds_customers(pg_services) -> None:
    s = pg_services
    add(s, "Already Here")
    plan = importing.plan_import(s.db, DATA / "google.csv", "GB")
    imported = importing.apply(s.db, plan, skip_errors=True)
    assert imported >= 2
    cid = add(s, "Ada After Import")
    assert cid == imported + 2
    assert s.customers.get(cid).name == "Ada After Import"


def test_demo_then_customers_add_from_the_command_line(pg_server, cli) -> None:
    url = pg_server.create_database("t_cli_demo_then_add")
    cli.run("--database-url", url, "demo", "--customers", "5", "--visits", "20")
    added = cli.json("--database-url", url, "customers", "add", "--name", "Ada Newcomer")
    assert added["id"] == 6 and added["name"] == "Ada Newcomer"


def test_two_tills_issuing_a_card_at_once_leave_one_active_card(pg_services) -> None:
    two_tills_issue_a_card_at_once(pg_services)


def test_the_upgrade_keeps_each_customers_newest_active_card(pg_server, tmp_path) -> None:
    url = pg_server.create_database("t_upgrade_one_active_card")
    a_shop_with_two_active_cards(url)
    services = open_services(str(tmp_path / "data"), url)
    try:
        after_the_upgrade_one_active_card_each(services)
    finally:
        services.close()


def test_a_card_issued_while_another_tills_card_is_not_yet_committed(pg_services) -> None:
    s = pg_services
    cid = add(s, "Zoë Martin")
    other_till = make_engine(s.url)
    outcome: list[object] = []

    def issue() -> None:
        try:
            outcome.append(s.cards.issue(cid))
        except Exception as exc:
            outcome.append(exc)

    with other_till.connect() as conn:
        conn.execute(
            text(
                "INSERT INTO cards (customer_id, token, status, issued_at) "
                "VALUES (:c, '0123456789ABCDEFGHJK', 'active', now())"
            ),
            {"c": cid},
        )
        holder = conn.execute(text("SELECT pg_backend_pid()")).scalar()
        thread = threading.Thread(target=issue)
        thread.start()
        _wait_for_a_blocked_insert(conn, holder, thread, outcome)
        conn.commit()
        thread.join()
    other_till.dispose()
    assert [str(o) for o in outcome] == ["This customer already has a card; another till just issued it."]
    assert active_cards(s, cid) == 1


def _wait_for_a_blocked_insert(conn, holder: int, thread, outcome) -> None:
    """Until the till's INSERT waits on the other till's uncommitted card (the server says so).

    The watcher runs each look in its own transaction: within one transaction the server keeps its first
    picture of pg_stat_activity's queries (while the wait itself is read live), so a till first seen at its
    SAVEPOINT stayed at SAVEPOINT however long it then waited on the INSERT."""
    watcher = make_engine(conn.engine.url).execution_options(isolation_level="AUTOCOMMIT")
    blocked = text(
        "SELECT count(*) FROM pg_stat_activity WHERE :holder = ANY(pg_blocking_pids(pid)) "
        "AND query LIKE 'INSERT INTO cards%'"
    )
    with watcher.connect() as watch:
        deadline = time.monotonic() + 120  # a generous wait for a loaded machine, not a speed check
        while time.monotonic() < deadline and thread.is_alive():
            if watch.execute(blocked, {"holder": holder}).scalar():
                break
            time.sleep(0.01)
        else:
            activity = watch.execute(
                text("SELECT state, wait_event_type, left(query, 60) FROM pg_stat_activity")
            ).all()
            raise AssertionError(f"the second till never reached the insert: {outcome} {activity}")
    watcher.engine.dispose()


def test_twenty_wrong_pins_at_once_check_at_most_five(pg_services) -> None:
    twenty_wrong_pins_at_once(pg_services)


def test_two_tills_saving_the_same_reference_count_one_visit(pg_services) -> None:
    s = pg_services
    cid = add(s, "Zoë Martin")
    with tills(s, 2) as pair:
        for n in range(6):
            ref = f"till-retry-{n}"
            outcomes = at_once(
                [lambda t=t, ref=ref: t.visits.record(cid, [(1, 1)], 420, client_ref=ref) for t in pair]
            )
            assert len({o.id for o in outcomes}) == 1, outcomes
    assert s.visits.summary(cid)[0] == 6


def test_a_database_error_does_not_show_the_customers_details(pg_services) -> None:
    s = pg_services
    cid = add(s, "Zoë Secretname", phone="07700 900777")
    with pytest.raises(IntegrityError) as caught, s.db.write() as session:
        session.execute(insert(Customer).values(id=cid, name="Zoë Secretname", phone="+447700900777"))
    message = str(caught.value)
    assert "Secretname" not in message and "900777" not in message
    assert "customers" in message  # still says what failed
