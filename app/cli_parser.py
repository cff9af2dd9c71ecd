"""The command line's arguments. Global options are accepted before or after the command."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any, NoReturn

from app import cli_conversation
from app.catalogue import QT_TRANSLATE_NOOP, cli, word_argparse
from app.errors import AppError, NotFound
from app.messages import Message, msg

# Bounds at the edge: anything outside is refused before it reaches the database.
LARGEST_ID = 2**63 - 1  # SQLite's and PostgreSQL's largest integer key
MAX_POINTS = 100_000  # per adjustment, and the dearest reward
MAX_DAYS = 36_525  # 100 years
MAX_MONTHS = 1_200
MAX_DEMO_CUSTOMERS = 200_000
MAX_DEMO_VISITS = 5_000_000


class BadArgument(AppError):
    """A mistake on the command line: exit status 1 with the app's message, like any other bad input.

    Not a ValueError on purpose: argparse would swallow it into its own wording and exit with 2.
    """


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise BadArgument(
            msg.tr("{problem} (see {prog} --help).").format(
                problem=message[:1].upper() + message[1:], prog=self.prog
            )
        )


def _whole(text: str, what: Message | str) -> int:
    try:
        return int(text)
    except ValueError:
        raise BadArgument(
            msg.tr("“{value}” is not a whole number ({what}).").format(value=text[:40], what=what)
        ) from None


def record_id(noun: str, what: Message, missing: Message) -> Callable[[str], int]:
    """A customer or visit number; past the largest key the database can hold, there is no such record."""

    def parse(text: str) -> int:
        value = _whole(text, what)
        if not 1 <= value <= LARGEST_ID:
            raise NotFound(missing.format(value=text[:40]))
        return value

    parse.__name__ = f"{noun}_id"
    return parse


def bounded(what: str, low: int, high: int, words: Message | None = None) -> Callable[[str], int]:
    """An option's whole number (`what` is the option) or, when `words` name it, another number."""

    def parse(text: str) -> int:
        value = _whole(text, words or what)
        if not low <= value <= high:
            raise BadArgument(
                msg.tr("{what} must be between {low} and {high}.").format(
                    what=words or what, low=format(low, ","), high=format(high, ",")
                )
            )
        return value

    parse.__name__ = what.strip("-").replace(" ", "_")
    return parse


customer_id = record_id(
    "customer", msg.tr("a customer number"), msg.tr("There is no customer number {value}.")
)
visit_id = record_id("visit", msg.tr("a visit number"), msg.tr("There is no visit number {value}."))
cost = bounded("cost", 1, MAX_POINTS, msg.tr("A reward's cost"))
days = bounded("--days", 0, MAX_DAYS)
months = bounded("--months", 1, MAX_MONTHS)
limit = bounded("--limit", 1, 10_000)


def adjustment(text: str) -> int:
    """Points to add or take. The ±100,000 rule itself is the service's: a damaged balance near 2**63
    may be taken down further, so here only what a ledger row can hold is refused."""
    value = _whole(text, msg.tr("points"))
    if not -LARGEST_ID <= value <= LARGEST_ID:
        raise BadArgument(
            msg.tr("An adjustment must be between -{most} and {most} points.").format(
                most=format(MAX_POINTS, ",")
            )
        )
    return value


def day(text: str) -> str:
    """YYYY-MM-DD within 100 years of today, or 'today'. Kept as text: the handler knows the shop's zone."""
    if text == "today":
        return text
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise BadArgument(
            msg.tr("“{value}” is not a date; use YYYY-MM-DD.").format(value=text[:40])
        ) from None
    if abs((value - date.today()).days) > MAX_DAYS:
        raise BadArgument(msg.tr("{text} is more than 100 years from today.").format(text=text))
    return text


GLOBAL_OPTIONS: tuple[tuple[str, dict[str, Any]], ...] = (
    (
        "--data-dir",
        {
            "help": QT_TRANSLATE_NOOP(
                "cli", "folder for the database, backups and logs (or REGULARS_DATA_DIR)"
            )
        },
    ),
    (
        "--database-url",
        {
            "help": QT_TRANSLATE_NOOP(
                "cli", "e.g. postgresql+psycopg://user@host/db (or REGULARS_DATABASE_URL)"
            )
        },
    ),
    (
        "--json",
        {"action": "store_true", "help": QT_TRANSLATE_NOOP("cli", "machine-readable output on stdout")},
    ),
)


def _add_global_options(parser: argparse.ArgumentParser, after_command: bool) -> None:
    for flag, options in GLOBAL_OPTIONS:
        # After the command, an option left out must not overwrite the one given before it.
        extra: dict[str, Any] = {"default": argparse.SUPPRESS} if after_command else {}
        parser.add_argument(flag, **{**options, "help": cli.tr(options["help"])}, **extra)


def _leaves(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return [parser]
    return [leaf for sub in subs for child in dict.fromkeys(sub.choices.values()) for leaf in _leaves(child)]


def leaf_commands(parser: argparse.ArgumentParser) -> set[tuple[str, str | None]]:
    """Every (command, action) the parser accepts: the registry must have a handler for each."""
    found: set[tuple[str, str | None]] = set()
    top = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, child in top.choices.items():
        subs = [a for a in child._actions if isinstance(a, argparse._SubParsersAction)]
        found |= {(name, action) for action in subs[0].choices} if subs else {(name, None)}
    return found


def build_parser() -> argparse.ArgumentParser:
    from app import (
        cli_charts,  # its month parser uses BadArgument from here
        cli_clv,  # its options live with its handler
    )

    word_argparse()
    parser = Parser(prog="regulars", description=cli.tr("Know your regulars at the counter."))
    _add_global_options(parser, after_command=False)
    parser.add_argument("--version", action="version", version=f"regulars {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help=cli.tr("fill a demo bakery"))
    p.add_argument("--customers", type=bounded("--customers", 0, MAX_DEMO_CUSTOMERS), default=300)
    p.add_argument("--visits", type=bounded("--visits", 0, MAX_DEMO_VISITS), default=6000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument(
        "--into-existing",
        action="store_true",
        help=cli.tr("add the demo even though the shop already has customers of its own"),
    )

    customers = sub.add_parser("customers", help=cli.tr("add, find and show customers")).add_subparsers(
        dest="action", required=True
    )
    p = customers.add_parser("add", help=cli.tr("add a customer"))
    p.add_argument("--name", required=True)
    p.add_argument("--phone", default="")
    p.add_argument("--email", default="")
    p.add_argument("--birthday", default="", help=cli.tr("YYYY-MM-DD or MM-DD"))
    p.add_argument("--preferences", default="")
    p.add_argument("--notes", default="")
    p.add_argument(
        "--allergy", action="append", default=[], help=cli.tr("nuts, gluten, dairy, vegan, ... (repeat)")
    )
    p = customers.add_parser("find", help=cli.tr("search by name, phone, e-mail or card code"))
    p.add_argument("query")
    p.add_argument("--limit", type=limit, default=20)
    p = customers.add_parser("show", help=cli.tr("one customer's profile"))
    p.add_argument("id", type=customer_id)
    p = customers.add_parser(
        "export-data", help=cli.tr("everything held about one person (JSON; --pdf for a readable copy)")
    )
    p.add_argument("id", type=customer_id)
    p.add_argument("--out", help=cli.tr("write the JSON to this file instead of printing it"))
    p.add_argument("--pdf", help=cli.tr("also write a readable PDF"))
    p = customers.add_parser("erase", help=cli.tr("anonymise one person, keeping anonymous visit statistics"))
    p.add_argument("id", type=customer_id)
    p = customers.add_parser(
        "erase-inactive", help=cli.tr("anonymise everyone inactive for longer than --months")
    )
    p.add_argument("--months", type=months, required=True)

    p = sub.add_parser("scan", help=cli.tr("resolve a card payload to its customer"))
    p.add_argument("payload")

    visits = sub.add_parser("visits", help=cli.tr("record or void visits")).add_subparsers(
        dest="action", required=True
    )
    p = visits.add_parser("record", help=cli.tr("record a visit"))
    p.add_argument("customer_id", type=customer_id)
    p.add_argument("--item", action="append", default=[], help=cli.tr("menu item name (repeat)"))
    p.add_argument("--amount", help=cli.tr("amount spent, e.g. 12.50"))
    p.add_argument("--usual", action="store_true", help=cli.tr("record the customer's usual order"))
    p.add_argument(
        "--client-ref",
        metavar="TEXT",
        help=cli.tr(
            "the script's own id for this visit (up to 36 characters): run again, it is not counted twice"
        ),
    )
    p = visits.add_parser("void", help=cli.tr("void a visit and reverse its points"))
    p.add_argument("visit_id", type=visit_id)
    p.add_argument("--reason", required=True)

    points = sub.add_parser("points", help=cli.tr("adjust points")).add_subparsers(
        dest="action", required=True
    )
    p = points.add_parser("adjust", help=cli.tr("add or take points, with a reason"))
    p.add_argument("customer_id", type=customer_id)
    p.add_argument("delta", type=adjustment)
    p.add_argument("--reason", required=True)

    rewards = sub.add_parser("rewards", help=cli.tr("the rewards catalogue")).add_subparsers(
        dest="action", required=True
    )
    rewards.add_parser("list", help=cli.tr("list rewards"))
    p = rewards.add_parser("add", help=cli.tr("add a reward"))
    p.add_argument("name")
    p.add_argument("cost", type=cost)
    p = rewards.add_parser("redeem", help=cli.tr("redeem a reward for a customer"))
    p.add_argument("customer_id", type=customer_id)
    p.add_argument("reward_name")

    cards = sub.add_parser("cards", help=cli.tr("loyalty cards")).add_subparsers(dest="action", required=True)
    verbs = {
        "issue": cli.tr("issue a customer's card"),
        "reissue": cli.tr("reissue a customer's card"),
        "revoke": cli.tr("revoke a customer's card"),
    }
    for verb, said in verbs.items():
        cards.add_parser(verb, help=said).add_argument("customer_id", type=customer_id)
    p = cards.add_parser("print", help=cli.tr("print cards to a PDF"))
    p.add_argument("--out", required=True)
    p.add_argument("--layout", choices=["cr80", "avery-5371", "avery-c32011"], default="avery-c32011")
    p.add_argument(
        "--customer",
        type=customer_id,
        action="append",
        default=[],
        help=cli.tr("customer id (repeat); default: unprinted"),
    )
    p.add_argument(
        "--back", action="store_true", help=cli.tr("a page of stamp boxes after each page of cards")
    )
    p = cards.add_parser("logo", help=cli.tr("the logo printed on cards (PNG or JPEG)"))
    p.add_argument("file", nargs="?")
    p.add_argument("--clear", action="store_true", help=cli.tr("print cards without a logo"))
    cards.add_parser("colour", help=cli.tr("the brand colour on cards")).add_argument(
        "colour", help=cli.tr("#RRGGBB")
    )
    shop_settings = sub.add_parser("settings", help=cli.tr("the shop's settings")).add_subparsers(
        dest="action", required=True
    )
    shop_settings.add_parser("currency", help=cli.tr("show or set the shop's currency")).add_argument(
        "code", nargs="?", help=cli.tr("an ISO 4217 code: GBP, EUR, USD, CHF…")
    )

    items = sub.add_parser("items", help=cli.tr("the shop's menu")).add_subparsers(
        dest="action", required=True
    )
    items.add_parser("list", help=cli.tr("list menu items"))
    p = items.add_parser("add", help=cli.tr("add a menu item"))
    p.add_argument("name")
    p.add_argument("--category", default="")
    p.add_argument("--price", help=cli.tr("price, e.g. 3.30"))
    allergen_help = cli.tr(
        "an EU allergen it contains (celery, gluten, crustaceans, eggs, fish, lupin, milk, molluscs, "
        "mustard, nuts, peanuts, sesame, soya, sulphites); repeat or separate with commas"
    )
    p.add_argument("--allergen", action="append", help=allergen_help)
    cli_conversation.season_args(p)
    p = items.add_parser("edit", help=cli.tr("change a menu item's name, category, price or allergens"))
    p.add_argument("item", help=cli.tr("the item's number or name"))
    p.add_argument("--name")
    p.add_argument("--category")
    p.add_argument("--price", help=cli.tr("price, e.g. 3.30"))
    p.add_argument("--no-price", action="store_true", help=cli.tr("take the price off"))
    replaces = cli.tr(
        "replaces the item's allergens: the EU allergens it contains (celery, gluten, crustaceans, eggs, fish, "
        "lupin, milk, molluscs, mustard, nuts, peanuts, sesame, soya, sulphites); repeat or separate with commas"
    )
    p.add_argument("--allergen", action="append", help=replaces)
    p.add_argument("--no-allergens", action="store_true", help=cli.tr("the item contains none of the 14"))
    cli_conversation.season_args(p)

    exports = sub.add_parser("export", help=cli.tr("visit logs and customer lists")).add_subparsers(
        dest="action", required=True
    )
    p = exports.add_parser("visits", help=cli.tr("the visit log of a day or a range of days"))
    p.add_argument(
        "--date", type=day, required=True, help=cli.tr("YYYY-MM-DD, the shop's local day (or 'today')")
    )
    p.add_argument("--to", type=day, help=cli.tr("last day of a range, YYYY-MM-DD"))
    p.add_argument("--format", choices=["csv", "xlsx", "pdf"], required=True)
    p.add_argument("--out", required=True)
    exports.add_parser(
        "customers", help=cli.tr("all customers as CSV (the generic import format)")
    ).add_argument("--out", required=True)
    imports = sub.add_parser("import", help=cli.tr("customers from another system")).add_subparsers(
        dest="action", required=True
    )
    p = imports.add_parser("customers", help=cli.tr("import a CSV of customers"))
    p.add_argument("file")
    p.add_argument("--format", choices=["auto", "square", "shopify", "google", "generic"], default="auto")
    p.add_argument("--dry-run", action="store_true", help=cli.tr("show what would happen, change nothing"))
    p.add_argument("--on-duplicate", choices=["skip", "update"], default="skip")
    p.add_argument(
        "--date-order",
        choices=["dmy", "mdy"],
        help=cli.tr("how the file writes 05/11/1990 (else the file, then the country)"),
    )
    p.add_argument(
        "--skip-errors", action="store_true", help=cli.tr("import the good rows, leave out rows with errors")
    )

    p = imports.add_parser("visits", help=cli.tr("import the sales history of another till"))
    p.add_argument("file")
    p.add_argument("--format", choices=["auto", "square", "shopify", "generic"], default="auto")
    p.add_argument("--dry-run", action="store_true", help=cli.tr("show what would happen, change nothing"))
    p.add_argument(
        "--skip-errors", action="store_true", help=cli.tr("import the good rows, leave out rows with errors")
    )

    p = sub.add_parser(
        "report", help=cli.tr("birthdays, lapsed regulars, top regulars, NPS, lifetime value, month PDF")
    )
    p.add_argument("kind", choices=["birthdays", "lapsed", "top", "segments", "nps", "clv", "monthly"])
    p.add_argument(
        "--days", type=days, help=cli.tr("birthdays: days ahead (7); lapsed: floor in days; nps: period (90)")
    )
    cli_clv.add_options(p)
    cli_charts.add_arguments(p)

    cli_conversation.add_parsers(sub)
    owner = sub.add_parser("owner", help=cli.tr("the owner's PIN")).add_subparsers(
        dest="action", required=True
    )
    owner.add_parser(
        "set-pin", help=cli.tr("set or change the owner PIN (new PIN from REGULARS_NEW_OWNER_PIN or asked)")
    )

    backups = sub.add_parser("backup", help=cli.tr("backups of the database")).add_subparsers(
        dest="action", required=True
    )
    backups.add_parser("create", help=cli.tr("write a backup now"))
    backups.add_parser("list", help=cli.tr("list backups"))
    backups.add_parser("restore", help=cli.tr("replace the database with a backup")).add_argument(
        "file", help=cli.tr("a backup file, or 'latest'")
    )
    for leaf in _leaves(parser):
        _add_global_options(leaf, after_command=True)
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("regulars")
    except PackageNotFoundError:
        return cli.tr("unknown", "version")
