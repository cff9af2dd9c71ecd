"""Phone numbers: parse what staff or an import typed, store E.164, and list the digit forms a search may use."""

from __future__ import annotations

import functools
import importlib.util
import re
import sys
from typing import TYPE_CHECKING

from app.errors import UserError
from app.messages import msg

if TYPE_CHECKING:
    import phonenumbers
else:
    # Loaded on first use: its metadata takes 50 ms to import, and a window should not wait for it.
    _spec = importlib.util.find_spec("phonenumbers")
    _spec.loader = importlib.util.LazyLoader(_spec.loader)
    phonenumbers = sys.modules.setdefault("phonenumbers", importlib.util.module_from_spec(_spec))
    if phonenumbers.__spec__ is _spec:
        _spec.loader.exec_module(phonenumbers)


class PhoneError(UserError):
    pass


def normalise(raw: str, region: str) -> str:
    """Return E.164 (+447700900123) or raise PhoneError with a message fit for the counter."""
    return normalise_with_digits(raw, region)[0]


def normalise_with_digits(raw: str, region: str) -> tuple[str, list[str]]:
    """E.164 and the digit strings a search may use, from one parse (parsing is the slow part of an import)."""
    text = raw.strip().lstrip("'")  # spreadsheets prefix numbers with an apostrophe
    if not text:
        raise PhoneError(msg.tr("Phone number is empty."))
    number = _parse_plain(text, region.upper())
    if number is None:
        try:
            number = phonenumbers.parse(text, region.upper())
        except phonenumbers.NumberParseException:
            raise PhoneError(
                msg.tr("“{value}” is not a phone number.").format(value=raw.strip()[:40])
            ) from None
    if not phonenumbers.is_possible_number(number):
        raise PhoneError(
            msg.tr("“{value}” has the wrong number of digits for a phone number.").format(
                value=raw.strip()[:40]
            )
        )
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return e164, _digit_forms(number, e164)


def _parse_plain(text: str, region: str) -> phonenumbers.PhoneNumber | None:
    """What phonenumbers.parse gives for a national number written as plain digits (spaces and hyphens
    allowed), in a quarter of its time, by the same steps with its own helpers; None for anything else
    (a +, an international prefix, the country code, letters, an extension), which parse reads itself.
    An import parses hundreds of thousands of numbers; tests/unit/test_phones_plain.py compares the two."""
    digits = text.replace(" ", "").replace("-", "")
    if (
        not _helpers_there()
        or not (3 <= len(digits) <= 17 and digits.isdigit() and digits.isascii())
        or not (text[0].isdigit() and text[-1].isdigit())
    ):
        return None
    util = phonenumbers.phonenumberutil
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
    if metadata is None or digits.startswith(str(metadata.country_code)):
        return None
    idd = metadata.international_prefix
    if idd is not None and _pattern(idd).match(digits):
        return None
    national = digits
    _carrier, stripped, _found = util._maybe_strip_national_prefix_carrier_code(digits, metadata)
    if util._test_number_length(stripped, metadata) not in (
        util.ValidationResult.TOO_SHORT,
        util.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
        util.ValidationResult.INVALID_LENGTH,
    ):
        national = stripped
    if len(national) < 2:
        return None
    number = phonenumbers.PhoneNumber(country_code=metadata.country_code)
    util._set_italian_leading_zeros_for_phone_number(national, number)
    number.national_number = int(national)
    return number


@functools.cache
def _helpers_there() -> bool:
    """The library's own steps are private to it: should a release rename them, every number goes through
    parse. Asked at the first number, not at import (phonenumbers loads lazily)."""
    util = phonenumbers.phonenumberutil
    names = ("_maybe_strip_national_prefix_carrier_code", "_test_number_length")
    return all(hasattr(util, n) for n in (*names, "_set_italian_leading_zeros_for_phone_number"))


@functools.lru_cache(maxsize=256)
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text)


@functools.lru_cache(maxsize=1024)  # the same customers come back with each key typed
def display(e164: str, region: str) -> str:
    """National format for numbers of the shop's own country, international otherwise."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == region.upper():
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def search_digits(e164: str) -> list[str]:
    """Digit strings a person might type: 447700900123 and 07700900123 for +447700900123."""
    return _digit_forms(phonenumbers.parse(e164, None), e164)


def _digit_forms(number: phonenumbers.PhoneNumber, e164: str) -> list[str]:
    # National form = trunk prefix + national significant number; cheaper than formatting (imports call this a lot).
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(
        phonenumbers.region_code_for_country_code(number.country_code or 0)
    )
    trunk = (metadata.national_prefix or "") if metadata else ""
    forms = [e164.lstrip("+"), trunk + phonenumbers.national_significant_number(number)]
    return list(dict.fromkeys(forms))


def try_e164(raw: str, region: str) -> str | None:
    try:
        number = phonenumbers.parse(raw, region.upper())
    except phonenumbers.NumberParseException:
        return None
    return (
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if phonenumbers.is_possible_number(number)
        else None
    )


def known_region(code: str) -> bool:
    """A country code phone numbers can be read for (GB, IE, FR…)."""
    return code in phonenumbers.SUPPORTED_REGIONS


def warm_up() -> None:
    """Load the phone metadata now (while the counter is idle), not on the first search."""
    phonenumbers.parse("+441632960000", None)
