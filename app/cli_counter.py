"""Command-line handlers for the counter: customers, scans, visits, points, rewards, cards, menu items."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from app import catalogue
from app.catalogue import cli
from app.cli_output import Commands, Output
from app.codes.tokens import short_form
from app.services import locales
from app.services.locales import from_environment
from app.shop.money import format_money, parse_amount

if TYPE_CHECKING:
    from app.services.birthdays import Birthday
    from app.services.profile import Profile
    from app.shop.composed import Shop

commands = Commands()


@commands.register("customers", "add")
def _customers_add(shop: Shop, a: argparse.Namespace) -> Output:
    # The customer form's typed fields, no database (the shop checks them). Imported here, as every
    # module below the shop is, so `regulars` opening the window loads no data layer first.
    from app.services.customers import CustomerInput

    data = CustomerInput(
        name=a.name,
        phone=a.phone,
        email=a.email,
        birthday=a.birthday,
        preferences=a.preferences,
        notes=a.notes,
        flags=[f.strip().lower() for f in a.allergy],
    )
    clean = shop.counter.check_customer(data)
    duplicate = shop.counter.duplicate_of(clean.phone, clean.email)
    new_id = shop.counter.add_customer(data, actor="cli").value
    profile = shop.counter.profile(new_id)
    warning = "\n" + cli.tr("Note: customer {id} has the same phone or e-mail.") if duplicate else ""
    return Output(
        profile.to_json(),
        cli.tr("Added customer {id}: {name}").format(id=new_id, name=profile.name)
        + warning.format(id=duplicate),
    )


@commands.register("customers", "find")
def _customers_find(shop: Shop, a: argparse.Namespace) -> Output:
    if a.limit < 1:
        raise ValueError(cli.tr("--limit must be at least 1."))
    hits = shop.counter.lookup(a.query, a.limit)
    rows = [{"id": h.id, "name": h.name, "phone": h.phone, "email": h.email} for h in hits]
    text = "\n".join(f"{h.id:>7}  {h.name:<32} {h.phone or '':<16} {h.email or ''}" for h in hits)
    return Output(rows, text or cli.tr("No customers match."))


def _show(shop: Shop, customer_id: int) -> Output:
    from app.services.birthdays import badge  # a birthday's distance in words, no database

    p = shop.counter.profile(customer_id)
    locale = from_environment()
    lines = [cli.tr("{name}  (customer {id})").format(name=p.name, id=p.id)]
    if p.flags:
        lines.append(
            cli.tr("ALLERGIES / DIET: {flags}").format(flags=", ".join(p.flags))
            + (f" ({p.allergy_note})" if p.allergy_note else "")
        )
    if p.birthday:
        lines.append(
            cli.tr("Birthday: {day}").format(day=birthday_day(p.birthday, locale))
            + (
                f" — {catalogue.said(badge(p.birthday_in_days))}"
                if p.birthday_in_days is not None and p.birthday_in_days <= 7
                else ""
            )
        )
    for label, value in (
        (cli.tr("Phone: {value}"), p.phone_display),
        (cli.tr("E-mail: {value}"), p.email),
        (cli.tr("Prefers: {value}"), p.preferences),
        (cli.tr("Notes: {value}"), p.notes),
    ):
        if value:
            lines.append(label.format(value=value))
    usual = ", ".join(u.name for u in p.usual) or cli.tr("no usual yet")
    lines.append(cli.tr("Usual: {items}").format(items=usual))
    last = cli.tr(", last on {day}").format(day=locales.day(p.last_visit, locale)) if p.last_visit else ""
    lines.append(cli.tr("Visits: {n}").format(n=p.visit_count) + last)
    lines.append(_points_line(p))
    if p.card:
        lines.append(
            cli.tr("Card: {code} ({status})").format(
                code=short_form(p.card.token), status=_card_status(p.card.status)
            )
        )
    for c in p.open_complaints:
        lines.append(
            cli.tr("MAKE IT RIGHT ({id}, since {day}): {text}").format(
                id=c.id, day=locales.day(c.since, locale), text=c.text
            )
        )
    for t in p.talking_points:
        lines.append(
            cli.tr("Talk about ({id}): {text}").format(id=t.id, text=t.text)
            + ("" if t.due else cli.tr(" (from {day})").format(day=locales.day(t.on, locale) if t.on else ""))
        )
    return Output(p.to_json(), "\n".join(lines))


def birthday_day(birthday: Birthday, locale: str) -> str:
    """'11 December', '11. Dezember', '11 décembre 1990': the day and month (and year, if known) in words."""
    from babel.dates import format_skeleton

    day = date(birthday.year or 2000, birthday.month, birthday.day)  # 2000: a leap year, for 29 February
    return format_skeleton("yMMMMd" if birthday.year else "MMMMd", day, locale=locales.locale(locale))


def _card_status(status: str) -> str:
    """A card's status as the person says it; the data keeps the code."""
    words = {
        "active": cli.tr("active", "card"),
        "revoked": cli.tr("revoked", "card"),
        "replaced": cli.tr("replaced", "card"),
    }
    return words.get(status, status)


def _points_line(p: Profile) -> str:
    """'Stamps: 7 (3 more stamps to a free coffee)', worded here rather than by the shop."""
    stamps = p.rules.unit == "stamp"
    line = (cli.tr("Stamps: {n}") if stamps else cli.tr("Points: {n}")).format(n=p.points)
    if p.next_reward_cost is None:
        return line
    more = p.next_reward_cost - p.points
    to_go = (
        cli.tr("%n more stamp(s) to a {reward}", "", more)
        if stamps
        else cli.tr("%n more point(s) to a {reward}", "", more)
    )
    return f"{line} ({to_go.format(reward=(p.next_reward_name or '').lower())})"


@commands.register("visits", "record")
def _visits_record(shop: Shop, a: argparse.Namespace) -> Output:
    counter = shop.counter
    counter.require(a.customer_id)  # no such customer is said before anything else
    if a.usual:
        if a.item or a.amount:
            raise ValueError(cli.tr("--usual records the usual order; leave out --item and --amount."))
        visit = counter.record_usual(a.customer_id, ref=a.client_ref, actor="cli").value
    else:
        lines = [(i, 1) for i in counter.resolve_items(a.item)]
        visit = counter.record_visit(
            a.customer_id, lines, _cents(a.amount), ref=a.client_ref, actor="cli"
        ).value
    return Output(
        {
            "id": visit.id,
            "customer_id": a.customer_id,
            "at": visit.at.isoformat(),
            "points_earned": visit.points_earned,
            "message": str(visit.message),
        },
        cli.tr("Recorded visit {id}: {message}").format(id=visit.id, message=catalogue.said(visit.message)),
    )


def _cents(text: str | None) -> int | None:
    return None if text is None else parse_amount(text)


@commands.register("visits", "void")
def _visits_void(shop: Shop, a: argparse.Namespace) -> Output:
    actor = "cli"
    if not shop.counter.within_undo_window(a.visit_id):  # past the counter's undo window: the owner's call
        from app.cli_owner import require_owner

        require_owner(shop)
        actor = "owner (cli)"
    taken = shop.counter.void_visit(a.visit_id, a.reason, actor=actor).value
    return Output(
        {"id": a.visit_id, "voided": True, "points_reversed": taken},
        cli.tr("Visit {id} voided; {n} taken back.").format(id=a.visit_id, n=taken),
    )


@commands.register("points", "adjust", owner=True)
def _points_adjust(shop: Shop, a: argparse.Namespace) -> Output:
    new = shop.owner.adjust_points(a.customer_id, a.delta, a.reason, actor="owner (cli)").value
    return Output({"customer_id": a.customer_id, "points": new}, cli.tr("Balance is now {n}.").format(n=new))


@commands.register("rewards", "list")
def _rewards_list(shop: Shop, a: argparse.Namespace) -> Output:
    rows = shop.owner.rewards(include_inactive=True)
    return Output(
        [dict(r.__dict__) for r in rows],
        "\n".join(
            f"{r.id:>4}  {r.name:<30} {r.cost:>4}" + ("" if r.active else "  " + cli.tr("(retired)"))
            for r in rows
        ),
    )


@commands.register("rewards", "add", owner=True)
def _rewards_add(shop: Shop, a: argparse.Namespace) -> Output:
    new_id = shop.owner.add_reward(a.name, a.cost, actor="owner (cli)").value
    return Output(
        {"id": new_id, "name": a.name, "cost": a.cost},
        cli.tr("Added reward {id}.").format(id=new_id),
    )


@commands.register("rewards", "redeem")
def _rewards_redeem(shop: Shop, a: argparse.Namespace) -> Output:
    new = shop.counter.redeem(a.customer_id, a.reward_name, actor="cli").value
    return Output(
        {"customer_id": a.customer_id, "reward": a.reward_name, "points": new},
        cli.tr("Redeemed {reward}; balance is now {n}.").format(reward=a.reward_name, n=new),
    )


def _card_action(verb: str) -> Callable[[Shop, argparse.Namespace], Output]:
    def handler(shop: Shop, a: argparse.Namespace) -> Output:
        actor = "owner (cli)" if verb == "revoke" else "cli"  # issuing is counter work
        change = {
            "issue": shop.owner.issue_card,
            "reissue": shop.owner.reissue_card,
            "revoke": shop.owner.revoke_card,
        }[verb]
        card = change(a.customer_id, actor).value
        return Output(
            {
                "customer_id": a.customer_id,
                "payload": card.payload,
                "status": card.status,
                "short_code": card.short_code,
            },
            cli.tr("Card {code}: {status}").format(code=card.short_code, status=_card_status(card.status)),
        )

    return handler


@commands.register("cards", "print", owner=True)
def _cards_print(shop: Shop, a: argparse.Namespace) -> Output:
    out = shop.data.output_path(a.out)
    ids = a.customer or shop.owner.unprinted_cards()
    if not ids:
        raise ValueError(
            cli.tr("No cards to print: every active card has been printed. Name customers with --customer.")
        )
    # New cards and the printed marks are committed only once the PDF is in place.
    sheet = shop.cards.print_cards(ids, out, a.layout, a.back, actor="owner (cli)").value
    return Output(
        {"out": str(sheet.out), "cards": sheet.cards, "layout": a.layout},
        cli.tr("Wrote %n card(s) to {out}.", "", sheet.cards).format(out=sheet.out),
    )


@commands.register("items", "list")
def _items_list(shop: Shop, a: argparse.Namespace) -> Output:
    from app.cli_conversation import item_json

    rows = shop.owner.items(include_inactive=True)
    currency = shop.currency()
    return Output(
        [{**item_json(r), "allergens": list(r.allergens)} for r in rows],
        "\n".join(
            f"{r.id:>4}  {r.name:<28} {_price(currency, r.price_cents):>9}  {r.category:<12} "
            f"{', '.join(r.allergens)}"
            for r in rows
        ),
    )


def _price(currency: str, cents: int | None) -> str:
    return format_money(cents, currency, from_environment()) if cents is not None else ""


@commands.register("items", "add", owner=True)
def _items_add(shop: Shop, a: argparse.Namespace) -> Output:
    from app.cli_conversation import season

    price = _cents(a.price)
    start, end = season(shop, a)
    new_id = shop.owner.add_item(
        a.name, a.category, price, _tags(a.allergen), start, end, actor="owner (cli)"
    ).value
    return _item_output(shop, new_id, cli.tr("Added item {id}: {item}"))


@commands.register("items", "edit", owner=True)
def _items_edit(shop: Shop, a: argparse.Namespace) -> Output:
    """Only what is given changes; --allergen replaces the item's list, --no-allergens empties it."""
    item_id = shop.owner.item_id(a.item)
    changes: dict[str, object] = {}
    if a.name is not None:
        changes["name"] = a.name
    if a.category is not None:
        changes["category"] = a.category
    if a.price is not None or a.no_price:
        changes["price_cents"] = None if a.no_price else _cents(a.price)
    if a.allergen or a.no_allergens:
        changes["allergens"] = _tags(a.allergen)
    if a.available_from is not None or a.available_until is not None:
        from app.cli_conversation import season

        row = shop.owner.item(item_id)
        start, end = season(shop, a)
        changes["available_from"] = start if a.available_from is not None else row.available_from
        changes["available_until"] = end if a.available_until is not None else row.available_until
    shop.owner.edit_item(item_id, changes, actor="owner (cli)")
    return _item_output(shop, item_id, cli.tr("Changed item {id}: {item}"))


def _tags(typed: list[str] | None) -> list[str]:
    """--allergen milk --allergen eggs, or --allergen milk,eggs."""
    return [t for value in typed or [] for t in value.split(",") if t.strip()]


def _item_output(shop: Shop, item_id: int, done: str) -> Output:
    """`done` is "Added item {id}: {item}" or "Changed item {id}: {item}", in the person's language."""
    from app.cli_conversation import describe, item_json

    row = shop.owner.item(item_id)
    item = describe(row, shop.currency())
    if row.allergens:
        item = cli.tr("{item}, contains {allergens}").format(item=item, allergens=", ".join(row.allergens))
    return Output(
        {**item_json(row), "allergens": list(row.allergens)}, done.format(id=row.id, item=item) + "."
    )


@commands.register("customers", "show")
def _customers_show(shop: Shop, a: argparse.Namespace) -> Output:
    return _show(shop, a.id)


@commands.register("scan")
def _scan(shop: Shop, a: argparse.Namespace) -> Output:
    return _show(shop, shop.counter.resolve_card(a.payload))


for _verb in ("issue", "reissue", "revoke"):
    commands.register("cards", _verb, owner=_verb == "revoke")(_card_action(_verb))
