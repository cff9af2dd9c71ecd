"""Command line: no arguments opens the window; subcommands serve scripts and scheduled jobs.

Errors go to stderr with a non-zero status and change nothing. --json prints machine-readable output.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

from app import cli_counter, cli_data, cli_owner
from app.application import StartupError, open_services
from app.cli_output import Command, Key, Output
from app.cli_parser import build_parser
from app.errors import AppError

USER_ERRORS = (AppError, ValueError)


def command_table() -> dict[Key, Command]:
    return {**cli_counter.commands.table, **cli_data.commands.table, **cli_owner.commands.table}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from app.ui.main import run_window  # Qt only when a window is wanted

        return run_window(args.data_dir, args.database_url)
    key = (args.command, getattr(args, "action", None))
    if key == ("backup", "restore"):
        return cli_owner.restore_without_opening(args, emit)  # must work when the database is damaged
    command = command_table()[key]
    try:
        services = open_services(args.data_dir, args.database_url)
    except StartupError as exc:
        print(f"regulars: {exc}", file=sys.stderr)
        return 1
    try:
        if command.owner:
            cli_owner.require_owner(services)
        result = command.handler(services, args)
    except USER_ERRORS as exc:
        print(f"regulars: {exc}", file=sys.stderr)
        return 1
    finally:
        services.close()
    emit(result, args.json)
    return 0


def emit(result: Output, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result.data, ensure_ascii=False, indent=2, default=str))
    elif result.text:
        print(result.text)
