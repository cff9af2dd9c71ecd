"""The import's shortcut for plain national numbers gives exactly what phonenumbers.parse gives."""

import random

import phonenumbers
import pytest

from app.services import phones

REGIONS = [
    "GB",
    "US",
    "DE",
    "FR",
    "IE",
    "IT",
    "NL",
    "AR",
    "MX",
    "BR",
    "AU",
    "JP",
    "IN",
    "JE",
    "SM",
    "RU",
    "CN",
]


def _parsed(text: str, region: str) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


@pytest.mark.parametrize("region", REGIONS)
def test_plain_digits_read_as_phonenumbers_reads_them(region: str) -> None:
    rng = random.Random(region)
    tried = 0
    for _ in range(3000):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(3, 14)))
        if rng.random() < 0.5:
            digits = rng.choice(["0", "00", "01", "1", "15", "3", "7", "07"]) + digits[2:]
        if rng.random() < 0.2:
            at = rng.randrange(1, len(digits))
            digits = digits[:at] + rng.choice([" ", "-"]) + digits[at:]
        fast = phones._parse_plain(digits, region)
        if fast is None:
            continue
        tried += 1
        assert fast == _parsed(digits, region), (digits, region)
        assert phonenumbers.is_possible_number(fast) == phonenumbers.is_possible_number(
            _parsed(digits, region)
        )
    assert tried > 500  # the shortcut is taken for most plain numbers


def test_other_writings_are_left_to_phonenumbers() -> None:
    for text in ("+447700900123", "00447700900123", "447700900123", "0770 090 0123 ext 5", "(0770) 900123"):
        assert phones._parse_plain(text, "GB") is None


def test_an_imported_number_is_stored_as_before() -> None:
    assert phones.normalise_with_digits("07700 900123", "GB") == (
        "+447700900123",
        ["447700900123", "07700900123"],
    )
    assert phones.normalise("(07700) 900123", "GB") == "+447700900123"
