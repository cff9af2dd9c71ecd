"""Names and free text as people type or paste them, minus what hides or breaks things.

Control characters break the XLSX export (openpyxl refuses them) and reach terminals raw; the bidi embedding
and override controls make a name read differently from what it holds. A name holding one is refused (it was
probably pasted from somewhere odd); other text simply loses them.
"""

from __future__ import annotations

import re
import unicodedata

from app.errors import UserError
from app.messages import msg

# Letters that draw nothing: fillers some keyboards and spammers use for "blank" names.
BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e")
LINE_BREAKS = ("\r\n", "\r", "\u2028", "\u2029", "\x85")
# Control characters (C0, DEL, C1), lone surrogates, bidi controls and the BOM, in one pass at C speed:
# an import cleans millions of cells.
DROPPED = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")
NAME_REFUSED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
DROPPED_KEEPING_LINES = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]"
)


class TextError(UserError):
    """A name holds a character it cannot keep."""


def clean_name(text: str) -> str:
    """The name with spaces tidied, or "" when nothing was typed; raises TextError for hidden characters.

    Joiners (ZWJ, ZWNJ) and combining marks inside a name are kept: several scripts need them.
    """
    found = NAME_REFUSED.search(text)
    if found:
        raise TextError(
            msg.tr("The name holds a hidden control character (U+{value}); type it again without it.").format(
                value=format(ord(found.group()), "04X")
            )
        )
    stripped = text.strip()
    if "\t" in stripped or "\n" in stripped or "\r" in stripped:
        raise TextError(msg.tr("A name is one line; it cannot hold a tab or a line break."))
    name = _trim(" ".join(text.split()))
    if stripped and not _visible(name):
        raise TextError(msg.tr("The name is made only of invisible characters; type the name itself."))
    return name


def clean_text(text: str, multiline: bool = False) -> str:
    """The text without control and bidi override characters; "" when only invisible characters were left.

    Multi-line text keeps its line breaks (as \\n) and tabs; one-line text has all whitespace as single spaces.
    """
    if text.isascii() and text.isprintable():  # most cells: nothing to remove, nothing invisible
        return " ".join(text.split()) if not multiline else text.strip()
    for br in LINE_BREAKS:
        text = text.replace(br, "\n")
    if multiline:
        kept = DROPPED_KEEPING_LINES.sub("", text)
        cleaned = "\n".join(line.rstrip() for line in kept.split("\n")).strip()
    else:
        cleaned = " ".join(DROPPED.sub("", text.replace("\n", " ").replace("\t", " ")).split())
    return _trim(cleaned) if _visible(cleaned) else ""


def _invisible(ch: str) -> bool:
    return ch.isspace() or ch in BLANK_LETTERS or unicodedata.category(ch) in ("Cf", "Mn", "Me", "Cc")


def _visible(text: str) -> bool:
    return any(not _invisible(ch) for ch in text)


def _trim(text: str) -> str:
    """Invisible characters at either end serve no purpose (a stray BOM, a zero-width space)."""
    start, end = 0, len(text)
    while start < end and _edge_blank(text[start]):
        start += 1
    while end > start and _edge_blank(text[end - 1]):
        end -= 1
    return text[start:end]


def _edge_blank(ch: str) -> bool:
    # A mark at the end belongs to the letter before it.
    return _invisible(ch) and unicodedata.category(ch) not in ("Mn", "Me")
