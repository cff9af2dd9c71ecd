"""Command-line handlers for the owner's housekeeping: demo data, the PIN, backups."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from app.application import Services
from app.cli_output import Commands, Output
from app.db import backup
from app.services import demo
from app.services.roles import OwnerPin, PinError

commands = Commands()


@commands.register("demo", owner=True)
def _demo(s: Services, a: argparse.Namespace) -> Output:
    if a.customers < 0 or a.visits < 0:
        raise ValueError("--customers and --visits cannot be negative.")
    result = demo.fill(
        s.db, s.settings, a.customers, a.visits, a.seed, into_existing=a.into_existing, actor="owner (cli)"
    )
    return Output(
        {"customers": result.customers, "visits": result.visits},
        f"Demo bakery ready: {result.customers} customers, {result.visits} visits.",
    )


def _require_sqlite(s: Services) -> None:
    if not s.is_sqlite:
        raise ValueError("Backups here cover the local SQLite file; back up PostgreSQL with pg_dump.")


@commands.register("backup", "create")
def _backup_create(s: Services, a: argparse.Namespace) -> Output:
    _require_sqlite(s)
    path = backup.create(s.paths.database, s.paths.backups, "manual")
    return Output({"path": str(path)}, f"Backup written: {path}")


@commands.register("backup", "list")
def _backup_list(s: Services, a: argparse.Namespace) -> Output:
    files = sorted(s.paths.backups.glob("regulars-*.sqlite3"))
    return Output([str(f) for f in files], "\n".join(str(f) for f in files) or "No backups yet.")


def restore_without_opening(args: argparse.Namespace, emit: Callable[[Output, bool], None]) -> int:
    """Restore straight onto the file: the owner PIN lives in the database, so the file system guards this."""
    from app.paths import resolve_data_dir

    if args.database_url or os.environ.get("REGULARS_DATABASE_URL"):
        print(
            "regulars: backups here cover the local SQLite file; restore PostgreSQL with pg_restore.",
            file=sys.stderr,
        )
        return 1
    paths = resolve_data_dir(args.data_dir).ensure()
    source = backup.latest(paths.backups) if args.file == "latest" else Path(args.file)
    try:
        if source is None or not source.is_file():
            raise backup.BackupError("There is no such backup." if source else "There are no backups yet.")
        previous = backup.restore(source, paths.database, paths.backups)
    except backup.BackupError as exc:
        print(f"regulars: {exc}", file=sys.stderr)
        return 1
    where = f" The database as it was is kept as {previous}." if previous else ""
    emit(
        Output(
            {"restored": str(source), "previous": str(previous) if previous else None},
            f"Restored {source.name}.{where}",
        ),
        args.json,
    )
    return 0


def require_owner(s: Services) -> None:
    """Owner commands take the PIN from REGULARS_OWNER_PIN, or ask for it on a terminal."""
    pin = OwnerPin(s.settings, actor="cli")  # not the owner until the PIN is right
    if not pin.is_set():
        return
    typed = os.environ.get("REGULARS_OWNER_PIN")
    if typed is None:
        if not sys.stdin.isatty():
            raise PinError("This is an owner command: set REGULARS_OWNER_PIN or run it in a terminal.")
        typed = getpass.getpass("Owner PIN: ")
    pin.check(typed)


@commands.register("owner", "set-pin", owner=True)
def _owner_set_pin(s: Services, a: argparse.Namespace) -> Output:
    new = os.environ.get("REGULARS_NEW_OWNER_PIN")
    if new is None:
        if not sys.stdin.isatty():
            raise PinError("Give the new PIN in REGULARS_NEW_OWNER_PIN or run this in a terminal.")
        new = getpass.getpass("New owner PIN: ")
        if getpass.getpass("Once more: ") != new:
            raise PinError("The two PINs differ; nothing was changed.")
    # The current PIN, if any, was checked as for every owner command.
    OwnerPin(s.settings).replace(new, actor="owner (cli)")
    return Output({"owner_pin": "set"}, "Owner PIN set.")
