"""Service behaviour that must be the same on SQLite and on PostgreSQL."""

import multiprocessing
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.application import open_services
from app.services import privacy
from app.services.customers import CustomerInput
from app.services.loyalty import LoyaltyError

START = datetime(2026, 3, 2, 9, tzinfo=UTC)


def add(services, name, **fields):
    return services.customers.add(CustomerInput(name=name, **fields))


def test_search_folds_accents_phones_and_short_prefixes(any_services) -> None:
    s = any_services
    for name in ("Zoë Martin", "Łukasz Nowak", "Đorđe Petrović", "Siobhán O'Brien", "100% Pure_Ann"):
        add(s, name)
    pat = add(s, "Pat Phone", phone="07700 900123", email="pat@example.com")
    assert [h.name for h in s.search.search("zoe")] == ["Zoë Martin"]
    assert [h.name for h in s.search.search("lukasz")] == ["Łukasz Nowak"]
    assert [h.name for h in s.search.search("dorde")] == ["Đorđe Petrović"]
    assert [h.name for h in s.search.search("obrien")] == ["Siobhán O'Brien"]
    assert [h.name for h in s.search.search("zo")] == ["Zoë Martin"]
    assert [h.id for h in s.search.search("900 123")] == [pat]
    assert [h.id for h in s.search.search("pat@exa")] == [pat]
    assert s.search.search("%") == [] and s.search.search("_") == []


def test_visits_usual_and_points(any_services) -> None:
    s = any_services
    s.settings.set("cooldown_minutes", 0)
    cid = add(s, "Zoë")
    for n in range(4):
        s.visits.record(cid, [(1, 1), (8, 1)], 880, at=START + timedelta(days=n))
    assert [u.name for u in s.visits.usual(cid)] == ["Sourdough loaf", "Flat white"]
    assert s.loyalty.balance(cid) == 4
    profile = s.profiles.load(cid, today=START.date())
    assert profile.visit_count == 4 and profile.last_visit == START + timedelta(days=3)


def test_the_ledger_refuses_updates_and_deletes(any_services) -> None:
    s = any_services
    cid = add(s, "Zoë")
    s.visits.record(cid, at=START)
    for sql in ("UPDATE points_ledger SET points = 99", "DELETE FROM points_ledger"):
        with pytest.raises(DBAPIError, match="append-only"), s.db.write() as session:
            session.execute(text(sql))
    assert s.loyalty.balance(cid) == 1


def test_the_audit_log_is_append_only_but_for_erasures_redaction(any_services) -> None:
    s = any_services
    cid = add(s, "Zoë Redactable")
    s.visits.record(cid, at=START)
    s.loyalty.adjust(cid, 2, "Zoë Redactable's birthday", actor="owner")
    refused = (
        "UPDATE audit_events SET detail = 'nothing happened'",
        "UPDATE audit_events SET actor = 'someone else'",
        "UPDATE audit_events SET detail = '(erased)', actor = 'someone else'",
        "DELETE FROM audit_events",
        "UPDATE points_ledger SET reason = 'changed my mind'",
        "UPDATE points_ledger SET reason = '(erased)', points = 99",
        "DELETE FROM points_ledger",
    )
    if s.db.dialect == "postgresql":
        refused += ("TRUNCATE audit_events", "TRUNCATE points_ledger CASCADE")
    for sql in refused:
        with pytest.raises(DBAPIError, match="append-only"), s.db.write() as session:
            session.execute(text(sql))
    with s.db.read() as session:
        events = session.execute(text("SELECT count(*) FROM audit_events")).scalar()
    # Erasure's redaction is the one change let through.
    privacy.erase(s.db, cid)
    with s.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM audit_events")).scalar() == events + 1
        assert set(session.scalars(text("SELECT reason FROM points_ledger"))) == {"(erased)"}
        assert "(erased)" in set(session.scalars(text("SELECT detail FROM audit_events")))
        assert not session.scalar(text("SELECT count(*) FROM audit_events WHERE detail LIKE '%Redactable%'"))
    assert s.loyalty.balance(cid) == 3


def test_erasure_on_both(any_services) -> None:
    s = any_services
    cid = add(s, "Zoë Erasable", phone="07700 900555")
    privacy.erase(s.db, cid)
    assert s.search.search("erasable") == [] and s.search.search("900555") == []


def _redeem(url: str | None, data_dir: str, cid: int, barrier, results) -> None:  # type: ignore[no-untyped-def]
    services = open_services(data_dir, url)
    barrier.wait()
    try:
        services.loyalty.redeem(cid, "Free coffee", actor="till")
        results.put("ok")
    except LoyaltyError as exc:
        results.put(str(exc))
    finally:
        services.close()


def test_two_tills_racing_for_the_same_points(any_services) -> None:
    s = any_services
    s.loyalty.add_reward("Free coffee", 5)
    cid = add(s, "Zoë")
    url = None if s.is_sqlite else s.url
    context = multiprocessing.get_context("spawn")
    for _ in range(2):
        s.loyalty.adjust(cid, 5, "top up")
        barrier, results = context.Barrier(2), context.Queue()
        tills = [
            context.Process(target=_redeem, args=(url, str(s.paths.root), cid, barrier, results))
            for _ in range(2)
        ]
        for till in tills:
            till.start()
        for till in tills:
            till.join(60)
        outcomes = sorted(results.get(timeout=5) for _ in tills)
        assert outcomes[1] == "ok" and "needs 5" in outcomes[0]
    assert s.loyalty.balance(cid) == 0


def test_day_export_lines(any_services) -> None:
    from datetime import date

    from app.services import export

    s = any_services
    cid = add(s, "Zoë Export")
    s.visits.record(cid, [(8, 2), (1, 1)], 1210, at=datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
    s.visits.record(cid, [(4, 1)], at=datetime(2026, 3, 3, 9, 30, tzinfo=UTC))
    other = add(s, "Pat Nothing")
    s.visits.record(other, [], at=datetime(2026, 3, 2, 8, 15, tzinfo=UTC))  # a visit with nothing listed
    lines = export.visit_lines(s.db, date(2026, 3, 2), date(2026, 3, 2), "Europe/London")
    assert [(line.customer, line.items, line.amount_cents, line.points) for line in lines] == [
        ("Pat Nothing", "", None, 1),
        ("Zoë Export", "Sourdough loaf, 2× Flat white", 1210, 1),
    ]
    assert [f"{line.at:%H:%M}" for line in lines] == ["08:15", "09:30"]
