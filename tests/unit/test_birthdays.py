from datetime import date

import pytest

from app.services.birthdays import Birthday, BirthdayError, badge, days_until, parse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1990-11-25", Birthday(11, 25, 1990)),
        ("11-25", Birthday(11, 25)),
        ("--11-25", Birthday(11, 25)),
        ("11-25-1990", Birthday(11, 25, 1990)),
        ("02-29", Birthday(2, 29)),
        ("", None),
    ],
)
def test_formats_from_forms_and_imports(text: str, expected: Birthday | None) -> None:
    assert parse(text, today=date(2026, 11, 22)) == expected


def test_leap_day_is_celebrated_on_28_february_in_other_years() -> None:
    leap = Birthday(2, 29)
    assert days_until(leap, date(2027, 2, 27)) == 1
    assert days_until(leap, date(2028, 2, 28)) == 1
    assert days_until(leap, date(2027, 2, 28)) == 0


def test_days_until_wraps_into_next_year() -> None:
    assert days_until(Birthday(1, 2), date(2026, 12, 31)) == 2
    assert (
        badge(0) == "Birthday today" and badge(1) == "Birthday tomorrow" and badge(3) == "Birthday in 3 days"
    )


def test_impossible_dates() -> None:
    with pytest.raises(BirthdayError, match="April has no day 31"):
        parse("04-31")
