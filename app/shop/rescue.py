"""A damaged database at start-up: find the latest backup and put it back, without opening the shop."""

from __future__ import annotations

from pathlib import Path

from app.db import backup
from app.errors import UserError
from app.paths import resolve_data_dir


def latest_backup(data_dir: str | None) -> Path | None:
    return backup.latest(resolve_data_dir(data_dir).backups)


def restore_latest(data_dir: str | None) -> Path | None:
    """Restore the newest backup over the damaged file; returns where the damaged file was kept."""
    paths = resolve_data_dir(data_dir)
    latest = backup.latest(paths.backups)
    if latest is None:
        raise UserError("There are no backups yet.")
    try:
        return backup.restore(latest, paths.database, paths.backups)
    except backup.BackupError as exc:
        raise UserError(str(exc)) from exc
