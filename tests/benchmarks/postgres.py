"""The counter's speed on the PostgreSQL benchmark shop: search, scan to profile data, the day's export.

Floors are the same questions asked raw through psycopg on the same server in the same run: the pg_trgm
index for search, the profile's own statements for a scan, the day's query for the export.
"""

from __future__ import annotations

import random
import sqlite3
import tempfile

from tests.benchmarks.common import pct, report, timed


def bench_postgres(server, url: str, conn: sqlite3.Connection) -> None:  # type: ignore[no-untyped-def]
    from app.application import open_services
    from tests.benchmarks.pgshop import SHOP, _connect

    with tempfile.TemporaryDirectory() as folder:
        services = open_services(folder, url, daily_backup=False)
        raw = _connect(server, SHOP)
        raw.autocommit = True
        trgm = raw.execute("SELECT 1 FROM pg_indexes WHERE indexname = 'ix_customers_search_trgm'").fetchone()
        if trgm is None:
            print(
                "  PostgreSQL: no pg_trgm index (the extension could not be created); search scans the table."
            )
        try:
            _search(services, raw, conn)
            _scan(services, raw)
            _export(services, raw)
        finally:
            raw.close()
            services.close()


def _typed(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """What staff type, by kind: first names and surname fragments, phone fragments, e-mail starts."""
    from app.services.folding import fold

    rng = random.Random(5)
    kinds: dict[str, list[str]] = {"name": [], "phone": [], "e-mail": []}
    for name, phone, email in conn.execute(
        "SELECT name, phone, email FROM customers WHERE erased_at IS NULL ORDER BY random() LIMIT 300"
    ):
        words = fold(name).split()
        kinds["name"].append(words[0][: rng.randint(3, max(3, len(words[0])))])
        if len(words) > 1 and len(words[-1]) >= 4:
            kinds["name"].append(words[-1][:4])
        if phone:
            kinds["phone"].append(phone[3:][2:8])
        if email:
            kinds["e-mail"].append(email[:8])
    return {k: v[:200] for k, v in kinds.items()}


def _search(services, raw, conn: sqlite3.Connection) -> None:  # type: ignore[no-untyped-def]
    from app.services import phones
    from app.services.folding import fold_query, looks_like_phone

    def like(term: str) -> str:
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"

    def floor(q: str) -> None:
        """The same question raw: a typed phone number is looked for as typed and in international form."""
        terms = [fold_query(q)]
        if looks_like_phone(q) and (e164 := phones.try_e164(q, services.search.region)):
            terms.append(e164.lstrip("+"))
        where = " OR ".join(["search_key LIKE %s"] * len(terms))
        raw.execute(
            f"SELECT id, name, phone, email FROM customers WHERE {where} LIMIT 60", [like(t) for t in terms]
        ).fetchall()

    for kind, typed in _typed(conn).items():
        for q in typed:  # both read each query's pages once first
            services.search.search(q)
            floor(q)
        ours = [timed(lambda q=q: services.search.search(q), 1)[0] for q in typed]
        base = [timed(lambda q=q: floor(q), 1)[0] for q in typed]
        ok = pct(ours, 95) <= 2 * pct(base, 95) and pct(ours, 95) < 16
        report(
            f"PostgreSQL {kind} search p95",
            pct(ours, 95),
            pct(base, 95),
            "raw pg_trgm LIKE, same terms",
            "within 2x floor, < 16 ms",
            ok,
        )


def _scan(services, raw) -> None:  # type: ignore[no-untyped-def]
    from app.codes.tokens import payload
    from app.services.profile import CARD_SQL, PERSON_SQL
    from app.services.visits import RECENT_SQL, USUAL_SQL

    tokens = [
        r[0]
        for r in raw.execute("SELECT token FROM cards WHERE status = 'active' ORDER BY random() LIMIT 80")
    ]
    window = int(services.settings.get("usual_window_visits"))

    def ours(token: str) -> None:
        services.profiles.load(services.cards.resolve(payload(token)))

    statements = [_as_psycopg(s.text) for s in (PERSON_SQL, CARD_SQL, USUAL_SQL, RECENT_SQL)]

    def floor(token: str) -> None:
        customer = raw.execute("SELECT customer_id FROM cards WHERE token = %s", (token,)).fetchone()[0]
        ids = {"customer": customer, "window": window, "n": 8}
        for sql in statements:
            raw.execute(sql, ids).fetchall()
        raw.execute("SELECT id, name, cost, active FROM rewards WHERE active ORDER BY cost, name").fetchall()

    for t in tokens:
        ours(t)
        floor(t)
    measured = [timed(lambda t=t: ours(t), 1)[0] for t in tokens]
    base = [timed(lambda t=t: floor(t), 1)[0] for t in tokens]
    report(
        "PostgreSQL scan to profile data (p95)",
        pct(measured, 95),
        pct(base, 95),
        "its SQL run raw (p95)",
        "< 20 ms",
        pct(measured, 95) < 20,
    )


def _as_psycopg(sql: str) -> str:
    """`:name` parameters (SQLAlchemy's text()) as psycopg's `%(name)s`."""
    import re

    return re.sub(r"(?<!:):(\w+)", r"%(\1)s", sql.replace("%", "%%"))


def _export(services, raw) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, date

    from app.services import export
    from tests.benchmarks.common import VISITS

    per_day = raw.execute(
        "SELECT (at AT TIME ZONE 'UTC')::date d, count(*) c FROM visits GROUP BY d"
    ).fetchall()
    average = VISITS // 365
    day_value, count = min(per_day, key=lambda r: abs(r[1] - average))
    day = day_value if isinstance(day_value, date) else date.fromisoformat(str(day_value))
    zone = services.settings.timezone_name()
    start, end = export.local_bounds(day, day, zone)
    sql = (
        "SELECT v.id, v.at, c.name, v.amount_cents FROM visits v JOIN customers c ON c.id = v.customer_id "
        "WHERE v.at >= %s AND v.at < %s"
    )
    export.visit_lines(services.db, day, day, zone)  # warm
    ours = pct(timed(lambda: export.visit_lines(services.db, day, day, zone), 7), 50)
    floor = pct(
        timed(lambda: raw.execute(sql, (start.astimezone(UTC), end.astimezone(UTC))).fetchall(), 7), 50
    )
    report(f"PostgreSQL day export ({count:,} visits)", ours, floor, "raw day query", "< 100 ms", ours < 100)


def bench_on_postgres(conn: sqlite3.Connection) -> None:
    """Start the benchmark's own server; the counter's lines, then eight and twenty tills on it."""
    from tests.benchmarks.pgshop import SHOP, shop_url, start_server
    from tests.benchmarks.tills import bench_tills_postgres

    server = start_server()
    if server is None:
        return
    try:
        url = shop_url(server)
        bench_postgres(server, url, conn)
        bench_tills_postgres(server, SHOP)
    finally:
        server.stop()
