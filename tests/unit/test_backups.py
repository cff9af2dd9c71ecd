"""Backups on real SQLite files: rotation per kind, private files, and a damaged source never rotating
the good copies away."""

import os
import sqlite3
from contextlib import closing

import pytest

from app.db import backup
from app.errors import StorageDamaged


def kinds(folder) -> list[str]:
    return [backup.kind(path) for path in backup.backups(folder)]


def test_backups_rotate_and_are_private(services) -> None:
    for _ in range(16):
        backup.create(services.paths.database, services.paths.backups, "manual", keep=14)
    files = backup.backups(services.paths.backups)
    assert len(files) == 14 and all(f.stat().st_mode & 0o077 == 0 for f in files)


def test_many_manual_backups_keep_the_newest_of_every_other_kind(services) -> None:
    database, folder = services.paths.database, services.paths.backups
    for reason in ("before-migration", "daily", "before-restore", "daily"):
        backup.create(database, folder, reason, keep=14)
    newest_daily = backup.latest(folder)
    for _ in range(16):
        backup.create(database, folder, "manual", keep=14)
    assert kinds(folder) == ["before-migration", "before-restore", "daily"] + ["manual"] * 14
    assert newest_daily in backup.backups(folder)  # the older daily one went, the newer stayed


def test_a_damaged_database_is_not_copied_and_the_good_backups_stay(services) -> None:
    database, folder = services.paths.database, services.paths.backups
    good = backup.create(database, folder, "daily")
    services.close()
    with closing(sqlite3.connect(database)) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'items'").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    with database.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(os.urandom(4096))
    for _ in range(14):
        with pytest.raises(backup.SourceDamaged) as caught:
            backup.create(database, folder, "manual", keep=14)
        assert isinstance(caught.value, StorageDamaged)
        assert "The database file is damaged" in str(caught.value)
    assert backup.backups(folder) == [good]
    assert sorted(p.name for p in folder.iterdir()) == [good.name]  # no half-written copies either
    backup.check(good)


def test_restoring_the_oldest_backup_of_a_full_folder(services, add) -> None:
    database, folder = services.paths.database, services.paths.backups
    oldest = backup.create(database, folder, "manual")
    add("Zoë Martin")
    for _ in range(backup.KEEP - 1):
        backup.create(database, folder, "manual")
    previous = backup.restore(oldest, database, folder)  # its before-restore copy must not rotate it away
    assert services.search.count() == 0 and previous in backup.backups(folder)
    assert len(backup.backups(folder)) == backup.KEEP
