"""What staff tapped for the customer at the counter: the items, what they come to, and what in them the
customer is allergic to. Plain Python (no Qt, no database): the profile panel holds one."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.services.allergens import conflicts

if TYPE_CHECKING:  # the counter builds baskets before the data layer has loaded
    from app.services.items import ItemRow


@dataclass(frozen=True)
class Total:
    cents: int | None  # the priced items' sum; None when nothing tapped has a price
    unpriced: tuple[str, ...]  # names of tapped items without a price (their share must be typed)


class Basket:
    def __init__(self) -> None:
        self.menu: dict[int, ItemRow] = {}
        self.counts: dict[int, int] = {}

    def set_menu(self, items: Iterable[ItemRow]) -> None:
        self.menu = {i.id: i for i in items}
        self.counts = {i: q for i, q in self.counts.items() if i in self.menu}

    def add(self, item_id: int, quantity: int = 1) -> None:
        self.counts[item_id] = self.counts.get(item_id, 0) + quantity

    def clear(self) -> None:
        self.counts.clear()

    def lines(self) -> list[tuple[int, int]]:
        """[(item_id, quantity)] in the order first tapped, as a visit records them."""
        return list(self.counts.items())

    def name(self, item_id: int) -> str:
        row = self.menu.get(item_id)
        return row.name if row else "?"

    def total(self, lines: Iterable[tuple[int, int]] | None = None) -> Total:
        """What the tapped items (or the given lines, e.g. the usual) come to at today's menu prices."""
        cents, priced, unpriced = 0, False, []
        for item_id, quantity in self.lines() if lines is None else lines:
            row = self.menu.get(item_id)
            if row is None or row.price_cents is None:
                unpriced.append(self.name(item_id))
            else:
                cents += row.price_cents * quantity
                priced = True
        return Total(cents if priced else None, tuple(unpriced))

    def allergy_clash(self, item_id: int, customer_flags: Iterable[str]) -> list[str]:
        """The allergen keys of this item that the customer is allergic to (empty: no clash)."""
        row = self.menu.get(item_id)
        return conflicts(row.allergens, customer_flags) if row else []

    def clashes(
        self, lines: Iterable[tuple[int, int]], customer_flags: Iterable[str]
    ) -> dict[str, list[str]]:
        """Item name -> clashing allergens, for several items at once (the usual)."""
        flags = list(customer_flags)
        found = {self.name(i): self.allergy_clash(i, flags) for i, _q in lines}
        return {name: keys for name, keys in found.items() if keys}
