"""Files too long to hold at once: a CSV read a chunk of rows at a time (years of a till's sales), a customers
file read row by row as often as needed, and a list spooled to a temporary file (a plan of many rows)."""

from __future__ import annotations

import codecs
import csv
import io
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import IO, Any, Generic, TypeVar, overload

from app.messages import msg
from app.services import importing_dates
from app.services.importing_read import (
    BOMS,
    HEAD_BYTES,
    MAX_BYTES,
    ImportError_,
    _header_cell,
    _read,
    _utf16_without_bom,
    decode,
    parse_rows,
)

CHUNK = 2000
T = TypeVar("T")


def encoding(path: Path) -> tuple[str, int]:
    """The codec and how many bytes of byte-order mark to skip. A whole pass in UTF-8 decides cp1252."""
    head = _read(path, HEAD_BYTES)
    for bom, codec in BOMS:
        if head.startswith(bom):
            return codec, len(bom)
    utf16 = _utf16_without_bom(head)
    if utf16:
        return utf16, 0
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as f:
        try:
            while block := f.read(1 << 20):
                decoder.decode(block)
            decoder.decode(b"", True)
        except UnicodeDecodeError:
            decode(path.read_bytes(), path.name)  # raises when UTF-8 and another encoding are mixed
            return "cp1252", 0
    return "utf-8", 0


def chunks(path: Path) -> tuple[list[str], Iterator[list[tuple[int, list[str]]]]]:
    """The header, and the rows (number, cells) in chunks; the header is row 1."""
    if path.stat().st_size > MAX_BYTES:
        _read(path)  # says the file is too big
    codec, skip = encoding(path)
    raw = path.open("rb")
    raw.seek(skip)
    text = io.TextIOWrapper(raw, encoding=codec, errors="replace", newline="")
    first = text.readline()
    delimiter = max(",;\t", key=first.count)
    header = [_header_cell(h) for h in next(csv.reader([first], delimiter=delimiter), [])]
    if not any(header):
        text.close()
        raise ImportError_(msg.tr("{name} is empty.").format(name=path.name))

    def rows() -> Iterator[list[tuple[int, list[str]]]]:
        with text:
            reader = csv.reader(text, delimiter=delimiter)
            chunk: list[tuple[int, list[str]]] = []
            number = 1
            try:
                for cells in reader:
                    number += 1
                    chunk.append((number, cells))
                    if len(chunk) == CHUNK:
                        yield chunk
                        chunk = []
            except csv.Error as exc:
                raise ImportError_(
                    msg.tr("Row {value} of {name} cannot be read ({exc}).").format(
                        value=number + 1, name=path.name, exc=exc
                    )
                ) from None
            if chunk:
                yield chunk

    return header, rows()


class StreamedTable:
    """A customers file read a row at a time, as many times as needed; only the header is held.

    Reads as `importing_read.read_table` does (encoding, delimiter, broken rows, the row limit), in flat memory.
    """

    def __init__(self, path: Path) -> None:
        _read(path, 0)  # says when the file is missing, unreadable or too big
        self.path = path
        self.codec, self._skip = encoding(path)
        first = next(self._lines(), "")
        self.delimiter = max(",;\t", key=first.count)
        self.broken: list[tuple[int, str]] = []
        rows = self._parse()
        head = next(rows, None)
        close = getattr(rows, "close", None)  # a generator: let go of the file now
        if close is not None:
            close()
        if head is None or (not any(h.strip() for h in head[1]) and self._blank()):
            raise ImportError_(msg.tr("{name} is empty.").format(name=path.name))
        self.header = [_header_cell(h) for h in head[1]]

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(row number, cells) after the header; `broken` lists this pass's unreadable rows."""
        self.broken = []
        rows = self._parse()
        next(rows, None)
        yield from rows

    def first_pass(self, birthday_columns: list[int]) -> tuple[int, str]:
        """The last row's number and the file's own evidence for its date order, holding nothing."""
        last, broken = 1, self.broken  # a pass under way keeps its own list of unreadable rows

        def days() -> Iterator[str]:
            nonlocal last
            for number, row in self.rows():
                last = number
                yield from (row[i] for i in birthday_columns if i < len(row))

        found = importing_dates.evidence(days())  # read first: it is what counts the rows
        self.broken = broken
        return last, found

    def _parse(self) -> Iterator[tuple[int, list[str]]]:
        return parse_rows(self._lines(), self.delimiter, self.path.name, self.broken)

    def _lines(self) -> Iterator[str]:
        # newline="": lines end at \n, \r or \r\n and keep their ending, as the csv module wants.
        errors = "replace" if self.codec == "cp1252" else "strict"
        with self.path.open("rb") as raw:
            raw.seek(self._skip)
            text = io.TextIOWrapper(raw, encoding=self.codec, errors=errors, newline="")
            try:
                yield from text
            except UnicodeDecodeError:
                raise ImportError_(
                    msg.tr(
                        "{name} is not valid {upper} text, though it says it is. Save it again as CSV UTF-8."
                    ).format(name=self.path.name, upper=self.codec[:6].upper())
                ) from None

    def _blank(self) -> bool:
        return all(not line.strip() for line in self._lines())


class Spool(Generic[T]):
    """A long list kept in a temporary file (unlinked, readable by this user only), a chunk at a time:
    a plan of half a million rows in flat memory. The first `HEAD` items stay in memory for previews."""

    HEAD = 500

    def __init__(
        self,
        items: Iterable[T] = (),
        pack: Callable[[T], object] | None = None,
        unpack: Callable[[Any], T] | None = None,
    ) -> None:
        # pack/unpack: an item as plain values on disk (a tuple pickles many times faster than objects)
        self._pack, self._unpack = pack, unpack
        self._head: list[T] = []
        self._tail: list[T] = []  # not yet written
        self._offsets: list[int] = []
        self._file: IO[bytes] | None = None
        self._len = 0
        for item in items:
            self.append(item)

    def append(self, item: T) -> None:
        if self._len < self.HEAD:
            self._head.append(item)
        self._tail.append(item)
        self._len += 1
        if len(self._tail) >= CHUNK:
            if self._file is None:
                self._file = tempfile.TemporaryFile()  # noqa: SIM115 - as long as the spool; unlinked already
            self._file.seek(0, io.SEEK_END)
            self._offsets.append(self._file.tell())
            packed = [self._pack(x) for x in self._tail] if self._pack else self._tail
            pickle.dump(packed, self._file, pickle.HIGHEST_PROTOCOL)
            self._tail = []

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[T]:
        for offset in self._offsets:
            if self._file is None:  # closed: nothing spooled is left to read
                return
            self._file.seek(offset)
            items = pickle.load(self._file)  # our own file, written above  # noqa: S301 (our own spool file)
            yield from map(self._unpack, items) if self._unpack else items
        yield from list(self._tail)

    def packed(self) -> Iterator[Any]:
        """The items as `pack` gives them, in order, without making objects of them again."""
        if self._pack is None:
            yield from self
            return
        for offset in self._offsets:
            if self._file is None:
                return
            self._file.seek(offset)
            yield from pickle.load(self._file)  # our own file, written above  # noqa: S301 (our own spool file)
        yield from map(self._pack, list(self._tail))

    @overload
    def __getitem__(self, key: int) -> T: ...
    @overload
    def __getitem__(self, key: slice) -> list[T]: ...
    def __getitem__(self, key: int | slice) -> T | list[T]:
        if isinstance(key, slice):
            _start, stop, step = key.indices(self._len)
            if stop <= len(self._head) and step > 0:
                return self._head[key]
            return list(self)[key]
        index = key + self._len if key < 0 else key
        if not 0 <= index < self._len:
            raise IndexError(key)
        if index < len(self._head):
            return self._head[index]
        return next(islice(iter(self), index, None))

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, (list, Spool)) else NotImplemented

    def __repr__(self) -> str:
        return f"Spool({self._len} items)"


class SeenBefore:
    """Which strings were seen before, and a number noted with each (a row), in 10 bytes a string rather
    than a dict's hundred or so: two million sale references in 20 MB. A string is kept as its 64-bit hash,
    so two different strings can be taken for one with a chance of about one in ten million in a file of
    two million rows (only ever a row reported as a repeat, never a visit or a point counted)."""

    BUCKETS = 1 << 16

    def __init__(self) -> None:
        self._buckets = [bytearray() for _ in range(self.BUCKETS)]

    def add(self, text: str, value: int = 0) -> int | None:
        """Remember `text` with `value` (0 to 2**32 - 1); the value noted before when it was seen before."""
        key = hash(text) & 0xFFFF_FFFF_FFFF_FFFF
        bucket = self._buckets[key & 0xFFFF]
        rest = (key >> 16).to_bytes(6, "little")
        at = bucket.find(rest)
        while at != -1:
            if at % 10 == 0:
                return int.from_bytes(bucket[at + 6 : at + 10], "little")
            at = bucket.find(rest, at + 1)
        bucket += rest + value.to_bytes(4, "little")
        return None
