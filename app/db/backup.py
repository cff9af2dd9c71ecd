"""SQLite backups through the online backup API: each copy checked, kept in rotation per kind, and restored
into the live file so that other connections see the restored state instead of a file swapped under them."""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from app.db import migrate
from app.db.engine import is_damaged
from app.errors import AppError, StorageDamaged
from app.messages import msg

KEEP = 14
BUSY_SECONDS = 10.0
_NAME = re.compile(r"^regulars-\d{8}-\d{6}(?:-\d{6})?-(?P<kind>.+)\.(?:sqlite3|pgdump)$")


class BackupError(AppError):
    pass


class SourceDamaged(BackupError, StorageDamaged):
    """The database being copied is damaged: no backup was written and the earlier ones are kept."""


def stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")


def create(database: Path, folder: Path, reason: str = "manual", keep: int | None = KEEP) -> Path:
    """Copy the database, check the copy, and only then give it a backup's name and rotate
    (keep=None: the caller rotates later)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"regulars-{stamp()}-{reason}.sqlite3"
    partial = target.with_suffix(".partial")
    try:
        with closing(_open(database, "rw")) as source, closing(sqlite3.connect(partial)) as copy:
            source.backup(copy)
            # One self-contained file: reading it later (read-only) leaves no -wal/-shm beside it.
            copy.execute("PRAGMA journal_mode=DELETE")
        problem = _quick_check(partial)
        if problem:
            raise SourceDamaged(_damaged_source(problem))
        _fsync(partial)
        partial.chmod(0o600)
        partial.replace(target)  # a half-written or bad copy never carries a backup's name
    except sqlite3.Error as exc:
        if is_damaged(exc):
            raise SourceDamaged(_damaged_source(str(exc))) from exc
        raise BackupError(
            msg.tr("Could not write a backup to {folder}: {exc}").format(folder=folder, exc=exc)
        ) from exc
    except OSError as exc:
        raise BackupError(
            msg.tr("Could not write a backup to {folder}: {exc}").format(folder=folder, exc=exc)
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    if keep is not None:
        rotate(folder, keep)
    return target


def _damaged_source(problem: str) -> str:
    return (
        f"The database file is damaged ({problem.splitlines()[0]}). No backup was written and the earlier "
        "backups are kept. Restore the latest backup (regulars backup restore latest)."
    )


def _quick_check(path: Path) -> str:
    """'' when the file's structure is sound, else what SQLite found."""
    try:
        with closing(sqlite3.connect(path)) as conn:
            found = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "" if found == ["ok"] else "; ".join(found[:3])


def kind(path: Path) -> str:
    """daily, manual, before-migration, before-restore (read from the file name)."""
    match = _NAME.match(path.name)
    return match["kind"] if match else ""


def backups(folder: Path, suffix: str = ".sqlite3") -> list[Path]:
    """Oldest first: the time stamp leads the name."""
    return sorted(folder.glob(f"regulars-*{suffix}"))


def rotate(folder: Path, keep: int = KEEP, suffix: str = ".sqlite3") -> None:
    """Keep the newest `keep` backups and, whatever their age, the newest of each kind, so a run of manual
    backups cannot push out the last daily or before-migration one."""
    seen: set[str] = set()
    for index, path in enumerate(reversed(backups(folder, suffix))):
        if index >= keep and kind(path) in seen:
            path.unlink(missing_ok=True)
        seen.add(kind(path))


def latest(folder: Path, suffix: str = ".sqlite3") -> Path | None:
    found = backups(folder, suffix)
    return found[-1] if found else None


def check(path: Path) -> None:
    """Raise BackupError unless the file is an intact Regulars database this version can open."""
    if not path.is_file():
        raise BackupError(msg.tr("There is no backup at {path}.").format(path=path))
    try:
        with closing(_open(path, "ro")) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {"alembic_version", "customers"} <= tables:
                raise BackupError(msg.tr("{name} is not a Regulars database.").format(name=path.name))
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.Error as exc:
        raise BackupError(
            msg.tr("{name} is not a readable Regulars database ({exc}).").format(name=path.name, exc=exc)
        ) from exc
    if result != "ok":
        raise BackupError(msg.tr("{name} is damaged: {result}").format(name=path.name, result=result))
    check_revision(path.name, version[0] if version else None)


def check_revision(name: str, revision: str | None) -> None:
    if revision not in migrate.known_revisions():
        raise BackupError(
            msg.tr(
                "{name} was made by a newer version of Regulars (schema {revision}). Update Regulars, "
                "then restore it."
            ).format(name=name, revision=revision)
        )


def restore(backup: Path, database: Path, folder: Path) -> Path | None:
    """Put a checked backup in place of the database. An intact database is backed up first and then
    overwritten through the online backup API, so programs that have it open see the restored data; a
    damaged one is moved aside untouched. Returns where the previous state is kept (None if there was none).
    A refused backup writes nothing at all."""
    check(backup)
    if database.exists() and database.stat().st_size > 0:
        try:
            # Rotated only afterwards: the backup being restored may be the oldest one in the folder.
            previous: Path | None = create(database, folder, "before-restore", keep=None)
        except SourceDamaged:
            pass
        else:
            _copy_into_live(backup, database)
            rotate(folder)
            return previous
    previous = set_aside(database) if database.exists() else None
    _copy_to_new_file(backup, database)
    return previous


def _copy_into_live(backup: Path, database: Path) -> None:
    try:
        with closing(_open(backup, "ro")) as source, closing(_open(database, "rw")) as live:
            source.backup(live)  # one write transaction: the live file is either all old or all restored
    except sqlite3.Error as exc:
        raise BackupError(
            msg.tr("The backup could not be copied in ({exc}); the database is unchanged.").format(exc=exc)
        ) from exc


def _copy_to_new_file(backup: Path, database: Path) -> None:
    partial = database.with_name(database.name + ".restoring")
    partial.unlink(missing_ok=True)
    try:
        with closing(_open(backup, "ro")) as source, closing(sqlite3.connect(partial)) as target:
            source.backup(target)
        _fsync(partial)
        partial.chmod(0o600)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(msg.tr("The backup could not be copied in ({exc}).").format(exc=exc)) from exc
    _set_aside_companions(database, database.with_name(f"{database.name}.stale-{stamp()}"))
    partial.replace(database)


def set_aside(database: Path) -> Path:
    """Move a damaged database (and its WAL) out of the way, never overwriting it."""
    kept = database.with_name(f"{database.name}.damaged-{stamp()}")
    _set_aside_companions(database, kept)
    database.replace(kept)
    return kept


def _set_aside_companions(database: Path, kept: Path) -> None:
    # A WAL left beside a different file would be replayed into it: it goes wherever its database goes.
    for suffix in ("-wal", "-shm"):
        companion = database.with_name(database.name + suffix)
        if companion.exists():
            companion.replace(kept.with_name(kept.name + suffix))


def _open(path: Path, mode: str) -> sqlite3.Connection:
    """Open an existing file only (a plain connect would create a missing one)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True, timeout=BUSY_SECONDS)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
