"""Numbers at the edge: what the command line and the services accept, and what they refuse."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.cli import main
from app.cli_parser import BadArgument, build_parser
from app.errors import NotFound
from app.models import LedgerEntry
from app.services.loyalty import LoyaltyError

LARGEST = 2**63 - 1


def parse(*args: str):  # type: ignore[no-untyped-def]
    return build_parser().parse_args(list(args))


def test_record_numbers_run_from_one_to_the_largest_key() -> None:
    assert parse("customers", "show", str(LARGEST)).id == LARGEST
    assert parse("visits", "void", "1", "--reason", "x").visit_id == 1
    for text in (str(LARGEST + 1), "0", "-3"):
        with pytest.raises(NotFound, match=f"There is no customer number {text}."):
            parse("customers", "show", text)
    with pytest.raises(NotFound, match="There is no visit number"):
        parse("visits", "void", str(LARGEST + 1), "--reason", "x")
    with pytest.raises(BadArgument, match="“12a” is not a whole number"):
        parse("customers", "show", "12a")


@pytest.mark.parametrize(
    ("args", "low", "high"),
    [
        (["report", "nps", "--days"], 0, 36_525),
        (["customers", "erase-inactive", "--months"], 1, 1_200),
        (["customers", "find", "x", "--limit"], 1, 10_000),
        (["demo", "--customers"], 0, 200_000),
        (["demo", "--visits"], 0, 5_000_000),
        (["rewards", "add", "Cake"], 1, 100_000),
    ],
)
def test_counts_and_periods_are_bounded(args: list[str], low: int, high: int) -> None:
    parse(*args, str(low))
    parse(*args, str(high))
    for outside in (low - 1, high + 1):
        with pytest.raises(BadArgument, match=f"must be between {low:,} and {high:,}"):
            parse(*args, str(outside))


def test_dates_within_a_hundred_years_of_today() -> None:
    today = date.today()
    for fine in ("today", str(today - timedelta(days=36_525)), str(today + timedelta(days=36_525))):
        assert parse("export", "visits", "--date", fine, "--format", "csv", "--out", "x").date == fine
    for far in ("9999-12-31", "0001-01-01", str(today + timedelta(days=36_526))):
        with pytest.raises(BadArgument, match="more than 100 years"):
            parse("export", "visits", "--date", far, "--format", "csv", "--out", "x")
    with pytest.raises(BadArgument, match="not a date"):
        parse("export", "visits", "--date", "31/12/2026", "--format", "csv", "--out", "x")


def test_argparse_mistakes_exit_1_with_one_line(capsys) -> None:
    assert main(["report", "weather"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("regulars: Argument kind: invalid choice: 'weather'") and err.count("\n") == 1
    assert "(see regulars report --help)" in err


def test_a_balance_broken_by_an_unbounded_adjustment_reads_and_is_corrected(services, add) -> None:
    """An adjustment made before the bound existed: SQLite's sum overflowed and the customer could not be
    shown. The balance reads exactly, and one adjustment takes it back to what it was."""
    cid = add("Cy Crane")
    services.loyalty.adjust(cid, 7, "welcome")
    with services.db.write() as session:
        session.add(LedgerEntry(customer_id=cid, kind="adjust", points=LARGEST, actor="owner", reason="typo"))
    assert services.loyalty.balance(cid) == LARGEST + 7
    assert services.profiles.load(cid).points == LARGEST + 7
    assert services.loyalty.adjust(cid, -LARGEST, "undo the typo") == 7
    assert services.profiles.load(cid).points == 7
    with pytest.raises(LoyaltyError, match="between -100,000"):
        services.loyalty.adjust(cid, -100_001, "the bound is back")
