"""Command-line handlers for keeping the conversation fresh: talking points (`followups`, since customers
already have notes), complaints to make right, and the seasons of menu items."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from app.catalogue import cli
from app.cli_output import Commands, Output
from app.messages import msg
from app.services import locales
from app.services.locales import from_environment
from app.shop.money import format_money

if TYPE_CHECKING:  # the parser imports this module: the data layer loads only when a command runs
    from app.services.conversation import TalkingPointRow
    from app.services.items import ItemRow
    from app.shop.composed import Shop
    from app.shop.conversation import Conversation

commands = Commands()
NO_DAY = "none"  # `--available-until none`: the season has no end (a code, said the same in every language)


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The `followups` and `complaints` families on the top-level subparsers."""
    from app.cli_parser import customer_id, day, record_id

    followups = sub.add_parser(
        "followups", help=cli.tr("talking points to raise on their next visits")
    ).add_subparsers(dest="action", required=True)
    p = followups.add_parser("add", help=cli.tr("jot a talking point on a customer's profile"))
    p.add_argument("customer_id", type=customer_id)
    p.add_argument("text", nargs="+", help=cli.tr("what to ask or mention, e.g. how the marathon went"))
    p.add_argument("--on", type=day, help=cli.tr("show it from this day on, YYYY-MM-DD (default: at once)"))
    p = followups.add_parser("done", help=cli.tr("tick a talking point off"))
    p.add_argument(
        "id",
        type=record_id(
            "talking point",
            msg.tr("a talking point number"),
            msg.tr("There is no talking point number {value}."),
        ),
    )
    p = followups.add_parser("list", help=cli.tr("a customer's open talking points"))
    p.add_argument("customer_id", type=customer_id)

    complaints = sub.add_parser("complaints", help=cli.tr("bad experiences to make right")).add_subparsers(
        dest="action", required=True
    )
    p = complaints.add_parser("add", help=cli.tr("record a bad experience"))
    p.add_argument("customer_id", type=customer_id)
    p.add_argument("text", nargs="+", help=cli.tr("what went wrong, e.g. waited 15 min"))
    p = complaints.add_parser("resolve", help=cli.tr("mark a complaint made right"))
    p.add_argument(
        "id",
        type=record_id(
            "complaint", msg.tr("a complaint number"), msg.tr("There is no complaint number {value}.")
        ),
    )
    p = complaints.add_parser("list", help=cli.tr("open complaints: everyone's, or one customer's"))
    p.add_argument("customer_id", type=customer_id, nargs="?")


def _day_or_none(text: str) -> str:
    from app.cli_parser import day

    return NO_DAY if text.lower() == NO_DAY else day(text)


def season_args(p: argparse.ArgumentParser) -> None:
    """--available-from/--available-until for `items add`."""
    p.add_argument(
        "--available-from", type=_day_or_none, help=cli.tr("seasonal: suggested from this day, YYYY-MM-DD")
    )
    p.add_argument("--available-until", type=_day_or_none, help=cli.tr("seasonal: suggested up to this day"))


def _on(shop: Conversation, text: str | None) -> date | None:
    if text is None or text == NO_DAY:
        return None
    return shop.today() if text == "today" else date.fromisoformat(text)


def _point_json(point: TalkingPointRow) -> dict[str, object]:
    """The shape `customers show --json` gives each open talking point."""
    on = point.on.isoformat() if point.on else None
    return {"id": point.id, "text": point.text, "on": on, "due": point.due}


# -- talking points ----------------------------------------------------------------------------------------
@commands.register("followups", "add")
def _followups_add(shop: Shop, a: argparse.Namespace) -> Output:
    talk = shop.conversation
    on = _on(talk, a.on)
    point_id = talk.add_talking_point(a.customer_id, " ".join(a.text), on, actor="cli").value
    point = next(p for p in talk.talking_points(a.customer_id) if p.id == point_id)
    if point.due or on is None:
        noted = cli.tr("Talking point {id} noted; the profile shows it from today until it is ticked off.")
    else:
        noted = cli.tr("Talking point {id} noted; the profile shows it from {day} until it is ticked off.")
    return Output(
        {**_point_json(point), "customer_id": a.customer_id},
        noted.format(id=point_id, day=locales.long_day(on, from_environment()) if on else ""),
    )


@commands.register("followups", "done")
def _followups_done(shop: Shop, a: argparse.Namespace) -> Output:
    point = shop.conversation.tick_talking_point(a.id, actor="cli").value
    return Output(
        {"id": point.id, "customer_id": point.customer_id, "done": True},
        cli.tr("Ticked off: {text}").format(text=point.text),
    )


@commands.register("followups", "list")
def _followups_list(shop: Shop, a: argparse.Namespace) -> Output:
    points = shop.conversation.talking_points(a.customer_id)
    locale = from_environment()
    lines = [
        f"{p.id:>6}  {p.text}"
        + (
            ""
            if p.due or p.on is None
            else "  " + cli.tr("(from {day})").format(day=locales.day(p.on, locale))
        )
        for p in points
    ]
    return Output([_point_json(p) for p in points], "\n".join(lines) or cli.tr("No open talking points."))


# -- complaints --------------------------------------------------------------------------------------------
@commands.register("complaints", "add")
def _complaints_add(shop: Shop, a: argparse.Namespace) -> Output:
    complaint_id = shop.conversation.add_complaint(a.customer_id, " ".join(a.text), actor="cli").value
    return Output(
        {"id": complaint_id, "customer_id": a.customer_id},
        cli.tr(
            "Complaint {id} recorded; the profile asks to make it right on every visit until it is."
        ).format(id=complaint_id),
    )


@commands.register("complaints", "resolve")
def _complaints_resolve(shop: Shop, a: argparse.Namespace) -> Output:
    done = shop.conversation.resolve_complaint(a.id, actor="cli").value
    return Output(
        {"id": done.id, "customer_id": done.customer_id, "resolved": True},
        cli.tr("Made right: {text}").format(text=done.text),
    )


@commands.register("complaints", "list")
def _complaints_list(shop: Shop, a: argparse.Namespace) -> Output:
    rows = shop.conversation.open_complaints(a.customer_id)
    data = [
        {
            "id": c.id,
            "customer_id": c.customer_id,
            "name": c.customer_name,
            "text": c.text,
            "since": c.since.isoformat(),
        }
        for c in rows
    ]
    locale = from_environment()
    lines = [
        f"{c.id:>6}  {locales.day(c.since, locale)}  "
        + cli.tr("{name} ({id}): {text}").format(name=c.customer_name, id=c.customer_id, text=c.text)
        for c in rows
    ]
    return Output(data, "\n".join(lines) or cli.tr("No open complaints."))


# -- items: seasons ----------------------------------------------------------------------------------------
def item_json(row: ItemRow) -> dict[str, object]:
    return {
        "id": row.id,
        "name": row.name,
        "category": row.category,
        "price_cents": row.price_cents,
        "active": row.active,
        "available_from": row.available_from.isoformat() if row.available_from else None,
        "available_until": row.available_until.isoformat() if row.available_until else None,
    }


def describe(row: ItemRow, currency: str) -> str:
    parts = [row.name]
    if row.category:
        parts.append(row.category)
    if row.price_cents is not None:
        parts.append(format_money(row.price_cents, currency, from_environment()))
    start, end = row.available_from, row.available_until
    if start or end:
        locale = from_environment()
        parts.append(
            cli.tr("available {start} to {end}").format(
                start=locales.day(start, locale) if start else "…",
                end=locales.day(end, locale) if end else "…",
            )
        )
    return ", ".join(parts)


def season(shop: Shop, a: argparse.Namespace) -> tuple[date | None, date | None]:
    """`items add`'s --available-from and --available-until as days."""
    return _on(shop.conversation, a.available_from), _on(shop.conversation, a.available_until)
