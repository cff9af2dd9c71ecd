"""One till as its own long-lived process, driving the application layer (`app.shop`) as the window does.

Every `interval` seconds a regular comes in: their first name is typed key by key (a search per key), the
profile opens, the visit is saved, and now and then they take a reward they can afford. A save the database
did not answer is retried with the same reference, as the window does, so it counts once.

Each step goes to the till's own log, one JSON line flushed at once: `try` before the database is asked,
`ok` after it answered. A till killed at any moment leaves a truthful account of what it was told was saved.

    python -m tests.benchmarks.till DATA_DIR URL NAME LOG GO_FILE SECONDS SEED POOL_FILE [INTERVAL]

URL "-" means the SQLite file in DATA_DIR. The till opens the shop, logs `ready`, waits for GO_FILE, works for
SECONDS and logs `done`. On SIGUSR1 it drops its pooled connections (a cut link, on SQLite).
"""

from __future__ import annotations

import json
import random
import signal
import sys
import time
from pathlib import Path
from typing import Any

RETRY_PAUSE_S = 0.2
RETRIES = 50  # the window keeps the order on screen and retries; ten seconds of a server gone away
PHASE = 0.618034  # the golden ratio's fraction: any number of tills' starting points spread evenly


class Log:
    def __init__(self, path: Path) -> None:
        self._file = path.open("a", encoding="utf-8", buffering=1)

    def __call__(self, event: str, **fields: Any) -> None:
        self._file.write(json.dumps({"e": event, "t": time.time(), **fields}) + "\n")
        self._file.flush()


def main(argv: list[str]) -> None:
    data_dir, url, name, log_path, go_file = argv[:5]
    seconds, seed, pool_file = float(argv[5]), int(argv[6]), Path(argv[7])
    interval = float(argv[8]) if len(argv) > 8 else 1.0
    from app.errors import StorageBusy, UserError
    from app.services.folding import fold
    from app.shop import Shop

    log = Log(Path(log_path))
    shop = Shop.open(data_dir, None if url == "-" else url, daily_backup=False)
    signal.signal(signal.SIGUSR1, lambda *_: shop._services.db.dispose())
    pool = json.loads(pool_file.read_text())
    rng = random.Random(seed)
    # A till is open all day: its connections are made before the first customer, not during a save.
    shop.counter.search(fold(pool[0][1]).split()[0])
    shop.counter.require(pool[0][0])
    log("ready", pid=__import__("os").getpid())
    while not Path(go_file).exists():
        time.sleep(0.02)
    end = time.monotonic() + seconds
    # Customers do not come in at every till at the same instant: each till starts at its own point in
    # the second (spread evenly by the seed), else all of them save at once, every second, in lockstep.
    time.sleep(seed * PHASE % 1.0 * interval)
    tick = time.monotonic()
    n = 0
    while time.monotonic() < end:
        n += 1
        cid, full_name = rng.choice(pool)
        first = fold(full_name).split()[0]
        for length in range(1, len(first) + 1):
            started = time.perf_counter()
            try:
                hits = shop.counter.search(first[:length])
            except StorageBusy as exc:
                log("error", where="search", message=str(exc))
                continue
            log("search", ms=(time.perf_counter() - started) * 1000, hits=len(hits))
            time.sleep(0.05)  # the next key
        try:
            profile = shop.counter.profile(cid)
        except StorageBusy as exc:
            log("error", where="profile", message=str(exc))
            profile = None
        _save_visit(shop, log, cid, rng, StorageBusy, UserError)
        if profile is not None and profile.can_redeem and n % 5 == 0:
            reward = profile.can_redeem[0]
            log("redeem_try", cid=cid, reward=reward.name, cost=reward.cost)
            try:
                entry = shop.counter.redeem(cid, reward.name, actor=name).value
                log("redeem_ok", cid=cid, reward=reward.name, cost=reward.cost, entry=entry)
            except UserError as exc:  # spent at another till a moment ago, or the server went away
                log("redeem_refused", cid=cid, message=str(exc))
        tick += interval
        time.sleep(max(0.0, tick - time.monotonic()))
    log("done", visits=n)
    shop.close()


def _save_visit(shop, log: Log, cid: int, rng: random.Random, busy, user_error) -> None:  # type: ignore[no-untyped-def]
    items = [(rng.randint(1, 15), 1), (rng.randint(1, 15), 1)]
    amount = rng.randint(200, 1500)
    ref = shop.counter.new_visit_ref()
    log("try", ref=ref, cid=cid)
    started = time.perf_counter()
    for attempt in range(RETRIES):
        try:
            visit = shop.counter.record_visit(cid, items, amount, "search", ref).value
        except busy as exc:
            log("retry", ref=ref, message=str(exc))
            time.sleep(RETRY_PAUSE_S)
            continue
        except user_error as exc:
            log("refused", ref=ref, message=str(exc))
            return
        ms = (time.perf_counter() - started) * 1000
        log("ok", ref=ref, cid=cid, id=visit.id, ms=ms, points=visit.points_earned, retries=attempt)
        return
    log("gave_up", ref=ref)


if __name__ == "__main__":
    main(sys.argv[1:])
