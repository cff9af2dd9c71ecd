import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from app.db import migrate
from tests.integration.conftest import ROOT

DAMAGED = "The database file is damaged"


def visit_count(database: Path) -> int:
    with closing(sqlite3.connect(database)) as conn:
        return conn.execute("SELECT count(*) FROM visits").fetchone()[0]


def corrupt(database: Path, table: str = "visits") -> None:
    """4 KB of garbage over a table's root page, as a failing disk or a bad copy leaves it."""
    with closing(sqlite3.connect(database)) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    with database.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(os.urandom(4096))


def test_backup_create_list_and_restore(cli) -> None:
    cli.run("demo", "--customers", "5", "--visits", "20")
    zoe = cli.id_of("Zoë Martin")
    before = cli.json("customers", "show", zoe)["visits"]
    made = cli.json("backup", "create")["path"]
    cli.run("visits", "record", zoe, "--item", "Croissant")
    assert cli.json("customers", "show", zoe)["visits"] == before + 1
    assert made in cli.json("backup", "list")
    restored = cli.json("backup", "restore", made)
    assert restored["previous"].endswith("before-restore.sqlite3")
    assert cli.json("customers", "show", zoe)["visits"] == before
    database = cli.data_dir / "regulars.sqlite3"
    assert visit_count(database) == visit_count(Path(made))
    # Restored in place: no WAL of the old state is left beside the restored file.
    assert not database.with_name("regulars.sqlite3-wal").exists()
    assert not Path(made + "-wal").exists() and not Path(made + "-shm").exists()


HOLDER = """
import sys
from sqlalchemy import text
from app.application import open_services

services = open_services(sys.argv[1], daily_backup=False)
for line in sys.stdin:
    if line.strip() == "record":
        services.visits.record(int(sys.argv[2]))
    with services.db.rows() as conn:
        print(conn.execute(text("SELECT count(*) FROM visits")).scalar(), flush=True)
"""


def test_restore_while_another_program_has_the_database_open(cli) -> None:
    cli.run("demo", "--customers", "20", "--visits", "300")
    made = Path(cli.json("backup", "create")["path"])
    zoe = cli.id_of("Zoë Martin")
    cli.run("visits", "record", zoe, "--item", "Croissant")
    database = cli.data_dir / "regulars.sqlite3"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(cli.data_dir), zoe],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:

        def ask(line: str) -> str:
            holder.stdin.write(line + "\n")
            holder.stdin.flush()
            return holder.stdout.readline().strip()

        in_backup = visit_count(made)
        assert ask("count") == str(in_backup + 1)  # the window (here another process) holds the file open
        cli.run("backup", "restore", "latest")
        assert ask("count") == str(in_backup)  # it sees the restored visits, not a swapped file
        assert ask("record") == str(in_backup + 1)  # and goes on writing to it
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    assert holder.returncode == 0, holder.stderr.read()
    with closing(sqlite3.connect(database)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_damaged_database_says_so_and_restore_keeps_it_aside(cli) -> None:
    cli.run("demo", "--customers", "5", "--visits", "20")
    cli.run("backup", "create")
    database = cli.data_dir / "regulars.sqlite3"
    for companion in ("-wal", "-shm"):
        (cli.data_dir / f"regulars.sqlite3{companion}").unlink(missing_ok=True)
    garbage = b"this is not a database, a till crashed while copying it" * 200
    database.write_bytes(garbage)
    failed = cli.run("customers", "find", "zoe", check=False)
    assert failed.returncode == 1 and "damaged" in failed.stderr and "backup restore latest" in failed.stderr
    assert database.read_bytes() == garbage  # never overwritten by merely opening it
    restored = cli.json("backup", "restore", "latest")
    kept = restored["previous"]
    assert ".damaged-" in kept and Path(kept).read_bytes() == garbage
    assert [c["name"] for c in cli.json("customers", "find", "zoe martin")] == ["Zoë Martin"]


def test_damage_inside_the_file_stops_writes_and_backups_keep_the_good_copy(cli) -> None:
    cli.run("demo", "--customers", "30", "--visits", "2000")
    zoe = cli.id_of("Zoë Martin")
    before = cli.json("customers", "show", zoe)["visits"]
    good = Path(cli.json("backup", "create")["path"])
    backups = sorted((cli.data_dir / "backups").iterdir())
    database = cli.data_dir / "regulars.sqlite3"
    corrupt(database)

    written = cli.run("visits", "record", zoe, "--item", "Croissant", check=False)
    assert written.returncode == 1 and DAMAGED in written.stderr and "Traceback" not in written.stderr
    for _ in range(14):
        made = cli.run("backup", "create", check=False)
        assert made.returncode == 1 and DAMAGED in made.stderr and "No backup was written" in made.stderr
    assert sorted((cli.data_dir / "backups").iterdir()) == backups  # the good copies are all still there

    restored = cli.json("backup", "restore", "latest")
    assert restored["restored"] == str(good) and ".damaged-" in restored["previous"]
    cli.run("visits", "record", zoe, "--item", "Croissant")
    assert cli.json("customers", "show", zoe)["visits"] == before + 1


def test_damage_met_while_opening_says_so_without_a_traceback(cli) -> None:
    cli.run("demo", "--customers", "5", "--visits", "20")
    cli.run("customers", "find", "zoe")  # the day's backup is made: the next start goes straight to work
    corrupt(cli.data_dir / "regulars.sqlite3", "settings")
    failed = cli.run("customers", "find", "zoe", check=False)
    assert failed.returncode == 1 and DAMAGED in failed.stderr and "Traceback" not in failed.stderr


def test_restore_refuses_a_broken_backup(cli, tmp_path) -> None:
    cli.run("demo", "--customers", "3", "--visits", "5")
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"garbage" * 100)
    result = cli.run("backup", "restore", str(broken), check=False)
    assert result.returncode == 1 and "not a readable Regulars database" in result.stderr
    assert [c["name"] for c in cli.json("customers", "find", "zoe martin")] == ["Zoë Martin"]


def test_restore_refuses_other_databases_and_newer_schemas_and_writes_nothing(cli, tmp_path) -> None:
    cli.run("demo", "--customers", "3", "--visits", "5")
    made = Path(cli.json("backup", "create")["path"])
    other = tmp_path / "notes.sqlite3"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
        conn.commit()
    newer = tmp_path / "from-next-year.sqlite3"
    newer.write_bytes(made.read_bytes())
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0042_from_the_future'")
        conn.commit()
    database = cli.data_dir / "regulars.sqlite3"
    before, backups = database.read_bytes(), sorted((cli.data_dir / "backups").iterdir())

    refused = cli.run("backup", "restore", str(other), check=False)
    assert refused.returncode == 1 and "notes.sqlite3 is not a Regulars database" in refused.stderr
    refused = cli.run("backup", "restore", str(newer), check=False)
    assert refused.returncode == 1 and "made by a newer version of Regulars" in refused.stderr
    assert database.read_bytes() == before
    assert sorted((cli.data_dir / "backups").iterdir()) == backups


def test_an_empty_database_file_is_damaged_not_a_new_shop(cli) -> None:
    cli.run("demo", "--customers", "3", "--visits", "5")
    cli.run("backup", "create")
    database = cli.data_dir / "regulars.sqlite3"
    database.write_bytes(b"")
    failed = cli.run("customers", "find", "zoe", check=False)
    assert failed.returncode == 1 and DAMAGED in failed.stderr
    assert database.stat().st_size == 0  # not quietly turned into an empty shop
    cli.run("backup", "restore", "latest")
    assert [c["name"] for c in cli.json("customers", "find", "zoe martin")] == ["Zoë Martin"]


CRASH_IN_FIRST_START = """
import os, sys
from app.db import migrate

real = migrate.upgrade

def crash(engine, revision="head"):
    real(engine, "0001")
    os._exit(9)  # the power goes off half-way through building the schema

migrate.upgrade = crash
from app.application import open_services
open_services(sys.argv[1])
"""


def test_a_crash_during_the_first_start_leaves_no_database_behind(cli) -> None:
    crashed = subprocess.run(
        [sys.executable, "-c", CRASH_IN_FIRST_START, str(cli.data_dir)], cwd=ROOT, timeout=120, check=False
    )
    assert crashed.returncode == 9
    assert not (cli.data_dir / "regulars.sqlite3").exists()
    assert cli.json("customers", "find", "zoe") == []  # the next start makes a whole new shop
    assert sorted(p.name for p in cli.data_dir.iterdir() if p.is_file()) == ["regulars.sqlite3"]


def test_postgresql_backup_and_restore_with_pg_dump(cli, pg_server) -> None:
    url = pg_server.create_database("backups_pg")
    on_server = ("--database-url", url)
    cli.run(*on_server, "customers", "add", "--name", "Ada Baker")
    made = cli.json(*on_server, "backup", "create")["path"]
    assert made.endswith(".pgdump") and Path(made).stat().st_mode & 0o077 == 0
    assert made in cli.json(*on_server, "backup", "list")
    cli.run(*on_server, "customers", "add", "--name", "Grace Cook")
    assert [c["name"] for c in cli.json(*on_server, "customers", "find", "grace")] == ["Grace Cook"]

    restored = cli.json(*on_server, "backup", "restore", "latest")
    assert restored["restored"] == made and restored["previous"].endswith("before-restore.pgdump")
    assert cli.json(*on_server, "customers", "find", "grace") == []
    assert [c["name"] for c in cli.json(*on_server, "customers", "find", "ada")] == ["Ada Baker"]
    # The state just before the restore is itself a backup that restores.
    cli.run(*on_server, "backup", "restore", restored["previous"])
    assert [c["name"] for c in cli.json(*on_server, "customers", "find", "grace")] == ["Grace Cook"]


def test_postgresql_restore_refuses_other_files_and_newer_schemas(cli, pg_server, tmp_path) -> None:
    from sqlalchemy import create_engine, text

    name = "backups_pg_newer"
    url = pg_server.create_database(name)
    on_server = ("--database-url", url)
    cli.run(*on_server, "customers", "add", "--name", "Ada Baker")
    other = tmp_path / "other.pgdump"
    other.write_bytes(b"not a dump" * 100)
    refused = cli.run(*on_server, "backup", "restore", str(other), check=False)
    assert refused.returncode == 1 and "other.pgdump is not a readable backup" in refused.stderr

    # A dump taken after a newer Regulars upgraded the server.
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0042_from_the_future'"))
    newer = tmp_path / "newer.pgdump"
    server = f"host={pg_server.sockets} port={pg_server.port} user=postgres dbname={name}"
    subprocess.run(["pg_dump", "--format=custom", f"--file={newer}", server], check=True, timeout=120)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE alembic_version SET version_num = :head"), {"head": migrate.head_revision()}
        )
    engine.dispose()
    cli.run(*on_server, "customers", "add", "--name", "Grace Cook")
    backups = sorted((cli.data_dir / "backups").iterdir())
    refused = cli.run(*on_server, "backup", "restore", str(newer), check=False)
    assert refused.returncode == 1 and "made by a newer version of Regulars" in refused.stderr
    assert [c["name"] for c in cli.json(*on_server, "customers", "find", "grace")] == ["Grace Cook"]
    assert sorted((cli.data_dir / "backups").iterdir()) == backups


def test_postgresql_backups_say_what_to_do_without_pg_dump(cli, pg_server, tmp_path) -> None:
    url = pg_server.create_database("backups_no_tools")
    cli.run("--database-url", url, "customers", "add", "--name", "Ada Baker")
    empty = tmp_path / "bin"
    empty.mkdir()
    for command in (("backup", "create"), ("backup", "restore", "latest")):
        result = cli.run("--database-url", url, *command, check=False, env={"PATH": str(empty)})
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert "not installed on this computer" in result.stderr and "postgresql-client" in result.stderr


def test_two_first_starts_at_once_keep_both_customers(cli) -> None:
    runs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "app",
                "--data-dir",
                str(cli.data_dir),
                "customers",
                "add",
                "--name",
                name,
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("Ada Baker", "Grace Cook")
    ]
    for run in runs:
        _out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
    names = {cli.json("customers", "show", str(n))["name"] for n in (1, 2)}
    assert names == {"Ada Baker", "Grace Cook"}
    assert sorted(p.name for p in cli.data_dir.iterdir() if p.is_file()) == ["regulars.sqlite3"]
