"""Birthday arithmetic. 29 February is celebrated on 28 February in other years."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from app.errors import UserError
from app.messages import Message, msg


class BirthdayError(UserError):
    pass


@dataclass(frozen=True)
class Birthday:
    month: int
    day: int
    year: int | None = None

    def __str__(self) -> str:
        return (
            f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
            if self.year
            else f"{self.month:02d}-{self.day:02d}"
        )

    def label(self) -> str:
        text = f"{self.day} {calendar.month_name[self.month]}"
        return f"{text} {self.year}" if self.year else text

    def in_year(self, year: int) -> date:
        if self.month == 2 and self.day == 29 and not calendar.isleap(year):
            return date(year, 2, 28)
        return date(year, self.month, self.day)


def stored(month: int | None, day: int | None, year: int | None = None) -> Birthday | None:
    """A birthday as the customer row holds it, or None when none is on file."""
    return Birthday(month, day, year) if month and day else None


def make(month: int, day: int, year: int | None = None, today: date | None = None) -> Birthday:
    if not 1 <= month <= 12:
        raise BirthdayError(msg.tr("There is no month {month}.").format(month=month))
    # Without a year, 29 February is allowed: 2000 was a leap year.
    check_year = year if year else 2000
    if not 1 <= day <= calendar.monthrange(check_year, month)[1]:
        name = calendar.month_name[month]
        if year and month == 2 and day == 29:
            raise BirthdayError(
                msg.tr("{year} was not a leap year, so it had no 29 February.").format(year=year)
            )
        raise BirthdayError(msg.tr("{name} has no day {day}.").format(name=name, day=day))
    if year is not None:
        this_year = (today or date.today()).year
        if not 1900 <= year <= this_year:
            raise BirthdayError(msg.tr("The year {year} is not a plausible birth year.").format(year=year))
    return Birthday(month, day, year)


def parse(text: str, today: date | None = None) -> Birthday | None:
    """Accept YYYY-MM-DD, MM-DD, --MM-DD (vCard) and MM-DD-YYYY; empty means no birthday."""
    text = text.strip().replace("/", "-").replace(".", "-")
    if not text:
        return None
    if text.startswith("--"):
        text = text[2:]
    parts = text.split("-")
    if not all(p.isdigit() for p in parts) or len(parts) not in (2, 3):
        raise BirthdayError(
            msg.tr("“{value}” is not a date; use YYYY-MM-DD or MM-DD.").format(value=text[:20])
        )
    numbers = [int(p) for p in parts]
    if len(parts) == 2:
        return make(numbers[0], numbers[1], today=today)
    if len(parts[0]) == 4:
        return make(numbers[1], numbers[2], numbers[0], today=today)
    if len(parts[2]) == 4:
        return make(numbers[0], numbers[1], numbers[2], today=today)
    raise BirthdayError(msg.tr("“{value}” is not a date; use YYYY-MM-DD or MM-DD.").format(value=text[:20]))


def days_until(birthday: Birthday, today: date) -> int:
    upcoming = birthday.in_year(today.year)
    if upcoming < today:
        upcoming = birthday.in_year(today.year + 1)
    return (upcoming - today).days


def badge(days: int) -> Message:
    if days == 0:
        return msg.tr("Birthday today")
    if days == 1:
        return msg.tr("Birthday tomorrow")
    return msg.tr("Birthday in %n day(s)", "", days)
