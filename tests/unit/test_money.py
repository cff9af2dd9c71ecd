import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import UserError
from app.services.money import MAX_CENTS, currency_code, currency_symbol, format_money, parse_amount, plain


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
        ("3,30\u00a0€", 330),  # what format_money wrote in German or French
        ("1\u202f234,56\u00a0€", 123_456),
        ("CHF 3.30", 330),
        ("1’234.50", 123_450),  # Swiss German grouping
        ("US$3.30", 330),
        ("3,30 kr", 330),
    ],
)
def test_amounts_as_people_type_them(typed: str, cents: int) -> None:
    assert parse_amount(typed) == cents


@pytest.mark.parametrize(
    "typed",
    ["", "abc", "-3", "nan", "inf", "1e3", "12,", "12.505", "3.333", "1,2,3", "٣", "12.50x", "€", "EUR"],
)
def test_what_is_not_an_amount_is_refused_with_a_plain_message(typed: str) -> None:
    with pytest.raises(UserError, match=r"is not an amount; write it like 12\.50"):
        parse_amount(typed)


def test_more_than_a_million_is_refused() -> None:
    with pytest.raises(UserError, match=r"at most 1,000,000\.00"):
        parse_amount("1000000.01")


def test_money_is_shown_with_its_currency_and_grouped() -> None:
    assert format_money(330, "GBP", "en_GB") == "£3.30"
    assert format_money(123_456, "EUR", "en_GB") == "€1,234.56"
    assert format_money(-5, "GBP") == "-£0.05"


@pytest.mark.parametrize(
    ("locale", "small", "large"),
    [
        ("de_DE", "3,30\u00a0€", "1.234,56\u00a0€"),
        ("de_DE.UTF-8", "3,30\u00a0€", "1.234,56\u00a0€"),
        ("fr_FR", "3,30\u00a0€", "1\u202f234,56\u00a0€"),  # a narrow no-break space between thousands
        ("en_GB", "€3.30", "€1,234.56"),
        ("C", "€3.30", "€1,234.56"),  # no locale: as the app always wrote it
        ("de_AT", "€\u00a03,30", "€\u00a01.234,56"),
    ],
)
def test_money_follows_the_locale_it_is_shown_in(locale: str, small: str, large: str) -> None:
    assert format_money(330, "EUR", locale) == small
    assert format_money(123_456, "EUR", locale) == large


def test_the_currency_is_a_code_and_its_sign_comes_from_the_locale() -> None:
    assert format_money(330, "GBP", "en_GB") == "£3.30"
    assert format_money(330, "GBP", "de_DE") == "3,30\u00a0£"
    assert format_money(330, "JPY", "en_GB") == "JP¥3.30"  # amounts are hundredths, whatever the currency
    assert [currency_symbol("SEK", "sv_SE"), currency_symbol("SEK", "en_GB"), currency_symbol("EUR")] == [
        "kr",
        "SEK",
        "€",
    ]
    assert currency_code(" eur ") == "EUR"
    for bad in ("£", "EURO", "DEM", ""):  # a sign, a word, a currency no longer used, nothing
        with pytest.raises(UserError, match=r"is not a currency code: write the three letters, such as GBP"):
            currency_code(bad)


@given(st.integers(min_value=0, max_value=MAX_CENTS))
def test_what_the_box_is_filled_with_reads_back_the_same(cents: int) -> None:
    assert parse_amount(plain(cents)) == cents
    for locale in ("en_GB", "de_DE", "fr_FR", "de_CH"):
        assert parse_amount(format_money(cents, "EUR", locale)) == cents
