"""Reading a customers file: its size, its encoding, its rows, and the rows that cannot be read.

A file is refused as a whole only when it cannot be trusted at all (too big, two encodings mixed);
a row with a broken quote is one row error among the others.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import UserError
from app.messages import Message, joined, msg

MAX_BYTES = 200 * 1024 * 1024
MAX_ROWS = 1_000_000
HEAD_BYTES = 64 * 1024  # enough for any header line, read before the whole file
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# One well-formed UTF-8 sequence of two to four bytes. Text saved in cp1252 practically never holds one.
UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


SHOWN_ERRORS = 50  # a refused import, or its preview, lists this many rows and then the count of the rest


def refused(errors: list[tuple[int, str]], count: int) -> Message:
    """The message of an import refused for its `count` errors: how many, and the first rows with why."""
    shown = errors[:SHOWN_ERRORS]
    head = msg.tr(
        "%n row(s) have errors; nothing was imported. Fix them, or leave them out with --skip-errors:",
        "",
        count,
    )
    rows = [msg.tr("Row {row}: {message}").format(row=row, message=message) for row, message in shown]
    more = [msg.tr("… and %n more.", "", count - len(shown))] if count > len(shown) else []
    return joined([head, *rows, *more], "\n")


class ImportError_(UserError):  # noqa: N801 - not the builtin ImportError
    """The file cannot be read at all (not the per-row problems, which the plan lists)."""


@dataclass
class Table:
    header: list[str]
    # (row number, cells); the header is row 1, and a row with line breaks in a cell is still one row.
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    broken: list[tuple[int, str]] = field(default_factory=list)  # rows that could not be read


def read_table(path: Path) -> Table:
    return _table(decode(_read(path), path.name), path.name)


def read_header(path: Path) -> list[str]:
    """The column names, from the start of the file only: the window offers them before the plan is read."""
    raw = _read(path, HEAD_BYTES)
    return _table(decode(raw, path.name, final=len(raw) < HEAD_BYTES), path.name).header


def _table(text: str, name: str) -> Table:
    if not text or text.isspace():
        raise ImportError_(msg.tr("{name} is empty.").format(name=name))
    # The header line tells the delimiter (European Excel saves with ';'). csv.Sniffer guesses quote
    # characters too and is fooled by the apostrophes real exports put before phone numbers.
    first_line = LINE.match(text)
    delimiter = max(",;\t", key=first_line.group().count if first_line else ",".count)
    return _parse(text, delimiter, name)


def _read(path: Path, limit: int = -1) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportError_(
                msg.tr(
                    "{name} is {size} MB; an import takes files up to {most} MB. Split it into smaller files."
                ).format(name=path.name, size=format(size / 1024**2, ",.0f"), most=MAX_BYTES // 1024**2)
            )
        with path.open("rb") as f:
            return f.read(limit)
    except OSError as exc:
        raise ImportError_(
            msg.tr("Cannot read {name}: {strerror}.").format(name=path.name, strerror=exc.strerror)
        ) from exc


def decode(raw: bytes, name: str, final: bool = True) -> str:
    """UTF-8 or UTF-16/32 by their byte-order mark, else UTF-8, else what Excel on Windows saves (cp1252).

    final=False: raw is the start of the file, and may end inside a character.
    """
    for bom, codec in BOMS:
        if raw.startswith(bom):
            return _strict(raw[len(bom) :], codec, name, final)
    utf16 = _utf16_without_bom(raw)
    if utf16:
        return _strict(raw, utf16, name, final)
    try:
        return codecs.getincrementaldecoder("utf-8")().decode(raw, final)
    except UnicodeDecodeError as exc:
        if UTF8_MULTIBYTE.search(raw):
            # Part UTF-8, part something else: reading it either way would garble names ("Zoë" as "ZoÃ«").
            line = _line_of(raw, exc.start, "utf-8")
            raise ImportError_(
                msg.tr(
                    "Line {line} of {name} is not UTF-8, but other lines are: the file mixes two encodings. "
                    "Open it in a spreadsheet, fix that line and save it again as CSV UTF-8."
                ).format(line=line, name=name)
            ) from None
    return raw.decode("cp1252", errors="replace")


def _strict(raw: bytes, codec: str, name: str, final: bool) -> str:
    try:
        return codecs.getincrementaldecoder(codec)().decode(raw, final)
    except UnicodeDecodeError as exc:
        line = _line_of(raw, exc.start, codec)
        raise ImportError_(
            msg.tr(
                "Line {line} of {name} is not valid {upper} text, though the file says it is. Save it "
                "again as CSV UTF-8."
            ).format(line=line, name=name, upper=codec[:6].upper())
        ) from None


def _line_of(raw: bytes, offset: int, codec: str) -> int:
    before = raw[:offset].decode(codec, errors="replace")
    return before.count("\n") + before.count("\r") - before.count("\r\n") + 1


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark: every other byte of Latin text is zero."""
    sample = raw[:4096]
    half = len(sample) // 2
    if half < 4:
        return None
    if sample[1::2].count(0) > half * 0.6 and not sample[0::2].count(0):
        return "utf-16-le"
    if sample[0::2].count(0) > half * 0.6 and not sample[1::2].count(0):
        return "utf-16-be"
    return None


class _Lines:
    """The file's lines for csv.reader, able to hand back lines a broken row swallowed."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self.pending: list[str] = []  # a stack: the next line is last
        self.taken: list[str] = []  # the lines of the row being read

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = self.pending.pop() if self.pending else next(self._lines)
        self.taken.append(line)
        return line


def _parse(text: str, delimiter: str, name: str) -> Table:
    broken: list[tuple[int, str]] = []
    rows = parse_rows((m.group() for m in LINE.finditer(text)), delimiter, name, broken)
    first = next(rows, None)
    if first is None:
        raise ImportError_(msg.tr("{name} is empty.").format(name=name))
    table = Table([_header_cell(h) for h in first[1]], broken=broken)
    table.rows.extend(rows)
    return table


def parse_rows(
    lines: Iterator[str], delimiter: str, name: str, broken: list[tuple[int, str]]
) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells): the header (row 1) first, then each row; rows that cannot be read go to
    `broken` and are read again from their second line. Holds one row at a time."""
    source = _Lines(lines)
    # strict: a quote that never closes is an error here rather than the rest of the file in one cell.
    reader = csv.reader(source, delimiter=delimiter, strict=True)
    number = 0
    while True:
        source.taken = []
        number += 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if number == 1:
                raise ImportError_(
                    msg.tr("The first line of {name} cannot be read as column names.").format(name=name)
                ) from None
            broken.append((number, _why(str(exc), len(source.taken))))
            # Read again from the line after the row's first one: a stray quote swallows the rows after it.
            source.pending.extend(reversed(source.taken[1:]))
            continue
        if number > MAX_ROWS + 1:
            raise ImportError_(
                msg.tr(
                    "{name} holds more than {most} rows; an import takes at most {most}. Split it "
                    "into smaller files."
                ).format(name=name, most=format(MAX_ROWS, ","))
            )
        yield number, cells


def _why(error: str, lines: int) -> str:
    if "expected after" in error or "end of data" in error or ("field limit" in error and lines > 1):
        return msg.tr('a quote (") opens a cell and does not close properly; this row was left out.')
    if "field limit" in error:
        return msg.tr("a cell is over {size} KB; this row was left out.").format(
            size=csv.field_size_limit() // 1024
        )
    return msg.tr("this row cannot be read ({error}); it was left out.").format(error=error)


def _header_cell(text: str) -> str:
    return text.strip().strip("\ufeff\u200b")
