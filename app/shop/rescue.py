"""A damaged database: find a backup and put it back, without opening the shop (at the window's start-up,
or `regulars backup restore`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.db import backup
from app.errors import UserError
from app.messages import msg
from app.paths import resolve_data_dir


def latest_backup(data_dir: str | None) -> Path | None:
    return backup.latest(resolve_data_dir(data_dir).backups)


def restore_latest(data_dir: str | None) -> Path | None:
    """Restore the newest backup over the damaged file; returns where the damaged file was kept."""
    paths = resolve_data_dir(data_dir)
    latest = backup.latest(paths.backups)
    if latest is None:
        raise UserError(msg.tr("There are no backups yet."))
    try:
        return backup.restore(latest, paths.database, paths.backups)
    except backup.BackupError as exc:
        raise UserError(str(exc)) from exc


@dataclass(frozen=True)
class Restored:
    source: Path  # the backup put back
    previous: Path | None  # where the data as it was is kept


def restore_unopened(data_dir: str | None, database_url: str | None, file: str) -> Restored:
    """Put a backup (a file, or "latest") back without opening the shop, so it works on a damaged file.
    The owner PIN lives in the database, so the file system (or the server's own login) guards this."""
    from app.application import resolve_url, sqlite_file
    from app.db import pg_backup

    paths = resolve_data_dir(data_dir).ensure()
    url = resolve_url(paths, database_url)
    database = sqlite_file(url)
    suffix = ".sqlite3" if database is not None else pg_backup.SUFFIX
    try:
        if database is None:
            pg_backup.require_tools()
        source = backup.latest(paths.backups, suffix) if file == "latest" else Path(file)
        if source is None:
            raise backup.BackupError(msg.tr("There are no backups yet."))
        if database is not None:
            return Restored(source, backup.restore(source, database, paths.backups))
        return Restored(source, pg_backup.restore(source, url, paths.backups))
    except backup.BackupError as exc:
        raise UserError(str(exc)) from exc
