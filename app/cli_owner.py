"""Command-line handlers for the owner's housekeeping: demo data, the PIN, backups."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.catalogue import cli
from app.cli_output import Commands, Output
from app.errors import NotFound, UserError
from app.messages import msg

if TYPE_CHECKING:
    from app.shop.composed import Shop

commands = Commands()


@commands.register("demo", owner=True)
def _demo(shop: Shop, a: argparse.Namespace) -> Output:
    if a.customers < 0 or a.visits < 0:
        raise UserError(msg.tr("--customers and --visits cannot be negative."))
    result = shop.data.fill_demo(
        a.customers, a.visits, seed=a.seed, into_existing=a.into_existing, actor="owner (cli)"
    ).value
    return Output(
        {"customers": result.customers, "visits": result.visits},
        cli.tr("Demo bakery ready: {customers}, {visits}.").format(
            customers=cli.tr("%n customer(s)", "", result.customers),
            visits=cli.tr("%n visit(s)", "", result.visits),
        ),
    )


@commands.register("backup", "create")
def _backup_create(shop: Shop, a: argparse.Namespace) -> Output:
    path = shop.data.backup()
    return Output({"path": str(path)}, cli.tr("Backup written: {path}").format(path=path))


@commands.register("backup", "list")
def _backup_list(shop: Shop, a: argparse.Namespace) -> Output:
    files = shop.data.backups()[::-1]  # oldest first
    return Output([str(f) for f in files], "\n".join(str(f) for f in files) or cli.tr("No backups yet."))


def restore_without_opening(args: argparse.Namespace) -> Output:
    """Restore without opening the shop, so it works on a damaged file: the owner PIN lives in the
    database, so the file system (or the server's own login) guards this."""
    from app.shop.rescue import restore_unopened

    done = restore_unopened(args.data_dir, args.database_url, args.file)
    said = cli.tr("Restored {name}.").format(name=done.source.name)
    if done.previous:
        said += " " + cli.tr("The database as it was is kept as {path}.").format(path=done.previous)
    return Output(
        {"restored": str(done.source), "previous": str(done.previous) if done.previous else None}, said
    )


def require_owner(shop: Shop) -> None:
    """Owner commands take the PIN from REGULARS_OWNER_PIN, or ask for it on a terminal."""
    if not shop.owner.pin_is_set():
        return
    typed = os.environ.get("REGULARS_OWNER_PIN")
    if typed is None:
        if not sys.stdin.isatty():
            raise UserError(
                msg.tr("This is an owner command: set REGULARS_OWNER_PIN or run it in a terminal.")
            )
        typed = getpass.getpass(cli.tr("Owner PIN: "))
    shop.owner.check_pin(typed, actor="cli")  # not the owner until the PIN is right


@commands.register("owner", "set-pin", owner=True)
def _owner_set_pin(shop: Shop, a: argparse.Namespace) -> Output:
    new = os.environ.get("REGULARS_NEW_OWNER_PIN")
    if new is None:
        if not sys.stdin.isatty():
            raise UserError(msg.tr("Give the new PIN in REGULARS_NEW_OWNER_PIN or run this in a terminal."))
        new = getpass.getpass(cli.tr("New owner PIN: "))
        if getpass.getpass(cli.tr("Once more: ")) != new:
            raise UserError(msg.tr("The two PINs differ; nothing was changed."))
    # The current PIN, if any, was checked as for every owner command.
    shop.owner.replace_pin(new, actor="owner (cli)")
    return Output({"owner_pin": "set"}, cli.tr("Owner PIN set."))


@commands.register("cards", "logo", owner=True)
def _cards_logo(shop: Shop, a: argparse.Namespace) -> Output:
    if a.clear == bool(a.file):
        raise UserError(msg.tr("Give the logo's file, or --clear to print cards without one."))
    if a.clear:
        removed = shop.cards.clear_logo(actor="owner (cli)").value
        return Output(
            {"logo": None},
            cli.tr("Cards now print without a logo.") if removed else cli.tr("There was no logo."),
        )
    try:
        data = Path(a.file).read_bytes()
    except FileNotFoundError:
        raise NotFound(msg.tr("There is no file {file}.").format(file=a.file)) from None
    except OSError as exc:
        raise UserError(
            msg.tr("Could not read {file}: {strerror}.").format(file=a.file, strerror=exc.strerror)
        ) from None
    logo = shop.cards.set_logo(data, actor="owner (cli)").value
    return Output(
        {"logo": {"kind": logo.kind, "width": logo.width, "height": logo.height}},
        cli.tr("Logo saved ({width}×{height} {kind}); every till prints it from now on.").format(
            width=logo.width, height=logo.height, kind=logo.kind.upper()
        ),
    )


@commands.register("cards", "colour", owner=True)
def _cards_colour(shop: Shop, a: argparse.Namespace) -> Output:
    colour = shop.cards.set_colour(a.colour).value
    return Output(
        {"brand_colour": colour}, cli.tr("Cards print in {colour} from now on.").format(colour=colour)
    )


@commands.register("settings", "currency", owner=True)
def _settings_currency(shop: Shop, a: argparse.Namespace) -> Output:
    """Show or set the shop's currency: an ISO code; a sign or an unknown code is refused and nothing changes."""
    from app.services.locales import from_environment
    from app.shop.money import format_money

    if a.code is not None:
        shop.owner.save_settings({"currency": a.code})
    code = shop.currency()
    example = format_money(1250, code, from_environment())
    told = (
        cli.tr("The shop counts in {code} from now on; amounts read like {example}.")
        if a.code is not None
        else cli.tr("The shop counts in {code} now; amounts read like {example}.")
    )
    return Output({"currency": code}, told.format(code=code, example=example))
