"""Where Regulars keeps its files: platformdirs by default, --data-dir or REGULARS_DATA_DIR to override."""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from app.errors import UserError
from app.messages import Message, msg

APP_NAME = "Regulars"


class DataFolderError(UserError):
    """The data folder cannot hold the shop's files; the message says what to do."""


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "regulars.sqlite3"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> DataPaths:
        """Make the folders, readable by the user running the app only; say plainly when that cannot be."""
        for folder in (self.root, self.backups, self.logs):
            try:
                folder.mkdir(parents=True, exist_ok=True)
                if _owner(folder) is not None:  # even root: files it made there would lock the owner out
                    raise PermissionError(errno.EPERM, "owned by another user")
                # Take away other people's access, but never give back a write permission the owner took away.
                folder.chmod(stat.S_IMODE(folder.stat().st_mode) & 0o700)
            except OSError as exc:
                raise DataFolderError(_folder_problem(folder, exc)) from exc
        if not os.access(self.root, os.W_OK):
            raise DataFolderError(_folder_problem(self.root, OSError(errno.EROFS, "read-only")))
        return self


def _folder_problem(folder: Path, exc: OSError) -> Message:
    existing = next((p for p in (folder, *folder.parents) if _exists(p)), folder)
    if not existing.is_dir():
        return msg.tr(
            "{existing} is a file, not a folder. Choose a folder for the data with --data-dir."
        ).format(existing=existing)
    if existing != folder:
        return msg.tr(
            "The data folder {folder} cannot be made: {existing} is not writable for you. "
            "Choose another folder with --data-dir."
        ).format(folder=folder, existing=existing)
    owner = _owner(folder)
    if owner is not None:
        return msg.tr(
            "The data folder {folder} belongs to another user ({owner}). "
            "Run Regulars as that user, or choose your own folder with --data-dir."
        ).format(folder=folder, owner=owner)
    if exc.errno == errno.ENOSPC:
        return msg.tr(
            "There is no space left for the data folder {folder}. Free some space and try again."
        ).format(folder=folder)
    if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        return msg.tr(
            "The data folder {folder} is read-only. Allow writing to it, or choose another folder with --data-dir."
        ).format(folder=folder)
    return msg.tr("The data folder {folder} cannot be used: {problem}.").format(
        folder=folder, problem=exc.strerror or exc
    )


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:  # a folder we may not look into
        return False


def _owner(folder: Path) -> str | None:
    """The folder's owner when it is not the user running the app (None on systems without user ids)."""
    if not hasattr(os, "getuid"):
        return None
    try:
        uid = folder.stat().st_uid
    except OSError:
        return None
    if uid == os.getuid():
        return None
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return f"user {uid}"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> DataPaths:
    chosen = explicit or os.environ.get("REGULARS_DATA_DIR") or user_data_dir(APP_NAME, appauthor=False)
    return DataPaths(Path(chosen).expanduser().resolve())
