import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import UserError
from app.services.money import MAX_CENTS, format_money, parse_amount, plain


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("3,30", 330),  # a decimal comma, whatever the locale
        ("3,3", 330),
        ("3.30", 330),
        ("£3.30", 330),
        (" 12 ", 1200),
        ("0.5", 50),
        ("1,250", 125_000),  # a thousands comma: three digits after it
        ("1,250.50", 125_050),
        ("1.250,50", 125_050),
        ("1 000 000", MAX_CENTS),
    ],
)
def test_amounts_as_people_type_them(typed: str, cents: int) -> None:
    assert parse_amount(typed) == cents


@pytest.mark.parametrize(
    "typed", ["", "abc", "-3", "nan", "inf", "1e3", "12,", "12.505", "3.333", "1,2,3", "٣"]
)
def test_what_is_not_an_amount_is_refused_with_a_plain_message(typed: str) -> None:
    with pytest.raises(UserError, match=r"is not an amount; write it like 12\.50"):
        parse_amount(typed)


def test_more_than_a_million_is_refused() -> None:
    with pytest.raises(UserError, match=r"at most 1,000,000\.00"):
        parse_amount("1000000.01")


def test_money_is_shown_with_its_currency_and_grouped() -> None:
    assert format_money(330, "£") == "£3.30"
    assert format_money(123_456, "€") == "€1,234.56"
    assert format_money(-5, "£") == "-£0.05"


@given(st.integers(min_value=0, max_value=MAX_CENTS))
def test_what_the_box_is_filled_with_reads_back_the_same(cents: int) -> None:
    assert parse_amount(plain(cents)) == cents
    assert parse_amount(format_money(cents, "£")) == cents
