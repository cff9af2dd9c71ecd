"""Big files in flat memory: what an import holds does not grow with the file, and a bulk import stays
searchable and all-or-nothing."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from app.services import importing, importing_bulk, importing_visits
from app.services.customers import CustomerInput
from app.services.importing_stream import SeenBefore, Spool
from app.services.search import build_key
from tests.benchmarks.imports import write_customers, write_visits


def peak_while(call) -> tuple[object, int]:  # type: ignore[no-untyped-def]
    tracemalloc.start()
    try:
        result = call()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_customer_preview_and_import_hold_as_much_for_15000_rows_as_for_2500(
    services, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(importing_bulk, "INSERT_CHUNK", 500)  # both files write several chunks
    small, big = tmp_path / "small.csv", tmp_path / "big.csv"
    write_customers(small, 2_500, seed=3)
    write_customers(big, 15_000, seed=4)
    region = services.customers.region
    warm = tmp_path / "warm.csv"  # lazily loaded modules and phone metadata are not the import's to count
    write_customers(warm, 50, seed=9)
    importing.plan_import(services.db, warm, region)
    plan_small, peak_small = peak_while(lambda: importing.plan_import(services.db, small, region))
    _, apply_small = peak_while(lambda: importing.apply(services.db, plan_small))
    plan_big, peak_big = peak_while(lambda: importing.plan_import(services.db, big, region))
    _, apply_big = peak_while(lambda: importing.apply(services.db, plan_big))
    assert len(plan_big.adds) == 15_000 - 2_500  # the small file's e-mails are there already
    assert len(plan_big.skipped) == 2_500
    # Six times the rows, not six times the memory: what grows is the in-file duplicate check's keys.
    assert peak_big < 2 * peak_small, (peak_small, peak_big)
    assert apply_big < 2 * apply_small, (apply_small, apply_big)


def test_a_visit_preview_holds_as_much_for_30000_rows_as_for_3000(services, tmp_path) -> None:
    customers, small, big = tmp_path / "c.csv", tmp_path / "small.csv", tmp_path / "big.csv"
    write_customers(customers, 2_000)
    importing.apply(services.db, importing.plan_import(services.db, customers, services.customers.region))
    write_visits(small, 3_000, 2_000, seed=5)
    write_visits(big, 30_000, 2_000, seed=6)
    zone, region = services.settings.timezone_name(), services.customers.region
    plan_small, peak_small = peak_while(
        lambda: importing_visits.plan_visits(services.db, small, region, zone)
    )
    plan_big, peak_big = peak_while(lambda: importing_visits.plan_visits(services.db, big, region, zone))
    assert (plan_small.new, plan_big.new, plan_big.error_count) == (3_000, 30_000, 0)
    assert peak_big < 1.5 * peak_small, (peak_small, peak_big)


def test_a_bulk_import_is_searchable_and_new_customers_after_it_too(services, tmp_path) -> None:
    path = tmp_path / "many.csv"
    write_customers(path, 3_000)  # above the size where the index is filled in one statement
    plan = importing.plan_import(services.db, path, services.customers.region)
    assert importing.apply(services.db, plan) == 3_000
    last = plan.adds[-1][1]
    hits = services.search.search(last.email)
    assert [h.email for h in hits] == [last.email]
    assert any(h.name == last.name for h in services.search.search(last.name.split()[-1], 500))
    # The index trigger is back: a customer added at the counter is found at once.
    cid = services.customers.add(CustomerInput(name="Ottilie Quenby"))
    assert [h.id for h in services.search.search("quenb")] == [cid]


def test_a_bulk_import_that_fails_half_way_leaves_the_shop_and_its_index_as_they_were(
    services, tmp_path, monkeypatch
) -> None:
    path = tmp_path / "many.csv"
    write_customers(path, 3_000)
    plan = importing.plan_import(services.db, path, services.customers.region)
    before = services.search.count()
    columns, calls = importing_bulk._columns, []

    def fail_at_row_2500(*args):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 2_500:
            raise OSError("the disk is full")
        return columns(*args)

    monkeypatch.setattr(importing_bulk, "INSERT_CHUNK", 1_000)  # two chunks are in when it fails
    monkeypatch.setattr(importing_bulk, "_columns", fail_at_row_2500)
    with pytest.raises(OSError):
        importing.apply(services.db, plan)
    assert services.search.count() == before
    assert services.search.search(plan.adds[10][1].email) == []
    cid = services.customers.add(CustomerInput(name="Ottilie Quenby"))
    assert [h.id for h in services.search.search("quenb")] == [cid]


def test_a_spool_gives_back_what_it_was_given_in_order(tmp_path: Path) -> None:
    spool: Spool[tuple[int, str]] = Spool((n, f"row {n}") for n in range(7_321))
    assert len(spool) == 7_321 and bool(spool)
    assert list(spool) == [(n, f"row {n}") for n in range(7_321)]
    assert (
        spool[0] == (0, "row 0") and spool[-1] == (7_320, "row 7320") and spool[4_000] == (4_000, "row 4000")
    )
    assert spool[:3] == [(0, "row 0"), (1, "row 1"), (2, "row 2")]
    assert spool[7_319:] == [(7_319, "row 7319"), (7_320, "row 7320")]
    assert not Spool()


def test_seen_before_tells_repeats_apart_from_new_strings() -> None:
    seen = SeenBefore()
    assert all(seen.add(f"square:{n}", n + 2) is None for n in range(50_000))
    assert all(seen.add(f"square:{n}", 1) == n + 2 for n in range(0, 50_000, 7))
    assert seen.add("square:50000") is None


def _indexes(services, table: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with services.db.read() as session:
        found = session.connection().exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? ORDER BY name",
            (table,),
        )
        return [tuple(row) for row in found]


def _visit_count(services) -> int:  # type: ignore[no-untyped-def]
    with services.db.read() as session:
        return session.connection().exec_driver_sql("SELECT count(*) FROM visits").scalar()


def test_a_bulk_import_builds_the_tables_indexes_again_as_they_were(services, tmp_path) -> None:
    customers, visits = tmp_path / "c.csv", tmp_path / "v.csv"
    write_customers(customers, 3_000)
    write_visits(visits, 6_000, 3_000)
    before = _indexes(services, "customers"), _indexes(services, "visits")
    region, zone = services.customers.region, services.settings.timezone_name()
    assert importing.apply(services.db, importing.plan_import(services.db, customers, region)) == 3_000
    assert importing_visits.apply_visits(services.db, visits, region, zone).new == 6_000
    assert (_indexes(services, "customers"), _indexes(services, "visits")) == before
    again = importing_visits.apply_visits(services.db, visits, region, zone)  # found by the rebuilt index
    assert (again.new, again.already, _visit_count(services)) == (0, 6_000, 6_000)
    assert any(name == "ix_visits_customer_at" for name, _sql in before[1])
    with services.db.read() as session:
        integrity = session.connection().exec_driver_sql("PRAGMA integrity_check").scalar()
    assert integrity == "ok"


def test_a_visit_import_that_fails_in_its_last_chunk_leaves_nothing(services, tmp_path, monkeypatch) -> None:
    customers, visits = tmp_path / "c.csv", tmp_path / "v.csv"
    write_customers(customers, 1_000)
    write_visits(visits, 5_000, 1_000)  # three chunks of 2,000 rows at most
    region, zone = services.customers.region, services.settings.timezone_name()
    importing.apply(services.db, importing.plan_import(services.db, customers, region))
    indexes = _indexes(services, "visits")
    writes: list[int] = []

    class FailingLast(importing_visits.Writer):
        def __call__(self, visits, lines) -> None:  # type: ignore[no-untyped-def]
            writes.append(len(visits))
            if len(writes) == 3:
                raise OSError("the disk is full")
            super().__call__(visits, lines)

    monkeypatch.setattr(importing_visits, "Writer", FailingLast)
    with pytest.raises(OSError):
        importing_visits.apply_visits(services.db, visits, region, zone)
    assert writes == [2_000, 2_000, 1_000]  # two chunks were in when the last one failed
    assert _visit_count(services) == 0 and _indexes(services, "visits") == indexes
    monkeypatch.undo()
    assert importing_visits.apply_visits(services.db, visits, region, zone).new == 5_000


def test_a_bad_row_in_the_last_chunk_of_a_visit_file_changes_nothing(services, tmp_path) -> None:
    customers, visits = tmp_path / "c.csv", tmp_path / "v.csv"
    write_customers(customers, 1_000)
    write_visits(visits, 5_000, 1_000)
    with visits.open("a", encoding="utf-8") as f:
        f.write("c5@example.com,2025-13-40 10:00,4.50,Tea,late\n")
    region, zone = services.customers.region, services.settings.timezone_name()
    importing.apply(services.db, importing.plan_import(services.db, customers, region))
    with pytest.raises(importing.ImportError_, match="1 row has an error; nothing was imported"):
        importing_visits.apply_visits(services.db, visits, region, zone)
    assert _visit_count(services) == 0
    assert importing_visits.apply_visits(services.db, visits, region, zone, skip_errors=True).new == 5_000


def test_a_bulk_import_keys_its_customers_for_search_as_the_counter_does(services, tmp_path) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        "name,phone,email,birthday\n"
        "Zoë O'Brien-Smith,07700 900123,Zoe@Example.com,1980-02-03\n"
        + "".join(f"Søren Ødegaard {n},,s{n}@example.com,\n" for n in range(2_100)),
        encoding="utf-8",
    )
    plan = importing.plan_import(services.db, path, services.customers.region)
    assert importing.apply(services.db, plan) == 2_101  # above the size of a bulk write
    with services.db.read() as session:
        stored = dict(session.connection().exec_driver_sql("SELECT email, search_key FROM customers").all())
    for _row, c in (plan.adds[0], plan.adds[-1]):
        assert stored[c.email] == build_key(c.name, c.email, c.phone, c.phone_digits)
    assert stored["zoe@example.com"] == "zoe obrien smith | zoe@example.com | 447700900123 | 07700900123"
    assert [h.email for h in services.search.search("07700900123")] == ["zoe@example.com"]
