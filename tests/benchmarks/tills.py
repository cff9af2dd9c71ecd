"""Eight tills at once on the benchmark shop, on PostgreSQL and on one shared SQLite file in WAL mode.

Each till is its own long-lived process driving the application layer (a visit a second, a first name searched
key by key between visits); an owner runs the day export and the regulars page beside them. Floor: one till
alone on the same database, measured just before. Mid-run two tills are SIGKILLed and one loses its connection;
afterwards each till's log of confirmed saves is held against the database (`tillrun.check`). Twenty tills on
PostgreSQL is an informative line. Every run works on a copy of the shop, so the cached shops stay as built.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from tests.benchmarks import tillrun
from tests.benchmarks.common import DATA, pct, report, results

SECONDS, FLOOR_SECONDS, TWENTY_SECONDS = 60, 15, 30
POOL = 2000


def bench_tills_sqlite() -> None:
    work = Path(tempfile.mkdtemp(prefix="tills-", dir=DATA))
    try:
        shutil.copyfile(DATA / "regulars.sqlite3", work / "regulars.sqlite3")
        _bench("SQLite WAL", work, None, targets=False)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def bench_tills_postgres(server, shop: str) -> None:  # type: ignore[no-untyped-def]
    name = "tills_run"
    work = Path(tempfile.mkdtemp(prefix="tills-", dir=DATA))
    try:
        url = _copy_database(server, shop, name)
        _bench("PostgreSQL", work, url, targets=True)
        _twenty(work, url)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        server.drop_database(name)


def _copy_database(server, shop: str, name: str) -> str:  # type: ignore[no-untyped-def]
    from tests.benchmarks.pgshop import _connect

    server.drop_database(name)
    with _connect(server, "postgres") as conn:
        conn.autocommit = True
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {shop} STRATEGY FILE_COPY")
    return server.url(name)


def _engine(work: Path, url: str | None):  # type: ignore[no-untyped-def]
    from app.db.engine import make_engine

    return make_engine(url or f"sqlite:///{work / 'regulars.sqlite3'}")


def _bench(label: str, work: Path, url: str | None, targets: bool) -> None:
    from app.application import open_services
    from app.services.loyalty import Rules

    engine = _engine(work, url)
    pool = tillrun.pool_from(engine, POOL)
    alone = tillrun.run(work, url, 1, FLOOR_SECONDS, pool, work / "alone")
    floor_save, floor_search = alone.times("till1", "ok"), alone.times("till1", "search")
    before = tillrun.snapshot(engine, [cid for cid, _ in pool])
    run = tillrun.run(work, url, 8, SECONDS, pool, work / "eight", kill=2, drop=True, owner=True)
    services = open_services(str(work), url, daily_backup=False)
    rules = Rules.from_settings(services.settings)
    services.close()
    verdict = tillrun.check(engine, run, before, rules)
    engine.dispose()
    print(
        f"  {label}: 8 tills and the owner for {SECONDS} s; killed {', '.join(run.killed)}, cut {run.dropped}"
    )
    print(
        f"  {'till':<8} {'visits':>6} {'save p50/p95/max ms':>22} {'searches':>9} {'search p50/p95/max ms':>24}"
    )
    saves, searches = [], []
    for till in run.logs:
        save, search = run.times(till, "ok"), run.times(till, "search")
        saves += save
        searches += search
        print(f"  {till:<8} {len(save):>6} {_three(save):>22} {len(search):>9} {_three(search):>24}")
    owner = {e: [line["ms"] for line in run.owner if line["e"] == e] for e in ("export", "regulars")}
    print(
        f"  owner: {len(owner['export'])} day exports (p50 {_p(owner['export'], 50)} ms), "
        f"{len(owner['regulars'])} regulars pages (p50 {_p(owner['regulars'], 50)} ms)"
    )
    print(f"  check: {verdict.describe()}")
    worst_save = max(pct(run.times(t, "ok"), 95) for t in run.logs if run.times(t, "ok"))
    worst_search = max(pct(run.times(t, "search"), 95) for t in run.logs if run.times(t, "search"))
    tag = "8 tills " + ("PostgreSQL" if url else "SQLite")
    report(
        f"{tag}: visit save p95 (worst till)",
        worst_save,
        pct(floor_save, 95),
        "one till alone p95",
        "< 50 ms" if targets else "(informative)",
        worst_save < 50 or not targets,
    )
    report(
        f"{tag}: search p95 (worst till)",
        worst_search,
        pct(floor_search, 95),
        "one till alone p95",
        "< 16 ms" if targets else "(informative)",
        worst_search < 16 or not targets,
    )
    problems = len(verdict.lost) + len(verdict.doubled) + len(verdict.unexplained)
    problems += len(verdict.earn_wrong) + len(verdict.balance_wrong)
    report(
        f"{tag}: lost/doubled/wrong after kill+cut",
        problems,
        verdict.confirmed,
        "saves confirmed in till logs",
        "0",
        verdict.clean,
        "",
    )


def _twenty(work: Path, url: str) -> None:
    engine = _engine(work, url)
    pool = tillrun.pool_from(engine, POOL, seed=5)
    engine.dispose()
    run = tillrun.run(work, url, 20, TWENTY_SECONDS, pool, work / "twenty", owner=True)
    saves = [ms for t in run.logs for ms in run.times(t, "ok")]
    searches = [ms for t in run.logs for ms in run.times(t, "search")]
    eight = next(r for r in results if r["name"] == "8 tills PostgreSQL: visit save p95 (worst till)")
    report(
        "20 tills PostgreSQL: visit save p95 (all)",
        pct(saves, 95),
        float(eight["measured"]),  # type: ignore[arg-type]
        "8 tills' worst p95",
        "(informative)",
        True,
    )
    print(
        f"  20 tills: {len(saves)} visits, search p95 {pct(searches, 95):.1f} ms over {len(searches)} searches"
    )


def _p(values: list[float], p: float) -> str:
    return f"{pct(values, p):.0f}" if values else "-"


def _three(values: list[float]) -> str:
    if not values:
        return "-"
    return f"{pct(values, 50):.1f}/{pct(values, 95):.1f}/{max(values):.1f}"
