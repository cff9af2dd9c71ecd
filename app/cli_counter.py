"""Command-line handlers for the counter: customers, scans, visits, points, rewards, cards, menu items."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.application import Services
from app.cli_output import Commands, Output
from app.codes.tokens import short_form
from app.services.birthdays import badge
from app.services.cards import CardError
from app.services.customers import CustomerInput
from app.services.locales import from_environment
from app.services.money import format_money, parse_amount

commands = Commands()


@commands.register("customers", "add")
def _customers_add(s: Services, a: argparse.Namespace) -> Output:
    data = CustomerInput(
        name=a.name,
        phone=a.phone,
        email=a.email,
        birthday=a.birthday,
        preferences=a.preferences,
        notes=a.notes,
        flags=[f.strip().lower() for f in a.allergy],
    )
    duplicate = s.customers.find_duplicate(*_phone_email(s, data))
    new_id = s.customers.add(data, actor="cli")
    profile = s.profiles.load(new_id)
    warning = f"\nNote: customer {duplicate} has the same phone or e-mail." if duplicate else ""
    return Output(profile.to_json(), f"Added customer {new_id}: {profile.name}{warning}")


def _phone_email(s: Services, data: CustomerInput) -> tuple[str | None, str | None]:
    from app.services.customers import validate

    clean = validate(data, s.customers.region)
    return clean.phone, clean.email


@commands.register("customers", "find")
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
        lines.append(
            f"Birthday: {p.birthday.label()}"
            + (
                f" — {badge(p.birthday_in_days)}"
                if p.birthday_in_days is not None and p.birthday_in_days <= 7
                else ""
            )
        )
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
    for c in p.open_complaints:
        lines.append(f"MAKE IT RIGHT ({c.id}, since {c.since:%Y-%m-%d}): {c.text}")
    for t in p.talking_points:
        lines.append(f"Talk about ({t.id}): {t.text}" + ("" if t.due else f" (from {t.on:%Y-%m-%d})"))
    return Output(p.to_json(), "\n".join(lines))


@commands.register("visits", "record")
def _visits_record(s: Services, a: argparse.Namespace) -> Output:
    s.customers.get(a.customer_id)
    if a.usual:
        if a.item or a.amount:
            raise ValueError("--usual records the usual order; leave out --item and --amount.")
        visit = s.visits.record_usual(a.customer_id, actor="cli", client_ref=a.client_ref)
    else:
        item_ids = s.items.resolve(a.item)
        visit = s.visits.record(
            a.customer_id, [(i, 1) for i in item_ids], _cents(a.amount), actor="cli", client_ref=a.client_ref
        )
    return Output(
        {
            "id": visit.id,
            "customer_id": a.customer_id,
            "at": visit.at.isoformat(),
            "points_earned": visit.points_earned,
            "message": visit.message,
        },
        f"Recorded visit {visit.id}: {visit.message}",
    )


def _cents(text: str | None) -> int | None:
    return None if text is None else parse_amount(text)


@commands.register("visits", "void")
def _visits_void(s: Services, a: argparse.Namespace) -> Output:
    actor = "cli"
    if not s.visits.within_undo_window(a.visit_id):  # past the counter's undo window: the owner's call
        from app.cli_owner import require_owner

        require_owner(s)
        actor = "owner (cli)"
    taken = s.visits.void(a.visit_id, a.reason, actor=actor)
    return Output(
        {"id": a.visit_id, "voided": True, "points_reversed": taken},
        f"Visit {a.visit_id} voided; {taken} taken back.",
    )


@commands.register("points", "adjust", owner=True)
def _points_adjust(s: Services, a: argparse.Namespace) -> Output:
    new = s.loyalty.adjust(a.customer_id, a.delta, a.reason, actor="owner (cli)")
    return Output({"customer_id": a.customer_id, "points": new}, f"Balance is now {new}.")


@commands.register("rewards", "list")
def _rewards_list(s: Services, a: argparse.Namespace) -> Output:
    rows = s.loyalty.rewards(include_inactive=True)
    return Output(
        [dict(r.__dict__) for r in rows],
        "\n".join(f"{r.id:>4}  {r.name:<30} {r.cost:>4}{'' if r.active else '  (retired)'}" for r in rows),
    )


@commands.register("rewards", "add", owner=True)
def _rewards_add(s: Services, a: argparse.Namespace) -> Output:
    new_id = s.loyalty.add_reward(a.name, a.cost, actor="owner (cli)")
    return Output({"id": new_id, "name": a.name, "cost": a.cost}, f"Added reward {new_id}.")


@commands.register("rewards", "redeem")
def _rewards_redeem(s: Services, a: argparse.Namespace) -> Output:
    new = s.loyalty.redeem(a.customer_id, a.reward_name, actor="cli")
    return Output(
        {"customer_id": a.customer_id, "reward": a.reward_name, "points": new},
        f"Redeemed {a.reward_name}; balance is now {new}.",
    )


def _card_action(verb: str) -> Callable[[Services, argparse.Namespace], Output]:
    def handler(s: Services, a: argparse.Namespace) -> Output:
        actor = "owner (cli)" if verb == "revoke" else "cli"  # issuing is counter work
        card = getattr(s.cards, verb)(a.customer_id, actor=actor)
        return Output(
            {
                "customer_id": a.customer_id,
                "payload": card.payload,
                "status": card.status,
                "short_code": card.short_code,
            },
            f"Card {card.short_code}: {card.status}",
        )

    return handler


@commands.register("cards", "print", owner=True)
def _cards_print(s: Services, a: argparse.Namespace) -> Output:
    from app.files import AtomicFile, check_output_path
    from app.printing.cards import render_cards
    from app.services.card_design import CardDesign

    out = check_output_path(a.out, s.paths.root, s.url)
    ids = a.customer or s.cards.unprinted()
    if not ids:
        raise ValueError(
            "No cards to print: every active card has been printed. Name customers with --customer."
        )
    cards = s.cards.for_printing(ids)
    style = CardDesign(s.db, s.settings).style()
    with AtomicFile(out, private=style.print_names) as pdf:
        render_cards(pdf.file, cards, a.layout, style, back=a.back)
        # New cards and the printed marks are committed only once the PDF is in place.
        s.cards.record_printing(cards, actor="owner (cli)", before_commit=pdf.publish)
    return Output(
        {"out": str(out), "cards": len(cards), "layout": a.layout}, f"Wrote {len(cards)} cards to {out}."
    )


@commands.register("items", "list")
def _items_list(s: Services, a: argparse.Namespace) -> Output:
    from app.cli_conversation import item_json

    rows = s.items.list(include_inactive=True)
    return Output(
        [{**item_json(s, r.id), "allergens": list(r.allergens)} for r in rows],
        "\n".join(
            f"{r.id:>4}  {r.name:<28} {_price(s, r.price_cents):>9}  {r.category:<12} {', '.join(r.allergens)}"
            for r in rows
        ),
    )


def _price(s: Services, cents: int | None) -> str:
    return (
        format_money(cents, str(s.settings.get("currency")), from_environment()) if cents is not None else ""
    )


@commands.register("items", "add", owner=True)
def _items_add(s: Services, a: argparse.Namespace) -> Output:
    from app.cli_conversation import season

    price = _cents(a.price)
    start, end = season(s, a)
    new_id = s.items.add(
        a.name,
        a.category,
        price,
        actor="owner (cli)",
        allergens=_tags(a.allergen),
        available_from=start,
        available_until=end,
    )
    return _item_output(s, new_id, "Added")


@commands.register("items", "edit", owner=True)
def _items_edit(s: Services, a: argparse.Namespace) -> Output:
    """Only what is given changes; --allergen replaces the item's list, --no-allergens empties it."""
    item_id = int(a.item) if a.item.isdigit() else s.items.resolve([a.item])[0]
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

        row = s.items.get(item_id)
        start, end = season(s, a)
        changes["available_from"] = start if a.available_from is not None else row.available_from
        changes["available_until"] = end if a.available_until is not None else row.available_until
    s.items.edit(item_id, changes, actor="owner (cli)")
    return _item_output(s, item_id, "Changed")


def _tags(typed: list[str] | None) -> list[str]:
    """--allergen milk --allergen eggs, or --allergen milk,eggs."""
    return [t for value in typed or [] for t in value.split(",") if t.strip()]


def _item_output(s: Services, item_id: int, verb: str) -> Output:
    from app.cli_conversation import describe, item_json

    row = s.items.get(item_id)
    contains = f", contains {', '.join(row.allergens)}" if row.allergens else ""
    return Output(
        {**item_json(s, item_id), "allergens": list(row.allergens)},
        f"{verb} item {row.id}: {describe(s, item_id)}{contains}.",
    )


@commands.register("customers", "show")
def _customers_show(s: Services, a: argparse.Namespace) -> Output:
    return _show(s, a.id)


@commands.register("scan")
def _scan(s: Services, a: argparse.Namespace) -> Output:
    return _show(s, s.cards.resolve(a.payload))


for _verb in ("issue", "reissue", "revoke"):
    commands.register("cards", _verb, owner=_verb == "revoke")(_card_action(_verb))
