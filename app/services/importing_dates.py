"""Which way round a file writes its dates: 05/11/1990 is 5 November in Britain and May 11 in the US.

The file's own evidence decides first (a first part over 12 means day-first, a second part over 12
month-first), then the shop's country; the owner's --date-order overrides both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Countries that write the month first (the United States and a few others).
MONTH_FIRST = {"US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "VI", "UM"}
NUMERIC = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\s*$")


def evidence(values: Iterable[str]) -> str:
    """ "dmy" or "mdy" when some value can only be read one way, "" when none (or both) do."""
    day_first = month_first = False
    for value in values:
        m = NUMERIC.match(value)
        if m:
            day_first |= int(m.group(1)) > 12
            month_first |= int(m.group(2)) > 12
    return "dmy" if day_first and not month_first else "mdy" if month_first and not day_first else ""


def choose(values: Iterable[str], region: str, given: str = "") -> str:
    return given or evidence(values) or ("mdy" if region.upper() in MONTH_FIRST else "dmy")


def as_iso(value: str, order: str) -> str:
    """A day-first or month-first numeric date as YYYY-MM-DD (MM-DD without a year); others unchanged."""
    m = NUMERIC.match(value)
    if not m:
        return value
    first, second, year = m.groups()
    month, day = (second, first) if order == "dmy" else (first, second)
    month_day = f"{int(month):02}-{int(day):02}"
    return f"{year}-{month_day}" if year and len(year) == 4 else month_day if not year else value
