import pytest

from app.services import phones


@pytest.mark.parametrize(
    "typed", ["07700 900123", "07700-900-123", "+44 7700 900123", "(07700) 900123", "'07700900123"]
)
def test_any_format_is_stored_as_e164(typed: str) -> None:
    assert phones.normalise(typed, "GB") == "+447700900123"


def test_foreign_numbers_keep_their_country() -> None:
    assert phones.normalise("+33 6 12 34 56 78", "GB") == "+33612345678"
    assert phones.normalise("06 12 34 56 78", "FR") == "+33612345678"


@pytest.mark.parametrize("typed", ["banana", "12", "0770090012345678901"])
def test_unparseable_numbers_get_a_clear_message(typed: str) -> None:
    with pytest.raises(phones.PhoneError, match="phone number"):
        phones.normalise(typed, "GB")


def test_search_digits_cover_international_and_national_forms() -> None:
    assert phones.search_digits("+447700900123") == ["447700900123", "07700900123"]
    assert phones.display("+33612345678", "GB") == "+33 6 12 34 56 78"
