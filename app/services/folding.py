"""Fold text to a plain search key: Zoë, Łukasz, Søren, Đorđe, Nguyễn and O'Brien become zoe, lukasz, soren..."""

from __future__ import annotations

import re
import unicodedata

# Letters that NFKD does not decompose into a base letter plus a mark.
_SPECIAL = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "ß": "ss",
        "ẞ": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "þ": "th",
        "Þ": "th",
        "ı": "i",
        "ħ": "h",
        "Ħ": "h",
        "ŧ": "t",
        "Ŧ": "t",
        "ŀ": "l",
        "Ŀ": "l",
        "ĸ": "k",
    }
)
# Apostrophes join (O'Brien -> obrien); other punctuation separates (Jean-Luc -> jean luc).
_JOINERS = re.compile(r"['’`ʼ‘]")
_SEPARATORS = re.compile(r"[\W_]+")
_SPACES = re.compile(r"\s+")
_PHONEISH = re.compile(r"^[\d\s()+\-./]+$")


def fold(text: str) -> str:
    """Accent-, case- and punctuation-insensitive form of a name."""
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _JOINERS.sub("", text.casefold().translate(_SPECIAL))
    return _SPACES.sub(" ", _SEPARATORS.sub(" ", text)).strip()


def fold_email(email: str) -> str:
    return email.strip().casefold()


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def looks_like_email(query: str) -> bool:
    """An address or the start of one: "zoe@", or "zoe.mar" (a dot inside one word)."""
    text = query.strip()
    return "@" in text or (" " not in text and "." in text.strip("."))


def looks_like_phone(query: str) -> bool:
    return bool(_PHONEISH.match(query.strip())) and len(digits(query)) >= 3


def fold_query(query: str) -> str:
    """Fold what staff typed the same way the stored key was folded."""
    query = query.strip()
    if looks_like_email(query):
        return fold_email(query)
    if looks_like_phone(query):
        return digits(query)
    return fold(query)
