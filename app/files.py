"""Every file the app writes: the target is checked against the shop's own files, then written beside it
under a temporary name, flushed to disk and renamed into place, so a failure never leaves half a file
and never touches the database."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from app.errors import UserError
from app.messages import msg

SQLITE_HEADER = b"SQLite format 3\x00"
DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal")
NO_SPACE = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


class OutputError(UserError):
    """A file that may not or could not be written; nothing was left under its name."""


def check_output_path(path: str | os.PathLike[str], data_root: Path, database_url: str | None = None) -> Path:
    """The resolved file to write, or OutputError when it is the database, anything in the data folder,
    a folder, or in a folder that does not exist. Symlinks and `..` are followed before deciding."""
    if not str(path).strip():
        raise OutputError(msg.tr("Give the name of the file to write."))
    target = Path(path).expanduser().resolve()
    database = _sqlite_file(database_url)
    if database is not None and any(
        _same(target, database.with_name(database.name + s)) for s in DATABASE_COMPANIONS
    ):
        raise OutputError(
            msg.tr("That file is the shop's database ({target}); choose another name.").format(target=target)
        )
    root = data_root.expanduser().resolve()
    if _inside(target, root):
        if target.parent == root and target.name.startswith("regulars.sqlite3"):
            raise OutputError(
                msg.tr("That file is the shop's database ({target}); choose another name.").format(
                    target=target
                )
            )
        if _inside(target, root / "backups"):
            raise OutputError(
                msg.tr("{target} is among the shop's backups; save it somewhere else.").format(target=target)
            )
        raise OutputError(
            msg.tr(
                "{target} is inside the data folder ({root}), which holds the shop's database and "
                "backups; save it somewhere else."
            ).format(target=target, root=root)
        )
    if target.is_dir():
        raise OutputError(msg.tr("{target} is a folder; give a file name.").format(target=target))
    if not target.parent.exists():
        raise OutputError(msg.tr("The folder {parent} does not exist.").format(parent=target.parent))
    if not target.parent.is_dir():
        raise OutputError(msg.tr("{parent} is not a folder.").format(parent=target.parent))
    return target


class AtomicFile:
    """A file that appears under its name only when `publish()` runs (leaving the `with` block calls it).

    Written to a temporary file in the target's folder, flushed to disk, then renamed over the target;
    on any failure the temporary file is removed and the target is left as it was. Private files
    (personal data) are readable by this user only.
    """

    def __init__(self, path: str | os.PathLike[str], *, private: bool, encoding: str | None = None) -> None:
        self.path = Path(path)
        self._private = private
        self._temp: Path | None = None
        try:
            _refuse_database(self.path)
            fd, name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".partial", dir=self.path.parent)
        except OSError as exc:
            raise _explain(exc, self.path) from exc
        self._temp = Path(name)
        # Text when an encoding is given, written exactly as given (newline=""), else bytes.
        options: dict[str, Any] = (
            {"mode": "w", "encoding": encoding, "newline": ""} if encoding else {"mode": "wb"}
        )
        self.file: IO[Any] = os.fdopen(fd, **options)

    def publish(self) -> None:
        """Flush to disk and rename into place; on failure, nothing is left behind."""
        if self._temp is None:
            return
        try:
            if not self._private:
                self._temp.chmod(0o644)
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()
            _refuse_database(self.path)
            self._temp.replace(self.path)
        except BaseException as exc:
            self.discard()
            if isinstance(exc, OSError):
                raise _explain(exc, self.path) from exc
            raise
        self._temp = None
        _sync_folder(self.path.parent)

    def discard(self) -> None:
        if self._temp is None:
            return
        with contextlib.suppress(OSError):
            self.file.close()
        with contextlib.suppress(OSError):
            self._temp.unlink()
        self._temp = None

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if kind is None:
            self.publish()
            return
        self.discard()
        if isinstance(exc, OSError):  # a write failed in the middle (full disk): say so in one line
            raise _explain(exc, self.path) from exc


@contextlib.contextmanager
def atomic_write(
    path: str | os.PathLike[str], *, private: bool, encoding: str | None = None
) -> Iterator[IO[Any]]:
    """`with atomic_write(out, private=True) as handle:` — the file appears only if the block succeeds."""
    with AtomicFile(path, private=private, encoding=encoding) as pending:
        yield pending.file


def _explain(exc: OSError, path: Path) -> OutputError:
    if exc.errno in NO_SPACE:
        return OutputError(
            msg.tr("The disk is full: {path} was not written. Free some space and try again.").format(
                path=path
            )
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputError(
            msg.tr("There is no permission to write {path}; choose another folder.").format(path=path)
        )
    if exc.errno == errno.ENOENT:
        return OutputError(msg.tr("The folder {parent} does not exist.").format(parent=path.parent))
    if exc.errno == errno.EISDIR:
        return OutputError(msg.tr("{path} is a folder; give a file name.").format(path=path))
    if exc.errno == errno.ENOTDIR:
        return OutputError(msg.tr("{parent} is not a folder.").format(parent=path.parent))
    return OutputError(
        msg.tr("{path} could not be written: {value}.").format(path=path, value=exc.strerror or exc)
    )


def _refuse_database(path: Path) -> None:
    """The last line of defence, whatever the caller checked: never replace an SQLite database."""
    with contextlib.suppress(OSError), path.open("rb") as existing:
        if existing.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
            raise OutputError(
                msg.tr("{path} is a database; an export may not replace it. Choose another name.").format(
                    path=path
                )
            )


def _sqlite_file(url: str | None) -> Path | None:
    if not url or not url.startswith("sqlite") or ":memory:" in url:
        return None
    _, _, rest = url.partition(":///")
    return Path(rest.split("?")[0]).expanduser().resolve() if rest else None


def _inside(target: Path, root: Path) -> bool:
    if target == root or root in target.parents:
        return True
    # A second name for the data folder (a hard-linked or bind-mounted folder, a case-insensitive disk).
    return any(_same(folder, root) for folder in (target, *target.parents) if folder.exists())


def _same(a: Path, b: Path) -> bool:
    if a == b:
        return True
    try:
        return a.samefile(b)
    except OSError:
        return False


def _sync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut (POSIX; Windows has no folder handles to flush)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
