"""Backups of a shared PostgreSQL server with pg_dump and pg_restore (the custom format), kept beside the
SQLite ones and rotated the same way."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import make_url

from app.db.backup import KEEP, BackupError, check_revision, rotate, stamp
from app.messages import Message, msg

SUFFIX = ".pgdump"
_COPY = re.compile(r"^COPY \S*alembic_version \(version_num\) FROM stdin;\n(?P<revision>[^\n\\]+)$", re.M)


def create(url: str, folder: Path, reason: str = "manual", keep: int | None = KEEP) -> Path:
    """Dump the whole database; the dump is read back before it takes a backup's name."""
    dump_tool = _tool("pg_dump")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"regulars-{stamp()}-{reason}{SUFFIX}"
    partial = target.with_suffix(".partial")
    try:
        # Private before the first byte of customer data lands in it.
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        _run([dump_tool, "--format=custom", "--no-owner", "--no-password", f"--file={partial}"], url)
        check_revision(target.name, revision(partial))
        partial.replace(target)
    except OSError as exc:
        raise BackupError(
            msg.tr("Could not write a backup to {folder}: {exc}").format(folder=folder, exc=exc)
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    if keep is not None:
        rotate(folder, keep, SUFFIX)
    return target


def restore(dump: Path, url: str, folder: Path) -> Path:
    """Replace the server's tables with the dump's in one transaction, after dumping the current state.
    Returns the before-restore backup. A refused dump changes nothing."""
    restore_tool = _tool("pg_restore")
    if not dump.is_file():
        raise BackupError(msg.tr("There is no backup at {dump}.").format(dump=dump))
    check_revision(dump.name, revision(dump))
    previous = create(url, folder, "before-restore", keep=None)  # rotated after: `dump` may be the oldest
    database = make_url(url).database or ""
    _run(
        [
            restore_tool,
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",  # all of the dump or nothing
            "--exit-on-error",
            "--no-password",
            f"--dbname={database}",
            str(dump),
        ],
        url,
    )
    rotate(folder, KEEP, SUFFIX)
    return previous


def revision(dump: Path) -> str | None:
    """The schema revision inside a dump; BackupError if it is not a dump of a Regulars database."""
    restore_tool = _tool("pg_restore")
    listing = _run(
        [restore_tool, "--list", str(dump)],
        None,
        msg.tr("{name} is not a readable backup").format(name=dump.name),
    )
    if not all(re.search(rf" TABLE \S+ {table}\b", listing) for table in ("customers", "alembic_version")):
        raise BackupError(msg.tr("{name} is not a backup of a Regulars database.").format(name=dump.name))
    script = _run([restore_tool, "--data-only", "--table=alembic_version", "--file=-", str(dump)], None)
    found = _COPY.search(script)
    return found["revision"] if found else None


def require_tools() -> None:
    for name in ("pg_dump", "pg_restore"):
        _tool(name)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(
            msg.tr(
                "Backing up or restoring the shared PostgreSQL server needs {name}, which is not "
                "installed on this computer. Install the PostgreSQL client tools (Debian or Ubuntu: sudo "
                "apt install postgresql-client; macOS: brew install libpq), or run pg_dump on the server "
                "itself."
            ).format(name=name)
        )
    return found


def _run(command: list[str], url: str | None, failure: Message | None = None) -> str:
    result = subprocess.run(command, capture_output=True, text=True, env=_environment(url), check=False)  # noqa: S603 - the found pg tool, no shell
    if result.returncode != 0:
        detail = (result.stderr.strip().splitlines() or ["no message"])[-1]
        tool = Path(command[0]).name
        raise BackupError(
            msg.tr("{failure}: {detail}").format(
                failure=failure or msg.tr("{tool} failed").format(tool=tool), detail=detail
            )
        )
    return result.stdout


def _environment(url: str | None) -> dict[str, str]:
    """The URL's connection parts as libpq's variables: a password never appears in a process listing."""
    env = dict(os.environ)
    if url is None:
        return env
    parsed = make_url(url)
    query = {key: value if isinstance(value, str) else value[-1] for key, value in parsed.query.items()}
    parts = {
        "PGHOST": parsed.host or query.get("host"),
        "PGPORT": parsed.port or query.get("port"),
        "PGUSER": parsed.username or query.get("user"),
        "PGPASSWORD": parsed.password or query.get("password"),
        "PGDATABASE": parsed.database,
        "PGSSLMODE": query.get("sslmode"),
    }
    env.update({key: str(value) for key, value in parts.items() if value})
    return env
