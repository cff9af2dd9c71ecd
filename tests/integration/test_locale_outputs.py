"""What follows the locale and what does not: the command line's text and the PDFs word money and dates
for people (German under LANG=de_DE), while CSV, XLSX and --json stay the same bytes whatever the locale."""

from __future__ import annotations

import re
import subprocess
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

GERMAN = {"LANG": "de_DE.UTF-8", "LC_ALL": ""}
FRENCH = {"LANG": "C", "LC_ALL": "fr_FR.UTF-8"}  # LC_ALL wins over LANG
PLAIN = {"LANG": "C", "LC_ALL": ""}


@pytest.fixture
def bakery(cli):
    cli.run("demo", "--customers", "30", "--visits", "400", "--seed", "19")
    cli.run("settings", "currency", "EUR")
    return cli


def _xlsx_parts(path: Path) -> dict[str, bytes]:
    """Every part of the workbook; the file's own made-at stamps (core.xml) are blanked, since two runs a
    second apart differ there whatever the locale."""
    with zipfile.ZipFile(path) as book:
        parts = {name: book.read(name) for name in book.namelist()}
    parts["docProps/core.xml"] = re.sub(
        rb"<dcterms:(created|modified)[^<]*<", b"<", parts["docProps/core.xml"]
    )
    return parts


def test_csv_xlsx_and_json_are_the_same_under_german_and_plain_locales(bakery, tmp_path) -> None:
    first, last = (date.today() - timedelta(days=60)).isoformat(), date.today().isoformat()
    made: dict[str, dict[str, bytes | dict[str, bytes]]] = {}
    zoe = bakery.id_of("Zoë Martin")
    for name, env in (("german", GERMAN), ("plain", PLAIN)):
        out = tmp_path / name
        out.mkdir()
        for fmt in ("csv", "xlsx"):
            days = ["--date", first, "--to", last]
            bakery.run(
                "export", "visits", *days, "--format", fmt, "--out", str(out / f"visits.{fmt}"), env=env
            )
        bakery.run("export", "customers", "--out", str(out / "customers.csv"), env=env)
        made[name] = {
            "visits.csv": (out / "visits.csv").read_bytes(),
            "customers.csv": (out / "customers.csv").read_bytes(),
            "visits.xlsx": _xlsx_parts(out / "visits.xlsx"),
            **{
                " ".join(args): bakery.run("--json", *args, env=env).stdout.encode()
                for args in (
                    ("customers", "show", zoe),
                    ("items", "list"),
                    ("report", "top"),
                    ("settings", "currency"),
                )
            },
        }
    assert made["german"] == made["plain"]
    plain = made["plain"]
    # ISO dates and plain decimals (8.80) in the CSV; the workbook's amounts carry the currency's sign.
    assert re.search(rb"\n\d+,\d{4}-\d\d-\d\d,\d\d:\d\d,.*,\d+\.\d\d,", plain["visits.csv"])
    assert "&quot;€&quot;#,##0.00".encode() in plain["visits.xlsx"]["xl/styles.xml"]  # type: ignore[index]
    assert b'"currency": "EUR"' in made["plain"]["settings currency"]


def test_the_command_line_words_money_in_its_locale(bakery) -> None:
    bakery.run("items", "add", "Bienenstich", "--price", "1234.5")
    german = bakery.run("items", "list", env=GERMAN).stdout
    french = bakery.run("items", "list", env=FRENCH).stdout
    plain = bakery.run("items", "list", env=PLAIN).stdout
    assert "1.234,50\u00a0€" in german
    assert "1\u202f234,50\u00a0€" in french
    assert "€1,234.50" in plain


def test_a_day_report_in_german_carries_german_dates_and_money(bakery, tmp_path) -> None:
    zoe = bakery.id_of("Zoë Martin")
    bakery.run("visits", "record", zoe, "--amount", "1234.50")
    today = date.today()
    out = tmp_path / "tag.pdf"
    bakery.run(
        "export", "visits", "--date", today.isoformat(), "--format", "pdf", "--out", str(out), env=GERMAN
    )
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    german_days = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
    german_months = [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ]
    heading = f"{german_days[today.weekday()]}, {today.day}. {german_months[today.month - 1]} {today.year}"
    assert heading in text
    assert re.search(r"1\.2\d\d,\d\d\s€", text)  # the day's takings, at least this visit's 1.234,50 €
    english = tmp_path / "day.pdf"
    bakery.run(
        "export", "visits", "--date", today.isoformat(), "--format", "pdf", "--out", str(english), env=PLAIN
    )
    text = subprocess.run(["pdftotext", str(english), "-"], capture_output=True, text=True, check=True).stdout
    assert f"{today:%A}, {today.day} {today:%B} {today.year}" in text and "€1,2" in text


def test_a_sign_or_an_unknown_code_is_refused_and_changes_nothing(bakery) -> None:
    for wrong in ("€", "EURO", "XYZ"):
        result = bakery.run("settings", "currency", wrong, check=False)
        assert result.returncode != 0
        assert f"“{wrong}” is not a currency code: write the three letters" in result.stderr
    assert bakery.json("settings", "currency") == {"currency": "EUR"}
    assert "The shop counts in CHF from now on" in bakery.run("settings", "currency", "chf").stdout
