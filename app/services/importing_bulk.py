"""Writing many rows at once without the per-row cost of the search index and the secondary indexes.

On SQLite a trigger adds each new customer to the FTS5 trigram index, one row at a time, and every index on a
table takes each new row at a random place. For many rows the trigger and the indexes nothing reads
meanwhile are set aside inside the import's own transaction, the rows go in, the search index takes the new
rows in one statement and each index is built again in one sorted pass. SQLite's schema changes are part of
the transaction, so a failure or a crash rolls all of it back together, and other tills wait on the import's
write lock meanwhile, as they would anyway.
"""

from __future__ import annotations

import dataclasses
import functools
import operator
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from app.db.engine import DAMAGED, Database, is_damaged
from app.errors import StorageDamaged
from app.models import Customer
from app.services.birthdays import Birthday
from app.services.customers import Clean
from app.services.folding import fold, fold_email
from app.services.importing_stream import Spool
from app.services.phones import search_digits

if TYPE_CHECKING:
    from app.services import importing

BULK_ROWS = 2000  # below this the trigger's and the indexes' cost does not matter
INSERT_CHUNK = 5000
TRIGGER = "customers_fts_insert"
FTS_HASH_BULK, FTS_HASH_DEFAULT = 16 << 20, 1 << 20  # bytes of new index terms FTS5 holds before writing


@contextmanager
def indexes_paused(
    session: Session, table: str, rows: int, existing: int, unique_too: bool = False
) -> Iterator[None]:
    """Around inserting `rows` into `table` (holding about `existing`), in the caller's transaction: its
    indexes are dropped and built again afterwards, when that is cheaper than keeping them. Unique ones
    only when `unique_too` (nothing looks rows up by them meanwhile): built again, they still refuse a
    repeat, and the whole transaction with it."""
    if session.get_bind().dialect.name != "sqlite" or rows < BULK_ROWS or rows < existing // 4:
        yield
        return
    conn = session.connection()
    found = [
        (name, sql)
        for name, sql in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            (table,),
        )
        if unique_too or not sql.upper().startswith("CREATE UNIQUE")
    ]
    for name, _sql in found:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield  # an exception here rolls the transaction back, the indexes with it
    for _name, sql in found:
        conn.exec_driver_sql(sql)


@contextmanager
def bulk_write(db: Database) -> Iterator[Session]:
    """A write transaction, as `db.write()`, in which SQLite does not look up each new row's parents.

    An import's rows refer to customers and items it looked up in this same transaction, under its write
    lock, so they are there; on a shop file larger than SQLite's page cache, checking each of two million
    rows' customer reads a page from disk (half an import's writing time). The check is back on when the
    transaction ends, before the connection is used again."""
    if db.dialect != "sqlite":
        with db.write() as session:
            yield session
        return
    with db.engine.connect() as conn:
        raw: Any = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys=OFF")  # outside a transaction: within one SQLite ignores it
        try:
            conn.execution_options(write=True)  # BEGIN IMMEDIATE, as db.write()
            with Session(bind=conn, expire_on_commit=False) as session, session.begin():
                yield session
        except DatabaseError as exc:
            if is_damaged(exc):
                raise StorageDamaged(DAMAGED) from exc
            raise
        finally:
            conn.rollback()  # nothing left open: the pragma applies only outside a transaction
            raw.execute("PRAGMA foreign_keys=ON")


@contextmanager
def search_index_paused(session: Session, rows: int, first_id: int, existing: int = 0) -> Iterator[None]:
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
    # the name words' index by customer too (a few words a customer: the same proportion)
    with (
        indexes_paused(session, "customers", rows, existing),
        indexes_paused(session, "customer_words", rows, existing),
    ):
        yield  # an exception here rolls the transaction back, the trigger with it
    # FTS5 writes its pending terms out every 1 MiB and merges the pieces as it goes; with 16 MiB it
    # writes and merges far less (500,000 customers: 3.0 to 1.9 CPU-s). Set back to the default after.
    fts_option = "INSERT INTO customer_fts (customer_fts, rank) VALUES ('hashsize', :size)"
    session.execute(text(fts_option), {"size": FTS_HASH_BULK})
    session.execute(
        text(
            "INSERT INTO customer_fts (rowid, search_key) SELECT id, search_key FROM customers WHERE id >= :f"
        ),
        {"f": first_id},
    )
    session.execute(text(fts_option), {"size": FTS_HASH_DEFAULT})
    session.execute(text(definition))


def insert_adds(
    session: Session, plan: importing.Plan, first_id: int, now: datetime, taken: dict[str, int]
) -> tuple[set[str], dict[int, int], list[tuple[int, int]]]:
    """Plain driver rows a chunk at a time: half a million customers in flat memory, without an ORM
    or per-row type processing (every row has the same import time, converted once). Returns the name
    words written, the new customer id of each row with a reference in the other system, and the rows
    left out because their phone or e-mail is a customer's in `taken` (one added since the preview, with
    that customer's number), from the same pass over the plan's spool."""
    conn = session.connection()
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    convert = Customer.__table__.c.created_at.type.bind_processor(conn.dialect)
    stamp = convert(now) if convert else now
    adapt = (
        sqlite3.adapters.get((datetime, sqlite3.PrepareProtocol)) if conn.dialect.name == "sqlite" else None
    )
    if adapt is not None and isinstance(stamp, datetime):
        stamp = adapt(stamp)  # as SQLite's driver would turn it into text on every row, once
    names = (*ADD_COLUMNS, "id", "created_at", "name_unknown")
    add_sql = f"INSERT INTO customers ({', '.join(names)}) VALUES ({', '.join([mark] * len(names))})"  # noqa: S608 (our own column names)
    word_sql = f"INSERT INTO customer_words (word, customer_id) VALUES ({mark}, {mark})"  # noqa: S608 (placeholders only)
    rows: list[tuple[object, ...]] = []
    words: list[tuple[str, int]] = []
    every_word: set[str] = set()
    with_refs: dict[int, int] = {}
    late: list[tuple[int, int]] = []
    last = len(plan.adds) - 1
    cid = first_id - 1
    for offset, (row, c) in enumerate(plan.adds.packed()):  # plain values: no objects made again
        phone, email = c[_PHONE], c[_EMAIL]
        known = (taken.get(phone) if phone else None) or (taken.get(email) if email else None)
        if known:
            late.append((row, known))
        else:
            cid += 1
            folded_name = _folded(c[_NAME])
            rows.append((*_columns(c, folded_name, stamp, plan.format), cid, stamp, row in plan.name_unknown))
            name_words = _words(folded_name)
            every_word.update(name_words)
            words += [(w, cid) for w in name_words]
            if row in plan.new_refs:
                with_refs[row] = cid
        if rows and (len(rows) == INSERT_CHUNK or offset == last):
            conn.exec_driver_sql(add_sql, rows)
            if words:
                conn.exec_driver_sql(word_sql, words)
            rows, words = [], []
    return every_word, with_refs, late


# Names repeat (first names, surnames, families): folding each distinct one once is most of the saving.
_folded = functools.lru_cache(maxsize=1 << 14)(fold)


@functools.lru_cache(maxsize=1 << 14)
def _words(folded_name: str) -> tuple[str, ...]:
    return tuple(sorted(set(folded_name.split())))


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


def _columns(c: list[Any], folded_name: str, now, fmt: str) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    """The values of ADD_COLUMNS, in order, from a Clean as the spool keeps it (see _pack)."""
    b = c[_BIRTHDAY]  # (month, day, year) or None
    name, phone, email, consent = c[_NAME], c[_PHONE], c[_EMAIL], c[_CONSENT]
    # the search key as search.build_key makes it, with the name folded once per distinct name
    key = [folded_name]
    if email:
        key.append(fold_email(email))
    if phone:
        key.extend(c[_DIGITS] or search_digits(phone))
    return (
        name,
        " | ".join(key),
        phone,
        email,
        b[0] if b else None,
        b[1] if b else None,
        b[2] if b else None,
        c[_FIELD["preferences"]],
        ",".join(c[_FIELD["flags"]]),
        c[_FIELD["allergy_note"]],
        c[_FIELD["notes"]],
        consent,
        c[_FIELD["consent_channel"]],
        now if consent else None,
        f"import:{fmt}" if consent else "",
        now,
    )


def adds_spool() -> Spool[tuple[int, Clean]]:
    """A plan's rows to add, spooled as plain values rather than objects."""
    return Spool(pack=_pack, unpack=_unpack)


_CLEAN_FIELDS = tuple(f.name for f in dataclasses.fields(Clean))
_FIELD = {name: at for at, name in enumerate(_CLEAN_FIELDS)}
_BIRTHDAY, _NAME, _PHONE, _EMAIL = _FIELD["birthday"], _FIELD["name"], _FIELD["phone"], _FIELD["email"]
_CONSENT, _DIGITS = _FIELD["consent_contact"], _FIELD["phone_digits"]


_VALUES = operator.attrgetter(*_CLEAN_FIELDS)


def _pack(item: tuple[int, Clean]) -> tuple[int, list[Any]]:
    row, c = item
    values = list(_VALUES(c))
    b = c.birthday
    if b is not None:
        values[_BIRTHDAY] = (b.month, b.day, b.year)
    return row, values


def _unpack(packed: tuple[int, list[Any]]) -> tuple[int, Clean]:
    row, values = packed
    if values[_BIRTHDAY] is not None:
        values[_BIRTHDAY] = Birthday(*values[_BIRTHDAY])
    return row, Clean(*values)
