"""A CSV read a chunk of rows at a time, for files too long to hold at once (years of a till's sales)."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import Path

from app.services.importing_read import (
    BOMS,
    HEAD_BYTES,
    MAX_BYTES,
    ImportError_,
    _header_cell,
    _read,
    _utf16_without_bom,
    decode,
)

CHUNK = 2000


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
        raise ImportError_(f"{path.name} is empty.")

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
                raise ImportError_(f"Row {number + 1} of {path.name} cannot be read ({exc}).") from None
            if chunk:
                yield chunk

    return header, rows()
