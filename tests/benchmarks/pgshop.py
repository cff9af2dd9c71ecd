"""The benchmark shop on PostgreSQL: a server kept in bench-pg/, the SQLite shop copied in with COPY.

The server is started by the benchmark itself (Debian's postgresql package, as the integration tests do) and
stopped at the end; its data stays, so the 2,000,000 visits are loaded once, like the SQLite shop. (Not
inside bench-data/: the app keeps its data folder private to its user, and the server runs as `postgres`.)
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import time

from tests.benchmarks.common import DATA, ROOT
from tests.pg_server import PgServer, find_bin

SHOP = "bench_shop"
LOADER_VERSION = 1
SKIPPED_TABLES = {"alembic_version"}


def start_server() -> PgServer | None:
    """The benchmark's own server, or None after saying plainly why there is none."""
    bin_dir = find_bin()
    if bin_dir is None:
        print(
            "  PostgreSQL: no server binaries (/usr/lib/postgresql/*/bin/initdb); install Debian's postgresql "
            "package to measure several tills on a shared server. SQLite lines only."
        )
        return None
    try:
        return PgServer(bin_dir, ROOT / "bench-pg").start()
    except Exception as exc:
        detail = getattr(exc, "stderr", b"") or str(exc)
        if isinstance(detail, bytes):
            detail = detail.decode(errors="replace")
        print(
            f"  PostgreSQL: the server could not be started ({str(detail).strip()[:300]}). SQLite lines only."
        )
        return None


def shop_url(server: PgServer) -> str:
    """The benchmark shop's URL, loaded from the SQLite shop when it is missing or out of date."""
    marker = DATA / "pg-built.json"
    wanted = {**json.loads((DATA / "built.json").read_text()), "loader": LOADER_VERSION}
    if marker.exists() and json.loads(marker.read_text()) == wanted and _exists(server, SHOP):
        return server.url(SHOP)
    marker.unlink(missing_ok=True)
    started = time.perf_counter()
    server.drop_database(SHOP)
    url = server.create_database(SHOP)
    from app.application import open_services

    with tempfile.TemporaryDirectory() as folder:
        open_services(folder, url, daily_backup=False).close()  # the schema, by the app's own migrations
    rows = _copy_in(server, url)
    print(f"  loaded the PostgreSQL shop ({rows:,} rows by COPY) in {time.perf_counter() - started:.0f} s")
    marker.write_text(json.dumps(wanted))
    return url


def _connect(server: PgServer, name: str):  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(host=str(server.sockets), port=server.port, user="postgres", dbname=name)


def _exists(server: PgServer, name: str) -> bool:
    with _connect(server, "postgres") as conn:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is not None


def _copy_in(server: PgServer, url: str) -> int:
    source = sqlite3.connect(f"file:{DATA / 'regulars.sqlite3'}?mode=ro", uri=True)
    total = 0
    with _connect(server, SHOP) as conn:
        # Replica mode: the append-only and foreign-key triggers stay quiet while rows are copied as they are.
        conn.execute("SET session_replication_role = replica")
        conn.execute("SET TIME ZONE 'UTC'")  # SQLite holds UTC times without a zone
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                "AND table_type = 'BASE TABLE'"
            )
        ]
        in_sqlite = {r[0] for r in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table in sorted(set(tables) & in_sqlite - SKIPPED_TABLES):
            pg_columns = [
                r[0]
                for r in conn.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = %s", (table,)
                )
            ]
            have = [r[1] for r in source.execute(f"PRAGMA table_info({table})")]
            columns = [c for c in have if c in pg_columns]
            conn.execute(f"DELETE FROM {table}")  # what a fresh shop starts with (settings, the menu)
            listed = ", ".join(columns)
            with conn.cursor().copy(f"COPY {table} ({listed}) FROM STDIN") as copy:
                for row in source.execute(f"SELECT {listed} FROM {table}"):
                    copy.write_row(row)
                    total += 1
            if "id" in columns:
                conn.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT COALESCE(max(id), 1) FROM {table}))"
                )
        conn.commit()
        conn.autocommit = True
        conn.execute("VACUUM ANALYZE")
    source.close()
    return total
