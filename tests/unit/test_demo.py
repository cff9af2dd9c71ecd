"""The demo loader: a whole shop in one transaction, with the schema's indexes as the migrations made them."""

import sqlite3

import pytest

from app.services import demo


def _indexes(path) -> set[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        return set(
            conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
        )


def test_an_empty_shop_gets_every_index_back_and_a_sound_file(services) -> None:
    path = services.paths.database
    before = _indexes(path)
    made = demo.fill(services.db, services.settings, customers=40, visits=600, seed=5)
    assert made.customers == 40 and made.visits >= 600
    assert _indexes(path) == before
    assert {"ix_visits_customer_at", "ix_visits_client_ref", "ix_points_ledger_visit_cover"} <= {
        n for n, _ in before
    }
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        plan = " ".join(
            r[3] for r in conn.execute("EXPLAIN QUERY PLAN SELECT * FROM visits WHERE customer_id = 3")
        )
        # by customer: (customer_id, at), or the lifetime-value summary's covering index that begins with it
        assert "ix_visits_customer_at" in plan or "ix_visits_customer_value" in plan
    # The loader's connection settings do not stay behind for the counter.
    with services.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -32 * 1024


def test_a_second_demo_adds_to_a_shop_with_visits(services) -> None:
    demo.fill(services.db, services.settings, customers=10, visits=100, seed=1)
    first = services.visits.summary(1)[0]
    demo.fill(services.db, services.settings, customers=10, visits=100, seed=2)
    assert services.visits.summary(1)[0] == first
    assert services.search.count() == 20
    assert services.search.search("zoe")  # search still finds people


def test_a_shop_with_its_own_customers_gets_no_demo_unless_asked(services, add) -> None:
    services.settings.set("shop_name", "Bike Hub")
    add("Real Person")
    with pytest.raises(demo.DemoError, match="1 customers of its own"):
        demo.fill(services.db, services.settings, customers=10, visits=50)
    assert services.search.count() == 1
    demo.fill(services.db, services.settings, customers=10, visits=50, into_existing=True)
    assert services.search.count() == 11
    assert services.settings.get("shop_name") == "Bike Hub"  # a real shop keeps its name
    assert demo.customers_of_their_own(services.db) == 1
