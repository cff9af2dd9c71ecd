"""Which locale words money, dates and times, and the dates themselves, worded with Babel (no Qt).

Each front end chooses its locale and passes its name down: the window QLocale's, the command line its
LC_ALL or LANG, the PDFs the shop's (its country with the till's language). Files for other programs (CSV,
XLSX, --json) never go through here: they keep cents, plain decimals and ISO dates.
Babel loads lazily, so a window that has not yet shown a date does not pay for it at start."""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Mapping
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decimal import Decimal

    from babel import Locale

FALLBACK = "en_GB"  # C, POSIX or an unknown name: what the app said before it followed the locale
_NAME = re.compile(
    r"(?P<language>[A-Za-z]{2,3})(?:[_-](?P<script>[A-Za-z]{4}))?(?:[_-](?P<territory>[A-Za-z]{2}|[0-9]{3}))?"
)


def usable(name: str | None, fallback: str = FALLBACK) -> str:
    """'de_DE.UTF-8', 'de-DE' or 'de_DE@euro' as 'de_DE'; a territory Babel has no data for is dropped
    ('de_JP' → 'de'); C, POSIX, empty or unknown names give the fallback."""
    match = _NAME.fullmatch((name or "").split(".")[0].split("@")[0].strip())
    if not match or match["language"].upper() in ("C", "POSIX"):
        return fallback
    language, script, territory = match["language"].lower(), match["script"], match["territory"]
    candidates = [
        "_".join(
            part for part in (language, script and script.title(), territory and territory.upper()) if part
        ),
        f"{language}_{territory.upper()}" if territory else "",
        language,
    ]
    for candidate in candidates:
        if candidate and _known(candidate):
            return candidate
    return fallback


def from_environment(environ: Mapping[str, str] = os.environ) -> str:
    """The command line's locale, as POSIX orders it for text: LC_ALL wins over LANG."""
    for variable in ("LC_ALL", "LANG"):
        if environ.get(variable):
            return usable(environ[variable])
    return FALLBACK


def for_shop(region: str, language: str = "", environ: Mapping[str, str] = os.environ) -> str:
    """The PDFs' locale: the till's language (else the computer's) in the shop's country, so a German
    till in Austria writes 'de_AT' dates and money; a pair Babel does not know keeps the language alone."""
    chosen = usable(language, "") or from_environment(environ)
    return usable(f"{chosen.split('_')[0]}_{region.strip().upper()}", chosen) if region.strip() else chosen


@functools.cache
def _known(name: str) -> bool:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        return False
    return True


@functools.cache
def locale(name: str) -> Locale:
    """The Babel locale for a name from `usable` (parsed once: formatting a table asks for it per cell)."""

    from babel import Locale

    return Locale.parse(usable(name))


def day(value: date, name: str) -> str:
    """'7 Dec 2026', '7. Dez. 2026', '7 déc. 2026'."""
    return _skeleton("yMMMd", value, name)


def long_day(value: date, name: str) -> str:
    """'Monday, 7 December 2026', 'Montag, 7. Dezember 2026'."""
    from babel.dates import format_date

    return format_date(value, "full", locale=locale(name))


def short_day(value: date, name: str) -> str:
    """'7 Dec', '7. Dez.': a day of this year."""
    return _skeleton("MMMd", value, name)


def weekday(value: date, name: str) -> str:
    """'Mon 7 Dec', 'Mo., 7. Dez.': a day of this week."""
    return _skeleton("MMMEd", value, name)


def month(value: date, name: str) -> str:
    """'December 2026', 'Dezember 2026'."""
    return _skeleton("yMMMM", value, name)


def clock(value: datetime | time, name: str) -> str:
    """'14:05', or '2:05 PM' where people say it so."""
    from babel.dates import format_time

    return format_time(value, "short", locale=locale(name))


def day_and_clock(value: datetime, name: str) -> str:
    """'7 Dec 2026, 14:05', '7. Dez. 2026, 14:05' (the value already in the zone it is shown in)."""
    pattern = str(locale(name).datetime_formats["medium"])  # '{1}, {0}': the date, then the time
    return pattern.replace("{1}", day(value, name)).replace("{0}", clock(value, name))


def _skeleton(skeleton: str, value: date, name: str) -> str:
    from babel.dates import format_skeleton

    return format_skeleton(skeleton, value, locale=locale(name))


def for_pdf(region: str, folder: Path) -> str:
    """The PDFs' locale: `for_shop` with this till's language setting (app/till_settings.py) when it has one."""
    from app import till_settings

    return for_shop(region, str(getattr(till_settings.load(folder), "language", "") or ""))


def number(value: float | Decimal, name: str, places: int = 0) -> str:
    """1234 → '1,234', '1.234', '1 234' (a narrow no-break space in French)."""
    from babel.numbers import format_decimal

    return format_decimal(value, format=f"#,##0{'.' + '0' * places if places else ''}", locale=locale(name))
