"""SQLite backups through the online backup API, kept in rotation."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from app.errors import AppError

KEEP = 14


class BackupError(AppError):
    pass


def create(database: Path, folder: Path, reason: str = "manual", keep: int = KEEP) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"regulars-{stamp}-{reason}.sqlite3"
    partial = target.with_suffix(".partial")
    try:
        with sqlite3.connect(database) as source, sqlite3.connect(partial) as copy:
            source.backup(copy)
        os.chmod(partial, 0o600)
        os.replace(partial, target)  # a half-written backup never carries the final name
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"Could not write a backup to {folder}: {exc}") from exc
    rotate(folder, keep)
    return target


def rotate(folder: Path, keep: int = KEEP) -> None:
    backups = sorted(folder.glob("regulars-*.sqlite3"))
    for old in backups[: max(0, len(backups) - keep)]:
        old.unlink(missing_ok=True)


def latest(folder: Path) -> Path | None:
    backups = sorted(folder.glob("regulars-*.sqlite3"))
    return backups[-1] if backups else None


def check(path: Path) -> None:
    """Raise BackupError unless the file is an intact SQLite database."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            conn.execute("SELECT count(*) FROM customers").fetchone()
    except sqlite3.Error as exc:
        raise BackupError(f"{path.name} is not a readable Regulars database ({exc}).") from exc
    if result != "ok":
        raise BackupError(f"{path.name} is damaged: {result}")


def restore(backup: Path, database: Path, folder: Path) -> Path | None:
    """Replace the database with a checked backup. The current file is backed up first or, if it is
    damaged, moved aside untouched. Returns where the previous database now is (None if there was none)."""
    check(backup)
    previous: Path | None = None
    if database.exists():
        try:
            check(database)
            previous = create(database, folder, "before-restore")
        except BackupError:
            previous = set_aside(database)
    partial = database.with_name(database.name + ".restoring")
    with sqlite3.connect(backup) as source, sqlite3.connect(partial) as target:
        source.backup(target)
    os.chmod(partial, 0o600)
    os.replace(partial, database)
    return previous


def set_aside(database: Path) -> Path:
    """Move a damaged database (and its WAL) out of the way, never overwriting it."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    kept = database.with_name(f"{database.name}.damaged-{stamp}")
    for suffix in ("-wal", "-shm"):
        companion = database.with_name(database.name + suffix)
        if companion.exists():
            os.replace(companion, kept.with_name(kept.name + suffix))
    os.replace(database, kept)
    return kept
