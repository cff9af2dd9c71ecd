"""Command line: no arguments opens the window; subcommands serve scripts and scheduled jobs.

Errors go to stderr with a non-zero status and change nothing. --json prints machine-readable output.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app.application import Services, StartupError, open_services
from app.cli_data import (
    erase,
    erase_inactive,
    export_customers,
    export_data,
    export_visits,
    import_customers,
    report,
)
from app.cli_output import Output
from app.codes.tokens import short_form
from app.db import backup
from app.services import demo
from app.services.birthdays import badge
from app.services.cards import CardError
from app.services.customers import CustomerInput, NotFound, ValidationError
from app.services.importing import ImportError_
from app.services.items import ItemError
from app.services.loyalty import LoyaltyError
from app.services.phones import PhoneError
from app.services.roles import OwnerPin, PinError
from app.services.visits import VisitError

USER_ERRORS = (ImportError_, PinError, ValidationError, NotFound, CardError, ItemError, LoyaltyError, VisitError, PhoneError,
               backup.BackupError, ValueError)  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="regulars", description="Know your regulars at the counter.")
    parser.add_argument("--data-dir", help="folder for the database, backups and logs (or REGULARS_DATA_DIR)")
    parser.add_argument(
        "--database-url", help="e.g. postgresql+psycopg://user@host/db (or REGULARS_DATABASE_URL)"
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output on stdout")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help="fill a demo bakery")
    p.add_argument("--customers", type=int, default=300)
    p.add_argument("--visits", type=int, default=6000)
    p.add_argument("--seed", type=int, default=1)

    customers = sub.add_parser("customers", help="add, find and show customers").add_subparsers(
        dest="action", required=True
    )
    p = customers.add_parser("add", help="add a customer")
    p.add_argument("--name", required=True)
    p.add_argument("--phone", default="")
    p.add_argument("--email", default="")
    p.add_argument("--birthday", default="", help="YYYY-MM-DD or MM-DD")
    p.add_argument("--preferences", default="")
    p.add_argument("--notes", default="")
    p.add_argument("--allergy", action="append", default=[], help="nuts, gluten, dairy, vegan, ... (repeat)")
    p = customers.add_parser("find", help="search by name, phone, e-mail or card code")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p = customers.add_parser("show", help="one customer's profile")
    p.add_argument("id", type=int)
    p = customers.add_parser(
        "export-data", help="everything held about one person (JSON; --pdf for a readable copy)"
    )
    p.add_argument("id", type=int)
    p.add_argument("--out", help="write the JSON to this file instead of printing it")
    p.add_argument("--pdf", help="also write a readable PDF")
    p = customers.add_parser("erase", help="anonymise one person, keeping anonymous visit statistics")
    p.add_argument("id", type=int)
    p = customers.add_parser("erase-inactive", help="anonymise everyone inactive for longer than --months")
    p.add_argument("--months", type=int, required=True)

    p = sub.add_parser("scan", help="resolve a card payload to its customer")
    p.add_argument("payload")

    visits = sub.add_parser("visits", help="record or void visits").add_subparsers(
        dest="action", required=True
    )
    p = visits.add_parser("record", help="record a visit")
    p.add_argument("customer_id", type=int)
    p.add_argument("--item", action="append", default=[], help="menu item name (repeat)")
    p.add_argument("--amount", help="amount spent, e.g. 12.50")
    p.add_argument("--usual", action="store_true", help="record the customer's usual order")
    p = visits.add_parser("void", help="void a visit and reverse its points")
    p.add_argument("visit_id", type=int)
    p.add_argument("--reason", required=True)

    points = sub.add_parser("points", help="adjust points").add_subparsers(dest="action", required=True)
    p = points.add_parser("adjust", help="add or take points, with a reason")
    p.add_argument("customer_id", type=int)
    p.add_argument("delta", type=int)
    p.add_argument("--reason", required=True)

    rewards = sub.add_parser("rewards", help="the rewards catalogue").add_subparsers(
        dest="action", required=True
    )
    rewards.add_parser("list", help="list rewards")
    p = rewards.add_parser("add", help="add a reward")
    p.add_argument("name")
    p.add_argument("cost", type=int)
    p = rewards.add_parser("redeem", help="redeem a reward for a customer")
    p.add_argument("customer_id", type=int)
    p.add_argument("reward_name")

    cards = sub.add_parser("cards", help="loyalty cards").add_subparsers(dest="action", required=True)
    for verb in ("issue", "reissue", "revoke"):
        cards.add_parser(verb, help=f"{verb} a customer's card").add_argument("customer_id", type=int)
    p = cards.add_parser("print", help="print cards to a PDF")
    p.add_argument("--out", required=True)
    p.add_argument("--layout", choices=["cr80", "avery-5371", "avery-c32011"], default="avery-c32011")
    p.add_argument(
        "--customer", type=int, action="append", default=[], help="customer id (repeat); default: unprinted"
    )

    items = sub.add_parser("items", help="the shop's menu").add_subparsers(dest="action", required=True)
    items.add_parser("list", help="list menu items")
    p = items.add_parser("add", help="add a menu item")
    p.add_argument("name")
    p.add_argument("--category", default="")

    exports = sub.add_parser("export", help="visit logs and customer lists").add_subparsers(
        dest="action", required=True
    )
    p = exports.add_parser("visits", help="the visit log of a day or a range of days")
    p.add_argument("--date", required=True, help="YYYY-MM-DD, the shop's local day (or 'today')")
    p.add_argument("--to", help="last day of a range, YYYY-MM-DD")
    p.add_argument("--format", choices=["csv", "xlsx", "pdf"], required=True)
    p.add_argument("--out", required=True)
    exports.add_parser("customers", help="all customers as CSV (the generic import format)").add_argument(
        "--out", required=True
    )
    imports = sub.add_parser("import", help="customers from another system").add_subparsers(
        dest="action", required=True
    )
    p = imports.add_parser("customers", help="import a CSV of customers")
    p.add_argument("file")
    p.add_argument("--format", choices=["auto", "square", "shopify", "google", "generic"], default="auto")
    p.add_argument("--dry-run", action="store_true", help="show what would happen, change nothing")
    p.add_argument("--on-duplicate", choices=["skip", "update"], default="skip")
    p.add_argument(
        "--skip-errors", action="store_true", help="import the good rows, leave out rows with errors"
    )

    p = sub.add_parser("report", help="birthdays, lapsed regulars, top regulars, NPS")
    p.add_argument("kind", choices=["birthdays", "lapsed", "top", "segments", "nps"])
    p.add_argument(
        "--days", type=int, help="birthdays: days ahead (7); lapsed: floor in days; nps: period (90)"
    )

    owner = sub.add_parser("owner", help="the owner's PIN").add_subparsers(dest="action", required=True)
    owner.add_parser(
        "set-pin", help="set or change the owner PIN (new PIN from REGULARS_NEW_OWNER_PIN or asked)"
    )

    backups = sub.add_parser("backup", help="backups of the database").add_subparsers(
        dest="action", required=True
    )
    backups.add_parser("create", help="write a backup now")
    backups.add_parser("list", help="list backups")
    backups.add_parser("restore", help="replace the database with a backup").add_argument(
        "file", help="a backup file, or 'latest'"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from app.ui.main import run_window  # Qt only when a window is wanted

        return run_window(args.data_dir, args.database_url)
    if (args.command, getattr(args, "action", None)) == ("backup", "restore"):
        return _restore_without_opening(args)  # must work when the database itself is damaged
    try:
        services = open_services(args.data_dir, args.database_url)
    except StartupError as exc:
        print(f"regulars: {exc}", file=sys.stderr)
        return 1
    try:
        key = (args.command, getattr(args, "action", None))
        if key in OWNER_COMMANDS:
            _require_owner(services)
        result = HANDLERS[key](services, args)
    except USER_ERRORS as exc:
        print(f"regulars: {exc}", file=sys.stderr)
        return 1
    finally:
        services.close()
    _emit(result, args.json)
    return 0


def _emit(result: Output, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result.data, ensure_ascii=False, indent=2, default=str))
    elif result.text:
        print(result.text)


def _demo(s: Services, a: argparse.Namespace) -> Output:
    if a.customers < 0 or a.visits < 0:
        raise ValueError("--customers and --visits cannot be negative.")
    result = demo.fill(s.db, s.settings, a.customers, a.visits, a.seed)
    return Output({"customers": result.customers, "visits": result.visits},
                  f"Demo bakery ready: {result.customers} customers, {result.visits} visits.")  # fmt: skip


def _customers_add(s: Services, a: argparse.Namespace) -> Output:
    data = CustomerInput(name=a.name, phone=a.phone, email=a.email, birthday=a.birthday,
                         preferences=a.preferences, notes=a.notes, flags=[f.strip().lower() for f in a.allergy])  # fmt: skip
    duplicate = s.customers.find_duplicate(*_phone_email(s, data))
    new_id = s.customers.add(data, actor="cli")
    profile = s.profiles.load(new_id)
    warning = f"\nNote: customer {duplicate} has the same phone or e-mail." if duplicate else ""
    return Output(profile.to_json(), f"Added customer {new_id}: {profile.name}{warning}")


def _phone_email(s: Services, data: CustomerInput) -> tuple[str | None, str | None]:
    from app.services.customers import validate

    clean = validate(data, s.customers.region)
    return clean.phone, clean.email


def _customers_find(s: Services, a: argparse.Namespace) -> Output:
    if a.limit < 1:
        raise ValueError("--limit must be at least 1.")
    hits = s.search.search(a.query, a.limit)
    try:
        card_owner = s.cards.resolve(a.query)
    except CardError:
        card_owner = None
    if card_owner is not None:
        hits = [h for h in s.search.search(s.customers.get(card_owner).name, 50) if h.id == card_owner][:1]
    rows = [{"id": h.id, "name": h.name, "phone": h.phone, "email": h.email} for h in hits]
    text = "\n".join(f"{h.id:>7}  {h.name:<32} {h.phone or '':<16} {h.email or ''}" for h in hits)
    return Output(rows, text or "No customers match.")


def _show(s: Services, customer_id: int) -> Output:
    p = s.profiles.load(customer_id)
    lines = [f"{p.name}  (customer {p.id})"]
    if p.flags:
        lines.append(
            "ALLERGIES / DIET: " + ", ".join(p.flags) + (f" ({p.allergy_note})" if p.allergy_note else "")
        )
    if p.birthday:
        lines.append(f"Birthday: {p.birthday.label()}" + (
            f" — {badge(p.birthday_in_days)}" if p.birthday_in_days is not None and p.birthday_in_days <= 7 else ""))  # fmt: skip
    for label, value in (
        ("Phone", p.phone_display),
        ("E-mail", p.email),
        ("Prefers", p.preferences),
        ("Notes", p.notes),
    ):
        if value:
            lines.append(f"{label}: {value}")
    lines.append(f"Usual: {', '.join(u.name for u in p.usual) or 'no usual yet'}")
    last = f", last on {p.last_visit:%Y-%m-%d}" if p.last_visit else ""
    lines.append(f"Visits: {p.visit_count}{last}")
    lines.append(
        f"{p.rules.unit.capitalize()}s: {p.points}" + (f" ({p.next_reward})" if p.next_reward else "")
    )
    if p.card:
        lines.append(f"Card: {short_form(p.card.token)} ({p.card.status})")
    return Output(p.to_json(), "\n".join(lines))


def _visits_record(s: Services, a: argparse.Namespace) -> Output:
    s.customers.get(a.customer_id)
    if a.usual:
        if a.item or a.amount:
            raise ValueError("--usual records the usual order; leave out --item and --amount.")
        visit = s.visits.record_usual(a.customer_id, actor="cli")
    else:
        item_ids = s.items.resolve(a.item)
        visit = s.visits.record(a.customer_id, [(i, 1) for i in item_ids], _cents(a.amount), actor="cli")
    return Output({"id": visit.id, "customer_id": a.customer_id, "at": visit.at.isoformat(),
                   "points_earned": visit.points_earned, "message": visit.message},
                  f"Recorded visit {visit.id}: {visit.message}")  # fmt: skip


def _cents(text: str | None) -> int | None:
    if text is None:
        return None
    from decimal import Decimal, InvalidOperation

    try:
        value = Decimal(text.replace(",", ".").strip())
    except InvalidOperation:
        raise ValueError(f"“{text}” is not an amount; write it like 12.50.") from None
    if value < 0 or value != value.quantize(Decimal("0.01")):
        raise ValueError(f"“{text}” is not an amount; write it like 12.50.")
    return int(value * 100)


def _visits_void(s: Services, a: argparse.Namespace) -> Output:
    taken = s.visits.void(a.visit_id, a.reason, actor="cli")
    return Output({"id": a.visit_id, "voided": True, "points_reversed": taken},
                  f"Visit {a.visit_id} voided; {taken} taken back.")  # fmt: skip


def _points_adjust(s: Services, a: argparse.Namespace) -> Output:
    new = s.loyalty.adjust(a.customer_id, a.delta, a.reason, actor="owner (cli)")
    return Output({"customer_id": a.customer_id, "points": new}, f"Balance is now {new}.")


def _rewards_list(s: Services, a: argparse.Namespace) -> Output:
    rows = s.loyalty.rewards(include_inactive=True)
    return Output([r.__dict__ for r in rows],
                  "\n".join(f"{r.id:>4}  {r.name:<30} {r.cost:>4}{'' if r.active else '  (retired)'}" for r in rows))  # fmt: skip


def _rewards_add(s: Services, a: argparse.Namespace) -> Output:
    new_id = s.loyalty.add_reward(a.name, a.cost, actor="owner (cli)")
    return Output({"id": new_id, "name": a.name, "cost": a.cost}, f"Added reward {new_id}.")


def _rewards_redeem(s: Services, a: argparse.Namespace) -> Output:
    new = s.loyalty.redeem(a.customer_id, a.reward_name, actor="cli")
    return Output({"customer_id": a.customer_id, "reward": a.reward_name, "points": new},
                  f"Redeemed {a.reward_name}; balance is now {new}.")  # fmt: skip


def _card_action(verb: str) -> Callable[[Services, argparse.Namespace], Output]:
    def handler(s: Services, a: argparse.Namespace) -> Output:
        card = getattr(s.cards, verb)(a.customer_id, actor="owner (cli)")
        return Output({"customer_id": a.customer_id, "payload": card.payload, "status": card.status,
                       "short_code": card.short_code}, f"Card {card.short_code}: {card.status}")  # fmt: skip

    return handler


def _cards_print(s: Services, a: argparse.Namespace) -> Output:
    from app.printing.cards import render_cards

    ids = a.customer or s.cards.unprinted()
    if not ids:
        raise ValueError(
            "No cards to print: every active card has been printed. Name customers with --customer."
        )
    cards = s.cards.for_printing(ids, actor="owner (cli)")
    render_cards(
        Path(a.out),
        cards,
        a.layout,
        str(s.settings.get("shop_name")),
        bool(s.settings.get("print_name_on_card")),
    )
    s.cards.mark_printed([c.id for c, _ in cards])
    return Output(
        {"out": a.out, "cards": len(cards), "layout": a.layout}, f"Wrote {len(cards)} cards to {a.out}."
    )


def _items_list(s: Services, a: argparse.Namespace) -> Output:
    rows = s.items.list(include_inactive=True)
    return Output(
        [r.__dict__ for r in rows], "\n".join(f"{r.id:>4}  {r.name:<28} {r.category}" for r in rows)
    )


def _items_add(s: Services, a: argparse.Namespace) -> Output:
    new_id = s.items.add(a.name, a.category, actor="owner (cli)")
    return Output({"id": new_id, "name": a.name}, f"Added item {new_id}.")


def _require_sqlite(s: Services) -> None:
    if not s.is_sqlite:
        raise ValueError("Backups here cover the local SQLite file; back up PostgreSQL with pg_dump.")


def _backup_create(s: Services, a: argparse.Namespace) -> Output:
    _require_sqlite(s)
    path = backup.create(s.paths.database, s.paths.backups, "manual")
    return Output({"path": str(path)}, f"Backup written: {path}")


def _backup_list(s: Services, a: argparse.Namespace) -> Output:
    files = sorted(s.paths.backups.glob("regulars-*.sqlite3"))
    return Output([str(f) for f in files], "\n".join(str(f) for f in files) or "No backups yet.")


def _restore_without_opening(args: argparse.Namespace) -> int:
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
    _emit(Output({"restored": str(source), "previous": str(previous) if previous else None},
                 f"Restored {source.name}.{where}"), args.json)  # fmt: skip
    return 0


def _require_owner(s: Services) -> None:
    """Owner commands take the PIN from REGULARS_OWNER_PIN, or ask for it on a terminal."""
    pin = OwnerPin(s.settings)
    if not pin.is_set():
        return
    typed = os.environ.get("REGULARS_OWNER_PIN")
    if typed is None:
        if not sys.stdin.isatty():
            raise PinError("This is an owner command: set REGULARS_OWNER_PIN or run it in a terminal.")
        typed = getpass.getpass("Owner PIN: ")
    pin.check(typed)


def _owner_set_pin(s: Services, a: argparse.Namespace) -> Output:
    new = os.environ.get("REGULARS_NEW_OWNER_PIN")
    if new is None:
        if not sys.stdin.isatty():
            raise PinError("Give the new PIN in REGULARS_NEW_OWNER_PIN or run this in a terminal.")
        new = getpass.getpass("New owner PIN: ")
        if getpass.getpass("Once more: ") != new:
            raise PinError("The two PINs differ; nothing was changed.")
    OwnerPin(s.settings).replace(new)  # the current PIN, if any, was checked as for every owner command
    return Output({"owner_pin": "set"}, "Owner PIN set.")


OWNER_COMMANDS = {
    ("points", "adjust"), ("cards", "revoke"), ("rewards", "add"), ("items", "add"),
    ("cards", "print"), ("owner", "set-pin"), ("customers", "erase"), ("customers", "erase-inactive"),
    ("customers", "export-data"), ("import", "customers"), ("export", "customers"),
}  # fmt: skip

HANDLERS: dict[tuple[str, str | None], Callable[[Services, argparse.Namespace], Output]] = {
    ("demo", None): _demo,
    ("customers", "add"): _customers_add,
    ("customers", "find"): _customers_find,
    ("customers", "show"): lambda s, a: _show(s, a.id),
    ("customers", "export-data"): export_data,
    ("customers", "erase"): erase,
    ("customers", "erase-inactive"): erase_inactive,
    ("scan", None): lambda s, a: _show(s, s.cards.resolve(a.payload)),
    ("visits", "record"): _visits_record,
    ("visits", "void"): _visits_void,
    ("points", "adjust"): _points_adjust,
    ("rewards", "list"): _rewards_list,
    ("rewards", "add"): _rewards_add,
    ("rewards", "redeem"): _rewards_redeem,
    ("cards", "issue"): _card_action("issue"),
    ("cards", "reissue"): _card_action("reissue"),
    ("cards", "revoke"): _card_action("revoke"),
    ("cards", "print"): _cards_print,
    ("items", "list"): _items_list,
    ("items", "add"): _items_add,
    ("owner", "set-pin"): _owner_set_pin,
    ("report", None): report,
    ("export", "visits"): export_visits,
    ("export", "customers"): export_customers,
    ("import", "customers"): import_customers,
    ("backup", "create"): _backup_create,
    ("backup", "list"): _backup_list,
}
