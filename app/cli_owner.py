"""Command-line handlers for the owner's housekeeping: demo data, the PIN, backups."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from app.application import Services, resolve_url, sqlite_file
from app.cli_output import Commands, Output
from app.db import backup, pg_backup
from app.errors import NotFound, UserError
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


@commands.register("backup", "create")
def _backup_create(s: Services, a: argparse.Namespace) -> Output:
    database = sqlite_file(s.url)
    if database is not None:
        path = backup.create(database, s.paths.backups, "manual")
    else:
        path = pg_backup.create(s.url, s.paths.backups, "manual")
    return Output({"path": str(path)}, f"Backup written: {path}")


@commands.register("backup", "list")
def _backup_list(s: Services, a: argparse.Namespace) -> Output:
    suffix = ".sqlite3" if s.is_sqlite else pg_backup.SUFFIX
    files = backup.backups(s.paths.backups, suffix)
    return Output([str(f) for f in files], "\n".join(str(f) for f in files) or "No backups yet.")


def restore_without_opening(args: argparse.Namespace, emit: Callable[[Output, bool], None]) -> int:
    """Restore without opening the services, so it works on a damaged file: the owner PIN lives in the
    database, so the file system (or the server's own login) guards this."""
    from app.paths import resolve_data_dir

    paths = resolve_data_dir(args.data_dir).ensure()
    url = resolve_url(paths, args.database_url)
    database = sqlite_file(url)
    suffix = ".sqlite3" if database is not None else pg_backup.SUFFIX
    try:
        if database is None:
            pg_backup.require_tools()
        source = backup.latest(paths.backups, suffix) if args.file == "latest" else Path(args.file)
        if source is None:
            raise backup.BackupError("There are no backups yet.")
        if database is not None:
            previous = backup.restore(source, database, paths.backups)
        else:
            previous = pg_backup.restore(source, url, paths.backups)
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


@commands.register("cards", "logo", owner=True)
def _cards_logo(s: Services, a: argparse.Namespace) -> Output:
    from app.services.card_design import CardDesign

    design = CardDesign(s.db, s.settings)
    if a.clear == bool(a.file):
        raise UserError("Give the logo's file, or --clear to print cards without one.")
    if a.clear:
        removed = design.clear_logo(actor="owner (cli)")
        return Output({"logo": None}, "Cards now print without a logo." if removed else "There was no logo.")
    try:
        data = Path(a.file).read_bytes()
    except FileNotFoundError:
        raise NotFound(f"There is no file {a.file}.") from None
    except OSError as exc:
        raise UserError(f"Could not read {a.file}: {exc.strerror}.") from None
    logo = design.set_logo(data, actor="owner (cli)")
    return Output(
        {"logo": {"kind": logo.kind, "width": logo.width, "height": logo.height}},
        f"Logo saved ({logo.width}×{logo.height} {logo.kind.upper()}); every till prints it from now on.",
    )


@commands.register("cards", "colour", owner=True)
def _cards_colour(s: Services, a: argparse.Namespace) -> Output:
    s.settings.set("brand_colour", a.colour)
    colour = s.settings.get("brand_colour")
    return Output({"brand_colour": colour}, f"Cards print in {colour} from now on.")


@commands.register("settings", "currency", owner=True)
def _settings_currency(s: Services, a: argparse.Namespace) -> Output:
    """Show or set the shop's currency: an ISO code; a sign or an unknown code is refused and nothing changes."""
    from app.services.locales import from_environment
    from app.services.money import currency_code, format_money

    if a.code is not None:
        s.settings.set("currency", currency_code(a.code))
    code = str(s.settings.get("currency"))
    example = format_money(1250, code, from_environment())
    told = "from now on" if a.code is not None else "now"
    return Output({"currency": code}, f"The shop counts in {code} {told}; amounts read like {example}.")
