"""What a command returns, and how commands register: one decorator carries the owner flag."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.shop.composed import Shop


class Output:
    """What a command returns: data for --json, and lines for people."""

    def __init__(self, data: Any, text: str) -> None:
        self.data, self.text = data, text


Handler = Callable[["Shop", argparse.Namespace], Output]
Key = tuple[str, str | None]


@dataclass(frozen=True)
class Command:
    handler: Handler
    owner: bool  # needs the owner PIN once one is set


class Commands:
    """The commands of one CLI module: `@commands.register("visits", "record")` above the handler."""

    def __init__(self) -> None:
        self.table: dict[Key, Command] = {}

    def register(
        self, name: str, action: str | None = None, *, owner: bool = False
    ) -> Callable[[Handler], Handler]:
        def add(handler: Handler) -> Handler:
            if (name, action) in self.table:
                raise ValueError(f"{name} {action} is registered twice")
            self.table[(name, action)] = Command(handler, owner)
            return handler

        return add
