"""A demo bakery: customers from many languages, each with habits, so usual orders mean something.

Deterministic for a given seed. Rows go in with bulk inserts so a benchmark-sized shop builds quickly.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TypeAlias

from sqlalchemy import Connection, Row, func, insert, or_, select

from app.codes.tokens import new_token
from app.db import sequences
from app.db.engine import CACHE_KIB, Database
from app.errors import UserError
from app.messages import msg
from app.models import (
    AuditEvent,
    Base,
    Card,
    Customer,
    CustomerWord,
    Item,
    LedgerEntry,
    Reward,
    Visit,
    VisitItem,
)
from app.services.demo_names import FIRST, FLAGS, LAST, NOTES, PREFERENCES
from app.services.folding import fold
from app.services.items import Items
from app.services.search import build_key
from app.services.search_typos import remember_words
from app.services.settings import Settings

Person: TypeAlias = dict[str, Any]  # one made-up customer, before it is written
MenuRow: TypeAlias = Row[int, int | None, str, str]  # id, price in cents, category, name
BulkRow: TypeAlias = tuple[Any, ...]  # one row for executemany

GENERATOR_VERSION = 3  # bump when the shape of generated data changes (the benchmark rebuilds on a change)
BUILD_CACHE_KIB = 512 * 1024  # SQLite page cache while loading a benchmark-sized shop
DEMO_REWARDS = [("Free coffee", 10), ("Free pastry", 8), ("Free loaf", 15)]
STAMPS_PER_REWARD = 10
DEMO_ACTION = "demo.fill"  # its audit target names the customer ids the demo made: "customers:1-300"


class DemoError(UserError):
    pass


@dataclass(frozen=True)
class DemoResult:
    customers: int
    visits: int


def fill(
    db: Database,
    settings: Settings,
    customers: int = 300,
    visits: int = 6000,
    seed: int = 1,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    chunk: int = 20_000,
    into_existing: bool = False,
    actor: str = "owner",
) -> DemoResult:
    """Made-up customers go only into a shop that holds none of its own, unless `into_existing`."""
    own = customers_of_their_own(db)
    if own and not into_existing:
        raise DemoError(
            msg.tr(
                "This shop already has {own} customers of its own; a demo would mix made-up people in "
                "with them. Add --into-existing to do it anyway."
            ).format(own=own)
        )
    rng = random.Random(seed)
    now = now or datetime.now(UTC)
    items = Items(db)
    items.seed_demo()
    if not own:  # a real shop keeps its name
        settings.set("shop_name", "The Corner Bakery")
    with db.write() as session:
        if not session.scalar(select(func.count(Reward.id))):
            session.execute(insert(Reward), [{"name": n, "cost": c, "active": True} for n, c in DEMO_REWARDS])
        menu = session.execute(
            select(Item.id, Item.price_cents, Item.category, Item.name).order_by(Item.id)
        ).all()
        first_id = (session.scalar(select(func.max(Customer.id))) or 0) + 1
        first_visit = (session.scalar(select(func.max(Visit.id))) or 0) + 1
    menu_ids = [m[0] for m in menu]
    people = [_person(rng, i, now, menu_ids) for i in range(customers)]
    if customers and first_id == 1:
        people[0] = _zoe(now, menu)
    _mind_allergies(people, {i.id: set(i.allergens) for i in items.list(include_inactive=True)})
    # One transaction: a demo is there whole or not at all, and the indexes can be built once at the end.
    rebuild = _indexes_built_after if first_visit == 1 else _unchanged
    with _bulk_connection(db) as conn, conn.begin(), rebuild(conn):
        _insert_customers(conn, people, first_id, rng, chunk)
        done = _insert_visits(conn, people, menu, first_id, first_visit, visits, rng, now, progress, chunk)
        made = f"customers:{first_id}-{first_id + customers - 1}" if customers else "customers:none"
        conn.execute(
            insert(AuditEvent).values(
                actor=actor, action=DEMO_ACTION, target=made, detail=f"{customers} customers, {done} visits"
            )
        )
        sequences.catch_up(conn, "customers", "visits")  # the ids above were numbered here
    return DemoResult(customers, done)


def customers_of_their_own(db: Database) -> int:
    """How many customers the shop holds that no demo made (erased ones count: their visits are real)."""
    with db.read() as session:
        made = []
        for target in session.scalars(select(AuditEvent.target).where(AuditEvent.action == DEMO_ACTION)):
            first, _, last = target.removeprefix("customers:").partition("-")
            if first.isdigit() and last.isdigit():
                made.append(Customer.id.between(int(first), int(last)))
        query = select(func.count(Customer.id))
        return session.scalar(query.where(~or_(*made)) if made else query) or 0


def _insert_visits(
    conn: Connection,
    people: list[Person],
    menu: Sequence[MenuRow],
    first_id: int,
    visit_id: int,
    visits: int,
    rng: random.Random,
    now: datetime,
    progress: Callable[[int, int], None] | None,
    chunk: int,
) -> int:
    # Busy regulars come often, others now and then: split the visits by each person's rhythm.
    weights = [1.0 / p["gap_days"] for p in people]
    total_weight = sum(weights) or 1.0
    plan = [max(1, round(visits * w / total_weight)) for w in weights] if visits else [0] * len(people)
    stamp = _time_format(conn)
    prices = {m[0]: m[1] or 0 for m in menu}
    hours = [7, 8, 8, 9, 10, 12, 13, 15, 16]
    found = ["scan", "scan", "search", "search", "manual"]
    # Generate everyone's visits first, then number them in time order as a real till would: a day's
    # visits sit together in the file, which is what makes the day export and recent-visit reads fast.
    pending: list[tuple[Any, int, tuple[int, ...], str, bool]] = []
    for offset, (person, count) in enumerate(zip(people, plan, strict=True)):
        customer_id = first_id + offset
        favourites = person["favourites"] or [rng.choice(menu)[0]]
        # Some regulars stopped coming a while ago: the win-back list has someone to show.
        end = now - timedelta(days=person.get("stopped_days", 0))
        # Gaps around their own rhythm, laid out so the last visit falls before `end` (no pile-up on today).
        gaps = [max(0.3, rng.gauss(person["gap_days"], person["gap_days"] / 3)) for _ in range(count)]
        at = end - timedelta(days=sum(gaps) + rng.uniform(0, person["gap_days"]))
        stamps = 0
        for gap in gaps:
            at += timedelta(days=gap)
            when = stamp(at.replace(hour=rng.choice(hours), minute=rng.randint(0, 59)))
            basket = [f for f in favourites if rng.random() < 0.85] or favourites[:1]
            basket = [f for f in basket if f not in person["unsafe"]] or person["safe"]
            if rng.random() < 0.2 and (extra := rng.choice(menu)[0]) not in person["unsafe"]:
                basket.append(extra)
            basket = tuple(dict.fromkeys(basket))
            stamps += 1
            redeem = stamps >= STAMPS_PER_REWARD and rng.random() < 0.7
            if redeem:
                stamps -= STAMPS_PER_REWARD
            pending.append((when, customer_id, basket, rng.choice(found), redeem))
    pending.sort(key=lambda v: (v[0], v[1]))
    done = 0
    batch: dict[str, list[BulkRow]] = {"visits": [], "items": [], "ledger": []}
    for when, customer_id, basket, how, redeem in pending:
        amount = sum(prices[i] for i in basket)
        batch["visits"].append((visit_id, customer_id, when, "Till 1", "demo", amount, how, False, ""))
        batch["items"].extend((visit_id, i, 1) for i in basket)
        batch["ledger"].append((customer_id, "earn", 1, when, "demo", "visit", visit_id))
        if redeem:
            batch["ledger"].append(
                (customer_id, "redeem", -STAMPS_PER_REWARD, when, "demo", "Free coffee", None)
            )
        visit_id += 1
        done += 1
        if len(batch["visits"]) >= chunk:
            _flush(conn, batch)
            if progress:
                progress(done, len(pending))
    _flush(conn, batch)
    if progress:
        progress(done, len(pending))
    return done


def _mind_allergies(people: list[dict], allergens: dict[int, set[str]]) -> None:  # type: ignore[type-arg]
    """Nobody's usual holds what they are allergic to: what each may not have, and a safe stand-in (the
    seeded draws stay as they were, so a seed still makes the same shop)."""
    for p in people:
        flags = set(p["allergies"].split(",")) - {""}
        p["unsafe"] = {i for i, tags in allergens.items() if tags & flags}
        p["safe"] = [i for i in allergens if i not in p["unsafe"]][:1]


def _person(rng: random.Random, index: int, now: datetime, menu_ids: list[int]) -> dict[str, Any]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    has_birthday = rng.random() < 0.7
    flags = [rng.choice(FLAGS)] if rng.random() < 0.15 else []
    return {
        "name": f"{first} {last}",
        "phone": f"+447{rng.randint(100_000_000, 999_999_999)}" if rng.random() < 0.8 else None,
        "email": f"{fold(first).replace(' ', '')}.{fold(last).replace(' ', '')}{index}@example.com"
        if rng.random() < 0.6
        else None,
        "birth_month": rng.randint(1, 12) if has_birthday else None,
        "birth_day": rng.randint(1, 28) if has_birthday else None,
        "birth_year": rng.randint(1950, 2006) if has_birthday and rng.random() < 0.5 else None,
        "preferences": rng.choice(PREFERENCES) if rng.random() < 0.5 else "",
        "allergies": ",".join(flags),
        "notes": rng.choice(NOTES) if rng.random() < 0.2 else "",
        "consent_contact": rng.random() < 0.6,
        "gap_days": rng.choice([1.5, 2, 3, 5, 7, 7, 10, 14, 21, 30]),
        "favourites": rng.sample(menu_ids, min(len(menu_ids), rng.randint(1, 3))),
        "created_at": now - timedelta(days=rng.randint(30, 900)),
        "stopped_days": rng.choice([0] * 8 + [30, 45, 60, 90]),
    }


def _zoe(now: datetime, menu: Sequence[MenuRow]) -> Person:
    """The regular everyone knows: sourdough and a flat white, oat milk, nut allergy, birthday in three days."""
    soon = (now + timedelta(days=3)).date()
    ids = {name: item_id for item_id, name in _names(menu)}
    return {
        "name": "Zoë Martin",
        "phone": "+447700900123",
        "email": "zoe.martin@example.com",
        "birth_month": soon.month,
        "birth_day": min(soon.day, 28) if soon.month == 2 else soon.day,
        "birth_year": None,
        "preferences": "Oat milk in her flat white",
        "allergies": "nuts",
        "notes": "Comes in before work, usually with her dog Pip",
        "consent_contact": True,
        "gap_days": 2,
        "favourites": [i for i in (ids.get("Sourdough loaf"), ids.get("Flat white")) if i],
        "created_at": now - timedelta(days=400),
    }


def _names(menu: Sequence[MenuRow]) -> list[tuple[int, str]]:
    return [(m[0], m[3]) for m in menu]


def _insert_customers(
    conn: Connection, people: list[Person], first_id: int, rng: random.Random, chunk: int
) -> None:
    rows: list[dict[str, Any]] = []
    words: list[dict[str, Any]] = []
    cards: list[dict[str, Any]] = []
    for offset, p in enumerate(people):
        cid = first_id + offset
        rows.append(
            {
                "id": cid,
                "name": p["name"],
                "search_key": build_key(p["name"], p["email"], p["phone"]),
                "phone": p["phone"],
                "email": p["email"],
                "birth_month": p["birth_month"],
                "birth_day": p["birth_day"],
                "birth_year": p["birth_year"],
                "preferences": p["preferences"],
                "allergies": p["allergies"],
                "allergy_note": "",
                "notes": p["notes"],
                "consent_contact": p["consent_contact"],
                "consent_channel": "email"
                if p["consent_contact"] and p["email"]
                else ("sms" if p["consent_contact"] else ""),
                "consent_at": p["created_at"] if p["consent_contact"] else None,
                "consent_source": "demo" if p["consent_contact"] else "",
                "created_at": p["created_at"],
                "updated_at": p["created_at"],
            }
        )
        words.extend({"word": w, "customer_id": cid} for w in sorted(set(fold(p["name"]).split())))
        if rng.random() < 0.7:
            cards.append(
                {
                    "customer_id": cid,
                    "token": new_token(),
                    "status": "active",
                    "issued_at": p["created_at"],
                    "printed_at": p["created_at"],
                }
            )
    stamp = _time_format(conn)
    for table, values in ((Customer, rows), (CustomerWord, words), (Card, cards)):
        if not values:
            continue
        columns = tuple(values[0])
        tuples = [
            tuple(stamp(v) if isinstance(v, datetime) else v for v in (r[c] for c in columns)) for r in values
        ]
        for start in range(0, len(tuples), chunk):
            _bulk(conn, table, columns, tuples[start : start + chunk])
    remember_words(conn, {w["word"] for w in words})  # so a typo finds them too


VISIT_COLUMNS = (
    "id",
    "customer_id",
    "at",
    "till",
    "staff",
    "amount_cents",
    "found_by",
    "voided",
    "void_reason",
)
ITEM_COLUMNS = ("visit_id", "item_id", "quantity")
LEDGER_COLUMNS = ("customer_id", "kind", "points", "at", "actor", "reason", "visit_id")


def _flush(conn: Connection, batch: dict[str, list[BulkRow]]) -> None:
    if not batch["visits"]:
        return
    _bulk(conn, Visit, VISIT_COLUMNS, batch["visits"])
    _bulk(conn, VisitItem, ITEM_COLUMNS, batch["items"])
    _bulk(conn, LedgerEntry, LEDGER_COLUMNS, batch["ledger"])
    for rows in batch.values():
        rows.clear()


def _time_format(conn: Connection) -> Callable[[datetime], object]:
    """Datetimes as each database stores them (SQLAlchemy keeps naive UTC text in SQLite)."""
    if conn.dialect.name == "sqlite":
        return lambda at: at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    return lambda at: at


@contextmanager
def _bulk_connection(db: Database) -> Iterator[Connection]:
    """One connection for the whole load. On SQLite a large page cache (visits arrive in time order, but the
    indexes by customer take them at random) and NORMAL sync, which in WAL mode may lose the demo to a power
    cut but never corrupts the file; all go back when the load ends."""
    with db.engine.connect() as conn:
        conn.execution_options(write=True)  # the load's transaction takes the write lock up front
        raw = conn.connection.driver_connection if db.dialect == "sqlite" else None
        if raw is not None:  # pragmas outside any transaction, straight to the driver
            raw.execute(f"PRAGMA cache_size=-{BUILD_CACHE_KIB}")
            raw.execute("PRAGMA synchronous=NORMAL")
            raw.execute("PRAGMA wal_autocheckpoint=0")
        try:
            yield conn
        finally:
            if raw is not None:
                conn.rollback()
                raw.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
                raw.execute("PRAGMA synchronous=FULL")
                raw.execute("PRAGMA wal_autocheckpoint=1000")
                raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")


@contextmanager
def _unchanged(_conn: Connection) -> Iterator[None]:
    yield


@contextmanager
def _indexes_built_after(conn: Connection) -> Iterator[None]:
    """An empty shop on SQLite: the visit tables' indexes are dropped and built again after the load, in the
    same transaction. Building an index from sorted rows is far cheaper than keeping it up row by row."""
    if conn.dialect.name != "sqlite":
        yield
        return
    indexes = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN ('visits', 'visit_items', 'points_ledger')"
    ).all()
    for name, _ in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in indexes:
        conn.exec_driver_sql(sql)


def _bulk(conn: Connection, model: type[Base], columns: Sequence[str], rows: list[BulkRow]) -> None:
    """executemany straight to the driver: building a benchmark-sized shop is mostly parameter handling,
    which SQLAlchemy would otherwise do value by value."""
    if not rows:
        return
    marker = "?" if conn.dialect.name == "sqlite" else "%s"
    sql = f"INSERT INTO {model.__tablename__} ({', '.join(columns)}) VALUES ({', '.join([marker] * len(columns))})"  # noqa: S608 - table and column names from the models
    conn.exec_driver_sql(sql, rows)
