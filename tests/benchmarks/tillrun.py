"""Several tills at once, each its own process (`tests/benchmarks/till.py`), then an account of what they saved.

`run()` starts the tills (and an owner), lets them work, SIGKILLs some and cuts one's connection mid-run.
`check()` compares each till's own log of confirmed saves with the database: no visit lost or counted twice,
the earn rows the rules give for each visit, and every balance equal to what the rules give. Used by
`make bench` (60 s, the benchmark shop) and by a fast integration test (a few seconds, a small shop).
"""

from __future__ import annotations

import contextlib
import json
import signal
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from sqlalchemy import Connection, Engine, bindparam, text

from app.models.base import as_utc
from app.services.loyalty import Rules

ROOT = Path(__file__).resolve().parents[2]
READY_TIMEOUT_S = 300  # opening a shop on a loaded machine; not a speed check


@dataclass
class TillRun:
    logs: dict[str, list[dict]]  # till name → its log lines
    killed: list[str]
    dropped: str | None
    owner: list[dict] = field(default_factory=list)

    def times(self, till: str, event: str) -> list[float]:
        return [line["ms"] for line in self.logs[till] if line["e"] == event]


@dataclass
class Before:
    max_visit: int
    max_ledger: int
    balances: dict[int, int]
    last_earn: dict[int, object]


@dataclass
class Verdict:
    confirmed: int = 0
    lost: list[str] = field(default_factory=list)
    doubled: list[str] = field(default_factory=list)
    in_flight: int = 0  # saved but never confirmed: only a killed till's last save may be so
    unexplained: list[str] = field(default_factory=list)
    earn_wrong: list[int] = field(default_factory=list)
    earned: int = 0
    cooled: int = 0
    balances_checked: int = 0
    balance_wrong: list[int] = field(default_factory=list)
    redemptions: int = 0
    retried: int = 0

    @property
    def clean(self) -> bool:
        return not (self.lost or self.doubled or self.unexplained or self.earn_wrong or self.balance_wrong)

    def describe(self) -> str:
        return (
            f"{self.confirmed} confirmed saves: {len(self.lost)} lost, {len(self.doubled)} doubled, "
            f"{len(self.unexplained)} unexplained, {self.in_flight} in flight when killed; "
            f"earn rows: {self.earned} visits earned, {self.cooled} in the cooldown, {len(self.earn_wrong)} wrong; "
            f"{self.balances_checked} balances, {len(self.balance_wrong)} wrong; "
            f"{self.redemptions} redemptions; {self.retried} saves retried"
        )


def snapshot(engine: Engine, customers: list[int]) -> Before:
    with engine.connect() as conn:
        max_visit = conn.execute(text("SELECT COALESCE(max(id), 0) FROM visits")).scalar()
        max_ledger = conn.execute(text("SELECT COALESCE(max(id), 0) FROM points_ledger")).scalar()
        balances = _balances(conn, customers)
        earned = text(
            "SELECT customer_id, max(at) FROM points_ledger WHERE customer_id IN :ids AND kind = 'earn' "
            "AND points > 0 GROUP BY customer_id"
        ).bindparams(bindparam("ids", expanding=True))
        last_earn = dict.fromkeys(customers)
        last_earn.update({cid: at for cid, at in conn.execute(earned, {"ids": customers})})
    return Before(max_visit, max_ledger, balances, last_earn)


def _balances(conn: Connection, customers: list[int]) -> dict[int, int]:
    """Each customer's balance, in one query (one per customer was thousands of round trips)."""
    summed = text(
        "SELECT customer_id, COALESCE(sum(points), 0) FROM points_ledger WHERE customer_id IN :ids "
        "GROUP BY customer_id"
    ).bindparams(bindparam("ids", expanding=True))
    balances = dict.fromkeys(customers, 0)
    balances.update((cid, int(points)) for cid, points in conn.execute(summed, {"ids": customers}))
    return balances


def run(
    data_dir: Path,
    url: str | None,
    count: int,
    seconds: float,
    pool: list[tuple[int, str]],
    folder: Path,
    kill: int = 0,
    drop: bool = False,
    owner: bool = False,
    interval: float = 1.0,
) -> TillRun:
    folder.mkdir(parents=True, exist_ok=True)
    pool_file, go = folder / "pool.json", folder / "go"
    pool_file.write_text(json.dumps(pool))
    go.unlink(missing_ok=True)
    names = [f"till{n + 1}" for n in range(count)]
    procs: dict[str, subprocess.Popen[bytes]] = {}
    for n, name in enumerate(names + (["owner"] if owner else [])):
        log = folder / f"{name}.log"
        log.unlink(missing_ok=True)
        till_url = "-" if url is None else f"{url}&application_name={name}"
        module = "tests.benchmarks.owner" if name == "owner" else "tests.benchmarks.till"
        args = [str(data_dir), till_url, name, str(log), str(go), str(seconds), str(n), str(pool_file)]
        procs[name] = subprocess.Popen(
            [sys.executable, "-m", module, *args, str(interval)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=(folder / f"{name}.err").open("wb"),
        )
    _wait_ready(procs, folder)
    go.touch()
    started = time.monotonic()
    killed = names[:kill]
    dropped = names[kill] if drop and count > kill else None
    time.sleep(seconds * 0.4)
    for name in killed:  # once it has saved something: a loaded machine can be slow to get going
        while time.monotonic() - started < seconds and '"ok"' not in (folder / f"{name}.log").read_text():
            time.sleep(0.05)
        procs[name].send_signal(signal.SIGKILL)
    time.sleep(seconds * 0.1)
    if dropped:
        _drop(url, dropped, procs[dropped])
    for name, proc in procs.items():
        try:
            proc.wait(timeout=max(1.0, seconds - (time.monotonic() - started)) + 120)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise AssertionError(f"{name} did not finish") from None
        if proc.returncode != 0 and name not in killed:
            raise AssertionError(f"{name} failed: {(folder / f'{name}.err').read_text()[-2000:]}")
    logs = {name: _read(folder / f"{name}.log") for name in names}
    return TillRun(logs, killed, dropped, _read(folder / "owner.log") if owner else [])


def _wait_ready(procs: dict[str, subprocess.Popen[bytes]], folder: Path) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_S
    waiting = set(procs)
    while waiting and time.monotonic() < deadline:
        for name in list(waiting):
            if procs[name].poll() is not None:
                raise AssertionError(f"{name} stopped: {(folder / f'{name}.err').read_text()[-2000:]}")
            log = folder / f"{name}.log"
            if log.exists() and '"ready"' in log.read_text():
                waiting.discard(name)
        time.sleep(0.05)
    if waiting:
        raise AssertionError(f"not ready: {sorted(waiting)}")


def _drop(url: str | None, name: str, proc: subprocess.Popen[bytes]) -> None:
    """Cut one till's link to the database: its server connections end (PostgreSQL); on SQLite, where
    there is no server, the till closes its pooled connections (SIGUSR1)."""
    if url is None:
        proc.send_signal(signal.SIGUSR1)
        return
    from app.db.engine import make_engine

    engine = make_engine(url)
    with engine.connect() as conn:
        conn.execute(
            text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = :n"),
            {"n": name},
        )
        conn.commit()
    engine.dispose()


def _read(path: Path) -> list[dict]:
    if not path.exists():
        return []
    lines = []
    for raw in path.read_text().splitlines():
        with contextlib.suppress(json.JSONDecodeError):  # the half-written last line of a killed till
            lines.append(json.loads(raw))
    return lines


def check(engine: Engine, tills: TillRun, before: Before, rules: Rules) -> Verdict:
    verdict = Verdict()
    confirmed: dict[str, int] = {}
    tried: dict[str, str] = {}
    gave_up: set[str] = set()
    last_try: dict[str, str] = {}
    for till, lines in tills.logs.items():
        for line in lines:
            if line["e"] == "try":
                tried[line["ref"]] = till
                last_try[till] = line["ref"]
            elif line["e"] == "ok":
                confirmed[line["ref"]] = line["id"]
                verdict.retried += line["retries"] > 0
            elif line["e"] in ("gave_up", "refused"):
                gave_up.add(line["ref"])
    verdict.confirmed = len(confirmed)
    with engine.connect() as conn:
        visits = conn.execute(
            text(
                "SELECT id, customer_id, client_ref, at, amount_cents FROM visits WHERE id > :v ORDER BY at, id"
            ),
            {"v": before.max_visit},
        ).all()
        earns = defaultdict(int)
        for visit_id, n in conn.execute(
            text(
                "SELECT visit_id, count(*) FROM points_ledger WHERE id > :l AND kind = 'earn' GROUP BY visit_id"
            ),
            {"l": before.max_ledger},
        ):
            earns[visit_id] = n
        redeemed = defaultdict(int)
        for cid, points in conn.execute(
            text("SELECT customer_id, points FROM points_ledger WHERE id > :l AND kind = 'redeem'"),
            {"l": before.max_ledger},
        ):
            redeemed[cid] += points
            verdict.redemptions += 1
        balances = _balances(conn, list(before.balances))
    by_ref: dict[str, list[int]] = defaultdict(list)
    for v in visits:
        by_ref[v.client_ref].append(v.id)
    for ref, visit_id in confirmed.items():
        saved = by_ref.get(ref, [])
        if visit_id not in saved:
            verdict.lost.append(ref)
        if len(saved) > 1:
            verdict.doubled.append(ref)
    for ref, ids in by_ref.items():
        if ref in confirmed:
            continue
        in_flight = ref in tried and tried[ref] in tills.killed and last_try.get(tried[ref]) == ref
        if in_flight and len(ids) == 1:
            verdict.in_flight += 1
        else:
            verdict.unexplained.append(str(ref))
    # Earn rows: the rules walked over each customer's visits in time order.
    cooldown = timedelta(minutes=rules.cooldown_minutes)
    last_earn = {cid: as_utc(at) if at else None for cid, at in before.last_earn.items()}
    expected_points: dict[int, int] = defaultdict(int)
    for v in visits:
        at, last = as_utc(v.at), last_earn.get(v.customer_id)
        earns_now = rules.for_visit(v.amount_cents) > 0 and (
            not rules.cooldown_minutes or last is None or at - last >= cooldown
        )
        if earns_now:
            last_earn[v.customer_id] = at
            expected_points[v.customer_id] += rules.for_visit(v.amount_cents)
            verdict.earned += 1
        else:
            verdict.cooled += 1
        if earns[v.id] != int(earns_now):
            verdict.earn_wrong.append(v.id)
    for cid, start in before.balances.items():
        verdict.balances_checked += 1
        if balances[cid] != start + expected_points[cid] + redeemed[cid] or balances[cid] < 0:
            verdict.balance_wrong.append(cid)
    return verdict


def pool_from(engine: Engine, size: int, seed: int = 11) -> list[tuple[int, str]]:
    """Regulars the tills serve: `size` live customers picked evenly, the same ones on every database."""
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, name FROM customers WHERE erased_at IS NULL AND archived_at IS NULL ORDER BY id")
        ).all()
    step = max(1, len(rows) // size)
    picked = rows[seed % step :: step][:size]
    return [(r[0], r[1]) for r in picked]
