"""Writing many customers at once without the search index's per-row cost.

On SQLite a trigger adds each new customer to the FTS5 trigram index, one row at a time: for a big import
that is four fifths of the time. For many rows the trigger is set aside inside the import's own transaction,
the new rows go into the index in one statement, and the trigger comes back exactly as it was. SQLite's
schema changes are part of the transaction, so a failure or a crash rolls all three back together, and
other tills wait on the import's write lock meanwhile, as they would anyway.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.models import Customer
from app.services.customers import Clean
from app.services.search import build_key

if TYPE_CHECKING:
    from app.services import importing

BULK_ROWS = 2000  # below this the trigger's cost does not matter
INSERT_CHUNK = 5000
TRIGGER = "customers_fts_insert"


@contextmanager
def search_index_paused(session: Session, rows: int, first_id: int) -> Iterator[None]:
    """Around inserting `rows` new customers numbered from `first_id` up, in the caller's transaction."""
    if session.get_bind().dialect.name != "sqlite" or rows < BULK_ROWS:
        yield
        return
    definition = session.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"), {"name": TRIGGER}
    ).scalar()
    if definition is None:
        yield
        return
    session.execute(text(f"DROP TRIGGER {TRIGGER}"))
    yield  # an exception here rolls the transaction back, the trigger with it
    session.execute(
        text(
            "INSERT INTO customer_fts (rowid, search_key) SELECT id, search_key FROM customers WHERE id >= :f"
        ),
        {"f": first_id},
    )
    session.execute(text(definition))


def insert_adds(session: Session, plan: importing.Plan, first_id: int, now: datetime) -> None:
    """Plain driver rows a chunk at a time: half a million customers in flat memory, without an ORM
    or per-row type processing (every row has the same import time, converted once)."""
    conn = session.connection()
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    convert = Customer.__table__.c.created_at.type.bind_processor(conn.dialect)
    stamp = convert(now) if convert else now
    names = (*ADD_COLUMNS, "id", "created_at", "name_unknown")
    add_sql = f"INSERT INTO customers ({', '.join(names)}) VALUES ({', '.join([mark] * len(names))})"  # noqa: S608 (our own column names)
    word_sql = f"INSERT INTO customer_words (word, customer_id) VALUES ({mark}, {mark})"  # noqa: S608 (placeholders only)
    rows: list[tuple[object, ...]] = []
    words: list[tuple[str, int]] = []
    last = len(plan.adds) - 1
    for offset, (row, c) in enumerate(plan.adds):
        cid = first_id + offset
        values = _columns(c, stamp, plan.format)
        rows.append((*(values[k] for k in ADD_COLUMNS), cid, stamp, row in plan.name_unknown))
        folded_name = str(values["search_key"]).split(" | ", 1)[0]  # see search.build_key
        words += [(w, cid) for w in sorted(set(folded_name.split()))]
        if len(rows) == INSERT_CHUNK or offset == last:
            conn.exec_driver_sql(add_sql, rows)
            if words:
                conn.exec_driver_sql(word_sql, words)
            rows, words = [], []


ADD_COLUMNS = (
    "name",
    "search_key",
    "phone",
    "email",
    "birth_month",
    "birth_day",
    "birth_year",
    "preferences",
    "allergies",
    "allergy_note",
    "notes",
    "consent_contact",
    "consent_channel",
    "consent_at",
    "consent_source",
    "updated_at",
)


def _columns(c: Clean, now, fmt: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    b = c.birthday
    return {
        "name": c.name,
        "search_key": build_key(c.name, c.email, c.phone, c.phone_digits),
        "phone": c.phone,
        "email": c.email,
        "birth_month": b.month if b else None,
        "birth_day": b.day if b else None,
        "birth_year": b.year if b else None,
        "preferences": c.preferences,
        "allergies": ",".join(c.flags),
        "allergy_note": c.allergy_note,
        "notes": c.notes,
        "consent_contact": c.consent_contact,
        "consent_channel": c.consent_channel,
        "consent_at": now if c.consent_contact else None,
        "consent_source": f"import:{fmt}" if c.consent_contact else "",
        "updated_at": now,
    }
