"""The shop's own menu."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from app.db.engine import Database
from app.errors import UserError
from app.models import Item
from app.services import audit
from app.services.text import clean_text

DEMO_MENU = [
    ("Sourdough loaf", "Bread", 550),
    ("Baguette", "Bread", 280),
    ("Rye loaf", "Bread", 480),
    ("Croissant", "Pastry", 260),
    ("Pain au chocolat", "Pastry", 290),
    ("Cinnamon bun", "Pastry", 320),
    ("Almond croissant", "Pastry", 340),
    ("Flat white", "Coffee", 330),
    ("Cappuccino", "Coffee", 320),
    ("Espresso", "Coffee", 220),
    ("Oat latte", "Coffee", 360),
    ("Tea", "Drinks", 250),
    ("Hot chocolate", "Drinks", 340),
    ("Carrot cake slice", "Cake", 380),
    ("Quiche slice", "Savoury", 450),
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
            return [
                ItemRow(
                    i.id, i.name, i.category, i.price_cents, i.active, i.available_from, i.available_until
                )
                for i in session.scalars(stmt)
            ]

    def add(
        self,
        name: str,
        category: str = "",
        price_cents: int | None = None,
        actor: str = "owner",
        available_from: date | None = None,
        available_until: date | None = None,
    ) -> int:
        _check_season(available_from, available_until)
        name = clean_text(name)
        if not name or len(name) > 80:
            raise ItemError("An item needs a name of 1 to 80 characters.")
        with self._db.write() as session:
            taken = session.scalar(select(Item.id).where(func.lower(Item.name) == name.lower()))
            if taken:
                raise ItemError(f"“{name}” is already on the menu.")
            order = (session.scalar(select(func.max(Item.sort_order))) or 0) + 1
            item = Item(
                name=name,
                category=clean_text(category),
                price_cents=price_cents,
                sort_order=order,
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
                raise ItemError(f"There is no item number {item_id}.")
            item.active = active
            audit.record(session, actor, "item.active" if active else "item.retire", f"item:{item_id}")

    def rename(self, item_id: int, name: str, category: str, actor: str = "owner") -> None:
        name = clean_text(name)
        if not name or len(name) > 80:
            raise ItemError("An item needs a name of 1 to 80 characters.")
        with self._db.write() as session:
            item = session.get(Item, item_id)
            if item is None:
                raise ItemError(f"There is no item number {item_id}.")
            clash = session.scalar(
                select(Item.id).where(func.lower(Item.name) == name.lower(), Item.id != item_id)
            )
            if clash:
                raise ItemError(f"“{name}” is already on the menu.")
            item.name, item.category = name, clean_text(category)
            audit.record(session, actor, "item.edit", f"item:{item_id}", name)

    def set_price(self, item_id: int, price_cents: int | None, actor: str = "owner") -> None:
        """None: no price, so a visit with it has no amount unless one is typed."""
        with self._db.write() as session:
            item = session.get(Item, item_id)
            if item is None:
                raise ItemError(f"There is no item number {item_id}.")
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
                raise ItemError(f"There is no item number {item_id}.")
            item.available_from, item.available_until = available_from, available_until
            season = f"{available_from or '…'} to {available_until or '…'}"
            audit.record(session, actor, "item.season", f"item:{item_id}", season)

    def resolve(self, names: builtins.list[str]) -> builtins.list[int]:
        """Item ids for names typed on the command line (case-insensitive)."""
        ids: builtins.list[int] = []
        with self._db.read() as session:
            for name in names:
                found = session.scalar(select(Item.id).where(func.lower(Item.name) == name.strip().lower()))
                if found is None:
                    raise ItemError(f"“{clean_text(name)[:80]}” is not on the menu.")
                ids.append(found)
        return ids

    def seed_demo(self) -> None:
        with self._db.write() as session:
            if session.scalar(select(func.count(Item.id))):
                return
            for order, (name, category, price) in enumerate(DEMO_MENU):
                session.add(Item(name=name, category=category, price_cents=price, sort_order=order))


def _check_season(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and end < start:
        raise ItemError(f"The season ends ({end:%d %b %Y}) before it starts ({start:%d %b %Y}).")
