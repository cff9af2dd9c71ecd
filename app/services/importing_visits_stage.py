"""The preview's reading of a visits file, kept for the import that follows it.

Reading a file (its text, dates, sums and baskets) is most of an import's work, and the preview has done
it already: what it read is kept in flat memory (a spool on disk) and the import replays it instead of
reading the file again, as long as the file is the one the preview read. Who each sale belongs to is
looked up again at the import (the shop may have changed since): when every sale finds the customer the
preview found, the preview's checks stand; else the sales are walked again. Whether a sale was imported
before is asked at the import.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.services.importing_sales import Sale
from app.services.importing_stream import Spool

Walked = tuple[Sale, int, str]  # a sale, its customer (0: none found) and its reference ("": a repeat)
Event = Walked | tuple[int, str]  # or a row that could not be read as a sale: (row, message)


def _pack(event: Event) -> tuple[Any, ...]:
    if len(event) == 2:
        return event
    sale, cid, source = event
    return (*sale, cid, source)  # plain tuples pickle fastest


def _unpack(packed: tuple[Any, ...]) -> Event:
    if len(packed) == 2:
        return packed
    return Sale._make(packed[:7]), packed[7], packed[8]


def stamp(path: Path) -> tuple[str, int, int]:
    """Which file this is, as it is now: a file saved again since the preview is read again."""
    info = path.stat()
    return str(path.resolve()), info.st_size, info.st_mtime_ns


@dataclass
class Stage:
    """The sales with who the preview found they belong to, and the rows with errors, in the order the
    preview met them; and the file's counts."""

    file: tuple[str, int, int]
    format: str
    zone: str
    events: Spool[Event] = field(default_factory=lambda: Spool(pack=_pack, unpack=_unpack))
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

    def replay(self) -> Iterator[Event]:
        return iter(self.events)
