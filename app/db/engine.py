"""Engine and sessions: one engine per process, a short session per service call."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import DatabaseError, DisconnectionError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from app.errors import StorageDamaged, UserError
from app.messages import msg

BUSY_TIMEOUT_MS = 10_000
# For the length of one report's transaction (SET LOCAL), in one round trip.
REPORT_SETTINGS = "SET LOCAL work_mem = '96MB'; SET LOCAL max_parallel_workers_per_gather = 0"
PING_AFTER_IDLE_S = 5.0
CACHE_KIB = 32 * 1024  # SQLite's default is 2 MiB: a large shop's hot indexes stay in memory


def make_engine(url: str | URL) -> Engine:
    # hide_parameters: a failed statement's message (crash dialog, log) must not carry names and phones.
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True)
        _configure_sqlite(engine)
        return engine
    if make_url(url).get_driver_name() == "psycopg":
        _require_psycopg()
    engine = create_engine(url, hide_parameters=True, connect_args=server_args(url))
    _ping_when_idle(engine)
    return engine


def server_args(url: str | URL) -> dict[str, str]:
    """No JIT compiling on a server: the counter's statements are small, and a day's export whose estimate
    crossed the threshold spent 530 ms compiling to run in 80 (set at connecting, no extra round trip)."""
    given = make_url(url).query.get("options", "")
    given = given if isinstance(given, str) else " ".join(given)
    return {"options": f"{given} -c jit=off".strip()}


def _ping_when_idle(engine: Engine) -> None:
    """Check a server connection is still there before using it, but only after it sat unused for a while:
    pinging on every checkout (pool_pre_ping) added a round trip to each transaction, two of a visit save's
    seventeen. A connection the server dropped within the last few seconds fails once, as a busy server does
    (the counter keeps the order and saves it again), and the pool then starts afresh."""

    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_connection: DBAPIConnection, record: ConnectionPoolEntry) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_connection: DBAPIConnection, record: ConnectionPoolEntry, _proxy: object) -> None:
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < PING_AFTER_IDLE_S:
            return  # new, or used a moment ago
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as exc:  # whatever the driver raises for a dead link: the pool reconnects
            raise DisconnectionError(str(exc)) from exc


def _require_psycopg() -> None:
    # psycopg is an optional extra: a single till on SQLite does not need it.
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise UserError(
            msg.tr(
                "Sharing a PostgreSQL server needs the psycopg driver, which is not installed. Install "
                "Regulars with its postgres extra: pip install 'regulars[postgres]'."
            )
        ) from None


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
        # Let SQLAlchemy, not the driver, say when a transaction begins (see _on_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # FULL: a visit confirmed on screen survives a power cut, not only a crash.
        cursor.execute("PRAGMA synchronous=FULL")
        # Erased personal data must not linger in free pages of the file.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the write lock up front, so read-then-write (a balance check) cannot interleave
        # with another till's; waiting for the lock is bounded by busy_timeout.
        mode = "IMMEDIATE" if conn.get_execution_options().get("write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")


DAMAGED = (
    "The database file is damaged. Restore the latest backup (regulars backup restore latest); "
    "the damaged file is kept aside."
)


def is_damaged(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


@contextmanager
def _stop_when_damaged() -> Iterator[None]:
    # Carrying on after SQLite reports damage spreads it; the person at the counter needs the backup instead.
    try:
        yield
    except DatabaseError as exc:
        if is_damaged(exc):
            raise StorageDamaged(DAMAGED) from exc
        raise


class Database:
    """Hands out sessions: `read()` for lookups, `write()` for changes (committed on leaving the block).
    A damaged file stops any of them with StorageDamaged."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._reads = sessionmaker(engine, expire_on_commit=False)
        self._writes = sessionmaker(engine.execution_options(write=True), expire_on_commit=False)
        self._lookups: Engine | None = None
        self.writes = 0

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Session]:
        with _stop_when_damaged(), self._reads() as session, session.begin():
            yield session

    @contextmanager
    def rows(self) -> Iterator[Connection]:
        """A read transaction on a plain connection, for hot paths that want rows rather than ORM objects."""
        with _stop_when_damaged(), self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def report(self) -> Iterator[Connection]:
        """A read transaction for an owner's report over the whole year. On a server it sorts and groups
        in memory rather than on disk, and stays on one core (no parallel workers): beside eight tills on two cores, a report that takes both cores starves the counter."""
        with self.rows() as conn:
            if self.dialect == "postgresql":
                conn.exec_driver_sql(REPORT_SETTINGS)
            yield conn

    @contextmanager
    def lookup(self) -> Iterator[Connection]:
        """For one read statement on a hot path: on a server the lookup connection (autocommit), so it is
        one round trip; a single statement reads one snapshot, as consistent as a read transaction."""
        with _stop_when_damaged(), self.lookups.connect() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Session]:
        with _stop_when_damaged(), self._writes() as session, session.begin():
            self.writes += 1  # what this process keeps (regulars_kept) is counted afresh after its own writes
            yield session

    @property
    def lookups(self) -> Engine:
        """For a search on every keystroke. On a server: its own connection in autocommit, so a lookup is
        one round trip instead of four (ping, BEGIN, query, ROLLBACK). A connection the server dropped
        since the last keystroke fails once with `connection_invalidated`; the caller asks again."""
        if self.engine.dialect.name == "sqlite":
            return self.engine
        if self._lookups is None:
            self._lookups = create_engine(
                self.engine.url,
                isolation_level="AUTOCOMMIT",
                pool_size=1,
                hide_parameters=True,
                connect_args=server_args(self.engine.url),
            )
            _ping_when_idle(self._lookups)
        return self._lookups

    def dispose(self) -> None:
        self.engine.dispose()
        if self._lookups is not None:
            self._lookups.dispose()
