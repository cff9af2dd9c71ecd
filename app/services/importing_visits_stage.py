"""The preview's reading of a visits file, kept for the import that follows it.

Reading a file (its text, dates, sums and baskets) is most of an import's work, and the preview has done
it already: what it read is kept in flat memory (a spool on disk) and the import replays it instead of
reading the file again, as long as the file is the one the preview read. Who each sale belongs to, and
whether it was imported before, are looked up again at the import: the shop may have changed since.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.services.importing_sales import Sale
from app.services.importing_stream import Spool


def _pack(event: Sale | tuple[int, str]) -> tuple[Any, ...]:
    return tuple(event)  # a sale, or a row with an error: (row, message); plain tuples pickle fastest


def _unpack(packed: tuple[Any, ...]) -> Sale | tuple[int, str]:
    return packed if len(packed) == 2 else Sale._make(packed)  # type: ignore[return-value]


def stamp(path: Path) -> tuple[str, int, int]:
    """Which file this is, as it is now: a file saved again since the preview is read again."""
    info = path.stat()
    return str(path.resolve()), info.st_size, info.st_mtime_ns


@dataclass
class Stage:
    """The sales and the rows with errors, in the order the preview met them, and the file's counts."""

    file: tuple[str, int, int]
    format: str
    zone: str
    events: Spool[Sale | tuple[int, str]] = field(default_factory=lambda: Spool(pack=_pack, unpack=_unpack))
    rows: int = 0
    not_sales: int = 0
    without_customer: int = 0

    def fits(self, path: Path, fmt: str, zone: str) -> bool:
        """Whether an import of this file, format and zone may use what the preview read."""
        try:
            same_file = stamp(path) == self.file
        except OSError:
            return False
        return same_file and fmt in ("auto", self.format) and zone == self.zone

    def replay(self) -> Iterator[Sale | tuple[int, str]]:
        return iter(self.events)
