"""Big files in flat memory: a 500,000-row customer CSV and a 2,000,000-row visit history.

Each import runs in a fresh process (`python -m tests.benchmarks.imports IMPORT KIND FILE DATA_DIR`) that
previews and then imports the file into a new SQLite shop and reports its time and peak resident memory.
Floors, in the same run: a bare process holding the same modules and an open shop (memory), and the same rows
read with csv and written with sqlite3's executemany into a plain table (speed).
"""

from __future__ import annotations

import csv
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import ROOT, report

CUSTOMER_ROWS, VISIT_ROWS = 500_000, 2_000_000
FIRST = ["Zoë", "Łukasz", "Søren", "Nguyễn", "Ana", "Sam", "Maria", "José", "Aoife", "Kwame", "Priya", "Chen"]
LAST = ["Martin", "Kowalski", "Ødegaard", "O'Brien", "García", "Smith", "Núñez", "Dubois", "Khan", "Li"]
ITEMS = ["Flat white", "Croissant", "Sourdough loaf", "Oat latte", "2× Cinnamon bun", "Tea", "Quiche slice"]


def write_customers(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["name", "phone", "email", "birthday", "notes", "allergies"])
        for n in range(rows):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            phone = f"07{4 + n % 6}{n * 97 % 100_000_000:08d}" if n % 2 else ""
            birthday = f"{1950 + n % 50}-{1 + n % 12:02d}-{1 + n % 28:02d}" if n % 3 == 0 else ""
            allergies = "nuts" if n % 17 == 0 else ""
            out.writerow([f"{first} {last}", phone, f"c{n}@example.com", birthday, "", allergies])


def write_visits(path: Path, rows: int, customers: int, seed: int = 2) -> None:
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["customer", "date", "amount", "items", "ref"])
        for n in range(rows):
            day = f"2025-{1 + n % 12:02d}-{1 + n % 28:02d} {7 + n % 12:02d}:{n % 60:02d}"
            items = ", ".join(rng.sample(ITEMS, 2))
            out.writerow(
                [f"c{rng.randrange(customers)}@example.com", day, f"{rng.randint(2, 30)}.50", items, f"s{n}"]
            )


def _peak_mb() -> float:
    """This process's own peak resident memory. (Not getrusage's ru_maxrss: Linux carries the parent's peak
    over into a child it starts, so a child of the benchmark would report the benchmark's.)"""
    status = Path("/proc/self/status").read_text().splitlines()
    return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024


def child(kind: str, path: Path, data_dir: Path) -> None:
    """Preview and import in this process; one JSON line: seconds for each, peak resident MB."""
    from app.application import open_services
    from app.services import importing, importing_visits

    services = open_services(str(data_dir), daily_backup=False)
    region, zone = services.customers.region, services.settings.timezone_name()
    started, cpu = time.perf_counter(), time.process_time()
    if kind == "customers":
        plan = importing.plan_import(services.db, path, region)
        previewed = time.perf_counter()
        written = importing.apply(services.db, plan)
    else:
        visit_plan = importing_visits.plan_visits(services.db, path, region, zone)
        previewed = time.perf_counter()
        if visit_plan.error_count:
            raise RuntimeError("\n".join(visit_plan.describe()[:5]))
        written = importing_visits.apply_visits(services.db, path, region, zone, preview=visit_plan).new
    done, cpu = time.perf_counter(), time.process_time() - cpu
    services.close()
    print(
        json.dumps(
            {
                "preview": previewed - started,
                "import": done - previewed,
                "cpu": cpu,  # this process's own CPU seconds: on a shared machine, what the wall time holds
                "written": written,
                "mb": _peak_mb(),
            }
        )
    )


def bare(data_dir: Path) -> None:
    """The memory floor: the same modules loaded and a shop open, nothing read."""
    from app.application import open_services
    from app.services import importing, importing_visits  # noqa: F401

    open_services(str(data_dir), daily_backup=False).close()
    print(json.dumps({"mb": _peak_mb()}))


def _run(*args: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.imports", *args], cwd=ROOT, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def _load() -> str:
    """The machine's load average over the last minute: other people's work slows a wall-clock figure."""
    return Path("/proc/loadavg").read_text().split()[0]


def _raw_rows_per_s(path: Path, folder: Path) -> float:
    """csv.reader and executemany into a plain table: the floor for rows a second."""
    (folder / "raw.sqlite3").unlink(missing_ok=True)
    conn = sqlite3.connect(folder / "raw.sqlite3")
    started = time.perf_counter()
    with path.open(newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        header = next(rows)
        conn.execute(f"CREATE TABLE c ({', '.join(f'c{n}' for n in range(len(header)))})")
        conn.executemany(f"INSERT INTO c VALUES ({', '.join('?' * len(header))})", rows)
    conn.commit()
    seconds = time.perf_counter() - started
    count = conn.execute("SELECT count(*) FROM c").fetchone()[0]
    conn.close()
    return count / seconds


def bench_imports() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        customers, visits = folder / "customers.csv", folder / "visits.csv"
        write_customers(customers, CUSTOMER_ROWS)
        write_visits(visits, VISIT_ROWS, CUSTOMER_ROWS)
        floor_mb = _run("bare", str(folder / "bare"))["mb"]
        shop = folder / "shop"
        got = _run("import", "customers", str(customers), str(shop))
        seconds = got["preview"] + got["import"]
        rate = CUSTOMER_ROWS / seconds
        print(
            f"  {CUSTOMER_ROWS:,} customers: preview {got['preview']:.1f} s, import {got['import']:.1f} s, "
            f"{got['written']:,} written, peak {got['mb']:.0f} MB, {got['cpu']:.1f} s of CPU, load {_load()}"
        )
        report(
            "customer import 500k rows: peak memory",
            got["mb"],
            floor_mb,
            "bare process, shop open",
            "< 300 MB",
            got["mb"] < 300,
            "MB",
        )
        report(
            "customer import: rows/s (preview+import)",
            rate,
            _raw_rows_per_s(customers, folder),
            "csv + executemany rows/s",
            ">= 20,000 rows/s",
            rate >= 20_000,
            "r/s",
        )
        got = _run("import", "visits", str(visits), str(shop))
        seconds = got["preview"] + got["import"]
        print(
            f"  {VISIT_ROWS:,} visits: preview {got['preview']:.1f} s, import {got['import']:.1f} s, "
            f"{got['written']:,} written, peak {got['mb']:.0f} MB, {got['cpu']:.1f} s of CPU, load {_load()}"
        )
        report(
            "visit history import 2M rows (preview+import)",
            seconds,
            VISIT_ROWS / _raw_rows_per_s(visits, folder),
            "csv + executemany, same rows",
            "< 60 s",
            seconds < 60,
            "s",
        )
        report(
            "visit history import: peak memory",
            got["mb"],
            floor_mb,
            "bare process, shop open",
            "< 300 MB",
            got["mb"] < 300,
            "MB",
        )


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare(Path(sys.argv[2]))
    else:
        child(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
