"""Every failure a person can cause or meet on the command line: one line on stderr, the right exit
status (1 refused, 75 worth retrying, 70 unexpected), no traceback, and nothing changed."""

from __future__ import annotations

import ctypes
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.conftest import ROOT

HUGE = "99999999999999999999"
LARGEST = str(2**63 - 1)


def refused(result: subprocess.CompletedProcess[str], status: int = 1) -> str:
    """The one line a person sees, after checking it is the only thing they see."""
    assert result.returncode == status, result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("regulars: "), result.stderr
    return lines[0]


def snapshot(data_dir: Path) -> str:
    with sqlite3.connect(data_dir / "regulars.sqlite3") as conn:
        return "\n".join(conn.iterdump())


@pytest.fixture
def shop(cli):
    cli.run("demo", "--customers", "12", "--visits", "150", "--seed", "4")
    return cli


def test_numbers_past_what_the_database_holds_are_refused_plainly(shop) -> None:
    before = snapshot(shop.data_dir)
    for args, words in (
        (["customers", "show", HUGE], "There is no customer number"),
        (["visits", "record", HUGE, "--usual"], "There is no customer number"),
        (["visits", "void", HUGE, "--reason", "typo"], "There is no visit number"),
        (
            ["cards", "print", "--out", "/nonexistent/x.pdf", "--customer", HUGE],
            "There is no customer number",
        ),
        (["points", "adjust", "1", LARGEST, "--reason", "oops"], "between -100,000 and 100,000"),
        (["points", "adjust", "1", HUGE, "--reason", "oops"], "between -100,000 and 100,000"),
        (["rewards", "add", "Cake", HUGE], "between 1 and 100,000"),
        (["visits", "record", "1", "--amount", "NaN"], "is not an amount"),
        (["visits", "record", "1", "--amount", "1e400"], "is not an amount"),
        (["report", "nps", "--days", "1000000"], "--days must be between 0 and 36,525"),
        (["customers", "erase-inactive", "--months", HUGE], "--months must be between 1 and 1,200"),
        (["customers", "find", "a", "--limit", HUGE], "--limit must be between 1 and 10,000"),
        (["demo", "--customers", "200001"], "--customers must be between 0 and 200,000"),
        (["points", "adjust", "1"], "required"),  # argparse's own complaints exit 1 as well
    ):
        line = refused(shop.run(*args, check=False))
        assert words in line, (args, line)
    assert snapshot(shop.data_dir) == before


def test_dates_beyond_a_hundred_years_are_refused_and_no_file_is_written(shop, tmp_path) -> None:
    for args in (
        ["--date", "9999-12-31"],
        ["--date", "2026-01-01", "--to", "9999-12-31"],
        ["--date", "0001-01-01"],
    ):
        out = tmp_path / "day.csv"
        line = refused(shop.run("export", "visits", *args, "--format", "csv", "--out", str(out), check=False))
        assert "more than 100 years" in line and not out.exists()


def test_a_customer_broken_by_a_huge_adjustment_reads_again_and_can_be_corrected(shop) -> None:
    before = shop.json("customers", "show", "1")["points"]
    # What an unbounded adjustment used to write: the balance then overflowed SQLite's 64-bit sum.
    with sqlite3.connect(shop.data_dir / "regulars.sqlite3") as conn:
        conn.execute(
            "INSERT INTO points_ledger (customer_id, kind, points, actor, reason, at) "
            "SELECT 1, 'adjust', ?, 'owner (cli)', 'typo', max(at) FROM points_ledger",
            (2**63 - 1,),
        )
    assert shop.json("customers", "show", "1")["points"] == before + 2**63 - 1
    fixed = shop.json("points", "adjust", "1", f"-{LARGEST}", "--reason", "undo the typo")
    assert fixed["points"] == before
    assert shop.json("customers", "show", "1")["points"] == before
    # Once the balance is real again, the ordinary bound holds.
    refused(shop.run("points", "adjust", "1", "-200000", "--reason", "again", check=False))


def run_patched(data_dir: Path, setup: str, *args: str) -> subprocess.CompletedProcess[str]:
    """The real CLI in its own process, with `setup` run first (to make the database fail on cue)."""
    code = f"import sys\n{setup}\nfrom app.cli import main\nsys.exit(main(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def failing_statement(prefix: str, error: str, kind: str = "OperationalError") -> str:
    """SQLite answering a statement with `error`, exactly as the driver would (a full disk, a lock)."""
    return f"""
import sqlite3
from sqlalchemy import event
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite

@event.listens_for(SQLiteDialect_pysqlite, "do_execute")
def _fail(cursor, statement, parameters, context):
    if statement.startswith({prefix!r}):
        raise sqlite3.{kind}({error!r})
"""


def test_a_full_disk_during_a_visit_says_so_and_saves_nothing(shop) -> None:
    before = snapshot(shop.data_dir)
    result = run_patched(
        shop.data_dir,
        failing_statement("INSERT INTO visits", "database or disk is full"),
        "visits",
        "record",
        "1",
        "--item",
        "Croissant",
    )
    assert "The disk is full, so nothing was saved" in refused(result, 75)
    assert snapshot(shop.data_dir) == before


def test_a_locked_database_is_worth_retrying(shop) -> None:
    before = snapshot(shop.data_dir)
    result = run_patched(
        shop.data_dir,
        failing_statement("INSERT INTO visits", "database is locked"),
        "visits",
        "record",
        "1",
        "--usual",
    )
    assert "busy in another till" in refused(result, 75)
    assert snapshot(shop.data_dir) == before


def test_anything_unexpected_names_the_log_which_holds_the_detail_without_personal_data(shop) -> None:
    before = snapshot(shop.data_dir)
    result = run_patched(
        shop.data_dir,
        failing_statement("INSERT INTO customers", "something odd", kind="DatabaseError"),
        "customers",
        "add",
        "--name",
        "Zelda Secretperson",
        "--phone",
        "07700 900461",
    )
    log_file = shop.data_dir / "logs" / "regulars.log"
    line = refused(result, 70)
    assert line == f"regulars: Something unexpected went wrong; details are in {log_file}"
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "something odd" in logged
    assert "Secretperson" not in logged and "900461" not in logged
    assert snapshot(shop.data_dir) == before


def test_an_unknown_time_zone_never_stops_a_visit(shop, tmp_path) -> None:
    env = {"TZ": "Mars/Olympus_Mons"}
    visit = shop.run("--json", "visits", "record", "2", "--item", "Croissant", env=env)
    assert visit.returncode == 0 and visit.stderr == ""
    assert shop.json("customers", "show", "2")["last_visit"] is not None
    assert shop.run(
        "export", "visits", "--date", "today", "--format", "csv", "--out", str(tmp_path / "d.csv"), env=env
    )
    assert "Mars/Olympus_Mons is not a known zone" in (shop.data_dir / "logs" / "regulars.log").read_text()


def test_a_data_dir_that_is_a_file_is_refused_and_left_alone(tmp_path) -> None:
    from tests.integration.conftest import Cli

    target = tmp_path / "notes.txt"
    target.write_text("shopping list")
    for where in (target, target / "inside"):
        line = refused(Cli(where).run("customers", "find", "zoe", check=False))
        assert f"{target} is a file, not a folder" in line
    assert target.read_text() == "shopping list"


def test_an_unknown_database_address_is_refused_without_echoing_it(cli) -> None:
    for url in ("mysql://owner:hunter2@db/shop", "foo://owner:hunter2@db/shop", "not a url"):
        line = refused(cli.run("--database-url", url, "customers", "find", "zoe", check=False))
        assert "is not a database Regulars can use" in line and "hunter2" not in line


def test_an_unreachable_server_is_worth_retrying(cli) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql+psycopg://regulars@127.0.0.1:{port}/shop"
    assert "Could not reach the database server" in refused(
        cli.run("--database-url", url, "customers", "find", "zoe", check=False), 75
    )


def _without_root_powers() -> None:
    """Run the CLI as root without the powers to ignore file permissions, so a read-only or someone
    else's folder is what it is for everybody else (PR_CAPBSET_DROP: DAC_OVERRIDE, DAC_READ_SEARCH, FOWNER)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2, 3):
        if libc.prctl(24, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl")


def run_limited(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        preexec_fn=_without_root_powers if os.geteuid() == 0 else None,
    )


def test_a_read_only_data_folder_is_refused_and_left_alone(shop) -> None:
    before = snapshot(shop.data_dir)
    shop.data_dir.chmod(0o500)
    try:
        line = refused(run_limited(shop.data_dir, "visits", "record", "1", "--usual"))
        assert f"The data folder {shop.data_dir} is read-only" in line
        line = refused(run_limited(shop.data_dir / "elsewhere", "customers", "find", "zoe"))
        assert "cannot be made" in line
    finally:
        shop.data_dir.chmod(0o700)
    assert snapshot(shop.data_dir) == before and not (shop.data_dir / "elsewhere").exists()


def test_someone_elses_data_folder_is_refused_and_left_alone(shop) -> None:
    before = snapshot(shop.data_dir)
    if os.geteuid() != 0:  # only root can give a folder away; any other user meets root's folders
        assert "/usr belongs to another user (root)" in refused(run_limited(Path("/usr"), "scan", "x"))
        return
    os.chown(shop.data_dir, 65534, 65534)
    try:
        # Refused even with root's powers: files root made there would lock the owner out.
        for result in (
            run_limited(shop.data_dir, "customers", "find", "zoe"),
            shop.run("scan", "x", check=False),
        ):
            assert "belongs to another user" in refused(result)
    finally:
        os.chown(shop.data_dir, os.getuid(), os.getgid())
    assert snapshot(shop.data_dir) == before
    assert oct(shop.data_dir.stat().st_mode & 0o777) == "0o700"


def test_a_log_that_cannot_be_written_does_not_stop_the_counter(shop) -> None:
    logs = shop.data_dir / "logs"
    for old in logs.iterdir():
        old.unlink()
    logs.chmod(0o500)
    try:
        result = run_limited(shop.data_dir, "visits", "record", "1", "--item", "Croissant")
    finally:
        logs.chmod(0o700)
    assert result.returncode == 0 and result.stderr == "" and "Recorded visit" in result.stdout
    assert list(logs.iterdir()) == []


def test_no_screen_for_the_window_is_said_plainly(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert "There is no screen to open the window on" in refused(result)
