"""A visit confirmed on screen is on disk: kill -9 the writer at random moments and check every one."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from app.application import open_services
from app.services import demo

ROOT = Path(__file__).resolve().parents[2]
WRITER = """
import sys
from app.application import open_services
services = open_services(sys.argv[1])
services.settings.set("cooldown_minutes", 0)
n = 0
while True:
    visit = services.visits.record(1 + n % 20, [(1 + n % 15, 1)], 350)
    print(visit.id, flush=True)  # "confirmed on screen": only after record() returned
    n += 1
"""


def _prepare(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    services = open_services(str(data))
    demo.fill(services.db, services.settings, customers=20, visits=100, seed=2)
    services.close()
    return data


def _run_and_kill(data: Path, seconds: float) -> list[int]:
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    confirmed: list[int] = []

    def read() -> None:
        assert writer.stdout is not None
        for line in writer.stdout:
            confirmed.append(int(line))

    reader = threading.Thread(target=read)
    reader.start()
    # Start the clock at the first confirmed visit: on a loaded machine the start-up alone can take seconds.
    started = time.monotonic()
    while not confirmed and writer.poll() is None and time.monotonic() - started < 120:
        time.sleep(0.02)
    time.sleep(seconds)
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(10)
    reader.join(10)
    return confirmed


def test_confirmed_visits_survive_kill_9_and_the_file_stays_intact(tmp_path) -> None:
    data = _prepare(tmp_path)
    rng = random.Random(5)
    confirmed: list[int] = []
    for _ in range(6):
        confirmed += _run_and_kill(data, rng.uniform(0.3, 1.5))
    assert len(confirmed) > 50, "the writer should have saved visits before being killed"
    with sqlite3.connect(data / "regulars.sqlite3") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = {row[0] for row in conn.execute("SELECT id FROM visits")}
        ledger_ok = conn.execute("SELECT count(*) FROM points_ledger WHERE visit_id IS NOT NULL").fetchone()[
            0
        ]
    missing = [v for v in confirmed if v not in stored]
    assert missing == []
    assert ledger_ok >= len(confirmed)  # each confirmed visit's points were written with it


def _writer(data: str, count: int, errors: list[str]) -> None:  # runs in a separate process
    services = open_services(data)
    services.settings.set("cooldown_minutes", 0)
    try:
        for n in range(count):
            services.visits.record(1 + n % 5, [(1, 1)])
    except Exception as exc:  # reported to the parent
        errors.append(repr(exc))
    finally:
        services.close()


def test_two_tills_on_one_sqlite_file_wait_instead_of_failing(tmp_path) -> None:
    import multiprocessing

    data = _prepare(tmp_path)
    services = open_services(str(data))
    before = services.visits.summary(1)[0] + sum(services.visits.summary(c)[0] for c in range(2, 6))
    services.close()
    with multiprocessing.Manager() as manager:
        errors = manager.list()
        context = multiprocessing.get_context("spawn")
        tills = [context.Process(target=_writer, args=(str(data), 150, errors)) for _ in range(2)]
        for till in tills:
            till.start()
        for till in tills:
            till.join(120)
        assert list(errors) == []
    services = open_services(str(data))
    after = sum(services.visits.summary(c)[0] for c in range(1, 6))
    services.close()
    assert after == before + 300
