"""What a command returns: data for --json, and lines for people."""

from __future__ import annotations

from typing import Any


class Output:
    """What a command returns: data for --json, and lines for people."""

    def __init__(self, data: Any, text: str) -> None:
        self.data, self.text = data, text
