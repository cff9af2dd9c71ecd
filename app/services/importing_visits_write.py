"""Writing imported visits: plain driver rows, chunk by chunk, millions of them without per-row ORM work."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.models import Visit
from app.services.text import clean_text

STORED_TIMES = 1 << 14  # a busy shop's sales share their minutes: each is converted for the driver once


class Writer:
    """Inserts the visits and their items in the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self._conn = session.connection()
        mark = "?" if self._conn.dialect.paramstyle == "qmark" else "%s"
        convert: Callable[[Any], Any] = Visit.__table__.c.at.type.bind_processor(self._conn.dialect) or (
            lambda at: at
        )
        sqlite = self._conn.dialect.name == "sqlite"
        # SQLite's driver turns a datetime into text with its registered adapter on every row: once here
        adapt = sqlite3.adapters.get((datetime, sqlite3.PrepareProtocol)) if sqlite else None
        if adapt is not None:
            typed = convert

            def convert(at: datetime) -> Any:
                value = typed(at)
                return adapt(value) if isinstance(value, datetime) else value

        self.at: Callable[[datetime], Any] = functools.lru_cache(maxsize=STORED_TIMES)(convert)
        true, false = ("1", "0") if sqlite else ("true", "false")
        self._visits = (
            "INSERT INTO visits (id, customer_id, at, amount_cents, note, source_ref, till, staff, found_by, "  # noqa: S608 (placeholders and constants only)
            f"voided, void_reason, imported) VALUES ({mark}, {mark}, {mark}, {mark}, {mark}, {mark}, "
            f"'', '', 'import', {false}, '', {true})"
        )
        self._items = f"INSERT INTO visit_items (visit_id, item_id, quantity) VALUES ({mark}, {mark}, {mark})"  # noqa: S608 (placeholders only)

    def __call__(self, visits: Sequence[tuple[object, ...]], lines: list[tuple[int, int, int]]) -> None:
        self._conn.exec_driver_sql(self._visits, visits)
        if lines:
            self._conn.exec_driver_sql(self._items, lines)


def imported_before(session: Session, refs: list[str]) -> set[str]:
    """Which of these sale references an earlier import already wrote (one indexed query)."""
    conn = session.connection()
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = f"SELECT source_ref FROM visits WHERE source_ref IN ({', '.join([mark] * len(refs))})"  # noqa: S608 (placeholders only)
    return {ref for (ref,) in conn.exec_driver_sql(sql, tuple(refs))}


def any_imported(session: Session) -> bool:
    """Whether any visit came from an import: when none did, no sale of a file can be there already."""
    found = session.connection().exec_driver_sql("SELECT 1 FROM visits WHERE source_ref IS NOT NULL LIMIT 1")
    return found.first() is not None


def basket_lines(items: Sequence[tuple[int, str]], menu: dict[str, int]) -> tuple[str, list[tuple[int, int]]]:
    """The note of the items not on the menu, and (item id, quantity) of those on it."""
    known: dict[int, int] = {}
    unknown = []
    for quantity, name in items:
        iid = menu.get(name.lower())
        if iid is None:
            unknown.append(name if quantity == 1 else f"{quantity}× {name}")
        else:
            known[iid] = known.get(iid, 0) + quantity
    return clean_text(", ".join(unknown)), list(known.items())
