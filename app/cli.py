"""Command line: no arguments opens the window; subcommands serve scripts and scheduled jobs.

Errors go to stderr with a non-zero status and change nothing. --json prints machine-readable output.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app import catalogue, cli_conversation, cli_counter, cli_data, cli_owner
from app.catalogue import cli
from app.cli_output import Command, Key, Output
from app.cli_parser import build_parser
from app.errors import EXIT_REFUSED, EXIT_UNEXPECTED, AppError, storage_problem
from app.logs import describe, file_log
from app.paths import resolve_data_dir

log = logging.getLogger("regulars.cli")
PROGRAM = "regulars"


def command_table() -> dict[Key, Command]:
    return {
        **cli_counter.commands.table,
        **cli_data.commands.table,
        **cli_owner.commands.table,
        **cli_conversation.commands.table,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. Every failure is one line on stderr and an exit status: 1 for bad input or a
    refusal, 75 when the database is busy or unreachable (worth retrying), 70 for anything unexpected."""
    log_path: Path | None = None
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            if _no_display():
                raise AppError(
                    cli.tr(
                        "There is no screen to open the window on. Start it from the desktop, "
                        "or use a command (regulars --help).",
                    )
                )
            from app.ui.main import run_window  # Qt only when a window is wanted

            return run_window(args.data_dir, args.database_url)
        log_path = file_log(resolve_data_dir(args.data_dir).ensure().logs)
        return _run(args)
    except KeyboardInterrupt:
        return _fail(cli.tr("Stopped; anything not finished was not saved."), 130)
    except Exception as exc:
        return _failed(exc, log_path)


def _failed(exc: Exception, log_path: Path | None) -> int:
    from app.shop.base import database_failure  # the data layer loads only when a command ran

    failure = database_failure(exc) if log_path is not None else None
    if failure is not None:  # busy, unreachable, disk full, ...: what storage_problem recognises
        problem = storage_problem(failure)
        if problem is None:
            return _unexpected(failure, log_path)
        log.warning("database problem: %s", describe(failure))
        return _fail(catalogue.said(problem), problem.exit_status)
    if isinstance(exc, AppError | ValueError):  # handlers raise ValueError for bad input too
        # The class, not the message: a message may name a customer.
        log.info("refused: %s", type(exc).__name__)
        return _fail(catalogue.said(exc), getattr(exc, "exit_status", EXIT_REFUSED))
    return _unexpected(exc, log_path)


def _run(args: argparse.Namespace) -> int:
    key = (args.command, getattr(args, "action", None))
    if key == ("backup", "restore"):  # must work when the database is damaged: the shop is not opened
        emit(cli_owner.restore_without_opening(args), args.json)
        return 0
    command = command_table()[key]
    from app.shop import Shop

    shop = Shop.open(args.data_dir, args.database_url)
    if note := shop.search_warning():
        print(cli.tr("regulars: warning: {note}").format(note=catalogue.said(note)), file=sys.stderr)
    try:
        if command.owner:
            cli_owner.require_owner(shop)
        result = command.handler(shop, args)
    finally:
        shop.close()
    emit(result, args.json)
    return 0


def _no_display() -> bool:
    """On Linux without X11 or Wayland, Qt would abort the whole process with its own words."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _fail(message: str, status: int) -> int:
    print(f"{PROGRAM}: {message}", file=sys.stderr)  # the program's name, in every language
    return status


def _unexpected(exc: BaseException, log_path: Path | None) -> int:
    log.error("unexpected failure\n%s", describe(exc))
    if log_path is None:
        return _fail(
            cli.tr("Something unexpected went wrong ({kind}); no log file could be written.").format(
                kind=type(exc).__name__
            ),
            EXIT_UNEXPECTED,
        )
    return _fail(
        cli.tr("Something unexpected went wrong; details are in {path}").format(path=log_path),
        EXIT_UNEXPECTED,
    )


def emit(result: Output, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result.data, ensure_ascii=False, indent=2, default=str))
    elif result.text:
        print(result.text)
