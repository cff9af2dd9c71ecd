import sqlite3
from pathlib import Path


def test_backup_create_list_and_restore(cli) -> None:
    cli.run("demo", "--customers", "5", "--visits", "20")
    made = cli.json("backup", "create")["path"]
    cli.run("visits", "record", "1", "--item", "Croissant")
    with sqlite3.connect(made) as conn:
        count_in_backup = conn.execute("SELECT count(*) FROM visits").fetchone()[0]
    assert made in cli.json("backup", "list")
    restored = cli.json("backup", "restore", made)
    assert restored["previous"].endswith("before-restore.sqlite3")
    assert cli.json("customers", "show", "1")["visits"] <= count_in_backup


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


def test_restore_refuses_a_broken_backup(cli, tmp_path) -> None:
    cli.run("demo", "--customers", "3", "--visits", "5")
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"garbage" * 100)
    result = cli.run("backup", "restore", str(broken), check=False)
    assert result.returncode == 1 and "not a readable Regulars database" in result.stderr
    assert cli.json("customers", "show", "1")["name"] == "Zoë Martin"


def test_backups_rotate_and_are_private(services) -> None:
    from app.db import backup

    for _ in range(16):
        backup.create(services.paths.database, services.paths.backups, "manual", keep=14)
    files = list(services.paths.backups.glob("regulars-*.sqlite3"))
    assert len(files) == 14 and all(f.stat().st_mode & 0o077 == 0 for f in files)
