"""A full disk during a visit: the visit is not half-saved, and the person hears why."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import OperationalError

from app.errors import EXIT_RETRY, storage_problem
from app.models import LedgerEntry, Visit


def counts(services) -> tuple[int, int]:
    with services.db.read() as session:
        return session.scalar(select(func.count(Visit.id))), session.scalar(
            select(func.count(LedgerEntry.id))
        )


def test_a_visit_on_a_full_disk_saves_nothing_and_says_so(services, add) -> None:
    cid = add("Ed Evans")
    services.settings.set("cooldown_minutes", 0)  # every visit earns: the ledger grows too
    services.db.engine.dispose()

    @event.listens_for(services.db.engine, "connect")
    def _full(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # The file may not grow past its present size: SQLite answers as it does on a full disk.
        cursor = dbapi_connection.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count={pages}")
        cursor.close()

    failure = None
    for _ in range(2_000):  # until the free room in the last pages runs out
        before = counts(services)
        try:
            services.visits.record(cid, amount_cents=450)
        except OperationalError as exc:
            failure = exc
            break
    assert failure is not None, "the database never filled up"
    assert counts(services) == before
    problem = storage_problem(failure)
    assert problem is not None and problem.exit_status == EXIT_RETRY
    assert str(problem) == "The disk is full, so nothing was saved. Free some space and try again."
    with pytest.raises(OperationalError):  # and again: nothing was freed by the failed attempt
        services.visits.record(cid, amount_cents=450)
    assert counts(services) == before
