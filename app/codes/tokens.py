"""Card payloads: RGL + 20 Crockford Base32 characters (100 random bits), no personal data.

Upper-case letters and digits keep the QR code in alphanumeric mode and survive any keyboard layout
a wedge scanner types on. Decoding is case-insensitive and forgives O for 0 and I or L for 1.
"""

from __future__ import annotations

import re
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PREFIX = "RGL"
TOKEN_LENGTH = 20
PAYLOAD_LENGTH = len(PREFIX) + TOKEN_LENGTH
_CONFUSIONS = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SHAPE = re.compile(r"^RGL[0-9A-Z]{20}$")


def new_token() -> str:
    value = secrets.randbits(5 * TOKEN_LENGTH)
    return "".join(ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(TOKEN_LENGTH)))


def payload(token: str) -> str:
    return PREFIX + token


def short_form(token: str) -> str:
    """What is printed under the QR for typing by hand: RGL-XXXXX-XXXXX-XXXXX-XXXXX."""
    return "-".join([PREFIX] + [token[i : i + 5] for i in range(0, TOKEN_LENGTH, 5)])


def parse(text: str) -> str | None:
    """Return the canonical token inside a scanned or typed payload, or None if it is not one."""
    cleaned = _unspaced(text).upper()
    if not (len(cleaned) == PAYLOAD_LENGTH and cleaned.startswith(PREFIX)):
        return None
    token = cleaned[len(PREFIX) :].translate(_CONFUSIONS)
    if not _SHAPE.match(PREFIX + token) or any(ch not in ALPHABET for ch in token):
        return None
    return token


def could_be_prefix(text: str) -> bool:
    """True while `text` may still grow into a payload (used to tell a scan from typing)."""
    upper = text.upper()
    head = upper[: len(PREFIX)]
    if not PREFIX.startswith(head):
        return False
    tail = upper[len(PREFIX) :].translate(_CONFUSIONS)
    return len(upper) <= PAYLOAD_LENGTH and all(ch in ALPHABET for ch in tail)


def begun(text: str) -> bool:
    """True once typed or scanned text is past the RGL prefix and may still grow into a payload: it is a card
    code on its way, not a name to look up (a scanner types one character at a time into the search box)."""
    cleaned = _unspaced(text)
    return len(cleaned) > len(PREFIX) and could_be_prefix(cleaned)


def _unspaced(text: str) -> str:
    """Without the spaces and hyphens of the printed short form (RGL-XXXXX-…)."""
    return re.sub(r"[\s\-]", "", text)
