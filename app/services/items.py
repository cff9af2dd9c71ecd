"""The shop's own menu."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.errors import UserError
from app.messages import msg
from app.models import Item
from app.services import audit
from app.services.allergens import ALLERGENS, canonical, in_order, parse_tags
from app.services.text import clean_text

DEMO_MENU = [
    ("Sourdough loaf", "Bread", 550, "gluten"),
    ("Baguette", "Bread", 280, "gluten"),
    ("Rye loaf", "Bread", 480, "gluten"),
    ("Croissant", "Pastry", 260, "gluten,eggs,milk"),
    ("Pain au chocolat", "Pastry", 290, "gluten,eggs,milk,soya"),
    ("Cinnamon bun", "Pastry", 320, "gluten,eggs,milk"),
    ("Almond croissant", "Pastry", 340, "gluten,eggs,milk,nuts"),
    ("Flat white", "Coffee", 330, "milk"),
    ("Cappuccino", "Coffee", 320, "milk"),
    ("Espresso", "Coffee", 220, ""),
    ("Oat latte", "Coffee", 360, "gluten"),
    ("Tea", "Drinks", 250, ""),
    ("Hot chocolate", "Drinks", 340, "milk"),
    ("Carrot cake slice", "Cake", 380, "gluten,eggs,milk,nuts"),
    ("Quiche slice", "Savoury", 450, "gluten,eggs,milk,mustard"),
]


class ItemError(UserError):
    pass


@dataclass(frozen=True)
class ItemRow:
    id: int
    name: str
    category: str
    price_cents: int | None
    active: bool
    allergens: tuple[str, ...] = ()  # keys of app.services.allergens, in the regulation's order
    available_from: date | None = None  # seasonal: suggested only from this day
    available_until: date | None = None  # … to this one


class Items:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self, include_inactive: bool = False) -> list[ItemRow]:
        stmt = select(Item).order_by(Item.sort_order, Item.category, Item.name)
        if not include_inactive:
            stmt = stmt.where(Item.active.is_(True))
        with self._db.read() as session:
            return [_row(i) for i in session.scalars(stmt)]

    def add(
        self,
        name: str,
        category: str = "",
        price_cents: int | None = None,
        actor: str = "owner",
        allergens: builtins.list[str] | tuple[str, ...] = (),
        available_from: date | None = None,
        available_until: date | None = None,
    ) -> int:
        tags = check_allergens(allergens)
        _check_price(price_cents)
        _check_season(available_from, available_until)
        name = clean_text(name)
        if not name or len(name) > 80:
            raise ItemError(msg.tr("An item needs a name of 1 to 80 characters."))
        with self._db.write() as session:
            if name.casefold() in _by_name(session):
                raise ItemError(msg.tr("“{name}” is already on the menu.").format(name=name))
            order = (session.scalar(select(func.max(Item.sort_order))) or 0) + 1
            item = Item(
                name=name,
                category=clean_text(category),
                price_cents=price_cents,
                sort_order=order,
                allergens=",".join(tags),
                available_from=available_from,
                available_until=available_until,
            )
            session.add(item)
            session.flush()
            audit.record(session, actor, "item.add", f"item:{item.id}", name)
            return item.id

    def set_active(self, item_id: int, active: bool, actor: str = "owner") -> None:
        with self._db.write() as session:
            item = session.get(Item, item_id)
            if item is None:
                raise ItemError(msg.tr("There is no item number {item_id}.").format(item_id=item_id))
            item.active = active
            audit.record(session, actor, "item.active" if active else "item.retire", f"item:{item_id}")

    def rename(self, item_id: int, name: str, category: str, actor: str = "owner") -> None:
        name = clean_text(name)
        if not name or len(name) > 80:
            raise ItemError(msg.tr("An item needs a name of 1 to 80 characters."))
        with self._db.write() as session:
            item = session.get(Item, item_id)
            if item is None:
                raise ItemError(msg.tr("There is no item number {item_id}.").format(item_id=item_id))
            if set(_by_name(session).get(name.casefold(), [item_id])) - {item_id}:
                raise ItemError(msg.tr("“{name}” is already on the menu.").format(name=name))
            item.name, item.category = name, clean_text(category)
            audit.record(session, actor, "item.edit", f"item:{item_id}", name)

    def set_price(self, item_id: int, price_cents: int | None, actor: str = "owner") -> None:
        """None: no price, so a visit with it has no amount unless one is typed."""
        _check_price(price_cents)
        with self._db.write() as session:
            item = session.get(Item, item_id)
            if item is None:
                raise ItemError(msg.tr("There is no item number {item_id}.").format(item_id=item_id))
            item.price_cents = price_cents
            audit.record(session, actor, "item.price", f"item:{item_id}", str(price_cents))

    def set_season(
        self, item_id: int, available_from: date | None, available_until: date | None, actor: str = "owner"
    ) -> None:
        """Between these days (either may be open; both None: all year) the item is suggested to people."""
        _check_season(available_from, available_until)
        with self._db.write() as session:
            item = session.get(Item, item_id)
            if item is None:
                raise ItemError(msg.tr("There is no item number {item_id}.").format(item_id=item_id))
            item.available_from, item.available_until = available_from, available_until
            season = f"{available_from or '…'} to {available_until or '…'}"
            audit.record(session, actor, "item.season", f"item:{item_id}", season)

    def set_allergens(
        self, item_id: int, allergens: builtins.list[str] | tuple[str, ...], actor: str = "owner"
    ) -> None:
        """What the item contains, replacing what it carried before."""
        tags = check_allergens(allergens)
        with self._db.write() as session:
            item = session.get(Item, item_id)
            if item is None:
                raise ItemError(msg.tr("There is no item number {item_id}.").format(item_id=item_id))
            item.allergens = ",".join(tags)
            audit.record(session, actor, "item.allergens", f"item:{item_id}", item.allergens)

    def edit(
        self,
        item_id: int,
        changes: dict[str, object],
        actor: str = "owner",
    ) -> None:
        """Several changes in one go, all or nothing: keys `name`, `category`, `price_cents` (None: no
        price), `allergens` (a list; replaces the item's)."""
        tags = check_allergens(changes["allergens"]) if "allergens" in changes else None  # type: ignore[arg-type]
        price = changes.get("price_cents")
        _check_price(price if isinstance(price, int) else None)
        with self._db.write() as session:
            item = session.get(Item, item_id)
            if item is None:
                raise ItemError(msg.tr("There is no item number {item_id}.").format(item_id=item_id))
            if "name" in changes or "category" in changes:
                name = clean_text(str(changes.get("name", item.name)))
                if not name or len(name) > 80:
                    raise ItemError(msg.tr("An item needs a name of 1 to 80 characters."))
                clash = session.scalar(
                    select(Item.id).where(func.lower(Item.name) == name.lower(), Item.id != item_id)
                )
                if clash:
                    raise ItemError(msg.tr("“{name}” is already on the menu.").format(name=name))
                item.name, item.category = name, clean_text(str(changes.get("category", item.category)))
            if "price_cents" in changes:
                item.price_cents = price if isinstance(price, int) else None
            if tags is not None:
                item.allergens = ",".join(tags)
            if "available_from" in changes or "available_until" in changes:
                start, end = changes.get("available_from"), changes.get("available_until")
                if not isinstance(start, date | None) or not isinstance(end, date | None):
                    raise ItemError(msg.tr("A season's days are dates."))
                _check_season(start, end)
                item.available_from, item.available_until = start, end
            audit.record(session, actor, "item.edit", f"item:{item_id}", ", ".join(sorted(changes)))

    def get(self, item_id: int) -> ItemRow:
        with self._db.read() as session:
            item = session.get(Item, item_id)
            if item is None:
                raise ItemError(msg.tr("There is no item number {item_id}.").format(item_id=item_id))
            return _row(item)

    def resolve(self, names: builtins.list[str]) -> builtins.list[int]:
        """Item ids for names typed on the command line, in any case ("CRÈME BRÛLÉE")."""
        ids: builtins.list[int] = []
        with self._db.read() as session:
            menu = _by_name(session)
            for name in names:
                found = menu.get(name.strip().casefold(), [None])[0]
                if found is None:
                    raise ItemError(
                        msg.tr("“{value}” is not on the menu.").format(value=clean_text(name)[:80])
                    )
                ids.append(found)
        return ids

    def seed_demo(self) -> None:
        with self._db.write() as session:
            if session.scalar(select(func.count(Item.id))):
                return
            for order, (name, category, price, tags) in enumerate(DEMO_MENU):
                session.add(
                    Item(name=name, category=category, price_cents=price, sort_order=order, allergens=tags)
                )


def _by_name(session: Session) -> dict[str, list[int]]:
    """The items' ids by case-folded name (two may differ only in case from before names were folded).
    Compared in Python: SQLite's lower() knows only ASCII, and a menu is a few dozen rows."""
    menu: dict[str, list[int]] = {}
    for item_id, name in session.execute(select(Item.id, Item.name).order_by(Item.id)):
        menu.setdefault(str(name).casefold(), []).append(item_id)
    return menu


def _row(item: Item) -> ItemRow:
    return ItemRow(
        item.id,
        item.name,
        item.category,
        item.price_cents,
        item.active,
        tuple(parse_tags(item.allergens or "")),
        item.available_from,
        item.available_until,
    )


def check_allergens(typed: list[str] | tuple[str, ...]) -> list[str]:
    """Known allergen keys in the regulation's order; ItemError naming any that is not one."""
    keys = canonical(typed)
    unknown = [k for k in keys if k not in ALLERGENS]
    if unknown:
        raise ItemError(
            msg.tr("Not an allergen: {unknown}. Known: {known}.").format(
                unknown=", ".join(unknown), known=", ".join(ALLERGENS)
            )
        )
    return in_order(keys)


def _check_price(price_cents: int | None) -> None:
    if price_cents is not None and not 0 <= price_cents <= 10_000_000:
        raise ItemError(msg.tr("A price is between 0 and 100,000.00."))


def _check_season(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and end < start:
        raise ItemError(
            msg.tr("The season ends ({end}) before it starts ({start}).").format(end=end, start=start)
        )
