"""The application layer: the only thing the window and the command line talk to.

It owns every transaction, lets out only the app's own errors, and returns plain data; each write
returns `Written(value, changes)` so screens can decide whether to refresh.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.shop.base import Changes, Written, customer_exists_and_not_erased, guarded
    from app.shop.composed import Shop
    from app.shop.insights import contact_for
    from app.shop.money import format_money, parse_money

__all__ = [
    "Changes",
    "Shop",
    "Written",
    "contact_for",
    "customer_exists_and_not_erased",
    "format_money",
    "guarded",
    "parse_money",
]
# Loaded on first use, so `app.shop.basket` or `app.shop.money` can be imported without SQLAlchemy
# (the window is on screen before the data layer has loaded).
_HOME = {
    "Shop": "app.shop.composed",
    "Changes": "app.shop.base",
    "Written": "app.shop.base",
    "customer_exists_and_not_erased": "app.shop.base",
    "guarded": "app.shop.base",
    "contact_for": "app.shop.insights",
    "format_money": "app.shop.money",
    "parse_money": "app.shop.money",
}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'app.shop' has no attribute {name!r}")
    return getattr(importlib.import_module(_HOME[name]), name)
